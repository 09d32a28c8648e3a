"""A date filter typed whole, as the table writes dates, empty for "Any", with a calendar.

It was a QDateEdit whose lowest date read "Any": Qt reads typing there section by section, so
``11/01/2026`` typed on "Any" lost its slashes (``Any1012026``) and Tab put "Any" back without a
word, and ``11/1/26`` in the short format became ``9/1/26``. This field is a line edit: a day
typed as the table writes it, in the locale's order with or without leading zeros
(``11/1/26``), or in ISO form (``2026-11-01``) applies when the typing is done (Return, Tab); a
text that names no day stays to be corrected and says so; only emptying the field means "Any".
Alt+Down and F4 open the calendar, as on a date field; Up/Down step a day, PageUp/PageDown a
month, from the data's first or last day when the field is empty (:attr:`start_day`).
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QLineEdit,
    QStyle,
    QToolTip,
    QWidget,
)

from finapp.gui.day_text import example_day, parse_day
from finapp.gui.models.formatting import format_date
from finapp.gui.qdates import from_qdate, to_qdate
from finapp.gui.widgets.calendar_menu import calendar_menu
from finapp.tr_marks import fill

#: keys that open the calendar, as on a date field with a popup
_CALENDAR_KEYS = {
    (Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier),
    (Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier),
}


#: Up/Down step a day, PageUp/PageDown a month: (days, months)
_STEPS = {
    Qt.Key.Key_Up: (1, 0),
    Qt.Key.Key_Down: (-1, 0),
    Qt.Key.Key_PageUp: (0, 1),
    Qt.Key.Key_PageDown: (0, -1),
}


def _month_later(day: date, months: int) -> date:
    """The same day ``months`` later (earlier when negative), at the month's end if shorter."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class DayFilterEdit(QLineEdit):
    """One end of the date filter; :meth:`day` is the day it applies (None: any day)."""

    #: the day applied changed (typed and done, picked, stepped or emptied)
    day_changed = Signal()

    def __init__(self, any_text: str, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(any_text)
        self.setClearButtonEnabled(True)
        #: the day the first arrow on "Any" (and the calendar opened on it) shows; None: today
        self.start_day: date | None = None
        self._day: date | None = None
        self.calendar, self.menu = calendar_menu(self, "day-filter-calendar", self._picked)
        pick = self.tr("Pick a day on a calendar (Alt+Down)")
        arrow = self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown)
        self.calendar_action = self.addAction(
            QIcon.fromTheme("x-office-calendar", arrow), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(pick)
        self.calendar_action.setText(pick)
        self.calendar_action.triggered.connect(self.open_calendar)
        self.setToolTip(self._how_to_type())
        self.editingFinished.connect(self._typed)
        self.textEdited.connect(self._emptied)

    def day(self) -> date | None:
        return self._day

    def set_day(self, day: date | None) -> None:
        """Show and apply ``day`` (None: "Any"); ``day_changed`` fires when it is another."""
        self.setText(format_date(day))
        self.setToolTip(self._how_to_type())
        if day != self._day:
            self._day = day
            self.day_changed.emit()

    def _how_to_type(self) -> str:
        example = example_day(self.start_day or date.today())  # its order plain: 15/…, not 06/…
        return fill(
            self.tr("A day such as %1 or %2; empty for any day"),
            (format_date(example), example.isoformat()),
        )

    def _typed(self) -> None:
        """Apply what was typed; a text that names no day is kept and said to be wrong."""
        text = self.text().strip()
        if not text:
            self.set_day(None)
            return
        day = parse_day(text)
        if day is None:
            said = fill(self.tr("“%1” is not a day. %2"), (text, self._how_to_type()))
            self.setToolTip(said)
            QToolTip.showText(self.mapToGlobal(QPoint(0, self.height())), said, self)
            return
        self.set_day(day)

    def _emptied(self, text: str) -> None:
        """Emptied by the user (Backspace, the clear button): "Any" at once."""
        if not text:
            self.set_day(None)

    def open_calendar(self) -> None:
        """Under the field, on the day shown, or on the month of :attr:`start_day` with no day
        picked while the field is empty."""
        typed = parse_day(self.text()) or self._day
        if typed is not None:
            self.calendar.setSelectedDate(to_qdate(typed))
        else:
            start = self.start_day or date.today()
            self.calendar.setCurrentPage(start.year, start.month)
        self.menu.popup(self.mapToGlobal(QPoint(0, self.height())))
        self.calendar.setFocus()

    def _picked(self) -> None:
        self.menu.close()
        self.set_day(from_qdate(self.calendar.selectedDate()))
        self.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, modifiers = Qt.Key(event.key()), event.modifiers()
        if (key, modifiers & ~Qt.KeyboardModifier.KeypadModifier) in _CALENDAR_KEYS:
            self.open_calendar()
            return
        if key in _STEPS and modifiers == Qt.KeyboardModifier.NoModifier:
            self._step(*_STEPS[key])
            return
        if key == Qt.Key.Key_Escape and self.text() != format_date(self._day):
            self.setText(format_date(self._day))  # typing undone; the day applied stays
            return
        super().keyPressEvent(event)

    def _step(self, days: int, months: int) -> None:
        """Days or months on from the day shown; from "Any", the data's first or last day."""
        shown = parse_day(self.text()) or self._day
        if shown is None:
            self.set_day(self.start_day or date.today())
            return
        self.set_day(_month_later(shown, months) + timedelta(days=days))
