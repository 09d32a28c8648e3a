"""Setting a transaction's category by hand."""

from __future__ import annotations

from finapp.errors import NotFoundError
from finapp.services.categories import ensure_category
from finapp.store.engine import Store
from finapp.store.schema import Transaction


def set_category(store: Store, txn_id: int, path: str) -> str:
    """Set the category of one transaction (creating the category if new); returns its path.

    A manual choice is marked so that no rule ever overwrites it.
    """
    with store.write() as session:
        txn = session.get(Transaction, txn_id)
        if txn is None:
            raise NotFoundError(f"No transaction with id {txn_id}")
        category = ensure_category(session, path)
        txn.category_id = category.id
        txn.category_source = "manual"
    return path
