"""The transactions page's date filters from the keyboard: a day typed whole as the table
writes it (or in ISO form) applies on Tab or Return; Alt+Down and F4 open the calendar; only
emptying the field is "Any". On "Any", the first arrow shows the data's first day ("From") or
last day ("To"), not 2 January 1900, and the arrows count on from there."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget, QToolButton

from finapp.gui.context import AppContext
from finapp.gui.pages.day_filter import DayFilterEdit
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.qdates import from_qdate
from finapp.services.transactions import list_transactions

ALT = Qt.KeyboardModifier.AltModifier


def shown(qtbot, ctx: AppContext) -> TransactionsPage:  # type: ignore[no-untyped-def]
    page = TransactionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def shown_days(page: TransactionsPage) -> set[date]:
    """The days of the lines the table lists."""
    day_of = {t.id: t.date for t in list_transactions(page.ctx.store)}
    model = page.model
    return {day_of[model.transaction_id(row)] for row in range(model.rowCount())}


def type_into(qtbot, edit: DayFilterEdit, text: str) -> None:  # type: ignore[no-untyped-def]
    """Click into the field, select what is there and type ``text``, as a person does."""
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


@pytest.mark.parametrize("typed", ["05/01/2025", "5/1/25", "2025-05-01"])
def test_a_day_typed_whole_filters_from_that_day(
    qtbot, household_ctx: AppContext, typed: str
) -> None:  # type: ignore[no-untyped-def]
    page = shown(qtbot, household_ctx)
    since = page.filters.since_edit
    assert since.text() == "" and since.placeholderText() == "Any"
    type_into(qtbot, since, typed)
    assert since.text() == typed  # the slashes stay where they were typed
    qtbot.keyClick(since, Qt.Key.Key_Tab)
    may_first = date(2025, 5, 1)
    assert since.day() == may_first  # "5/1/25" in the short format was 9/1/26 or so
    assert since.text() == "05/01/2025"  # as the table writes it
    assert page.model.current_filter().since == may_first
    qtbot.waitUntil(lambda: bool(shown_days(page)) and min(shown_days(page)) >= may_first)


def test_a_text_naming_no_day_stays_to_be_corrected_and_changes_nothing(
    qtbot, household_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    page = shown(qtbot, household_ctx)
    since = page.filters.since_edit
    type_into(qtbot, since, "11/31/2026")
    qtbot.keyClick(since, Qt.Key.Key_Return)
    assert since.text() == "11/31/2026"  # not "Any" without a word
    assert since.day() is None and page.model.current_filter().since is None
    assert "not a day" in since.toolTip()
    qtbot.keyClick(since, Qt.Key.Key_Escape)  # the typing undone: back to what applies
    assert since.text() == ""


def test_only_emptying_the_field_returns_to_any(qtbot, household_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = shown(qtbot, household_ctx)
    until = page.filters.until_edit
    type_into(qtbot, until, "2026-11-15")
    qtbot.keyClick(until, Qt.Key.Key_Return)
    assert page.model.current_filter().until == date(2026, 11, 15)
    type_into(qtbot, until, "11/2")  # half typed, then Escape: the day applied stays
    qtbot.keyClick(until, Qt.Key.Key_Escape)
    assert until.day() == date(2026, 11, 15) and until.text() == "11/15/2026"
    qtbot.keyClick(until, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(until, Qt.Key.Key_Backspace)
    assert until.day() is None and page.model.current_filter().until is None


def test_the_first_arrow_on_any_starts_from_the_datas_first_or_last_day(
    qtbot, household_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    days = [t.date for t in list_transactions(household_ctx.store)]
    first, last = min(days), max(days)
    page = shown(qtbot, household_ctx)
    since, until = page.filters.since_edit, page.filters.until_edit
    assert (since.day(), until.day()) == (None, None)

    since.setFocus()
    qtbot.keyClick(since, Qt.Key.Key_Up)
    assert since.day() == first
    qtbot.keyClick(since, Qt.Key.Key_Up)  # on from there
    stepped = since.day()
    assert stepped is not None and first < stepped <= first + timedelta(days=31)
    assert page.model.current_filter().since == stepped

    until.setFocus()
    qtbot.keyClick(until, Qt.Key.Key_Down)  # Down works on "Any" too
    assert until.day() == last
    qtbot.keyClick(until, Qt.Key.Key_PageDown)
    day = until.day()
    assert day is not None and date(2000, 1, 1) < day < last


def open_calendar(qtbot, edit: DayFilterEdit, key: Qt.Key, modifier) -> QCalendarWidget:  # type: ignore[no-untyped-def]
    edit.setFocus()
    qtbot.keyClick(edit, key, modifier)
    calendar = edit.calendar
    qtbot.waitUntil(calendar.isVisible)
    return calendar


def close_calendar(qtbot, calendar: QCalendarWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(QApplication.focusWidget() or calendar, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not calendar.isVisible())


def test_alt_down_and_f4_open_the_calendar_on_the_datas_month_and_enter_picks(
    qtbot, household_ctx: AppContext
) -> None:  # type: ignore[no-untyped-def]
    days = [t.date for t in list_transactions(household_ctx.store)]
    first, last = min(days), max(days)
    page = shown(qtbot, household_ctx)
    since, until = page.filters.since_edit, page.filters.until_edit

    calendar = open_calendar(qtbot, since, Qt.Key.Key_Down, ALT)
    assert (calendar.yearShown(), calendar.monthShown()) == (first.year, first.month)
    close_calendar(qtbot, calendar)
    assert since.day() is None and since.text() == ""  # opening it picks no day

    calendar = open_calendar(qtbot, until, Qt.Key.Key_F4, Qt.KeyboardModifier.NoModifier)
    assert (calendar.yearShown(), calendar.monthShown()) == (last.year, last.month)
    close_calendar(qtbot, calendar)

    # a day shown: the calendar opens on it, and Return there picks the day chosen
    type_into(qtbot, since, "2026-11-03")
    qtbot.keyClick(since, Qt.Key.Key_Return)
    calendar = open_calendar(qtbot, since, Qt.Key.Key_Down, ALT)
    assert from_qdate(calendar.selectedDate()) == date(2026, 11, 3)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Right)
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not calendar.isVisible())
    assert since.day() == date(2026, 11, 4)
    assert page.model.current_filter().since == date(2026, 11, 4)


def test_the_calendar_button_is_named_and_opens_it(qtbot, household_ctx: AppContext) -> None:  # type: ignore[no-untyped-def]
    page = shown(qtbot, household_ctx)
    since = page.filters.since_edit
    button = next(
        b for b in since.findChildren(QToolButton) if b.defaultAction() is since.calendar_action
    )
    assert "Alt+Down" in since.calendar_action.toolTip()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(since.calendar.isVisible)
    close_calendar(qtbot, since.calendar)
