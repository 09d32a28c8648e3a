"""Days between Python and Qt: the services speak ``datetime.date``, date widgets ``QDate``.

``QDate.toPython()`` does the same but its stub says it returns ``object``; these say ``date``.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """The day a date widget shows (always a valid one: a QDateEdit holds no other)."""
    return date(day.year(), day.month(), day.day())
