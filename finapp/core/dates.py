"""The span of dates finapp accepts from files and from the user: 1900-01-01 to 2199-12-31.

Wide enough for any statement (no bank export predates 1900) and any plan (a review date or
renewal two centuries ahead), narrow enough that every date arithmetic finapp does — a year of
renewals ahead, a cadence step, a month's end, a time-zone shift — stays far inside what Python
and SQLite can represent. A date outside it (``99991231``, year ``0001``) is refused where it
enters, naming it, instead of overflowing later in the middle of an import or a report.
"""

from __future__ import annotations

from datetime import date

MIN_DATE = date(1900, 1, 1)
MAX_DATE = date(2199, 12, 31)
#: how the span is written in messages
DATE_SPAN = f"{MIN_DATE.isoformat()} to {MAX_DATE.isoformat()}"


def in_date_span(day: date) -> bool:
    """Whether ``day`` lies within :data:`MIN_DATE` … :data:`MAX_DATE`."""
    return MIN_DATE <= day <= MAX_DATE
