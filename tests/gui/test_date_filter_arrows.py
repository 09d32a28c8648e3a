"""The transactions page's date filters from the keyboard: on "Any", the first arrow shows the
data's first day ("From") or last day ("To"), not 2 January 1900, and the arrows count on from
there; stepped back below it, the filter reads "Any" again."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from finapp.gui.context import AppContext
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.qdates import from_qdate, to_qdate
from finapp.services.transactions import list_transactions


def shown(qtbot, ctx: AppContext) -> TransactionsPage:  # type: ignore[no-untyped-def]
    page = TransactionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def test_the_first_arrow_on_any_starts_from_the_datas_first_or_last_day(
    qtbot, household_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    days = [t.date for t in list_transactions(household_ctx.store)]
    first, last = min(days), max(days)
    page = shown(qtbot, household_ctx)
    since, until = page.filters.since_edit, page.filters.until_edit
    assert (since.text(), until.text()) == ("Any", "Any")

    since.setFocus()
    qtbot.keyClick(since, Qt.Key.Key_Up)
    assert from_qdate(since.date()) == first
    qtbot.keyClick(since, Qt.Key.Key_Up)  # on from there (the month: the section the cursor is in)
    stepped = from_qdate(since.date())
    assert first < stepped <= first + timedelta(days=31)
    assert page.model.current_filter().since == stepped

    until.setFocus()
    qtbot.keyClick(until, Qt.Key.Key_Down)  # Down works on "Any" too (it did nothing)
    assert from_qdate(until.date()) == last
    qtbot.keyClick(until, Qt.Key.Key_PageDown)
    assert from_qdate(until.date()) < last and from_qdate(until.date()) > date(2000, 1, 1)


def open_calendar(qtbot, edit) -> QCalendarWidget:  # type: ignore[no-untyped-def]
    """Click the field's drop-down arrow, as a person opens its calendar."""
    arrow = QPoint(edit.width() - 6, edit.height() // 2)
    qtbot.mouseClick(edit, Qt.MouseButton.LeftButton, pos=arrow)
    calendar = edit.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def test_the_calendar_opened_on_any_shows_the_datas_first_or_last_month(
    qtbot, household_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    days = [t.date for t in list_transactions(household_ctx.store)]
    first, last = min(days), max(days)
    page = shown(qtbot, household_ctx)
    since, until = page.filters.since_edit, page.filters.until_edit

    calendar = open_calendar(qtbot, since)
    assert (calendar.yearShown(), calendar.monthShown()) == (first.year, first.month)
    assert since.text() == "Any"  # opening it picks no day
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert since.text() == "Any"

    calendar = open_calendar(qtbot, until)
    assert (calendar.yearShown(), calendar.monthShown()) == (last.year, last.month)
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())

    # a day shown: the calendar opens on that day's month, as before
    since.setDate(to_qdate(date(first.year, first.month, 1) + timedelta(days=40)))
    calendar = open_calendar(qtbot, since)
    assert from_qdate(calendar.selectedDate()) == from_qdate(since.date())
    qtbot.keyClick(calendar, Qt.Key.Key_Escape)
