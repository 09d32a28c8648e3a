"""Lines dated after the day of import: payments the bank has scheduled, not booked.

Some bank exports list the standing orders and transfers due in the coming days beside the
booked lines, with no status column to tell them apart: only their date, after the day the
file was made. Stored as booked, they would move the balance before the money does, and a
payment cancelled before its day would stay. They are left out and listed, as a pending row
is; the export made once they are booked lists them again and imports them.

An export with a status column says itself what is booked (its pending rows are left out by
:mod:`.left_out`), and a line carrying its time of day records a moment that has happened: a
payment app writes the day of its clock, which runs ahead of the user's in the evening of the
Americas.
"""

from __future__ import annotations

from datetime import date

from finapp.errors import Problem
from finapp.importers.base import ParsedTransaction
from finapp.importers.csv.mapping import CsvMapping


def today() -> date:
    """The day of import, on the user's clock."""
    return date.today()


def scheduled_reason(txn: ParsedTransaction, mapping: CsvMapping, day_of_import: date) -> str:
    """Why the line is left out as scheduled, or "" when it may be booked."""
    if txn.posted <= day_of_import or mapping.status is not None or txn.time is not None:
        return ""
    day = txn.posted.isoformat()
    english = f"dated {day}, after the day of import: scheduled, not booked yet"
    return Problem("row.scheduled", english, day=day)
