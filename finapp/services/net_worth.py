"""Net worth over time: every account's balance at each month's end, added up in one currency.

An account's balance on a day comes from the balances finapp knows (a statement's, a CSV
balance column's, the user's), carried by the transactions between
(:mod:`finapp.services.balances`); cards and loans count as debts because their balances are
negative. The household's figure is converted to the base currency at the rates in force on
each month's last day, a currency without a rate left out and named, as the dashboard's
totals are (:mod:`finapp.services.household_totals`).

An account counts from the month its statements start; after they end its last balance is
held, since nothing says it moved. An account whose balance finapp never learnt is left out
and named: its transactions tell how it moved, not what it holds.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.core.budgets import month_of, next_month
from finapp.core.conversion import RateBook, Total
from finapp.core.money import from_minor
from finapp.core.reconciliation import Books
from finapp.services.balances import KnownBalance, known_balances, nearest_known
from finapp.services.rates import base_currency, rate_books
from finapp.services.reconciliation import books_by_account
from finapp.store.engine import Store
from finapp.store.schema import Account, StatementPeriod


@dataclass(frozen=True, slots=True)
class AccountWorth:
    """One account's balance at a month's end, in its own currency."""

    account: str
    currency: str
    type: str
    balance: Decimal


@dataclass(frozen=True, slots=True)
class MonthWorth:
    """The household at one month's end: the total and what it is made of."""

    #: the month's last day; for the month not over, the last day known (where the statements
    #: reach, today at the latest): a day to come has no balance yet
    month_end: date
    #: everything owned less everything owed, in the base currency
    total: Total
    #: the positive balances and the negative ones, each converted the same way
    assets: Total
    debts: Total
    accounts: tuple[AccountWorth, ...]


@dataclass(frozen=True, slots=True)
class NetWorth:
    """Net worth month by month, oldest first."""

    currency: str
    months: tuple[MonthWorth, ...]
    #: accounts left out because finapp knows no balance of theirs
    no_balance: tuple[str, ...]

    @property
    def change(self) -> Total | None:
        """From the first month's end to the last's (None with fewer than two months)."""
        if len(self.months) < 2:
            return None
        first, last = self.months[0].total, self.months[-1].total
        return Total(last.currency, last.minor - first.minor, last.parts, last.missing)


def _month_ends(first: date, last: date) -> list[date]:
    ends, month = [], month_of(first)
    while month <= last:
        ends.append(next_month(month) - timedelta(days=1))
        month = next_month(month)
    return ends


def _known_day(end: date, today: date, reached: date) -> date:
    """``end``, a month's last day, or for the month not over on ``today`` the last day known
    in it: where the statements reach, today at the latest (as the year review's end)."""
    if month_of(end) <= today < end:
        return max(month_of(end), min(today, reached))
    return end


def _spans(session: Session) -> dict[int, tuple[date, date]]:
    rows = session.execute(
        select(StatementPeriod.account_id, func.min(StatementPeriod.start),
               func.max(StatementPeriod.end)).group_by(StatementPeriod.account_id)
    )  # fmt: skip
    return {account_id: (start, end) for account_id, start, end in rows}


def _balance(anchor: KnownBalance, books: Books, day: date) -> int:
    """The balance at the end of ``day``, carried from ``anchor`` by the transactions between."""
    if day >= anchor.as_of:
        return anchor.amount_minor + books.move(anchor.as_of, day)
    return anchor.amount_minor - books.move(day, anchor.as_of)


def _total(book: RateBook, held: list[tuple[str, int]], currency: str, sign: int = 0) -> Total:
    """The sum of the balances ``held`` (currency, minor units) in ``currency``: all of them
    (``sign`` 0), only those above zero (1), or only those below (-1)."""
    sums: dict[str, int] = defaultdict(int)
    for code, minor in held:
        if sign == 0 or minor * sign > 0:
            sums[code] += minor
    return book.total(sums, currency)


def net_worth(
    store: Store,
    *,
    months: int | None = None,
    currency: str | None = None,
    today: date | None = None,
) -> NetWorth:
    """Net worth at each month's end from the first statement to the last (the last
    ``months`` of them when given), in ``currency`` (default: the base currency); the month
    not over ``today`` (default: the calendar's) as of its last day known."""
    with store.read() as session:
        currency = currency or base_currency(session)
        accounts = session.execute(
            select(
                Account.id, Account.name, Account.currency, Account.type, Account.closed_on
            ).order_by(Account.name)
        ).all()
        known, spans = known_balances(session), _spans(session)
        counted = [a for a in accounts if a.id in known and a.id in spans]
        no_balance = tuple(a.name for a in accounts if a.id in spans and a.id not in known)
        if not counted:
            return NetWorth(currency, (), no_balance)
        books = books_by_account(session)  # every transaction, grouped: only when needed
        reached = max(spans[a.id][1] for a in counted)
        ends = [_known_day(end, today or date.today(), reached)
                for end in _month_ends(min(spans[a.id][0] for a in counted), reached)]  # fmt: skip
        if months is not None:
            ends = ends[-months:]
        books_of_day = rate_books(session, ends)
    result = []
    for end in ends:
        held = []
        for account in counted:
            start, last = spans[account.id]
            if end >= start and (account.closed_on is None or end < account.closed_on):
                day = min(end, last)
                anchor = nearest_known(known[account.id], day)
                if anchor is not None:
                    held.append((account, _balance(anchor, books.get(account.id, Books(())), day)))
        book, amounts = books_of_day[end], [(a.currency, m) for a, m in held]
        result.append(MonthWorth(
            end, _total(book, amounts, currency), _total(book, amounts, currency, 1),
            _total(book, amounts, currency, -1),
            tuple(AccountWorth(a.name, a.currency, a.type, from_minor(m, a.currency))
                  for a, m in held),
        ))  # fmt: skip
    return NetWorth(currency, tuple(result), no_balance)
