"""What the dashboard charts show: the reports service's rows turned into small dataclasses.

The reports (``finapp.services.reports``) decide what counts as income, spending or a transfer
and anchor balances on the statements' ledger balances; this module only picks the household's
currency to chart, the months to show, and converts minor units to ``Decimal`` for labels. A
household with several currencies is charted all of them converted to the base currency at the
rates the user keeps (:mod:`finapp.gui.charts.converted`) unless one currency is asked for
(:attr:`Summary.currencies` lists them all so the dashboard can offer each), never summed
unconverted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import TypeVar

from finapp.core.budgets import next_month
from finapp.core.money import from_minor
from finapp.gui.charts.converted import CONVERTED, converter, month_end
from finapp.services import reports
from finapp.services.rates import get_base_currency
from finapp.store.engine import Store

#: the reports' name for "no category"; the charts translate it
UNCATEGORISED = reports.UNCATEGORIZED


@dataclass(frozen=True, slots=True)
class CategorySpend:
    category: str  # top-level category, or UNCATEGORISED
    spent: Decimal


@dataclass(frozen=True, slots=True)
class MonthFlow:
    month: str  # YYYY-MM
    income: Decimal
    expenses: Decimal  # positive number


@dataclass(frozen=True, slots=True)
class BalancePoint:
    day: date
    balance: Decimal


@dataclass(frozen=True, slots=True)
class AccountBalance:
    account: str
    points: tuple[BalancePoint, ...]


@dataclass(frozen=True, slots=True)
class Summary:
    currency: str
    #: every currency with transactions or an account, the main (largest volume) first
    currencies: tuple[str, ...]
    month: str
    by_category: tuple[CategorySpend, ...]
    flows: tuple[MonthFlow, ...]
    balances: tuple[AccountBalance, ...]
    spent_this_month: Decimal
    income_this_month: Decimal
    #: every currency converted to ``currency`` (the base one) at the rates the user keeps
    converted: bool = False
    #: in a converted view, the currencies left out for want of a rate
    missing: tuple[str, ...] = ()
    #: the base currency a converted view is in ("" with a single currency: nothing to convert)
    base: str = ""
    #: a converted view holding figures of another currency converted (marked "≈"); False when
    #: every other currency was left out for want of a rate
    approximate: bool = False
    #: the accounts of the currency charted the balance chart leaves out, no balance known
    balances_left_out: tuple[str, ...] = ()


def _currencies(
    flows: Sequence[reports.MonthFlows], balances: Sequence[reports.DayBalance]
) -> tuple[str, ...]:
    """The currencies present, by volume of income and spending (the main one first, equal
    volumes by code); an account's currency with no income or spending yet (only transfers)
    comes last."""
    volume: dict[str, int] = defaultdict(int)
    for flow in flows:
        volume[flow.currency] += flow.income_minor + flow.expenses_minor
    by_volume = sorted(volume, key=lambda code: (-volume[code], code))
    others = sorted({b.currency for b in balances} - set(by_volume))
    return tuple(by_volume + others) or ("USD",)


def _months(end: str, count: int | None, first_with_data: str | None) -> list[str]:
    """The ``count`` months up to ``end`` (None: from the first month with data)."""
    last = date.fromisoformat(f"{end}-01")
    if count is None:
        first = date.fromisoformat(f"{min(first_with_data or end, end)}-01")
    else:
        back = last.year * 12 + last.month - count  # months since year 0, of the first month
        first = date(back // 12, back % 12 + 1, 1)
    wanted = []
    while first <= last:
        wanted.append(f"{first:%Y-%m}")
        first = next_month(first)
    # a short history starts at its first month, not with a row of empty bars
    return [m for m in wanted if first_with_data is None or m >= first_with_data]


#: the fields the converted view sums again once every row is in the base currency
FLOW_FIELDS = ("income_minor", "expenses_minor")
SPENT_FIELDS = ("amount_minor",)

Row = TypeVar("Row", reports.MonthFlows, reports.MonthSpending)


def _summed(rows: Sequence[Row], fields: Sequence[str]) -> list[Row]:
    """``rows`` converted to one currency, those of a month (and category) summed into one,
    in the order of what tells them apart."""
    merged: dict[tuple[object, ...], Row] = {}
    for row in rows:
        key = tuple(v for name, v in zip(row._fields, row, strict=True) if name not in fields)
        held = merged.get(key)
        if held is not None:
            row = held._replace(**{f: getattr(held, f) + getattr(row, f) for f in fields})
        merged[key] = row
    return [merged[key] for key in sorted(merged)]


def _window(points: list[BalancePoint], first: date, last: date) -> tuple[BalancePoint, ...]:
    """The points from ``first`` to ``last``; a line that began earlier starts at ``first``
    with the balance it had then, so it crosses the whole window."""
    inside = [p for p in points if first <= p.day <= last]
    before = [p for p in points if p.day < first]
    if before and (not inside or inside[0].day != first):
        inside.insert(0, BalancePoint(first, before[-1].balance))
    return tuple(inside)


def summarize(
    store: Store,
    shown: date,
    months: int | None = 12,
    currency: str | None = None,
    base: str | None = None,
) -> Summary:
    """Charts' data for the month of ``shown`` and the ``months`` months up to it (None: the
    whole history), in ``currency`` (a currency no longer present: the main one;
    :data:`CONVERTED`: every currency converted to the base one; None: converted when the
    household has several currencies, as its headline totals are, else its one currency).

    ``base``: the base currency when the caller already knows it (the automatic one takes a
    pass over the history), else read here when several currencies need it."""
    month = f"{shown:%Y-%m}"
    sums = reports.monthly_sums(store)  # read once, for two reports
    flows_rows = reports.income_vs_expenses(store, sums=sums)
    spending = reports.spending_by_category(store, depth=1, sums=sums)
    balance_rows = reports.balance_over_time(store)
    currencies = _currencies(flows_rows, balance_rows)
    converting = currency == CONVERTED or (currency is None and len(currencies) > 1)
    if base is None and (converting or currencies[1:]):
        base = get_base_currency(store)
    if converting and base is not None:
        days = [f"{b.date:%Y-%m}" for b in balance_rows]
        to_base = converter(store, [*(f.month for f in flows_rows), *days, month], base)
        flows_rows = _summed(
            to_base.rows(flows_rows, FLOW_FIELDS, [f.month for f in flows_rows]), FLOW_FIELDS
        )
        spending = _summed(
            to_base.rows(spending, SPENT_FIELDS, [s.month for s in spending]), SPENT_FIELDS
        )
        balance_rows = to_base.rows(balance_rows, ("balance_minor",), days)
        currency = to_base.base
    elif currency not in currencies:
        currency = currencies[0]

    def money(minor: int) -> Decimal:
        return from_minor(minor, currency)

    flows_of = {f.month: f for f in flows_rows if f.currency == currency}
    history = _months(month, months, min(flows_of) if flows_of else None)
    nothing = reports.MonthFlows(month, currency, 0, 0)
    flows = tuple(
        MonthFlow(
            m,
            money(flows_of.get(m, nothing).income_minor),
            money(flows_of.get(m, nothing).expenses_minor),
        )
        for m in history
    )
    ordered = sorted(
        (s for s in spending if s.month == month and s.currency == currency),
        key=lambda s: -s.amount_minor,
    )
    by_category = tuple(
        CategorySpend(s.category, money(s.amount_minor)) for s in ordered if s.amount_minor > 0
    )
    since = date.fromisoformat(f"{history[0] if history else month}-01")
    until = month_end(month)
    by_account: dict[str, list[BalancePoint]] = defaultdict(list)
    for row in balance_rows:
        if row.currency == currency:
            by_account[row.account].append(BalancePoint(row.date, money(row.balance_minor)))
    balances = tuple(
        AccountBalance(account, _window(points, since, until))
        for account, points in sorted(by_account.items())
    )
    this_month = flows_of.get(month, nothing)
    return Summary(
        currency=currency,
        currencies=currencies,
        converted=converting,
        missing=tuple(sorted(to_base.missing)) if converting else (),
        approximate=converting and bool(to_base.used),
        base=currency if converting else (base or ""),
        month=month,
        by_category=by_category,
        flows=flows,
        balances=balances,
        balances_left_out=tuple(
            name for name, code in reports.balance_left_out(store) if converting or code == currency
        ),
        spent_this_month=money(this_month.expenses_minor),
        income_this_month=money(this_month.income_minor),
    )
