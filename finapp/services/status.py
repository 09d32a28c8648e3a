"""Cheap facts about a store that decide what the app shows first."""

from __future__ import annotations

from sqlalchemy import func, select

from finapp.store.engine import Store
from finapp.store.schema import Account, Transaction


def store_is_empty(store: Store) -> bool:
    """True for a store with no accounts and no transactions (a first run)."""
    with store.read() as session:
        if session.scalar(select(func.count()).select_from(Account)):
            return False
        return not session.scalar(select(func.count()).select_from(Transaction))
