"""Days between Python and Qt: the services speak ``datetime.date``, date widgets ``QDate``.

``QDate.toPython()`` does the same but its stub says it returns ``object``; these say ``date``.
A date field writes its day as the tables beside it do (:func:`written_as_tables`).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QDateEdit

from finapp.gui.models.formatting import short_date_pattern


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(day: QDate) -> date:
    """The day a date widget shows (always a valid one: a QDateEdit holds no other)."""
    return date(day.year(), day.month(), day.day())


def written_as_tables(field: QDateEdit) -> QDateEdit:
    """``field`` writing its day as the tables and lists do (``11/30/2026``, ``2026-11-30``):
    Qt's own short form wrote ``11/30/26`` in Reconcile…, Set balance… and the other forms,
    beside ``11/30/2026`` everywhere else in the window."""
    locale = QLocale()
    iso = locale.language() == QLocale.Language.C  # as format_date writes it then
    field.setDisplayFormat("yyyy-MM-dd" if iso else short_date_pattern(locale.name()))
    return field
