"""OFX lines the account already holds, under ids the bank changed.

Some banks give every line a new FITID when a statement is downloaded again (Chase and Amex are
known to). By id alone each line is then new, and an overlapping download shows the overlap
twice. A line new by its id is taken for one the account holds when it matches, one to one, a
line the account holds from an earlier OFX import under an id this file does not carry: the
same day, amount and payee as the bank wrote it (case and spacing aside).

That stored line came with a statement covering its day, which listed every line of that day;
a line of the same day, amount and payee in a later download of those days is one of them.
Counted one to one, two identical coffees need two stored partners: a third coffee in the new
file finds none, and is added (it posted after the first download). So the next month's
download that repeats the last days of this one adds its new days only, however the bank
numbers them, and the import says how many it counted so. Lines already known by their ids
take no part.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.dedupe import compared_payee
from finapp.errors import Problem
from finapp.importers.base import ParsedStatement
from finapp.services.import_row_layout import AMOUNT, FITID, PAYEE, POSTED, Row
from finapp.store.schema import Account, ImportBatch, Transaction

#: the format of a batch whose lines carry a bank's ids
_OFX = "ofx"
#: (ISO day, amount in minor units, payee as compared)
_Same = tuple[str, int, str]


def without_renamed_ids(
    session: Session, batch: ImportBatch, stmt: ParsedStatement, account: Account, rows: list[Row]
) -> tuple[list[Row], Problem | None]:
    """``rows`` (the lines new by their ids) less those the account holds under other ids (see
    the module docstring), and what to say of it."""
    if batch.format != _OFX or not rows or any(r[FITID] is None for r in rows):
        return rows, None
    days = [t.posted for t in stmt.transactions]
    held = _held_under_other_ids(session, account, stmt, min(days), max(days))
    if not held:  # a first import, or days held under no other ids: no line can match
        return rows, None
    kept: list[Row] = []
    for row in rows:
        same = (row[POSTED], row[AMOUNT], compared_payee(row[PAYEE]))
        if held[same]:
            held[same] -= 1
        else:
            kept.append(row)
    counted = len(rows) - len(kept)
    if not counted:
        return rows, None
    name = account.name
    english = (
        f"{counted} lines of {name} were already there under other transaction ids (the bank "
        "gave them new ones): counted as duplicates"
    )
    return kept, Problem("import.new_ids", english, count=counted, account=name)


def _held_under_other_ids(
    session: Session, account: Account, stmt: ParsedStatement, first: date, last: date
) -> Counter[_Same]:
    """The account's OFX lines of those days whose ids this statement does not carry."""
    ids = {t.fitid for t in stmt.transactions if t.fitid}
    found = session.execute(
        select(
            Transaction.posted,
            Transaction.amount_minor,
            Transaction.original_payee,
            Transaction.fitid,
        )
        .join(ImportBatch, Transaction.batch_id == ImportBatch.id)
        .where(
            Transaction.account_id == account.id,
            ImportBatch.format == _OFX,
            Transaction.fitid.is_not(None),
            Transaction.posted.between(first, last),
        )
    )
    return Counter(
        (posted.isoformat(), amount, compared_payee(payee))
        for posted, amount, payee, fitid in found
        if fitid not in ids
    )
