"""What the dashboard charts show: the reports service's frames turned into small dataclasses.

The reports (``finapp.services.reports``) decide what counts as income, spending or a transfer
and anchor balances on the statements' ledger balances; this module only picks the household's
main currency, the months to show, and converts minor units to ``Decimal`` for labels. A
household with several currencies is charted in its main one, never summed across currencies.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pandas as pd

from finapp.core.money import from_minor
from finapp.services import reports
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
    month: str
    by_category: tuple[CategorySpend, ...]
    flows: tuple[MonthFlow, ...]
    balances: tuple[AccountBalance, ...]
    spent_this_month: Decimal
    income_this_month: Decimal


def _main_currency(flows: pd.DataFrame) -> str:
    if flows.empty:
        return "USD"
    volume = flows.assign(volume=flows["income_minor"] + flows["expenses_minor"])
    return str(volume.groupby("currency")["volume"].sum().idxmax())


def _months(end: str, count: int, first_with_data: str | None) -> list[str]:
    wanted = pd.period_range(end=pd.Period(end, "M"), periods=count, freq="M").strftime("%Y-%m")
    # a short history starts at its first month, not with a row of empty bars
    return [m for m in wanted if first_with_data is None or m >= first_with_data]


def summarize(store: Store, shown: date, months: int = 12) -> Summary:
    """Charts' data for the month of ``shown`` and the ``months`` months up to it."""
    month = f"{shown:%Y-%m}"
    monthly = reports.monthly_frame(store)  # read once, for two reports
    flows_frame = reports.income_vs_expenses(store, frame=monthly)
    currency = _main_currency(flows_frame)

    def money(minor: object) -> Decimal:
        return from_minor(int(minor), currency)  # type: ignore[call-overload]

    flows_frame = flows_frame[flows_frame["currency"] == currency].set_index("month")
    first = str(flows_frame.index.min()) if len(flows_frame) else None
    flows = tuple(
        MonthFlow(
            m,
            money(flows_frame["income_minor"].get(m, 0)),
            money(flows_frame["expenses_minor"].get(m, 0)),
        )
        for m in _months(month, months, first)
    )
    spending = reports.spending_by_category(store, depth=1, frame=monthly)
    spending = spending[(spending["month"] == month) & (spending["currency"] == currency)]
    by_category = tuple(
        CategorySpend(str(row.category), money(row.amount_minor))
        for row in spending.sort_values("amount_minor", ascending=False).itertuples()
        if row.amount_minor > 0
    )
    balance_frame = reports.balance_over_time(store)
    balance_frame = balance_frame[balance_frame["currency"] == currency]
    balances = tuple(
        AccountBalance(
            str(account),
            tuple(
                BalancePoint(pd.Timestamp(day).date(), money(total))
                for day, total in zip(rows["date"], rows["balance_minor"], strict=True)
            ),
        )
        for account, rows in balance_frame.groupby("account", sort=True)
    )
    this_month = flows_frame.loc[month] if month in flows_frame.index else None
    return Summary(
        currency=currency,
        month=month,
        by_category=by_category,
        flows=flows,
        balances=balances,
        spent_this_month=money(0 if this_month is None else this_month["expenses_minor"]),
        income_this_month=money(0 if this_month is None else this_month["income_minor"]),
    )
