"""The categories finapp's own export filed its lines under, written back onto the lines an
import of the export stores.

An export is the user's way to rebuild the books in an empty store: a line filed under a
category the user made ("Hobby", "Kids:Piano") must come back filed there, the category made
again if the store has none of that path, as split parts' categories are
(:mod:`finapp.services.split_files`). Where the store's rules file the line as the export did,
the rule's filing stays (a rule may refile it later, as before); where they file it otherwise
or not at all, the export's category is the user's and is kept as theirs, unless it is the
category the bank's own export gave the line (``bank_category``): then it is the bank's filing
again, below every rule. A line the store held before the import keeps its own category, as it
keeps its note and tags.
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
        if not line.category or line.category == line.bank_category:
            continue  # the bank's filing, kept as the bank's (:func:`file_lines_by_bank`)
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


def file_lines_by_bank(
    session: Session, account_id: int, banked: Sequence[tuple[str, tuple[str, int]]]
) -> None:
    """Keep on the account's lines of a bank's statement the category the bank gave each
    (``ParsedTransaction.bank_category``, BoursoBank's ``Alimentation`` as Food:Groceries),
    each given with its line's (dedupe key, occurrence), and file under it those no rule
    files: below every rule, so a line a rule filed keeps the rule's category and takes the
    bank's again once no rule files it (:func:`~finapp.services.rule_filing.filing`).

    The lines the import stored now, and those stored before that the statement names again:
    a line an older finapp stored without the bank's word (or under the bank's word of then)
    takes the export's, as an import of it into a new store gives it. A category the user took
    out of the tree is not made again for a bank's word.
    """
    ids: dict[str, int | None] = {}
    rows = []
    for bank_category, (key, occurrence) in banked:
        if bank_category not in ids:
            found = find_category(session, bank_category)
            ids[bank_category] = found.id if found is not None else None
        category_id = ids[bank_category]
        if category_id is not None:
            rows.append((category_id, CategorySource.BANK.value, account_id, key, occurrence))
    if rows:
        session.connection().exec_driver_sql(_FILE_BY_BANK, rows)


#: the bank's category kept on a line of its statement, and its filing where no rule filed it
#: (nothing did, or the bank's word did); SQLite reads every column's value before the update
#: on the right of each ``=``
_BY_NO_RULE = "(category_source IS NULL AND category_id IS NULL OR category_source = ?2)"
_FILE_BY_BANK = (
    "UPDATE transactions SET bank_category_id = ?1, "
    f"category_source = CASE WHEN {_BY_NO_RULE} THEN ?2 ELSE category_source END, "
    f"category_id = CASE WHEN {_BY_NO_RULE} THEN ?1 ELSE category_id END "
    "WHERE account_id = ?3 AND dedupe_key = ?4 AND occurrence = ?5 "
    "AND bank_category_id IS NOT ?1"
)
