"""The categories finapp's own export filed its lines under, written back onto the lines an
import of the export stores.

An export is the user's way to rebuild the books in an empty store: a line filed under a
category the user made ("Hobby", "Kids:Piano") must come back filed there, the category made
again if the store has none of that path, as split parts' categories are
(:mod:`finapp.services.split_files`). Where the store's rules file the line as the export did,
the rule's filing stays (a rule may refile it later, as before); where they file it otherwise
or not at all, the export's category is the user's and is kept as theirs. A line the store held
before the import keeps its own category, as it keeps its note and tags.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session

from finapp.core.category_sources import CategorySource
from finapp.importers.base import ParsedTransaction
from finapp.services.categories import ensure_category, find_category


def file_new_lines_as_exported(
    session: Session, stored: Sequence[tuple[ParsedTransaction, int]]
) -> None:
    """File the lines an import of finapp's own export stored now, each given with its
    transaction's id (:mod:`finapp.services.exported_lines` finds them), under the category
    it carries."""
    ids: dict[str, int] = {}
    rows = []
    for line, transaction_id in stored:
        if not line.category:
            continue
        if line.category not in ids:
            ids[line.category] = ensure_category(session, line.category).id
        rows.append((ids[line.category], CategorySource.MANUAL.value, transaction_id))
    if rows:
        session.connection().exec_driver_sql(_FILE_NEW_LINE, rows)


#: the export's category on a line an import stored now, unless a rule filed it there already
_FILE_NEW_LINE = (
    "UPDATE transactions SET category_id = ?1, category_source = ?2 "
    "WHERE id = ?3 AND category_id IS NOT ?1"
)


def file_new_lines_by_bank(
    session: Session, stored: Sequence[tuple[ParsedTransaction, int]]
) -> None:
    """Keep on the lines an import stored now the category their bank gave them
    (``ParsedTransaction.bank_category``, BoursoBank's ``Alimentation`` as Food:Groceries), and
    file under it those nothing filed: below every rule, so a line a rule filed keeps the
    rule's category, and takes the bank's again once no rule files it
    (:func:`~finapp.services.rule_filing.filing`). A category the user took out of the tree is
    not made again for a bank's word."""
    ids: dict[str, int | None] = {}
    rows = []
    for line, transaction_id in stored:
        if not line.bank_category:
            continue
        if line.bank_category not in ids:
            found = find_category(session, line.bank_category)
            ids[line.bank_category] = found.id if found is not None else None
        category_id = ids[line.bank_category]
        if category_id is not None:
            rows.append((category_id, CategorySource.BANK.value, transaction_id))
    if rows:
        session.connection().exec_driver_sql(_FILE_UNFILED_LINE, rows)


#: the bank's category kept on a line an import stored now, and its filing where nothing
#: filed it (SQLite reads every column's value before the update on the right of each ``=``)
_FILE_UNFILED_LINE = (
    "UPDATE transactions SET bank_category_id = ?1, "
    "category_source = CASE WHEN category_id IS NULL THEN ?2 ELSE category_source END, "
    "category_id = coalesce(category_id, ?1) "
    "WHERE id = ?3"
)
