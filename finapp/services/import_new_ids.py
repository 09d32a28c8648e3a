"""An OFX statement the account already holds line for line, under ids the bank changed.

Some banks give every line a new FITID when a statement is downloaded again (Chase and Amex are
known to). By id alone each line is then new, and the account shows everything twice. A
statement is taken for the same one again only when nothing can be lost by it:

* every line that is new by its id matches, one to one, a line the account holds from an
  earlier OFX import under an id this file does not carry: the same day, amount and payee as
  the bank wrote it (case and spacing aside). Counted one to one, two identical coffees need
  two stored partners: a third coffee in the new file finds none;
* every day of the statement lies inside statements of the account already imported as OFX: a
  statement reaching past them brings days not seen before.

Then its lines count as duplicates and the import says why. Otherwise (some lines match
nothing, or the statement reaches days no statement covered) none is dropped: a statement is
never partly guessed, since one real purchase among the matching lines would be lost. Each line
is new by its id as before, and the import says how many match lines already there, so a
doubled statement is seen. Lines already known by their ids take no part.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.dedupe import compared_payee
from finapp.errors import Problem
from finapp.importers.base import ParsedStatement
from finapp.services.import_row_layout import AMOUNT, FITID, PAYEE, POSTED, Row
from finapp.store.schema import Account, ImportBatch, StatementPeriod, Transaction

#: the format of a batch whose lines carry a bank's ids
_OFX = "ofx"
#: (ISO day, amount in minor units, payee as compared)
_Same = tuple[str, int, str]


def without_renamed_ids(
    session: Session, batch: ImportBatch, stmt: ParsedStatement, account: Account, rows: list[Row]
) -> tuple[list[Row], Problem | None]:
    """``rows`` (the lines new by their ids) less those the account holds under other ids when
    the whole statement is held so (see the module docstring), and what to say of it."""
    if batch.format != _OFX or not rows or any(r[FITID] is None for r in rows):
        return rows, None
    days = [t.posted for t in stmt.transactions]
    first, last = stmt.start or min(days), stmt.end or max(days)
    held = _held_under_other_ids(session, account, stmt, first, last)
    if not held:  # a first import, or days held under no other ids: no line can match
        return rows, None
    wanted = Counter((r[POSTED], r[AMOUNT], compared_payee(r[PAYEE])) for r in rows)
    matched = sum(min(n, held[same]) for same, n in wanted.items())
    name = account.name
    if matched == len(rows) and _covered(session, account, first, last):
        english = (
            f"{len(rows)} lines of {name} were already there under other transaction ids (the "
            "bank gave them new ones): counted as duplicates"
        )
        return [], Problem("import.new_ids", english, count=len(rows), account=name)
    if matched:
        english = (
            f"{matched} of the {len(rows)} lines added to {name} match lines already there "
            "under other transaction ids; added all the same, as not the whole statement is "
            "there already: check for lines listed twice"
        )
        facts = {"count": matched, "total": len(rows), "account": name}
        return rows, Problem("import.some_new_ids", english, **facts)
    return rows, None


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


def _covered(session: Session, account: Account, first: date, last: date) -> bool:
    """Whether every day from ``first`` to ``last`` lies in the account's OFX statements."""
    spans = session.execute(
        select(StatementPeriod.start, StatementPeriod.end)
        .join(ImportBatch, StatementPeriod.batch_id == ImportBatch.id)
        .where(StatementPeriod.account_id == account.id, ImportBatch.format == _OFX)
        .order_by(StatementPeriod.start)
    )
    reached = first - timedelta(days=1)  # every day up to here is covered
    for start, end in spans:
        if start > reached + timedelta(days=1):
            break  # a day no statement covers
        reached = max(reached, end)
        if reached >= last:
            return True
    return False
