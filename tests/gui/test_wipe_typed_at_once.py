"""Delete all data… opens with the caret in the field where the word goes: typing DELETE, as
the dialog asks, went to the "Save a backup elsewhere first…" button it opened on, and nothing
showed in the field. Escape still deletes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from finapp.gui.dialogs.confirm_wipe import ConfirmWipeDialog
from tests.gui.answering import nothing_open, opened
from tests.gui.test_pages_accounts_settings import _click, settings_page  # noqa: F401


def test_delete_is_typed_where_the_dialog_asks(qtbot, settings_page) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    data = settings_page.data
    settings_page.show()
    data_dir = settings_page.ctx.data_dir
    _click(qtbot, data, "Delete all data")
    ask = opened(data, ConfirmWipeDialog, "confirm-wipe")
    with qtbot.waitActive(ask):
        ask.activateWindow()
    qtbot.keyClicks(QApplication.focusWidget(), "DELETE")  # where the keyboard is
    assert ask.typed.text() == "DELETE"
    assert ask.delete_button.isEnabled()
    qtbot.keyClick(ask, Qt.Key.Key_Escape)
    assert nothing_open(data) and (data_dir / "finapp.db").exists()


def test_the_box_after_deleting_says_its_button_quits(qtbot, settings_page) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    """After "All finapp data was deleted." the box's OK closed the whole window, unannounced;
    its button now says "Quit finapp", and pressing it does."""
    data = settings_page.data
    quits: list[bool] = []
    data.quit_app = lambda: quits.append(True)
    settings_page.show()
    _click(qtbot, data, "Delete all data")
    ask = opened(data, ConfirmWipeDialog, "confirm-wipe")
    qtbot.keyClicks(ask.typed, "DELETE")
    qtbot.keyClick(ask.typed, Qt.Key.Key_Return)
    closing = opened(data, QMessageBox, "closing-finapp")
    assert closing.text().startswith("All finapp data was deleted.")
    button = closing.button(QMessageBox.StandardButton.Ok)
    assert button.text() == "Quit finapp" and not quits
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert quits == [True]
