"""Backing up, restoring and exporting are in the File menu, where a desktop app keeps them:
they were only buttons in Settings → Data and security, which a household looking for "Back up"
in the menus never found. Each opens that section, so its result is told where its buttons
tell it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from finapp.gui.pages.settings import SettingsPage
from finapp.services.backup import backup_files
from finapp.store.engine import Store
from tests.gui.answering import opened
from tests.gui.shell_support import make_shell


def _file_menu_entry(qtbot, window, letter: Qt.Key) -> None:  # type: ignore[no-untyped-def]
    """Alt+F opens the File menu, ``letter`` picks its entry."""
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(window.file_menu.isVisible)
    qtbot.keyClick(window.file_menu, letter)
    qtbot.waitUntil(lambda: not window.file_menu.isVisible())


def test_back_up_and_export_from_the_file_menu(qtbot, store: Store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, opening_page="accounts")
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitActive(window):
        window.activateWindow()
    entries = [a.text() for a in window.file_menu.actions() if not a.isSeparator()]
    assert {"&Back up now", "&Restore from a backup…", "&Export…"} <= set(entries)

    _file_menu_entry(qtbot, window, Qt.Key.Key_B)
    assert window.current_page_name() == "settings"
    settings = window.page("settings")
    assert isinstance(settings, SettingsPage)
    assert settings.tabs.currentIndex() == 3  # Data and security, where the result is told
    assert len(backup_files(shell.ctx.data_dir)) == 1
    assert settings.data.last_result.text().startswith("Backup made: ")

    window.show_page("accounts")
    _file_menu_entry(qtbot, window, Qt.Key.Key_E)
    warning = opened(settings.data, QMessageBox, "confirm-export")
    assert "not encrypted" in warning.text()
    qtbot.keyClick(warning, Qt.Key.Key_Escape)
    assert not warning.isVisible()
    assert window.current_page_name() == "settings"
