"""Delete all data… opens with the caret in the field where the word goes: typing DELETE, as
the dialog asks, went to the "Save a backup elsewhere first…" button it opened on, and nothing
showed in the field. Escape still deletes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

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
