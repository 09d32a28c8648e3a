"""Closing the bank account a household left, in the window: the Accounts row's menu (Shift+F10)
offers Close account…, its dialog offers the day the statements end, Enter closes it; the row
then reads "Closed", greyed, the menu offers Reopen account, Money health no longer lists it,
and Ctrl+Z (Edit → Undo) opens it again with its balance."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QLabel, QMenu

from finapp.gui.dialogs.close_account import OBJECT_NAME, CloseAccountDialog
from finapp.gui.main_window import MainWindow
from finapp.gui.models.formatting import format_date, format_day
from finapp.gui.pages.accounts import AccountsPage
from finapp.gui.pages.health import HealthPage
from finapp.gui.qdates import from_qdate
from finapp.gui.shell import Shell
from finapp.services.account_closing import close_account
from finapp.services.accounts import list_accounts, set_low_balance_threshold
from finapp.services.goals import add_goal
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.accounts.statements import write_moved_banks
from tests.gui.answering import enter, opened
from tests.gui.test_undo_redo import _menu_texts, _open

CTRL = Qt.KeyboardModifier.ControlModifier
BALANCE = 4  # the Accounts table's Balance column


@pytest.fixture
def window(store: Store, tmp_path: Path, qtbot, us_locale) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    banks = write_moved_banks(tmp_path)
    import_files(store, [banks.old, banks.new])
    (old,) = [v.name for v in list_accounts(store) if v.number == "5563"]
    set_low_balance_threshold(store, old, Decimal("500"))
    shell: Shell = _open(store, tmp_path, qtbot)
    yield shell.window
    shell.close()


def _accounts(qtbot, window: MainWindow) -> AccountsPage:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_6, CTRL)
    page = window.built_pages()["accounts"]
    assert isinstance(page, AccountsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    return page


def _row_of(page: AccountsPage, last_four: str) -> int:
    return next(n for n, r in enumerate(page.model.rows()) if r.account.number == last_four)


def _menu_entries(qtbot, page: AccountsPage) -> tuple[QMenu, list[str]]:  # type: ignore[no-untyped-def]
    page.table.setFocus()
    page.table.selectRow(_row_of(page, "5563"))
    qtbot.keyClick(page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(m.isVisible() for m in page.findChildren(QMenu, "account-menu")))
    menu = next(m for m in page.findChildren(QMenu, "account-menu") if m.isVisible())
    return menu, [a.text() for a in menu.actions() if a.isVisible()]


def _graded(health: HealthPage) -> list[str]:
    """The last four digits of each account the Health page grades."""
    return [label.text()[-4:] for label in health.findChildren(QLabel, "health-account")]


def _balance_cell(page: AccountsPage) -> str:
    return page.model.index(_row_of(page, "5563"), BALANCE).data()


def test_close_from_the_row_menu_and_undo(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _accounts(qtbot, window)
    assert _balance_cell(page) == "$12.37"
    menu, entries = _menu_entries(qtbot, page)
    assert "C&lose account…" in entries and "Re&open account" not in entries
    close = next(a for a in menu.actions() if a.text() == "C&lose account…")
    menu.setActiveAction(close)
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(CloseAccountDialog)))
    dialog = opened(page, CloseAccountDialog, OBJECT_NAME)
    assert from_qdate(dialog.day.date()) == date(2026, 6, 26)  # where its statements end
    assert from_qdate(dialog.day.minimumDate()) == date(2026, 6, 26)
    with qtbot.waitSignal(window.ctx.bus.message, timeout=10_000) as told:
        enter(qtbot, dialog)
    closed_on = f"closed on {format_date(date(2026, 6, 26))}"
    assert closed_on in told.args[1]
    qtbot.waitUntil(lambda: _balance_cell(page) == "Closed")
    assert _row_of(page, "5563") == 1  # after the open account, though its name sorts first
    greyed = QApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    cell = page.model.index(_row_of(page, "5563"), 0)
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == greyed
    assert [v.closed_on for v in list_accounts(window.ctx.store) if v.number == "5563"] == [
        date(2026, 6, 26)
    ]
    assert closed_on in page.summary.text()
    menu, entries = _menu_entries(qtbot, page)
    assert "Re&open account" in entries and "C&lose account…" not in entries
    menu.close()

    qtbot.keyClick(window, Qt.Key.Key_7, CTRL)  # Money health: it is no longer graded
    health = window.built_pages()["health"]
    assert isinstance(health, HealthPage)
    qtbot.waitUntil(lambda: _graded(health) == ["8274"], timeout=10_000)
    (closed,) = health.findChildren(QLabel, "health-closed")  # named once, not just gone
    assert closed.text() == f"Closed, not graded and not counted: Checking …5563 ({closed_on})"

    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL)  # Edit → Undo opens it again
    qtbot.waitUntil(lambda: _menu_texts(window)[1].startswith("Redo Closing"))
    page = _accounts(qtbot, window)
    qtbot.waitUntil(lambda: _balance_cell(page) == "$12.37")
    assert _row_of(page, "5563") == 0  # open again: by name
    assert [v.closed_on for v in list_accounts(window.ctx.store) if v.number == "5563"] == [None]


def test_a_goal_on_the_closed_account_says_it_was_closed(window: MainWindow, qtbot) -> None:  # type: ignore[no-untyped-def]
    """The household saved for a car in the old account; once it is closed, the goal on the
    Health page says so rather than show the savings as lost, and measures on the day asked."""
    store = window.ctx.store
    (old,) = [v.name for v in list_accounts(store) if v.number == "5563"]
    add_goal(store, "Car", Decimal("5000"), date(2027, 6, 1), [old], today=date(2026, 3, 1))
    close_account(store, old, date(2026, 6, 26))
    qtbot.keyClick(window, Qt.Key.Key_7, CTRL)
    health = window.built_pages()["health"]
    assert isinstance(health, HealthPage)
    qtbot.waitUntil(lambda: bool(health.findChildren(QLabel, "goal-months")), timeout=10_000)
    (months,) = health.findChildren(QLabel, "goal-months")
    text = months.text()
    assert f"Checking …5563 was closed on {format_day(date(2026, 6, 26))}" in text
    assert "where the statements of" not in text  # no open account of it has statements
