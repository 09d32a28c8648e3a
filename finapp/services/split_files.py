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

from sqlalchemy.orm import Session

from finapp.core.money import exact_minor
from finapp.importers.base import ParsedTransaction
from finapp.services.categories import ensure_category
from finapp.services.splits import file_parts
from finapp.store.schema import Transaction


def split_new_lines(session: Session, stored: Sequence[tuple[ParsedTransaction, int]]) -> None:
    """Put the parts finapp's own export carries on the lines an import of it stored now, each
    given with its transaction's id (:mod:`finapp.services.exported_lines` finds them), each
    line taking its largest part's category (the first of equals)."""
    for line, transaction_id in stored:
        if not line.splits:
            continue
        txn = session.get_one(Transaction, transaction_id)
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
