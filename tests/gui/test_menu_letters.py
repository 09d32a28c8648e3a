"""Every menu of the window, and the row menus of the table pages, open from the keyboard with
an Alt letter on each entry, no two entries of one menu sharing one: in English ("&Transactions")
and in Chinese ("交易(&T)"), read off the real menus."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from finapp.gui import i18n
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.shell import Shell
from finapp.services import subscriptions as service
from finapp.store.engine import Store
from tests.gui.chinese import speaking
from tests.gui.menu_key import press_menu_key
from tests.gui.page_fixtures import TODAY
from tests.gui.shell_support import make_shell

#: the letter Qt underlines: "&Go" or "转到(&G)"; "&&" is an ampersand, no letter
LETTER = re.compile(r"(?<!&)&([^&])")


def letters(menu: QMenu) -> dict[str, list[str]]:
    """Each entry's Alt letter (lower case), or "" for an entry without one."""
    found: dict[str, list[str]] = {}
    for action in menu.actions():
        if action.isSeparator() or not action.isVisible():
            continue
        mark = LETTER.search(action.text())
        found.setdefault(mark.group(1).lower() if mark else "", []).append(action.text())
    return found


def problems(title: str, menu: QMenu) -> list[str]:
    """What is wrong with ``menu``'s letters: entries without one, letters used twice."""
    found = letters(menu)
    wrong = [f"{title}: no letter on {texts}" for key, texts in found.items() if not key]
    wrong += [f"{title}: {key!r} on {texts}" for key, texts in found.items()
              if key and len(texts) > 1]  # fmt: skip
    return wrong


@pytest.fixture(params=["en", "zh_CN"])
def shell(
    request,
    qapp,
    qtbot,
    us_locale,
    household_store: Store,
    tmp_path: Path,
    translation_cache,
    monkeypatch,
) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    """The window in ``request.param``, over the household with its subscriptions found."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(translation_cache))
    service.detect_subscriptions(household_store, TODAY)
    with speaking(qapp, request.param):
        built = make_shell(household_store, tmp_path, opening_page="transactions")
        qtbot.addWidget(built.window)
        built.window.show()
        with qtbot.waitActive(built.window):
            built.window.activateWindow()
        yield built
        built.close()


def row_menu(
    qtbot, table: QWidget, name: str, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier
) -> QMenu:  # type: ignore[no-untyped-def]
    """The row menu ``table`` opens for ``key`` (the Menu key, or Shift+F10)."""
    table.setFocus()
    if key == Qt.Key.Key_Menu:
        press_menu_key(qtbot, table)
    else:
        qtbot.keyClick(table, key, modifier)
    qtbot.waitUntil(lambda: any(m.isVisible() for m in table.window().findChildren(QMenu, name)))
    return next(m for m in table.window().findChildren(QMenu, name) if m.isVisible())


def test_each_entry_of_each_menu_has_its_own_letter(qtbot, shell: Shell) -> None:
    window = shell.window
    bar = window.menuBar()
    menus = [a.menu() for a in bar.actions() if isinstance(a.menu(), QMenu)]
    assert len(menus) == 4  # File, Edit, Go, Help
    wrong = problems("menu bar", bar)  # type: ignore[arg-type]  # the bar's titles
    for menu in menus:
        menu.aboutToShow.emit()  # the Edit menu names what Undo would undo when it opens
        wrong += problems(menu.title(), menu)
    assert len([a for a in window.go_menu.actions() if not a.isSeparator()]) == 11
    chinese = i18n.language_in_use() == "zh_CN"
    go_to = window.page_actions[1].text()  # the Transactions page, the convention of each
    assert go_to == ("交易(&T)" if chinese else "&Transactions")

    # the Go menu opens from the keyboard and its letter goes to the page
    qtbot.keyClick(window, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.go_menu.isVisible)
    payees = window.page_actions[7]  # Payees, by its letter
    qtbot.keyClick(window.go_menu, LETTER.search(payees.text()).group(1))  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: window.current_page_name() == "payees")

    window.show_page("transactions")
    transactions = window.page("transactions")
    assert isinstance(transactions, TransactionsPage)
    qtbot.waitUntil(lambda: transactions.model.rowCount() > 0)
    transactions.table.selectRow(0)
    menu = row_menu(qtbot, transactions.table, "transaction-menu", Qt.Key.Key_Menu)
    assert len(menu.actions()) == 5
    wrong += problems("transaction row", menu)
    menu.close()

    window.show_page("subscriptions")
    subscriptions = window.page("subscriptions")
    assert isinstance(subscriptions, SubscriptionsPage)
    qtbot.waitUntil(lambda: subscriptions.table.select(lambda row: True))
    menu = row_menu(qtbot, subscriptions.table, "subscription-menu", Qt.Key.Key_F10,
                    Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    assert len(menu.actions()) == 10
    wrong += problems("subscription row", menu)
    menu.close()
    assert wrong == []
    assert QApplication.activeModalWidget() is None
