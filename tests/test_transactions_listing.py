"""Listing transactions reads tuples, not ORM objects: the listing equals one built from the
ORM's ``Transaction`` objects, for every filter, on a varied household."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from finapp.core.money import from_minor
from finapp.services.categories import category_paths
from finapp.services.transactions import TransactionView, list_transactions
from finapp.store.engine import Store
from finapp.store.schema import Transaction
from tests.conftest import MadeStore
from tests.realistic_stores import realistic_store


def _from_orm_objects(store: Store) -> list[TransactionView]:
    """The listing built the plain way: every ORM object, every column by name."""
    with store.read() as session:
        paths = category_paths(session)
        rows = session.scalars(select(Transaction).order_by(Transaction.posted, Transaction.id))
        return [
            TransactionView(
                id=t.id,
                account=t.account.name,
                account_id=t.account_id,
                date=t.posted,
                amount=from_minor(t.amount_minor, t.currency),
                currency=t.currency,
                payee=t.payee,
                memo=t.memo,
                fitid=t.fitid,
                category=paths.get(t.category_id) if t.category_id else None,
                category_source=t.category_source,
                merchant=t.merchant,
                is_transfer=t.is_transfer,
                time=t.posted_time,
                statement_text=t.original_payee or t.payee,
            )
            for t in rows
        ]


@pytest.fixture
def household(made_store: MadeStore) -> Store:
    return realistic_store(made_store, 3_000, seed=7)


def test_listing_equals_the_orm_objects(household: Store) -> None:
    listed = list_transactions(household)
    assert listed == _from_orm_objects(household)
    assert {t.currency for t in listed} == {"USD", "CNY"}
    assert any(t.is_transfer for t in listed) and any(t.category for t in listed)


def test_filters_select_the_same_lines(household: Store) -> None:
    everything = _from_orm_objects(household)
    account = everything[len(everything) // 2].account
    since, until = date(2026, 3, 1), date(2026, 6, 30)
    wanted = [t for t in everything if since <= t.date <= until and t.account == account]
    assert wanted
    assert list_transactions(household, since=since, until=until, account=account) == wanted
