"""A keyboard-only user in the real window (real keys, real dialogs, background writes): the
focus comes back after every dialog, and the Menu key opens one menu at the selected rows."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QMenu

from finapp.gui.main_window import MainWindow
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.shell import Shell
from finapp.gui.tasks import TaskRunner
from finapp.services.edit_history import forget_edits
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.gui.menu_key import press_menu_key
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
