"""Alert evaluation reads the merchants paid before its lookback once, for charge alerts and for
flagged activity alike: each gets, for every name it asks about (the merchants of the lookback's
lines, and the payees of those naming no merchant), what its own pass over the history before the
lookback gave, and the facts are those of reading twice."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import date, timedelta

import pytest
from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from bench.realistic_statements import LAST_DAY
from finapp.services import alert_facts, merchants_paid
from finapp.services.alert_facts import LOOKBACK_DAYS, gather_facts
from finapp.services.flagged_activity import gather
from finapp.services.merchants_paid import SPENDING, spent_with_before
from finapp.services.read_once import kept_while_evaluating
from finapp.store.engine import Store
from finapp.store.schema import Category, Transaction
from tests.conftest import MadeStore
from tests.realistic_stores import realistic_store


@pytest.fixture
def household(made_store: MadeStore) -> Store:
    return realistic_store(made_store, 4_000, seed=5)


def merchants_where(session: Session, *where: ColumnElement[bool]) -> frozenset[str]:
    """The former pass: every distinct merchant of the lines matching ``where``."""
    return frozenset(session.scalars(select(Transaction.merchant).distinct().where(*where)))


def _asked(store: Store, since: date) -> frozenset[str]:
    """The names a reader asks about: the merchants of lines from ``since`` on, and the payees
    of those naming no merchant (a charge is judged by its merchant, a movement's party is its
    merchant first)."""
    with store.read() as session:
        later = Transaction.posted >= since
        names = session.execute(select(Transaction.merchant, Transaction.payee).where(later))
        return frozenset(
            name for merchant, payee in names for name in (merchant, merchant or payee)
        )


def _former_paid_before(store: Store, since: date) -> frozenset[str]:
    """The flagged-activity check's own query before it shared the read."""
    with store.read() as session:
        kinds = dict(session.execute(select(Category.id, Category.kind)).all())
        own = {cid for cid, kind in kinds.items() if kind == "transfer"}
        return merchants_where(
            session,
            Transaction.posted < since,
            Transaction.amount_minor < 0,
            Transaction.is_transfer.is_(False),
            Transaction.merchant != "",
            Transaction.category_id.is_(None) | Transaction.category_id.not_in(own),
        )


def _former_seen_before(store: Store, start: date) -> frozenset[str]:
    """Charge alerts' own query before it shared the read."""
    with store.read() as session:
        return merchants_where(session, *SPENDING, Transaction.posted < start)


@pytest.mark.parametrize("ahead", [-100, 0, 150, 300])
def test_each_reader_gets_what_its_own_query_gave(household: Store, ahead: int) -> None:
    """The household spans about 400 days up to LAST_DAY: evaluations from its end to months
    after it put the lookback's start before the history or inside it."""
    as_of = LAST_DAY + timedelta(days=ahead)
    since = as_of - timedelta(days=LOOKBACK_DAYS)
    with household.read() as session:
        _, paid_before, _ = gather(session, as_of)
        seen = spent_with_before(session, since)
    asked = _asked(household, since)
    assert paid_before == _former_paid_before(household, since) & asked
    assert seen == _former_seen_before(household, since) & asked
    if ahead > 0:
        assert paid_before, "the lookback starts inside the history: someone was paid before"


def test_evaluation_reads_the_merchants_once_and_keeps_nothing_after(
    household: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int] = []
    former = merchants_paid._paid_before

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        reads.append(1)
        return former(*args, **kwargs)

    as_of = LAST_DAY + timedelta(days=200)
    with household.read() as session:
        with monkeypatch.context() as reading_twice:
            reading_twice.setattr(alert_facts, "kept_while_evaluating", lambda _: nullcontext())
            alone = gather_facts(session, as_of)
        monkeypatch.setattr(merchants_paid, "_paid_before", counted)
        shared = gather_facts(session, as_of)
        assert reads == [1]
        spent_with_before(session, as_of)
        spent_with_before(session, as_of)
        assert reads == [1, 1, 1], "outside an evaluation nothing is kept"
    assert shared == alone
    assert shared.seen_before


def test_kept_answers_are_by_day(household: Store) -> None:
    with household.read() as session, kept_while_evaluating(session):
        early, late = LAST_DAY - timedelta(days=300), LAST_DAY - timedelta(days=30)
        for day in (early, late):
            expected = _former_seen_before(household, day) & _asked(household, day)
            assert spent_with_before(session, day) == expected
        assert spent_with_before(session, early) != spent_with_before(session, late)
