"""A day field that takes a date typed whole, as the locale writes it or in ISO form, with a
calendar button beside it for those who would rather pick one.

Qt's QDateEdit reads typing section by section: in a ``M/d/yy`` field, typing ``12/8/26`` left
``12/2/12`` (see :mod:`finapp.gui.day_text`). This field keeps what was typed until it is read:
:meth:`DayEdit.day` is the day it names, or None, for the form to say what is wrong.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from finapp.gui.day_text import example_day, parse_day
from finapp.gui.models.formatting import format_date
from finapp.gui.qdates import from_qdate, to_qdate
from finapp.gui.widgets.calendar_menu import calendar_menu


class DayEdit(QWidget):
    def __init__(self, day: date, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.text = QLineEdit(self)
        self.text.setAccessibleName(accessible_name)
        self.calendar, self.menu = calendar_menu(self, "day-calendar", self._picked)
        self.menu.aboutToShow.connect(self._show_typed_day)
        self.pick = QToolButton(self)
        self.pick.setText("…")
        self.pick.setObjectName("pick-day")
        self.pick.setAccessibleName(self.tr("Pick a day on a calendar"))
        self.pick.setToolTip(self.tr("Pick a day on a calendar"))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.pick.setMenu(self.menu)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.pick)
        self.setFocusProxy(self.text)
        self._offered = day
        self._latest: date | None = None
        # a day written as the locale writes one, not its pattern ("yyyy/m/d" is no Chinese)
        self.text.setPlaceholderText(self.example())
        self.set_day(day)

    def day(self) -> date | None:
        """The day typed or picked; None when the text names no day."""
        return parse_day(self.text.text())

    def example(self) -> str:
        """A day as this field takes it, for a refusal to show the order it expects: the
        locale's short form (``15/11/2026`` in Britain, ``11/15/2026`` in the US), near the day
        the field first showed."""
        return format_date(example_day(self._offered, self._latest))

    def set_day(self, day: date) -> None:
        self.text.setText(format_date(day))

    def set_range(self, first: date | None, last: date | None) -> None:
        """The days the calendar offers (typing is checked by the form that reads the day)."""
        if first is not None:
            self.calendar.setMinimumDate(to_qdate(first))
        if last is not None:
            self.calendar.setMaximumDate(to_qdate(last))
        self._latest = last
        self.text.setPlaceholderText(self.example())

    def _show_typed_day(self) -> None:
        day = self.day()
        if day is not None:
            self.calendar.setSelectedDate(to_qdate(day))

    def _picked(self) -> None:
        self.set_day(from_qdate(self.calendar.selectedDate()))
        self.menu.close()
        self.text.setFocus()
