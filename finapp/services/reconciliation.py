"""Reconciliation: each account's transactions checked against the balances its statements state.

:func:`account_books` tells, per account, whether the transactions move the balance as the
statements say (:mod:`finapp.core.reconciliation`), where they do not (the period, both moves,
the days no statement covers) and whether the user has accepted the books up to a day. The
check is made afresh each time from what is stored, so a difference clears as soon as the
missing statement is imported or the line is put back.

:func:`mark_reconciled` records that the user accepted an account's books up to a day, as a
bank reconciliation does: differences ending on or before it are no longer raised. finapp also
keeps the sum and count of the transactions up to that day, so a line added to, changed in or
taken from the accepted period afterwards shows as a change since reconciling, unless the
statements now vouch for every day up to it (the missing statement was imported).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.core.balance_kinds import BalanceKind
from finapp.core.money import from_minor
from finapp.core.reconciliation import (
    Books,
    Span,
    StatedBalance,
    checkable,
    differences,
    merged_spans,
)
from finapp.errors import InvalidInputError, Problem
from finapp.services.accounts import require_account
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Account, BalanceSnapshot, StatementPeriod, Transaction


class BooksState(StrEnum):
    """How an account's books stand against its statements."""

    AGREE = "agree"  #: every stated balance checked agrees with the transactions
    DIFFER = "differ"  #: a period's transactions do not add up to its stated balances
    CHANGED = "changed"  #: lines in the period the user accepted changed since
    UNCHECKED = "unchecked"  #: fewer than two stated balances: nothing to check yet


@dataclass(frozen=True, slots=True)
class Gap:
    """A period whose transactions do not move the balance as the statements say."""

    start: date
    end: date
    stated_change: Decimal
    books_change: Decimal
    #: stated change minus the transactions': positive when money in is missing
    difference: Decimal
    #: runs of days in the period that no imported statement covers
    uncovered: tuple[Span, ...]


@dataclass(frozen=True, slots=True)
class AccountBooks:
    """One account's reconciliation, as the Accounts page and ``finapp reconcile`` show it."""

    account: str
    currency: str
    #: stated balances the check used, and the days of the first and last
    checked: int
    checked_from: date | None
    checked_through: date | None
    gaps: tuple[Gap, ...]
    reconciled_through: date | None
    #: how much the transactions up to ``reconciled_through`` moved since the user accepted them
    #: (None: unchanged, or never reconciled), and how many lines more (or fewer) there are
    changed_by: Decimal | None
    changed_lines: int

    @property
    def state(self) -> BooksState:
        if self.gaps:
            return BooksState.DIFFER
        if self.changed_by is not None:
            return BooksState.CHANGED
        return BooksState.AGREE if self.checked >= 2 else BooksState.UNCHECKED


def _stated(session: Session) -> dict[int, list[StatedBalance]]:
    out: dict[int, list[StatedBalance]] = defaultdict(list)
    rows = session.execute(
        select(
            BalanceSnapshot.account_id, BalanceSnapshot.as_of, BalanceSnapshot.amount_minor
        ).where(BalanceSnapshot.kind == BalanceKind.LEDGER)
    )
    for account_id, as_of, minor in rows:
        out[account_id].append(StatedBalance(as_of, minor))
    return out


def _spans(session: Session) -> dict[int, list[Span]]:
    periods: dict[int, list[Span]] = defaultdict(list)
    for account_id, start, end in session.execute(
        select(StatementPeriod.account_id, StatementPeriod.start, StatementPeriod.end)
    ):
        periods[account_id].append((start, end))
    return {account_id: merged_spans(spans) for account_id, spans in periods.items()}


def books_by_account(session: Session) -> dict[int, Books]:
    """Each account's transactions as running totals by day (reconciliation, net worth)."""
    days: dict[int, list[tuple[date, int]]] = defaultdict(list)
    for account_id, posted, amount in session.execute(
        select(
            Transaction.account_id, Transaction.posted, func.sum(Transaction.amount_minor)
        ).group_by(Transaction.account_id, Transaction.posted)
    ):
        days[account_id].append((posted, amount))
    return {account_id: Books(movements) for account_id, movements in days.items()}


def books_up_to(session: Session, account_id: int, through: date) -> tuple[int, int]:
    """The sum and count of the account's transactions posted on or before ``through``."""
    total, count = session.execute(
        select(func.coalesce(func.sum(Transaction.amount_minor), 0), func.count()).where(
            Transaction.account_id == account_id, Transaction.posted <= through
        )
    ).one()
    return int(total), int(count)


def _account_books(
    session: Session,
    account: Account,
    stated: list[StatedBalance],
    spans: list[Span],
    books: Books,
) -> AccountBooks:
    used = checkable(stated, spans)
    accepted = account.reconciled_through
    every = differences(used, books, spans)
    found = [d for d in every if accepted is None or d.end > accepted]
    changed_by, changed_lines = None, 0
    # a change in the accepted days is news only while the statements do not vouch for those
    # days: importing the month that was missing changes them, and puts them right
    if accepted is not None and any(d.end <= accepted for d in every):
        total, count = books_up_to(session, account.id, accepted)
        moved = total - (account.reconciled_total_minor or 0)
        changed_lines = count - (account.reconciled_count or 0)
        if moved or changed_lines:
            changed_by = from_minor(moved, account.currency)

    def money(minor: int) -> Decimal:
        return from_minor(minor, account.currency)

    gaps = tuple(
        Gap(d.start, d.end, money(d.stated_move), money(d.books_move), money(d.difference),
            d.uncovered)
        for d in found
    )  # fmt: skip
    return AccountBooks(
        account=account.name,
        currency=account.currency,
        checked=len(used),
        checked_from=used[0].as_of if used else None,
        checked_through=used[-1].as_of if used else None,
        gaps=gaps,
        reconciled_through=accepted,
        changed_by=changed_by,
        changed_lines=changed_lines,
    )


def account_books(store: Store) -> dict[str, AccountBooks]:
    """Every account's reconciliation, by account name (one pass over the store)."""
    with store.read() as session:
        stated, spans, books = _stated(session), _spans(session), books_by_account(session)
        return {
            account.name: _account_books(
                session,
                account,
                stated.get(account.id, []),
                spans.get(account.id, []),
                books.get(account.id, Books(())),
            )
            for account in session.scalars(select(Account).order_by(Account.name))
        }


def books_of(store: Store, account: str) -> AccountBooks:
    """One account's reconciliation; ``account`` is its name or number."""
    with store.read() as session:
        name = require_account(session, account).name
    return account_books(store)[name]


@undoable("reconciled", lambda books, *_, **__: {"account": books.account})
def mark_reconciled(
    store: Store, account: str, through: date, *, accept: bool = False
) -> AccountBooks:
    """Accept ``account``'s books up to the end of ``through``.

    Refused, changing nothing, when ``through`` is after the last day its statements cover (what
    is not imported cannot be checked) or when a period up to it still differs and ``accept``
    is not given: the differences are then named, so accepting them is a decision.
    """
    with store.read() as session:
        row = require_account(session, account)
        name, currency = row.name, row.currency
        last = session.scalar(
            select(func.max(StatementPeriod.end)).where(StatementPeriod.account_id == row.id)
        )
    if last is None or through > last:
        raise InvalidInputError(Problem(
            "reconcile_after_statements",
            f"{name}'s statements end on {last.isoformat() if last else 'no day'}: "
            f"import them up to {through.isoformat()} before reconciling to it",
            account=name, through=through.isoformat(), last=last.isoformat() if last else "",
        ))  # fmt: skip
    pending = [gap for gap in books_of(store, name).gaps if gap.end <= through]
    if pending and not accept:
        first = pending[0]
        raise InvalidInputError(Problem(
            "reconcile_differences",
            f"{name}'s transactions differ from its statements in {len(pending)} period(s) up to "
            f"{through.isoformat()}, the first {first.start.isoformat()} to "
            f"{first.end.isoformat()} by {first.difference} {currency}: import what is missing, "
            "or accept the books as they stand (--accept)",
            account=name, count=len(pending), through=through.isoformat(),
            start=first.start.isoformat(), end=first.end.isoformat(),
            difference=first.difference, currency=currency,
        ))  # fmt: skip
    with store.write() as session:
        row = require_account(session, name)
        row.reconciled_through = through
        row.reconciled_total_minor, row.reconciled_count = books_up_to(session, row.id, through)
    return books_of(store, name)


@undoable("unreconciled", lambda books, *_, **__: {"account": books.account})
def clear_reconciled(store: Store, account: str) -> AccountBooks:
    """Forget the day the user accepted ``account``'s books up to."""
    with store.write() as session:
        row = require_account(session, account)
        name = row.name
        row.reconciled_through = row.reconciled_total_minor = row.reconciled_count = None
    return books_of(store, name)
