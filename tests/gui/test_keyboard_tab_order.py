"""Tab walks a page's controls and never holds the keyboard: a table of a thousand rows and a
date filter that reads "Any" are each one stop, left by the next Tab (arrows move inside them).

Keys are pressed where the keyboard is (QApplication.focusWidget()), as a person types them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabBar, QWidget

from finapp.gui.pages.payees import PayeesPage
from finapp.gui.pages.settings import SettingsPage
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.ui_state import UiState


def _shown(qtbot, page: QWidget) -> None:  # type: ignore[no-untyped-def]
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget | None:  # type: ignore[no-untyped-def]
    """Press ``key`` in the focused widget; the widget that has the focus after it."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    return QApplication.focusWidget()


def test_tab_walks_the_transaction_filters_past_the_dates_to_the_table(
    qtbot, household_ctx
) -> None:  # type: ignore[no-untyped-def]
    page = TransactionsPage(household_ctx)
    _shown(qtbot, page)
    bar = page.filters
    page.search.setFocus()

    walked = [_press(qtbot, Qt.Key.Key_Tab) for _ in range(7)]

    assert walked == [
        bar.account_box,
        bar.category_box,
        bar.since_edit,
        bar.until_edit,
        bar.min_edit,
        bar.max_edit,
        walked[6],  # Clear filters
    ]
    assert _press(qtbot, Qt.Key.Key_Tab) is page.table
    assert _press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is walked[6]
    bar.until_edit.setFocus()
    assert _press(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier) is bar.since_edit


def test_tab_leaves_a_date_filter_with_a_day_in_it_for_the_next_filter(
    qtbot, household_ctx
) -> None:  # type: ignore[no-untyped-def]
    """The date is typed whole (no day, month and year sections to step through), so Tab
    goes on to "To" with the day applied, as from any text field."""
    page = TransactionsPage(household_ctx)
    _shown(qtbot, page)
    since = page.filters.since_edit
    since.setFocus()
    qtbot.keyClick(since, Qt.Key.Key_Up)  # a day after "Any": a real date
    assert since.day() is not None

    assert _press(qtbot, Qt.Key.Key_Tab) is page.filters.until_edit


def test_tab_leaves_a_long_table_for_the_buttons_under_it(qtbot, household_ctx) -> None:  # type: ignore[no-untyped-def]
    page = PayeesPage(household_ctx)
    _shown(qtbot, page)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Down)  # a payee chosen: its buttons come alive
    row = page.table.currentIndex().row()
    assert page.rename_button.isEnabled()

    assert _press(qtbot, Qt.Key.Key_Tab) is page.rename_button
    assert _press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is page.table
    assert _press(qtbot, Qt.Key.Key_Down) is page.table  # arrows still move along the rows
    assert page.table.currentIndex().row() == row + 1


def test_tab_goes_from_a_settings_tab_into_its_section(qtbot, household_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    _shown(qtbot, page)
    tabs = page.tabs.findChild(QTabBar)
    tabs.setFocus()
    first_field = page.options.edits["reminder_offsets"].spins[0]  # its first day

    assert _press(qtbot, Qt.Key.Key_Tab) is first_field
    assert _press(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier) is tabs
    assert _press(qtbot, Qt.Key.Key_Right) is tabs  # the next section: Money
    assert page.tabs.currentWidget().widget() is page.money
    assert page.money.isAncestorOf(_press(qtbot, Qt.Key.Key_Tab))
