"""What the dashboard charts show, as plain data (no Qt), computed with pandas.

Sums are integer minor units; ``Decimal`` appears only in the dataclasses the charts label.
Transfers between the user's own accounts are neither spending nor income, so they are left out.
A household with several currencies is charted in its main one (the most used), never summed
across currencies.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import pandas as pd

from finapp.core.money import from_minor, to_minor
from finapp.services.transactions import TransactionView

UNCATEGORISED = "Uncategorised"


@dataclass(frozen=True, slots=True)
class CategorySpend:
    category: str  # top-level category path ("" when uncategorised)
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
class Summary:
    currency: str
    month: str
    by_category: tuple[CategorySpend, ...]
    flows: tuple[MonthFlow, ...]
    balance: tuple[BalancePoint, ...]
    spent_this_month: Decimal
    income_this_month: Decimal


def _frame(rows: Sequence[TransactionView], currency: str) -> pd.DataFrame:
    kept = [r for r in rows if r.currency == currency and not r.is_transfer]
    return pd.DataFrame(
        {
            "day": pd.to_datetime([r.date for r in kept]),
            "minor": pd.Series([to_minor(r.amount, r.currency) for r in kept], dtype="int64"),
            "top": [(r.category or "").split(":", 1)[0] for r in kept],
        }
    )


def main_currency(rows: Sequence[TransactionView]) -> str:
    counts = pd.Series([r.currency for r in rows]).value_counts()
    return str(counts.index[0]) if len(counts) else "USD"


def summarize(
    rows: Sequence[TransactionView],
    today: date,
    months: int = 12,
    opening_balance: Decimal = Decimal(0),
) -> Summary:
    """Charts' data for the month of ``today`` and the ``months`` months up to it.

    The balance line is ``opening_balance`` plus the running sum of every transaction (transfers
    included: they do move money out of an account).
    """
    currency = main_currency(rows)
    money = lambda minor: from_minor(int(minor), currency)  # noqa: E731
    frame = _frame(rows, currency)
    month = f"{today:%Y-%m}"
    frame["month"] = frame["day"].dt.strftime("%Y-%m")
    this_month = frame[frame["month"] == month]
    spending = this_month[this_month["minor"] < 0]
    by_top = spending.groupby("top")["minor"].sum().sort_values()
    by_category = tuple(CategorySpend(str(top), money(-total)) for top, total in by_top.items())

    wanted = pd.period_range(end=pd.Period(month, "M"), periods=months, freq="M").strftime("%Y-%m")
    if len(frame):  # a short history starts at its first month, not with empty bars
        wanted = [m for m in wanted if m >= frame["month"].min()]
    income = frame[frame["minor"] > 0].groupby("month")["minor"].sum()
    expenses = frame[frame["minor"] < 0].groupby("month")["minor"].sum()
    flows = tuple(
        MonthFlow(m, money(income.get(m, 0)), money(-expenses.get(m, 0))) for m in wanted
    )

    every = pd.DataFrame(
        {
            "day": pd.to_datetime([r.date for r in rows if r.currency == currency]),
            "minor": pd.Series(
                [to_minor(r.amount, currency) for r in rows if r.currency == currency],
                dtype="int64",
            ),
        }
    )
    daily = every.groupby("day")["minor"].sum().cumsum() + to_minor(opening_balance, currency)
    balance = tuple(BalancePoint(day.date(), money(total)) for day, total in daily.items())
    return Summary(
        currency=currency,
        month=month,
        by_category=by_category,
        flows=flows,
        balance=balance,
        spent_this_month=money(-spending["minor"].sum()),
        income_this_month=money(this_month[this_month["minor"] > 0]["minor"].sum()),
    )
