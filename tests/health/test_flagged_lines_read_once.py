"""The flagged-activity check reads the lookback's spending as charge alerts read it, once, and
only the rest of its lines itself: each account's movements are those the former pass over every
line of the lookback gave, line for line and in its order (day, time of day with untimed lines
first, id), whether the check runs alone or within an evaluation that read the spending already.

The household is a realistic one (hundreds of merchants, cards and bank accounts, transfers,
income) whose wallet lines were given times of day — several on one day, some at the same
minute — and some of whose purchases were filed as transfers or marked as one.
"""

from __future__ import annotations

import random
from datetime import date, time, timedelta

import pytest
from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from bench.realistic_statements import LAST_DAY, write_statements
from finapp.core.category_kinds import CategoryKind
from finapp.core.flagged_activity import AccountActivity, Movement
from finapp.services import flagged_activity
from finapp.services.alert_scope import read_spending
from finapp.services.coverage import coverage_by_account, judged_as_of
from finapp.services.flagged_activity import LOOKBACK_DAYS, gather
from finapp.services.imports import import_files
from finapp.services.read_once import kept_while_evaluating
from finapp.store.engine import Store
from finapp.store.schema import Account, Category, StatementPeriod, Transaction
from tests.conftest import MadeStore


@pytest.fixture
def household(made_store: MadeStore) -> Store:
    """Made once a process and copied: every test here only reads."""
    return made_store(("flagged lines read once", 5_000, 9), _fill)


def _fill(store: Store) -> None:
    statement = write_statements(store.data_dir.parent / "household.ofx", 5_000, seed=9)
    result = import_files(store, [statement])
    assert not result.failed
    rng = random.Random(9)
    with store.write() as session:
        ids = list(session.scalars(select(Transaction.id).order_by(Transaction.id)))
        timed = rng.sample(ids, len(ids) // 3)
        for n, txn in enumerate(timed):  # a few distinct minutes, so times repeat within a day
            at = time(rng.choice((0, 3, 9, 21)), rng.choice((0, 30)), second=n % 2)
            session.execute(update(Transaction).where(Transaction.id == txn).values(posted_time=at))
        transfer_kind = session.scalar(
            select(Category.id).where(Category.kind == CategoryKind.TRANSFER).limit(1)
        )
        assert transfer_kind is not None
        filed = update(Transaction).where(Transaction.id.in_(rng.sample(ids, 60)))
        session.execute(filed.values(category_id=transfer_kind))
        marked = update(Transaction).where(Transaction.id.in_(rng.sample(ids, 60)))
        session.execute(marked.values(is_transfer=True))


def _former_accounts(session: Session, as_of: date) -> list[AccountActivity]:
    """The former pass: every line of the lookback in one query, in the store's order."""
    since = as_of - timedelta(days=LOOKBACK_DAYS)
    own, routine, purchase = flagged_activity._category_roles(session)
    routine_lines = flagged_activity._routine_stream_lines(session, since)
    coverage = coverage_by_account(session)
    rows = session.execute(
        select(
            Transaction.id,
            Transaction.account_id,
            Transaction.posted,
            Transaction.posted_time,
            Transaction.amount_minor,
            Transaction.merchant,
            Transaction.payee,
            Transaction.is_transfer,
            Transaction.category_id,
        )
        .where(Transaction.posted >= since, Transaction.posted <= as_of)
        .order_by(
            Transaction.account_id, Transaction.posted, Transaction.posted_time, Transaction.id
        )
    )
    by_account: dict[int, list[Movement]] = {}
    for txn, account_id, posted, at, amount, merchant, payee, transfer, category in rows:
        by_account.setdefault(account_id, []).append(
            Movement(
                txn,
                posted,
                amount,
                merchant or "",
                payee or "",
                at,
                bool(transfer) or category in own,
                category in routine or txn in routine_lines,
                amount < 0 and not transfer and category in purchase,  # a purchase spent
            )
        )
    out = []
    for account_id, name, currency in session.execute(
        select(Account.id, Account.name, Account.currency)
    ):
        judged = judged_as_of(coverage.get(account_id), as_of)
        movements = [m for m in by_account.get(account_id, ()) if m.posted <= judged]
        out.append(AccountActivity(account_id, name, currency, judged, movements))
    return out


@pytest.mark.parametrize("back", [0, 45, 200, 380])
def test_each_account_gets_the_lines_of_the_former_pass(household: Store, back: int) -> None:
    as_of = LAST_DAY - timedelta(days=back)
    with household.read() as session:
        former = _former_accounts(session, as_of)
        alone, _, _ = gather(session, as_of)
        with kept_while_evaluating(session):
            read_spending(session, as_of - timedelta(days=LOOKBACK_DAYS), as_of)
            shared, _, _ = gather(session, as_of)
    assert alone == former
    assert shared == former
    movements = [m for account in former for m in account.movements]
    assert sum(m.time is not None for m in movements) > 50, "times of day were compared"
    assert sum(m.own for m in movements) > 5, "the user's own money moving was compared"
    assert sum(m.amount_minor > 0 for m in movements) > 5, "money in was compared"


def test_an_account_whose_statements_end_early_keeps_the_lines_up_to_their_end(
    household: Store,
) -> None:
    """Most accounts are judged as of the day asked and keep every line read; one whose
    statements end earlier keeps only the lines up to their end, as the former pass did."""
    cut = LAST_DAY - timedelta(days=40)
    with household.write() as session:
        first = session.scalar(select(func.min(StatementPeriod.account_id)))
        mine = StatementPeriod.account_id == first
        session.execute(delete(StatementPeriod).where(mine, StatementPeriod.start > cut))
        ended = update(StatementPeriod).where(mine, StatementPeriod.end > cut)
        session.execute(ended.values(end=cut))
    with household.read() as session:
        former = _former_accounts(session, LAST_DAY)
        gathered, _, _ = gather(session, LAST_DAY)
    assert gathered == former
    early = next(a for a in gathered if a.id == first)
    assert early.judged == cut and early.movements
    assert max(m.posted for m in early.movements) <= cut
    others = [m.posted for a in gathered if a.id != first for m in a.movements]
    assert max(others) > cut, "the other accounts kept their lines after the early end"
