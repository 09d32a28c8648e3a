"""Setting a transaction's category by hand, and learning from it.

The user's choice teaches finapp the *merchant* (``finapp.core.merchant.merchant_key``, the identity
the subscription detector uses), not the raw payee: "STARBUCKS #1234 SEATTLE" and "STARBUCKS
STORE 0042" are one lesson. The lesson becomes a learned rule, so it reaches the merchant's other
uncategorized or automatically categorized transactions now and every future import.

One click can refile dozens of other transactions: :func:`set_category` reports them, and is an
undoable edit (:mod:`finapp.services.edit_history` puts back every row it changed). A payment
app's refund linked to a refiled order follows it (:func:`.wallet_refunds.refunds_follow`): the
order and its money back net in one category.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete
from sqlalchemy.orm import Session

from finapp.core.category_sources import CategorySource
from finapp.errors import NotFoundError
from finapp.services.categories import category_paths, ensure_category, find_category
from finapp.services.changes import Changes, Kind
from finapp.services.edit_names import lines_named
from finapp.services.rule_filing import AUTO_SOURCES, apply_rules, rule_book
from finapp.services.rule_learning import learn_from
from finapp.services.undoable import undoable
from finapp.services.wallet_refunds import refunds_follow
from finapp.store.engine import Store
from finapp.store.schema import Transaction, TransactionSplit


@dataclass(frozen=True, slots=True)
class CategorizeResult:
    transaction_id: int
    payee: str
    #: the category the transaction is filed under now ("" for none)
    path: str
    merchant: str
    #: other transactions of the merchant that took the category now
    refiled: tuple[int, ...]
    #: the category did not exist before: made now (so a typo is seen, not quietly kept)
    created: bool = False

    @property
    def also_applied(self) -> int:
        return len(self.refiled)

    @property
    def changes(self) -> Changes:
        """Filings and learned rules; budgets and alerts count spending by category."""
        return Changes.of(Kind.TRANSACTIONS, Kind.CATEGORIES, Kind.BUDGETS, Kind.ALERTS)


def _named(result: CategorizeResult, store: Store, *_: object) -> dict[str, str]:
    """The facts an undo of a category names: whose line, and the category it was given."""
    return {**lines_named(store, [result.transaction_id]), "category": result.path}


def _all_named(results: list[CategorizeResult], store: Store, *_: object) -> dict[str, str]:
    """A category given to many lines: named by their payee (or count) and the category."""
    ids = [r.transaction_id for r in results]
    return {**lines_named(store, ids), "category": results[0].path if results else ""}


@undoable("category", _named)
def set_category(store: Store, txn_id: int, path: str) -> CategorizeResult:
    """Set the category of one transaction (creating the category if new) and learn from it.

    A manual choice is marked so that no rule ever overwrites it.
    """
    with store.write() as session:
        txn = _require(session, txn_id)
        created = find_category(session, path) is None
        category = ensure_category(session, path)
        path = category_paths(session)[category.id]  # as the tree spells it, trimmed
        txn.category_id = category.id
        txn.category_source = CategorySource.MANUAL
        # one category for the whole line: a split line is one line again
        session.execute(delete(TransactionSplit).where(TransactionSplit.transaction_id == txn_id))
        if not txn.merchant:
            refunds = tuple(refunds_follow(session, [txn.id]))
            return CategorizeResult(txn_id, txn.payee, path, "", refunds, created)
        session.flush()
        learn_from(session, txn)
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
        refiled = [c["id"] for c in changes if c["category_id"] == category.id]
        refiled += refunds_follow(session, [txn.id, *refiled])
        return CategorizeResult(txn_id, txn.payee, path, txn.merchant, tuple(refiled), created)


@undoable("category", _all_named)
def set_categories(store: Store, txn_ids: Sequence[int], path: str) -> list[CategorizeResult]:
    """Set the category of several transactions at once (the page's "Set category of
    selected…"): one edit, undone as one."""
    return [set_category(store, txn_id, path) for txn_id in txn_ids]


def _require(session: Session, txn_id: int) -> Transaction:
    txn = session.get(Transaction, txn_id)
    if txn is None:
        raise NotFoundError(f"No transaction with id {txn_id}")
    return txn
