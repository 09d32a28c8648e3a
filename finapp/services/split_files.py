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

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.money import exact_minor
from finapp.importers.base import ParsedTransaction
from finapp.services.categories import ensure_category
from finapp.services.splits import file_parts
from finapp.store.schema import Transaction


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
        txn = session.scalars(
            select(Transaction).where(
                Transaction.batch_id == batch_id,
                Transaction.account_id == account_id,
                Transaction.dedupe_key == key,
                Transaction.occurrence == occurrence,
            )
        ).first()
        if txn is None:  # stored before this import: it keeps its own parts
            continue
        parts = [
            (
                # a part whose category was deleted since is uncategorized, as in the store
                ensure_category(session, part.category).id if part.category else None,
                exact_minor(part.amount, txn.currency),
                part.memo,
            )
            for part in line.splits
        ]
        file_parts(session, txn, parts)
