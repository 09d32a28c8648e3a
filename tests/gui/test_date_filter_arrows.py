"""The transactions page's date filters from the keyboard: on "Any", the first arrow shows the
data's first day ("From") or last day ("To"), not 2 January 1900, and the arrows count on from
there; stepped back below it, the filter reads "Any" again."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from finapp.gui.context import AppContext
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.qdates import from_qdate
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
