"""Setting a transaction's category by hand, and learning from it (and taking it back).

The user's choice teaches finapp the *merchant* (``finapp.core.merchant.merchant_key``, the identity
the subscription detector uses), not the raw payee: "STARBUCKS #1234 SEATTLE" and "STARBUCKS
STORE 0042" are one lesson. The lesson becomes a learned rule, so it reaches the merchant's other
uncategorized or automatically categorized transactions now and every future import.

Because one click can refile dozens of other transactions, :func:`set_category` reports what it
touched and what each touched row held before, and :func:`undo_set_category` puts it all back.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from finapp.errors import NotFoundError
from finapp.services.categories import category_paths, ensure_category
from finapp.services.changes import Changes, Kind
from finapp.services.edit_names import lines_named
from finapp.services.rules import AUTO_SOURCES, apply_rules, learn_from, learned_rules_of, rule_book
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Rule, Transaction, TransactionSplit


@dataclass(frozen=True, slots=True)
class Filing:
    """What one transaction held: its category, how it got it, and the payee shown."""

    transaction_id: int
    category_id: int | None
    category_source: str | None
    payee: str


@dataclass(frozen=True, slots=True)
class CategorizeResult:
    transaction_id: int
    payee: str
    #: the category the transaction is filed under now ("" for none)
    path: str
    merchant: str
    #: other transactions of the merchant that took the category now
    refiled: tuple[int, ...]
    #: every transaction this changed, as it was before (undo restores these)
    before: tuple[Filing, ...] = ()
    #: learned rules as they were before: (rule id, category id); rules added are in ``added_rules``
    rules_before: tuple[tuple[int, int | None], ...] = ()
    added_rules: tuple[int, ...] = ()

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
        before = [_filing(txn)]
        category = ensure_category(session, path)
        txn.category_id = category.id
        txn.category_source = "manual"
        # one category for the whole line: a split line is one line again
        session.execute(delete(TransactionSplit).where(TransactionSplit.transaction_id == txn_id))
        if not txn.merchant:
            return CategorizeResult(txn_id, txn.payee, path, "", (), tuple(before))
        rules_before = _learned_rules(session, txn.merchant)
        session.flush()
        learn_from(session, txn)
        before_others = {
            row[0]: Filing(*row)
            for row in session.execute(
                select(
                    Transaction.id,
                    Transaction.category_id,
                    Transaction.category_source,
                    Transaction.payee,
                ).where(Transaction.merchant == txn.merchant, Transaction.id != txn.id)
            )
        }
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
        before += [before_others[change["id"]] for change in changes]
        refiled = tuple(c["id"] for c in changes if c["category_id"] == category.id)
        rules_after = _learned_rules(session, txn.merchant)
        return CategorizeResult(
            txn_id,
            txn.payee,
            path,
            txn.merchant,
            refiled,
            tuple(before),
            tuple(rules_before.items()),
            tuple(sorted(set(rules_after) - set(rules_before))),
        )


@undoable("category", _all_named)
def set_categories(store: Store, txn_ids: Sequence[int], path: str) -> list[CategorizeResult]:
    """Set the category of several transactions at once (the page's "Set category of
    selected…"): one edit, undone as one."""
    return [set_category(store, txn_id, path) for txn_id in txn_ids]


def undo_set_category(store: Store, done: CategorizeResult) -> CategorizeResult:
    """Put back what :func:`set_category` changed: each transaction's filing and the rules.

    Returns what the undo did, in the same shape: the transaction's restored category and the
    other transactions it restored.
    """
    with store.write() as session:
        for filing in done.before:
            row = session.get(Transaction, filing.transaction_id)
            if row is not None:
                row.category_id = filing.category_id
                row.category_source = filing.category_source
                row.payee = filing.payee
        for rule_id in done.added_rules:
            rule = session.get(Rule, rule_id)
            if rule is not None:
                session.delete(rule)
        for rule_id, category_id in done.rules_before:
            rule = session.get(Rule, rule_id)
            if rule is not None:
                rule.category_id = category_id
        txn = _require(session, done.transaction_id)
        path = category_paths(session).get(txn.category_id, "") if txn.category_id else ""
        restored = tuple(
            f.transaction_id for f in done.before if f.transaction_id != done.transaction_id
        )
        return CategorizeResult(
            done.transaction_id,
            txn.payee,
            path,
            done.merchant,
            restored,
        )


def _require(session: Session, txn_id: int) -> Transaction:
    txn = session.get(Transaction, txn_id)
    if txn is None:
        raise NotFoundError(f"No transaction with id {txn_id}")
    return txn


def _filing(txn: Transaction) -> Filing:
    return Filing(txn.id, txn.category_id, txn.category_source, txn.payee)


def _learned_rules(session: Session, merchant: str) -> dict[int, int | None]:
    return {rule.id: rule.category_id for rule in learned_rules_of(session, merchant)}
