"""A keyboard-only user in the real window (real keys, real dialogs, background writes): the
focus comes back after every dialog, and the Menu key opens one menu at the selected rows."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMenu

from finapp.gui.main_window import MainWindow
from finapp.gui.pages.alerts import AlertsPage
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.shell import Shell
from finapp.gui.tasks import TaskRunner
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.budgets import set_budget
from finapp.services.edit_history import forget_edits
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.gui.menu_key import press_menu_key
from tests.gui.page_fixtures import TODAY
from tests.gui.shell_support import make_shell

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def shell(household_store: Store, tmp_path: Path, qtbot, us_locale) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    """The real window, its writes on worker threads as in the app, shown and active."""
    forget_edits(household_store)
    opened = make_shell(household_store, tmp_path, tasks=TaskRunner)
    qtbot.addWidget(opened.window)
    opened.window.resize(1200, 760)
    opened.window.show()
    qtbot.waitExposed(opened.window)
    opened.window.activateWindow()
    qtbot.waitUntil(opened.window.isActiveWindow)
    yield opened
    opened.close()


def key(
    qtbot, code: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:  # type: ignore[no-untyped-def]
    """A key pressed where the keyboard is: an open menu, else the active window, through the
    window system's path (so the Menu key becomes a context-menu event, as on a desktop). With
    no active window the user's keys go nowhere, and the test says so."""
    target = QApplication.activePopupWidget() or QApplication.activeWindow()
    assert target is not None, "no window is active: the keys go nowhere"
    if target is not QApplication.activePopupWidget():
        assert QApplication.focusWidget() is not None, "no widget has the focus"
    qtbot.keyClick(target.windowHandle(), code, modifiers)


def menu_key(qtbot) -> None:  # type: ignore[no-untyped-def]
    focused = QApplication.focusWidget()
    assert focused is not None and QApplication.activeWindow() is not None
    press_menu_key(qtbot, focused)


def _into(qtbot, view: QAbstractItemView) -> None:  # type: ignore[no-untyped-def]
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)


def _transactions(qtbot, window: MainWindow) -> TransactionsPage:  # type: ignore[no-untyped-def]
    """Ctrl+2, into the table, Down, Shift+Down: the second and third rows selected."""
    key(qtbot, Qt.Key.Key_2, CTRL)
    page = window.built_pages()["transactions"]
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 3)
    _into(qtbot, page.table)
    key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_Down, SHIFT)
    assert _rows(page.table) == [1, 2]
    return page


def _rows(view: QAbstractItemView) -> list[int]:
    return sorted(i.row() for i in view.selectionModel().selectedRows())


def _menus() -> list[QMenu]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible()]


def _dialog() -> QDialog:
    """The dialog the last key opened, once it has the keyboard."""
    return next(w for w in [QApplication.activeWindow()] if isinstance(w, QDialog))


def _focus_came_back(qtbot, window: MainWindow, view: QAbstractItemView) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)


def _categories(store: Store) -> dict[int, str]:
    return {t.id: t.category for t in list_transactions(store)}


@pytest.mark.parametrize("answer", [Qt.Key.Key_Return, Qt.Key.Key_Escape], ids=["OK", "Escape"])
def test_set_category_by_keys_gives_the_table_back_its_focus_and_rows(shell, qtbot, answer) -> None:  # type: ignore[no-untyped-def]
    window, store = shell.window, shell.ctx.store
    page = _transactions(qtbot, window)
    chosen = [page.model.transaction_id(r) for r in (1, 2)]
    before = _categories(store)
    key(qtbot, Qt.Key.Key_F10, SHIFT)
    qtbot.waitUntil(lambda: len(_menus()) == 1)
    key(qtbot, Qt.Key.Key_C)  # Set &category of selected…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QDialog))
    assert _dialog().objectName() == "set-category"
    qtbot.keyClicks(QApplication.focusWidget(), "Entertainment:Video")
    key(qtbot, answer)

    _focus_came_back(qtbot, window, page.table)
    assert [page.model.transaction_id(r) for r in _rows(page.table)] == chosen
    if answer == Qt.Key.Key_Return:
        qtbot.waitUntil(lambda: {_categories(store)[t] for t in chosen} == {"Entertainment:Video"})
        _focus_came_back(qtbot, window, page.table)
    else:
        assert _categories(store) == before
    key(qtbot, Qt.Key.Key_Down)  # the keys work again: the next row is the current one
    assert page.table.currentIndex().row() == 3


@pytest.mark.parametrize("answer", [Qt.Key.Key_Return, Qt.Key.Key_Escape], ids=["OK", "Escape"])
def test_the_note_dialog_gives_the_focus_back_too(shell, qtbot, answer) -> None:  # type: ignore[no-untyped-def]
    window = shell.window
    page = _transactions(qtbot, window)
    key(qtbot, Qt.Key.Key_F10, SHIFT)
    qtbot.waitUntil(lambda: len(_menus()) == 1)
    key(qtbot, Qt.Key.Key_N)  # &Note…
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QDialog))
    assert _dialog().objectName() == "transaction-note"
    qtbot.keyClicks(QApplication.focusWidget(), "Shared with Mia")
    key(qtbot, answer)
    _focus_came_back(qtbot, window, page.table)
    assert _rows(page.table) == [1, 2]


def test_the_menu_key_opens_one_menu_at_the_selected_rows(shell, qtbot) -> None:
    page = _transactions(qtbot, shell.window)
    menu_key(qtbot)
    qtbot.waitUntil(lambda: len(_menus()) == 1)
    qtbot.wait(50)  # a second menu would open on the same turn
    menus = _menus()
    assert [m.objectName() for m in menus] == ["transaction-menu"]
    assert _rows(page.table) == [1, 2]  # the selection is the user's, untouched
    # opened from the keyboard, the first entry is highlighted: Return takes it
    assert menus[0].activeAction() is menus[0].actions()[0]
    row_top = page.table.viewport().mapToGlobal(
        page.table.visualRect(page.model.index(2, 0)).topLeft()
    )
    assert menus[0].y() >= row_top.y()  # under the current row, not over the rows above
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not _menus())
    assert QApplication.focusWidget() is page.table


def test_shift_f10_opens_the_same_one_menu(shell, qtbot) -> None:
    page = _transactions(qtbot, shell.window)
    key(qtbot, Qt.Key.Key_F10, SHIFT)
    qtbot.waitUntil(lambda: len(_menus()) == 1)
    qtbot.wait(50)
    assert [m.objectName() for m in _menus()] == ["transaction-menu"]
    assert _menus()[0].activeAction() is _menus()[0].actions()[0]
    assert _rows(page.table) == [1, 2]


def test_the_menu_key_on_subscriptions_acts_on_the_selected_stream(shell, qtbot) -> None:
    window = shell.window
    key(qtbot, Qt.Key.Key_3, CTRL)
    page = window.built_pages()["subscriptions"]
    assert isinstance(page, SubscriptionsPage)
    qtbot.waitUntil(lambda: len(page.table.selected_rows()) == 0 and page.model.rowCount() > 0)
    _into(qtbot, page.table)
    while [r.view.name for r in page.table.selected_rows()] != ["Spotify"]:
        key(qtbot, Qt.Key.Key_Down)
    menu_key(qtbot)
    qtbot.waitUntil(lambda: len(_menus()) == 1)
    qtbot.wait(50)
    assert [m.objectName() for m in _menus()] == ["subscription-menu"]
    assert [r.view.name for r in page.table.selected_rows()] == ["Spotify"]


def _find(window: MainWindow):  # type: ignore[no-untyped-def]
    return window.edit_menu.find_action


def test_ctrl_f_from_the_sidebar_finds_on_the_page_and_escape_clears(shell, qtbot) -> None:
    window = shell.window
    key(qtbot, Qt.Key.Key_2, CTRL)  # the focus stays in the sidebar
    page = window.built_pages()["transactions"]
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 3)
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sidebar)
    everything = page.model.rowCount()
    edit = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Edit")
    assert [a.text() for a in edit.actions() if not a.isSeparator()][-1] == "&Find…"
    assert _find(window).isEnabled()

    key(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is page.search
    qtbot.keyClicks(page.search, "netflix")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < everything)
    key(qtbot, Qt.Key.Key_Escape)  # clears the search: every line again, still in the field
    assert page.search.text() == "" and QApplication.focusWidget() is page.search
    qtbot.waitUntil(lambda: page.model.rowCount() == everything)
    key(qtbot, Qt.Key.Key_Escape)  # the empty field: on to the list it searches
    assert QApplication.focusWidget() is page.table


def test_find_is_off_on_a_page_without_a_search_field(shell, qtbot) -> None:
    window = shell.window
    key(qtbot, Qt.Key.Key_4, CTRL)
    qtbot.waitUntil(lambda: window.current_page_name() == "budgets")
    assert not _find(window).isEnabled()
    key(qtbot, Qt.Key.Key_8, CTRL)
    qtbot.waitUntil(lambda: window.current_page_name() == "payees")
    assert _find(window).isEnabled()
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is window.built_pages()["payees"].search_field()


@pytest.fixture
def alerting_store(household_store: Store) -> Store:
    """The household with a few open alerts: a budget overspent, a low balance."""
    set_budget(household_store, "Entertainment", Decimal("20"), today=TODAY)
    set_low_balance_threshold(household_store, "Checking", Decimal("99999"))
    assert len(evaluate_alerts(household_store, TODAY)) >= 2
    return household_store


def test_delete_on_alerts_moves_to_the_next_alert(
    alerting_store, tmp_path, qtbot, us_locale
) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(alerting_store, tmp_path, tasks=TaskRunner, opening_page="alerts")
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow)
    page = shell.window.built_pages().get("alerts") or shell.window.page("alerts")
    assert isinstance(page, AlertsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() >= 2)
    # Tab follows the screen: from the sidebar to the Current/History tabs, then the filters
    shell.window.sidebar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is shell.window.sidebar)
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.view_tabs
    key(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.kind_box

    _into(qtbot, page.table)
    key(qtbot, Qt.Key.Key_Down)
    count = page.model.rowCount()
    assert count >= 3 and len(page.selected()) == 1
    place = page.table.currentIndex().row()
    first = page.selected()[0].id
    key(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model.rowCount() == count - 1)
    # the alert that took its place (the list stays sorted by date) is selected
    qtbot.waitUntil(lambda: len(page.selected()) == 1)
    second = page.selected()[0].id
    assert second != first and page.model.row(place).id == second
    assert QApplication.focusWidget() is page.table and page.dismiss_button.isEnabled()
    key(qtbot, Qt.Key.Key_Delete)  # and the next Delete dismisses that one
    qtbot.waitUntil(lambda: page.model.rowCount() == count - 2)
    assert second not in {a.id for a in list_alerts(alerting_store, as_of=TODAY)}
    shell.close()


@pytest.mark.parametrize("answer", [Qt.Key.Key_Return, Qt.Key.Key_Escape], ids=["OK", "Escape"])
def test_mark_cancelled_gives_the_focus_back_to_the_list(shell, qtbot, answer) -> None:  # type: ignore[no-untyped-def]
    window = shell.window
    key(qtbot, Qt.Key.Key_3, CTRL)
    page = window.built_pages()["subscriptions"]
    assert isinstance(page, SubscriptionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    _into(qtbot, page.table)
    while [r.view.name for r in page.table.selected_rows()] != ["Spotify"]:
        key(qtbot, Qt.Key.Key_Down)
    key(qtbot, Qt.Key.Key_F10, SHIFT)
    qtbot.waitUntil(lambda: len(_menus()) == 1)
    key(qtbot, Qt.Key.Key_M)  # &Mark cancelled
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QDialog))
    key(qtbot, answer)
    _focus_came_back(qtbot, window, page.table)
