"""Reports for the dashboard charts: rows of integer minor units, no Qt and no pandas.

Amounts stay integer minor units (``*_minor`` fields beside ``currency``): the chart code turns
them into plot values at the last moment, and sums are exact. What counts as income, spending
or a transfer is :func:`finapp.services.month_report.classified_sums`' rule, shared with
``finapp report``. The grouping is done over a few hundred pre-summed rows in plain Python: the
dashboard is the first page of every start, and loading pandas for it cost more (0.4 s of CPU
on a 2-core machine) than all its sums.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Sequence
from datetime import date
from itertools import accumulate, groupby
from typing import NamedTuple

from sqlalchemy import func, select

from finapp.services.balances import latest_known
from finapp.services.categories import SEPARATOR
from finapp.services.month_report import (  # the report's names, kept where callers look
    UNCATEGORIZED,
    ClassifiedSum,
    DataSpan,
    classified_sums,
    counts_as_spent,
    data_span,
    income_and_expenses,
    month_report,
    spent_per_category,
)
from finapp.store.engine import Store
from finapp.store.schema import (
    Account,
    Transaction,
)

__all__ = [
    "UNCATEGORIZED",
    "DataSpan",
    "DayBalance",
    "MonthFlows",
    "MonthSpending",
    "balance_left_out",
    "balance_over_time",
    "daily_sums",
    "data_span",
    "income_vs_expenses",
    "month_report",
    "monthly_sums",
    "spending_by_category",
]


class MonthFlows(NamedTuple):
    month: str  # YYYY-MM
    currency: str
    income_minor: int
    expenses_minor: int  # positive: money out

    @property
    def net_minor(self) -> int:
        return self.income_minor - self.expenses_minor


class MonthSpending(NamedTuple):
    month: str
    category: str
    currency: str
    amount_minor: int  # positive: spent


class DayBalance(NamedTuple):
    account: str
    currency: str
    date: date
    balance_minor: int  # at the end of the day


#: each account's days with transactions, in order, with what they summed to
DailySums = dict[int, list[tuple[date, int]]]


def monthly_sums(store: Store) -> list[ClassifiedSum]:
    """:func:`classified_sums` over the whole history: a caller drawing several charts reads
    them once and hands them to each report."""
    with store.read() as session:
        return classified_sums(session)


def daily_sums(store: Store) -> DailySums:
    """Each account's transactions summed per day, the days in order."""
    keys = (Transaction.account_id, Transaction.posted)
    with store.read() as session:
        rows = session.execute(
            select(*keys, func.sum(Transaction.amount_minor)).group_by(*keys).order_by(*keys)
        ).all()
    return {
        account_id: [(day, int(total)) for _, day, total in days]
        for account_id, days in groupby(rows, key=lambda row: row[0])
    }


def spending_by_category(
    store: Store, *, depth: int | None = 1, sums: Sequence[ClassifiedSum] | None = None
) -> list[MonthSpending]:
    """What was spent per month, category and currency: by month, most spent first (equal
    amounts by category and currency).

    ``depth=1`` rolls sub-categories up into their top-level category (the chart's view);
    ``None`` keeps full paths. ``sums``: :func:`monthly_sums` already read.
    """
    spent: dict[tuple[str, str, str], int] = defaultdict(int)
    settled = spent_per_category(monthly_sums(store) if sums is None else sums)
    for (month, currency, category), amount in settled.items():
        if counts_as_spent(category, amount):  # else the month's income
            path = category if depth is None else SEPARATOR.join(category.split(SEPARATOR)[:depth])
            spent[month, path, currency] += amount
    ordered = sorted(spent.items(), key=lambda item: (item[0][0], -item[1], item[0]))
    return [MonthSpending(*key, amount) for key, amount in ordered]


def income_vs_expenses(
    store: Store, *, sums: Sequence[ClassifiedSum] | None = None
) -> list[MonthFlows]:
    """Income and expenses per month and currency that had any of either (``sums``: as
    above), by month and currency."""
    by_month: dict[str, list[ClassifiedSum]] = defaultdict(list)
    for row in monthly_sums(store) if sums is None else sums:
        by_month[row[0]].append(row)
    return [
        MonthFlows(month, currency, income, expenses)
        for month in sorted(by_month)
        for currency, (income, expenses) in sorted(income_and_expenses(by_month[month]).items())
    ]


def balance_left_out(store: Store) -> list[tuple[str, str]]:
    """(name, currency) of the accounts with transactions :func:`balance_over_time` leaves out
    for want of a known balance, by name: the chart says so rather than drop them silently."""
    with store.read() as session:
        known = latest_known(session)
        used = select(Transaction.account_id).distinct()
        accounts = session.execute(
            select(Account.id, Account.name, Account.currency)
            .where(Account.id.in_(used))
            .order_by(Account.name)
        ).all()
    return [(name, currency) for account_id, name, currency in accounts if account_id not in known]


def balance_over_time(store: Store, *, daily: DailySums | None = None) -> list[DayBalance]:
    """End-of-day balance of each account on each day it moved, account by account.

    Anchored on the latest balance finapp knows (a statement's or the user's) and carried back
    and forward by the transactions. An account without one is left out
    (:func:`balance_left_out` names them, as net worth and Health do): counted from zero, a
    card's CSV that states no balance drew a debt nobody owes, Alipay and WeChat Pay bills
    (what was paid, mostly with bank cards) sank for ever, and a checking account's pay
    cheques climbed to a "balance" of $40,000 beside Health saying its balance is unknown.
    ``daily``: :func:`daily_sums` already read.
    """
    daily = daily_sums(store) if daily is None else daily
    with store.read() as session:
        accounts = session.execute(select(Account.id, Account.name, Account.currency)).all()
        anchors = {
            account_id: (known.as_of, known.amount_minor)
            for account_id, known in latest_known(session).items()
        }
    out: list[DayBalance] = []
    for account_id, name, currency in accounts:
        days = daily.get(account_id)
        if account_id not in anchors or not days:
            continue
        running = list(accumulate(amount for _, amount in days))
        as_of, amount = anchors[account_id]
        before = bisect_right(days, as_of, key=lambda day: day[0])
        offset = amount - (running[before - 1] if before else 0)
        out += [
            DayBalance(name, currency, day, total + offset)
            for (day, _), total in zip(days, running, strict=True)
        ]
    return out
