"""The menu bar keeps working after the window-modal dialogs: File, Edit, Go and Help open,
Undo and Redo run, and a change of language renames them.

A Health page's reload walks the window's Tab order (``nextInFocusChain``), and PySide then
files each widget it is handed as a child of the widget it asked: the menu bar ended up under a
card's row. Setting a card's limit reloads the rows and deletes the old ones, and with them
went, to Python, every menu the bar had made (``menuBar().addMenu(title)``): "Internal C++
object (QMenu) already deleted" from then on, though Qt still showed the menus, and the window
could no longer be put into another language.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMenu, QProgressBar

from finapp.gui.pages.health_cards import CardsSection
from finapp.gui.pages.health_goals import GoalsSection
from finapp.gui.shell import Shell
from finapp.services.cards import list_cards
from finapp.store.engine import Store
from tests.gui.answering import enter, escape, opened
from tests.gui.chinese import speaking
from tests.gui.shell_support import make_shell
from tests.health.household_files import Household

CARD = "Chase …7415"


@pytest.fixture
def shell(qtbot, us_locale, tmp_path: Path) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    """The real window over six months of a household's statements with one card."""
    month = date.today().replace(day=1)
    for _ in range(5):
        month = (month - date.resolution).replace(day=1)
    store = Household(month, 6, until=date.today(), card_owed="7261.40").imported(tmp_path)
    shell = make_shell(store, tmp_path, opening_page="health")
    qtbot.addWidget(shell.window)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    yield shell
    shell.close()
    store.close()


def window_menus(shell: Shell) -> list[QMenu]:
    window = shell.window
    return [window.file_menu, window.edit_menu.menu, window.go_menu, window.help_menu.menu]


def answer(qtbot, shell: Shell, kind: type[QDialog], name: str, key: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """The dialog ``name`` just opened over the window, answered with ``key`` and gone."""
    qtbot.waitUntil(lambda: any(d.isVisible() for d in shell.window.findChildren(kind, name)))
    dialog = opened(shell.window, kind, name)
    assert dialog.windowModality() == Qt.WindowModality.WindowModal
    (escape if key == Qt.Key.Key_Escape else enter)(qtbot, dialog)
    qtbot.waitUntil(lambda: not dialog.isVisible())


def card_limit(store: Store) -> tuple[int | None, str]:
    (card,) = list_cards(store, date.today())
    return card.limit_minor, card.limit_source


def card_rows_say(qtbot, cards: CardsSection, utilisation: str) -> None:  # type: ignore[no-untyped-def]
    def shown() -> list[str]:
        bars = cards.findChildren(QProgressBar, "card-utilisation")
        return [bar.format() for bar in bars if bar.isVisible()]

    qtbot.waitUntil(lambda: shown() == [utilisation])


def test_the_menus_work_after_every_window_modal_dialog(qtbot, qapp, shell) -> None:  # type: ignore[no-untyped-def]
    window = shell.window
    page = window.page("health")
    cards, goals = page.findChild(CardsSection), page.findChild(GoalsSection)
    card_rows_say(qtbot, cards, "85%")

    cards.limit_buttons[CARD].click()  # Set limit…, left with Escape
    answer(qtbot, shell, QDialog, "card-limit", Qt.Key.Key_Escape)
    cards.limit_buttons[CARD].click()  # and again, a limit typed and taken with Enter
    dialog = opened(window, QDialog, "card-limit")
    qtbot.keyClicks(dialog.amount, "7500")
    answer(qtbot, shell, QDialog, "card-limit", Qt.Key.Key_Return)
    card_rows_say(qtbot, cards, "96%")  # the rows made anew, the old ones deleted
    goals.add_button.click()
    answer(qtbot, shell, QDialog, "add-goal", Qt.Key.Key_Escape)
    window.show_page("transactions")
    transactions = window.page("transactions")
    qtbot.waitUntil(lambda: transactions.model.rowCount() > 0)
    transactions.table.selectRow(0)
    transactions.bulk_button.click()
    answer(qtbot, shell, QInputDialog, "set-category", Qt.Key.Key_Escape)

    menus = window_menus(shell)
    assert all(shiboken6.isValid(menu) for menu in menus)
    on_bar = [action.menu() for action in window.menuBar().actions()]
    assert on_bar == menus  # the very menus the window keeps, in the bar's order
    for menu in menus:  # each opens and closes
        menu.popup(window.mapToGlobal(window.rect().center()))
        qtbot.waitUntil(menu.isVisible)
        menu.hide()
    assert [m.title() for m in menus] == ["&File", "&Edit", "&Go", "&Help"]

    edit, store = window.edit_menu, window.ctx.store
    qtbot.waitUntil(edit.undo_action.isEnabled)  # the limit set above
    edit.undo_action.trigger()
    qtbot.waitUntil(lambda: card_limit(store) == (850_000, "statement"))
    qtbot.waitUntil(edit.redo_action.isEnabled)
    edit.redo_action.trigger()
    qtbot.waitUntil(lambda: card_limit(store) == (750_000, "user"))

    with speaking(qapp, "zh_CN"):
        window.retranslate()
        assert [m.title() for m in window_menus(shell)] == [
            "文件(&F)", "编辑(&E)", "转到(&G)", "帮助(&H)",
        ]  # fmt: skip
    window.retranslate()
    assert [m.title() for m in window_menus(shell)] == ["&File", "&Edit", "&Go", "&Help"]
    assert QApplication.activeModalWidget() is None


def test_set_limit_left_with_escape_gives_the_keyboard_back_to_its_button(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    """A keyboard user on Health: Space on Set limit…, Escape, and the keys are on that button
    again (the window active), as after every other dialog finapp opens."""
    window = shell.window
    cards = window.page("health").findChild(CardsSection)
    card_rows_say(qtbot, cards, "85%")
    button = cards.limit_buttons[CARD]
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    button.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(button, Qt.Key.Key_Space)
    answer(qtbot, shell, QDialog, "card-limit", Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is button)
    assert QApplication.activeWindow() is window
