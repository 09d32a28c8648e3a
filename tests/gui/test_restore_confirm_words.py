"""Replacing the data with a backup is asked in a box that says what it is about: it was titled
"finapp" and answered Yes or No, the same box as for a new passphrase. Now its title is
"Restore from backup" and its button "Replace data"; No stays the default, and Escape replaces
nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from finapp.gui.dialogs.choose_backup import ChooseBackupDialog
from finapp.services.categories import list_categories
from tests.gui.answering import enter, nothing_open, opened
from tests.gui.test_pages_accounts_settings import _click, settings_page  # noqa: F401


def test_the_restore_question_names_what_it_does(qtbot, settings_page) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    data = settings_page.data
    quits: list[bool] = []
    data.quit_app = lambda: quits.append(True)
    settings_page.show()
    _click(qtbot, data, "Back up now")
    _click(qtbot, data, "Restore")
    enter(qtbot, opened(data, ChooseBackupDialog, "choose-backup"))  # the newest backup
    box = opened(data, QMessageBox, "confirm-restore")
    assert box.windowTitle() == "Restore from backup"
    replace = box.button(QMessageBox.StandardButton.Yes)
    assert replace.text() == "Replace data"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert nothing_open(data) and not quits
    list_categories(settings_page.ctx.store)  # still open: nothing was replaced
