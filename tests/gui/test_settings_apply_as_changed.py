"""Settings apply as they are changed, as every Settings tab does: Return or leaving a field
saves it, and a value still being typed when the user presses Ctrl+Q is kept, not lost (it
quit at once, the old 500 still stored, and only a Save button 45 Tab stops away saved)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton

from finapp.services.settings import setting_texts
from finapp.store.engine import Store
from tests.gui.shell_support import make_shell


@pytest.fixture
def shell(store: Store, tmp_path: Path, qtbot):  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, opening_page="transactions")
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_first_page()
    yield shell
    shell.close()


def _limit_field(qtbot, shell) -> QLineEdit:  # type: ignore[no-untyped-def]
    """Ctrl+, then the "Alert on any charge above" field, typed over with 600."""
    window = shell.window
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    page = window.page("settings")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is page)
    field = page.options.edits["large_charge_limit"]
    assert isinstance(field, QLineEdit)
    qtbot.waitUntil(lambda: field.text() == "500")
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "600")
    return field


def _stored(store: Store) -> str:
    return setting_texts(store)["large_charge_limit"]


def test_ctrl_q_right_after_typing_keeps_the_value(qtbot, shell, store: Store) -> None:  # type: ignore[no-untyped-def]
    field = _limit_field(qtbot, shell)
    assert _stored(store) == "500"
    qtbot.keyClick(field, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert shell.window.quitting  # Ctrl+Q quit, without a question to answer
    assert _stored(store) == "600"


def test_return_saves_the_field_and_says_so(qtbot, shell, store: Store) -> None:  # type: ignore[no-untyped-def]
    field = _limit_field(qtbot, shell)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert _stored(store) == "600"
    assert shell.window.page("settings").options.note.text() == "Saved."


def test_leaving_the_page_keeps_the_value_and_a_bad_one_is_named(
    qtbot, shell, store: Store
) -> None:  # type: ignore[no-untyped-def]
    field = _limit_field(qtbot, shell)
    qtbot.keyClick(field, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the Dashboard
    assert _stored(store) == "600"
    options = shell.window.page("settings").options
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "lots")
    qtbot.keyClick(field, Qt.Key.Key_Tab)
    assert _stored(store) == "600"  # refused, and said under the form
    assert options.note.text() not in ("", "Saved.")
    assert field.text() == "600"  # the form shows what is kept


def test_no_save_button_is_left_to_tab_to(qtbot, shell) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(shell.window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    options = shell.window.page("settings").options
    assert not [b for b in options.findChildren(QPushButton) if b.text() == "Save"]
    assert options.saved_hint.text() == "Changes are saved as you make them."
    assert options.saved_hint.isVisible()
