"""What the dashboard charts show: the reports service's frames turned into small dataclasses.

The reports (``finapp.services.reports``) decide what counts as income, spending or a transfer
and anchor balances on the statements' ledger balances; this module only picks the household's
currency to chart, the months to show, and converts minor units to ``Decimal`` for labels. A
household with several currencies is charted all of them converted to the base currency at the
rates the user keeps (:mod:`finapp.gui.charts.converted`) unless one currency is asked for
(:attr:`Summary.currencies` lists them all so the dashboard can offer each), never summed
unconverted.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import SupportsInt

import pandas as pd

from finapp.core.money import from_minor
from finapp.gui.charts.converted import CONVERTED, converter
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


def _currencies(flows: pd.DataFrame, balances: pd.DataFrame) -> tuple[str, ...]:
    """The currencies present, by volume of income and spending (the main one first); an
    account's currency with no income or spending yet (only transfers) comes last."""
    volume = (flows["income_minor"] + flows["expenses_minor"]).groupby(flows["currency"]).sum()
    by_volume = [str(c) for c in volume.sort_values(ascending=False, kind="stable").index]
    others = sorted({str(c) for c in balances["currency"]} - set(by_volume))
    return tuple(by_volume + others) or ("USD",)


def _months(end: str, count: int | None, first_with_data: str | None) -> list[str]:
    """The ``count`` months up to ``end`` (None: from the first month with data)."""
    if count is None:
        start = min(first_with_data or end, end)
        wanted = pd.period_range(pd.Period(start, "M"), pd.Period(end, "M"), freq="M")
    else:
        wanted = pd.period_range(end=pd.Period(end, "M"), periods=count, freq="M")
    # a short history starts at its first month, not with a row of empty bars
    return [m for m in wanted.strftime("%Y-%m") if first_with_data is None or m >= first_with_data]


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
    monthly = reports.monthly_frame(store)  # read once, for two reports
    flows_frame = reports.income_vs_expenses(store, frame=monthly)
    spending = reports.spending_by_category(store, depth=1, frame=monthly)
    balance_frame = reports.balance_over_time(store)
    currencies = _currencies(flows_frame, balance_frame)
    converting = currency == CONVERTED or (currency is None and len(currencies) > 1)
    if base is None and (converting or currencies[1:]):
        base = get_base_currency(store)
    if converting and base is not None:
        days = pd.to_datetime(balance_frame["date"]).dt.strftime("%Y-%m")
        to_base = converter(store, [*flows_frame["month"], *days, month], base)
        flows_frame = (
            to_base.frame(flows_frame, ["income_minor", "expenses_minor"], flows_frame["month"])
            .groupby(["month", "currency"], as_index=False)[["income_minor", "expenses_minor"]]
            .sum()
        )
        spending = (
            to_base.frame(spending, ["amount_minor"], spending["month"])
            .groupby(["month", "category", "currency"], as_index=False)[["amount_minor"]]
            .sum()
        )
        balance_frame = to_base.frame(balance_frame, ["balance_minor"], days)
        currency = to_base.base
    elif currency not in currencies:
        currency = currencies[0]

    def money(minor: SupportsInt) -> Decimal:
        return from_minor(int(minor), currency)

    flows_frame = flows_frame[flows_frame["currency"] == currency].set_index("month")
    first = str(flows_frame.index.min()) if len(flows_frame) else None
    history = _months(month, months, first)
    flows = tuple(
        MonthFlow(
            m,
            money(flows_frame["income_minor"].get(m, 0)),
            money(flows_frame["expenses_minor"].get(m, 0)),
        )
        for m in history
    )
    spending = spending[(spending["month"] == month) & (spending["currency"] == currency)]
    ordered = spending.sort_values("amount_minor", ascending=False)
    by_category = tuple(
        CategorySpend(str(category), money(minor))
        for category, minor in zip(ordered["category"], ordered["amount_minor"], strict=True)
        if int(minor) > 0
    )
    balance_frame = balance_frame[balance_frame["currency"] == currency]
    since = date.fromisoformat(f"{history[0] if history else month}-01")
    until = (pd.Period(month, "M").end_time).date()
    balances = tuple(
        AccountBalance(
            str(account),
            _window(
                [
                    BalancePoint(pd.Timestamp(day).date(), money(total))
                    for day, total in zip(rows["date"], rows["balance_minor"], strict=True)
                ],
                since,
                until,
            ),
        )
        for account, rows in balance_frame.groupby("account", sort=True)
    )
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
        spent_this_month=money(flows_frame["expenses_minor"].get(month, 0)),
        income_this_month=money(flows_frame["income_minor"].get(month, 0)),
    )
