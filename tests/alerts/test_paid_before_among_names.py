"""Alert evaluation asks which merchants were paid before its lookback among the names it has
read already (the lookback's spending, and the other lines' names read beside it) instead of
gathering every later line's names in the store: the answer is the store's own, for lookbacks
that start anywhere in the history and end before its last line, on it or after it, with some
lines of merchants paid before filed as transfers (no spending, but their names still asked
about)."""

from __future__ import annotations

import random
from datetime import date, timedelta
from functools import partial

import pytest
from sqlalchemy import select, update

from bench.realistic_statements import LAST_DAY, write_statements
from finapp.core.category_kinds import CategoryKind
from finapp.services.alert_facts import LOOKBACK_DAYS, gather_facts
from finapp.services.alert_scope import names_from, read_spending
from finapp.services.imports import import_files
from finapp.services.merchants_paid import spent_with_before
from finapp.store.engine import Store
from finapp.store.schema import Category, Transaction
from tests.conftest import MadeStore


@pytest.fixture
def household(made_store: MadeStore) -> Store:
    """A four-thousand-line household with 200 of its charges filed as transfers (made once a
    process and copied: every test here only reads)."""
    return made_store(("paid before among names", 4_000, 3), _fill)


def _fill(store: Store) -> None:
    statement = write_statements(store.data_dir.parent / "household.ofx", 4_000, seed=3)
    result = import_files(store, [statement])
    assert not result.failed
    with store.write() as session:
        ids = list(session.scalars(select(Transaction.id).where(Transaction.amount_minor < 0)))
        transfer = select(Category.id).where(Category.kind == CategoryKind.TRANSFER).limit(1)
        filed = update(Transaction).where(Transaction.id.in_(random.Random(3).sample(ids, 200)))
        session.execute(filed.values(category_id=session.scalar(transfer)))


@pytest.mark.parametrize("back", [300, 150, 30])
@pytest.mark.parametrize("length", [20, 100, 400])
def test_the_names_read_find_what_the_store_finds(household: Store, back: int, length: int) -> None:
    day = LAST_DAY - timedelta(days=back)
    as_of = day + timedelta(days=length)
    with household.read() as session:
        spending = read_spending(session, day, as_of)
        given = spent_with_before(session, day, partial(names_from, session, spending, day, as_of))
        found = spent_with_before(session, day)
    assert given == found
    assert len(found) > 20, "merchants paid before were asked about"


@pytest.mark.parametrize("ahead", [100, 250])
def test_an_evaluation_sees_the_merchants_the_store_finds(household: Store, ahead: int) -> None:
    as_of: date = LAST_DAY + timedelta(days=ahead)
    with household.read() as session:
        seen = gather_facts(session, as_of).seen_before
        found = spent_with_before(session, as_of - timedelta(days=LOOKBACK_DAYS))
    assert seen == found and found
