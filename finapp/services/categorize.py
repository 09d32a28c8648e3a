"""Setting a transaction's category by hand, and learning from it.

The user's choice teaches finapp the *merchant* (``finapp.core.merchant.merchant_key``, the identity
the subscription detector uses), not the raw payee: "STARBUCKS #1234 SEATTLE" and "STARBUCKS
STORE 0042" are one lesson. The lesson becomes a learned rule, so it reaches the merchant's other
uncategorized or automatically categorized transactions now and every future import.
"""

from __future__ import annotations

from dataclasses import dataclass

from finapp.errors import NotFoundError
from finapp.services.categories import ensure_category
from finapp.services.rules import AUTO_SOURCES, apply_rules, learn_merchant, rule_book
from finapp.store.engine import Store
from finapp.store.schema import Transaction


@dataclass(frozen=True, slots=True)
class CategorizeResult:
    path: str
    merchant: str
    also_applied: int  # other transactions of the merchant that took the category now


def set_category(store: Store, txn_id: int, path: str) -> CategorizeResult:
    """Set the category of one transaction (creating the category if new) and learn from it.

    A manual choice is marked so that no rule ever overwrites it.
    """
    with store.write() as session:
        txn = session.get(Transaction, txn_id)
        if txn is None:
            raise NotFoundError(f"No transaction with id {txn_id}")
        category = ensure_category(session, path)
        txn.category_id = category.id
        txn.category_source = "manual"
        if not txn.merchant:
            return CategorizeResult(path, "", 0)
        learn_merchant(session, txn.merchant, category.id, txn.amount_minor)
        session.flush()
        changes = apply_rules(
            session,
            [
                Transaction.merchant == txn.merchant,
                Transaction.id != txn.id,
                Transaction.category_source.is_(None)
                | Transaction.category_source.in_(AUTO_SOURCES),
            ],
            rule_book(session),
        )
        applied = sum(1 for change in changes if change["category_id"] == category.id)
        return CategorizeResult(path, txn.merchant, applied)
