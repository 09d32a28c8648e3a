"""Lines new by the exact keys that the account already holds from another format.

Across formats (the card's CSV into an account holding its OFX, or the reverse) no key is shared:
a line new by the exact rules that has the same amount, a date within a few days and a similar
payee as a stored line of the other format is that line, one-to-one
(:mod:`finapp.core.cross_format`). This runs only where the account holds lines of another
format, so an ordinary import pays nothing for it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from finapp.core.cross_format import (
    BANK_FAMILIES,
    WINDOW_DAYS,
    Line,
    match_across_formats,
    source_family,
)
from finapp.importers.base import ParsedStatement
from finapp.services.import_row_layout import AMOUNT, MERCHANT, PAYEE, POSTED, Row
from finapp.store.schema import Account, ImportBatch, StatementPeriod, Transaction


def without_other_format(
    session: Session,
    batch: ImportBatch,
    stmt: ParsedStatement,
    account: Account,
    rows: list[Row],
) -> tuple[list[Row], int]:
    """``rows`` less the lines the account already holds from another format, and their count.

    Only a bank statement (OFX or CSV) is compared, and only with the other format's lines
    around its dates: an account holding one format only costs one small query.
    """
    family = source_family(batch.format)
    if family not in BANK_FAMILIES or not rows:
        return rows, 0
    days = [r[POSTED] for r in rows]  # ISO dates: their order is the days' order
    stored = [
        (fmt, line)
        for fmt, line in _stored_lines(
            session,
            account,
            batch.format,
            date.fromisoformat(min(days)),
            date.fromisoformat(max(days)),
        )
        if source_family(fmt) in BANK_FAMILIES - {family}
    ]
    if not stored:
        return rows, 0
    incoming = [Line(date.fromisoformat(r[POSTED]), r[AMOUNT], r[MERCHANT], r[PAYEE]) for r in rows]
    claimed = _told_before(session, account, family, stmt, incoming)
    others = [line for _, line in stored if not claimed(line.posted)]
    same = match_across_formats(incoming, others)
    return [r for i, r in enumerate(rows) if i not in same], len(same)


def _told_before(
    session: Session,
    account: Account,
    family: str,
    stmt: ParsedStatement,
    incoming: list[Line],
) -> Callable[[date], bool]:
    """Whether a stored line's day was already told by an earlier statement of this format.

    The October OFX matched the October CSV's lines and left them standing for its own; the
    November OFX must not take them again for its first days (a coffee bought 30 October and
    posted 1 November is not the one bought 29 October). Days inside this statement's own span
    stay open, so importing the same statement again still finds its partners.
    """
    first = stmt.start or min(line.posted for line in incoming)
    last = stmt.end or max(line.posted for line in incoming)
    spans = [
        (start, end)
        for fmt, start, end in session.execute(
            select(ImportBatch.format, StatementPeriod.start, StatementPeriod.end)
            .join(ImportBatch, StatementPeriod.batch_id == ImportBatch.id)
            .where(StatementPeriod.account_id == account.id)
        )
        if source_family(fmt) == family
    ]

    def claimed(day: date) -> bool:
        return not first <= day <= last and any(start <= day <= end for start, end in spans)

    return claimed


def _stored_lines(
    session: Session, account: Account, batch_format: str, first: date, last: date
) -> list[tuple[str, Line]]:
    """The account's lines from other imports' formats within the matching window of the days
    ``first`` to ``last``."""
    first, last = first - timedelta(days=WINDOW_DAYS), last + timedelta(days=WINDOW_DAYS)
    found = stored_lines(session, account, first, last, ImportBatch.format != batch_format)
    return [(fmt, line) for fmt, _batch, _key, line in found]


def stored_lines(
    session: Session, account: Account, first: date, last: date, *where: ColumnElement[bool]
) -> list[tuple[str, int | None, tuple[str, int], Line]]:
    """The account's lines of the days ``first`` to ``last`` (and ``where``) as matching sees
    them, each with the format and id of its import and its (dedupe key, occurrence)."""
    found = session.execute(
        select(
            ImportBatch.format,
            Transaction.batch_id,
            Transaction.dedupe_key,
            Transaction.occurrence,
            Transaction.posted,
            Transaction.amount_minor,
            Transaction.merchant,
            Transaction.original_payee,
        )
        .join(ImportBatch, Transaction.batch_id == ImportBatch.id)
        .where(Transaction.account_id == account.id, Transaction.posted.between(first, last))
        .where(*where)
    )
    return [
        (fmt, batch_id, (key, occurrence), Line(posted, amount, merchant, payee))
        for fmt, batch_id, key, occurrence, posted, amount, merchant, payee in found
    ]
