"""What finapp's own export carries on its lines (tags, a category, split parts), put onto the
lines an import of it stored now; and the category a bank's export gives its lines, kept on
them and filing those no rule files
(:func:`~finapp.services.exported_categories.file_lines_by_bank`).

The line the import stored under each of the export's keys (dedupe key, occurrence: the
identity the import stored it by, which tells two identical receipts of one day apart) is found
here once, in one query, for the three: :func:`~finapp.services.annotations.tag_new_lines`,
:func:`~finapp.services.exported_categories.file_new_lines_as_exported` and
:func:`~finapp.services.split_files.split_new_lines` each take the lines found with their ids.
A line the store held before the import is not among them: it keeps its own tags, category and
parts, as it keeps its note.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.importers.base import ParsedTransaction
from finapp.services.annotations import tag_new_lines
from finapp.services.exported_categories import file_lines_by_bank, file_new_lines_as_exported
from finapp.services.split_files import split_new_lines
from finapp.store.schema import Transaction


def put_exported_on_new_lines(
    session: Session,
    batch_id: int,
    account_id: int,
    lines: Sequence[ParsedTransaction],
    keys: Sequence[tuple[str, int]],
) -> None:
    """Put what ``lines`` carry on those of them the import ``batch_id`` stored now in the
    account, and the bank's category on every line of the account the statement names;
    ``keys`` are the lines' (dedupe key, occurrence). A bank's statement carries nothing of
    the first kind and costs no query for it, most carry no category of the bank's either."""
    carrying: list[tuple[ParsedTransaction, tuple[str, int]]] = []
    banked: list[tuple[str, tuple[str, int]]] = []  # the bank's category, the line's key
    for line, key in zip(lines, keys, strict=True):
        if line.tags or line.category or line.splits:
            carrying.append((line, key))
        if line.bank_category:
            banked.append((line.bank_category, key))
    if carrying:
        _put_exported(session, batch_id, account_id, carrying)
    file_lines_by_bank(session, account_id, banked)  # last: a rule's filing and the user's win


def _put_exported(
    session: Session,
    batch_id: int,
    account_id: int,
    carrying: Sequence[tuple[ParsedTransaction, tuple[str, int]]],
) -> None:
    """Put what finapp's own export carries on the lines of ``carrying`` the import stored
    now, each found by its (dedupe key, occurrence)."""
    query = select(Transaction.id, Transaction.dedupe_key, Transaction.occurrence).where(
        Transaction.batch_id == batch_id, Transaction.account_id == account_id
    )
    ids = {(key, occurrence): id_ for id_, key, occurrence in session.execute(query)}
    stored = [(line, ids[key]) for line, key in carrying if key in ids]
    tag_new_lines(session, stored)
    file_new_lines_as_exported(session, stored)  # before the parts: a split line's is its largest
    split_new_lines(session, stored)
