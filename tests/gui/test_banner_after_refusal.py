"""A refusal in the window's banner stands only while it is true, and only where it was made.

Tester t-uk added a groceries budget in Manchester: Add budget with the amount still empty
said "“” is not an amount"; they typed 700, pressed Add budget again and the budget was
listed, yet the red strip stayed over it, and over Settings after it. A refusal goes once the
action it refused succeeds, and the page it concerns is the only one it shows over; a notice
about the whole app (an alert, a backup left unfinished) still stays until closed.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from finapp.gui.main_window import MainWindow
from finapp.gui.pages.budgets import BudgetsPage
from finapp.gui.shell import Shell
from finapp.services.budgets import list_budgets
from finapp.store.engine import Store
from tests.gui.test_undo_redo import _open

CTRL = Qt.KeyboardModifier.ControlModifier
REFUSED = "“” is not an amount"


@pytest.fixture
def window(household_store: Store, tmp_path: Path, qtbot, us_locale) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    shell: Shell = _open(household_store, tmp_path, qtbot)
    yield shell.window
    shell.close()


def _budgets(qtbot, window: MainWindow) -> BudgetsPage:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    page = window.built_pages()["budgets"]
    assert isinstance(page, BudgetsPage)
    qtbot.waitUntil(page.isVisible)
    return page


def _add_groceries(qtbot, page: BudgetsPage, amount: str) -> None:  # type: ignore[no-untyped-def]
    """Type the category, the amount (perhaps nothing) and click Add budget, as the tester did."""
    typed = page.new_category.lineEdit()
    typed.setFocus()
    typed.selectAll()
    qtbot.keyClicks(typed, "Food:Groceries")
    page.new_amount.setFocus()
    page.new_amount.selectAll()
    qtbot.keyClicks(page.new_amount, amount)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)


def _banner_says(window: MainWindow) -> str:
    """What the banner says on screen; "" when it is not shown."""
    return window.banner.label.text() if window.banner.isVisible() else ""


def test_the_refusal_goes_once_the_corrected_budget_is_added(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _budgets(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_F5)  # File ▸ Check alerts: the household's are told
    qtbot.waitUntil(window.banner.isVisible)
    qtbot.mouseClick(window.banner.close_button, Qt.MouseButton.LeftButton)
    _add_groceries(qtbot, page, "")
    assert REFUSED in _banner_says(window)

    _add_groceries(qtbot, page, "700")
    qtbot.waitUntil(lambda: bool(page.rows))
    assert [(b.category, b.amount) for b in list_budgets(window.ctx.store)] == [
        ("Food:Groceries", Decimal("700.00"))
    ]
    assert _banner_says(window) == ""


def test_the_refusal_does_not_follow_to_settings(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _budgets(qtbot, window)
    _add_groceries(qtbot, page, "")
    assert REFUSED in _banner_says(window)

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: window.current_page_name() == "settings")
    assert _banner_says(window) == ""
    _budgets(qtbot, window)
    assert _banner_says(window) == ""  # nothing was refused since


def test_a_notice_about_the_whole_app_stays_from_page_to_page(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    page = _budgets(qtbot, window)
    _add_groceries(qtbot, page, "")
    notice = "The last backup could not be written: the disk is full."
    window.ctx.bus.message.emit("warning", notice)  # as a backup left unfinished says it

    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Comma, CTRL)
    qtbot.waitUntil(lambda: window.current_page_name() == "settings")
    assert _banner_says(window) == notice
    _budgets(qtbot, window)
    assert _banner_says(window) == notice
