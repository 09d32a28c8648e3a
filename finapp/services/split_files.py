"""The parts of split lines that finapp's own export carries (``splits.csv``), written back
onto the lines an import of the export stores.

An export is the user's way to take the books elsewhere, or to rebuild them in an empty store;
a receipt split into groceries and household comes back split, its line again in its largest
part's category as one no rule refiles. A line the store held before the import keeps its own
parts (or none), as it keeps its note and tags: an older export brings back nothing the user
changed since.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from finapp.core.money import exact_minor
from finapp.importers.base import ParsedTransaction
from finapp.services.categories import ensure_category
from finapp.store.category_lines import SPLIT_SOURCE
from finapp.store.schema import Transaction, TransactionSplit


def split_new_lines(
    session: Session,
    batch_id: int,
    account_id: int,
    lines: Sequence[ParsedTransaction],
    keys: Sequence[tuple[str, int]],
) -> None:
    """Put the parts an import's ``lines`` carry on those of them the import ``batch_id``
    stored now, each line taking its largest part's category (the first of equals).

    ``keys`` are the lines' (dedupe key, occurrence), the identity the import stored them by:
    two identical receipts on one day stay told apart, and only the one that was split is.
    """
    for line, (key, occurrence) in zip(lines, keys, strict=True):
        if not line.splits:
            continue
        txn = session.execute(
            select(Transaction.id, Transaction.currency).where(
                Transaction.batch_id == batch_id,
                Transaction.account_id == account_id,
                Transaction.dedupe_key == key,
                Transaction.occurrence == occurrence,
            )
        ).first()
        if txn is None:  # stored before this import: it keeps its own parts
            continue
        txn_id, currency = txn
        parts = [
            TransactionSplit(
                transaction_id=txn_id,
                position=position,
                # a part whose category was deleted since is uncategorized, as in the store
                category_id=ensure_category(session, part.category).id if part.category else None,
                amount_minor=exact_minor(part.amount, currency),
                memo=part.memo,
            )
            for position, part in enumerate(line.splits)
        ]
        session.add_all(parts)
        largest = max(parts, key=lambda part: abs(part.amount_minor))
        session.execute(
            update(Transaction)
            .where(Transaction.id == txn_id)
            .values(category_id=largest.category_id, category_source=SPLIT_SOURCE)
        )
