"""Lines a bank words anew when its statement is downloaded again.

A line without a bank id is known by its day, amount and text (:mod:`finapp.core.dedupe`). Some
banks change that text, and sometimes the day, between two downloads: a card purchase first
exported while pending as ``SQ *BLUE BOTTLE`` on its purchase day is ``SQ *BLUE BOTTLE COFFEE
San Francisco CA 11/02`` once posted. By its key the line is new, and the account would show
the coffee twice.

A stored line is *missing* from a statement when the statement covers its day but carries no
line of its key: the bank either dropped it or wrote it anew. A line new by its key with the
same amount, a date at most :data:`~finapp.core.cross_format.WINDOW_DAYS` apart and a similar
payee (as across formats, :mod:`finapp.core.cross_format`) as a missing line of the same format
is that line, one to one; the import says how many and names one. The older download imported
after the newer is the same case turned round: a stored line of an earlier download that
covers every day of this statement is missing from it too, though dated past its end (the
coffee posted on the 4th, the older download ending on the 3rd with it pending). Lines of
other days are never missing, so two downloads that meet at their ends keep every line,
whichever comes first, and two identical coffees stay two: each stored line stands for one
new line at most. Lines with a bank id are known by it and take no part (:mod:`.import_new_ids`
looks after ids a bank changed).
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.cross_format import (
    OWN_EXPORT,
    WINDOW_DAYS,
    Line,
    match_across_formats,
    source_family,
)
from finapp.errors import Problem
from finapp.importers.base import ParsedStatement
from finapp.services.import_cross_format import stored_lines
from finapp.services.import_row_layout import AMOUNT, FITID, MERCHANT, PAYEE, POSTED, Row
from finapp.store.schema import Account, ImportBatch, StatementPeriod, Transaction


def without_reworded(
    session: Session,
    batch: ImportBatch,
    stmt: ParsedStatement,
    account: Account,
    keys: list[tuple[str, int]],
    rows: list[Row],
) -> tuple[list[Row], Problem | None]:
    """``rows`` (the lines new by their keys) less those the account holds as the bank wrote
    them before (see the module docstring), and what to say of them."""
    family = source_family(batch.format)
    candidates = [i for i, row in enumerate(rows) if row[FITID] is None]
    if family == OWN_EXPORT or not candidates:
        return rows, None
    days = [t.posted for t in stmt.transactions]
    span = (stmt.start or min(days), stmt.end or max(days))
    # only the days a new line can have moved from: a whole history downloaded again with a
    # line or two new reads a few days, not its years
    new_days = [rows[i][POSTED] for i in candidates]  # ISO dates: their order is the days'
    moved = timedelta(days=WINDOW_DAYS)
    near = (date.fromisoformat(min(new_days)) - moved, date.fromisoformat(max(new_days)) + moved)
    missing = _missing_lines(session, batch, account, set(keys), span, near)
    if not missing:
        return rows, None
    incoming = [_line(rows[i]) for i in candidates]
    same = {candidates[i] for i in match_across_formats(incoming, missing)}
    if not same:
        return rows, None
    example = rows[min(same)]
    english = (
        f"lines of {account.name} already there as the bank first wrote them, counted as "
        f"duplicates: {len(same)} (the same amount within {WINDOW_DAYS} days, the payee worded "
        f"anew, such as '{example[PAYEE]}' on {example[POSTED]})"
    )
    facts = {"count": len(same), "account": account.name, "payee": example[PAYEE]}
    problem = Problem("import.reworded", english, days=WINDOW_DAYS, day=example[POSTED], **facts)
    return [row for i, row in enumerate(rows) if i not in same], problem


def _line(row: Row) -> Line:
    return Line(date.fromisoformat(row[POSTED]), row[AMOUNT], row[MERCHANT], row[PAYEE])


def _missing_lines(
    session: Session,
    batch: ImportBatch,
    account: Account,
    keys: set[tuple[str, int]],
    span: tuple[date, date],
    near: tuple[date, date],
) -> list[Line]:
    """The account's lines without a bank id, from earlier imports of this statement's format,
    on the days ``near`` its new lines, whose keys the statement does not carry: those of its
    own days (``span``), and those of an earlier download that covers every day of it (this
    statement is then an older download of those days, the line written as it was then)."""
    first, last = span
    covering = _downloads_covering(session, batch, account, first, last)
    lo, hi = near if covering else (max(first, near[0]), min(last, near[1]))
    found = stored_lines(
        session, account, lo, hi, Transaction.batch_id != batch.id, Transaction.fitid.is_(None)
    )
    family = source_family(batch.format)
    return [
        line
        for fmt, batch_id, key, line in found
        if source_family(fmt) == family
        and key not in keys
        and (first <= line.posted <= last or batch_id in covering)
    ]


def _downloads_covering(
    session: Session, batch: ImportBatch, account: Account, first: date, last: date
) -> set[int]:
    """The earlier imports of the account whose statement covers every day ``first`` to
    ``last``."""
    return set(
        session.scalars(
            select(StatementPeriod.batch_id).where(
                StatementPeriod.account_id == account.id,
                StatementPeriod.batch_id != batch.id,
                StatementPeriod.start <= first,
                StatementPeriod.end >= last,
            )
        )
    )
