"""Settings → Data and security: a backup kept outside the data folder, and what the page says
once the data is erased or restored.

A household backs up, then erases everything (before selling the computer, before moving): the
erase dialog offers to save a backup elsewhere first, the page stops pointing at the backup
folder the erase removed, and the copy on the "USB stick" restores from anywhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton, QWidget

from finapp.gui.dialogs.choose_backup import ChooseBackupDialog
from finapp.gui.dialogs.confirm_wipe import ConfirmWipeDialog
from finapp.gui.pages.settings import SettingsPage
from finapp.gui.ui_state import UiState
from finapp.services.backup import backup_files
from finapp.services.encrypted_file import connect
from finapp.store.keys import StoreKey
from tests.gui.answering import choose, enter, opened, yes
from tests.gui.chinese import chinese  # noqa: F401


@pytest.fixture
def settings_page(qtbot, household_ctx, tmp_path: Path) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(page)
    return page


@pytest.fixture
def usb(tmp_path: Path) -> Path:
    stick = tmp_path / "usb"
    stick.mkdir()
    return stick


def _click(qtbot, parent: QWidget, name: str) -> None:  # type: ignore[no-untyped-def]
    (button,) = [b for b in parent.findChildren(QPushButton) if b.accessibleName() == name]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _transactions(path: Path, key: StoreKey) -> int:
    with connect(path, key, readonly=True) as conn:
        return int(conn.execute("SELECT count(*) FROM transactions").fetchone()[0])


def _stored(settings_page: SettingsPage) -> int:
    store = settings_page.ctx.store
    return _transactions(store.path, store.key)


def test_back_up_to_saves_the_encrypted_backup_where_chosen(
    qtbot, settings_page, usb: Path
) -> None:  # type: ignore[no-untyped-def]
    data = settings_page.data
    held = _stored(settings_page)
    _click(qtbot, data, "Back up to")
    chooser = opened(data, QFileDialog, "backup-to")
    assert Path(chooser.selectedFiles()[0]).name.startswith("finapp-backup-")
    choose(qtbot, chooser, usb / "household.db")
    saved = usb / "household.db"
    assert sorted(p.name for p in usb.iterdir()) == ["household.db"]  # no .partial left
    assert not saved.read_bytes().startswith(b"SQLite format 3")
    assert _transactions(saved, settings_page.ctx.store.key) == held
    said = data.last_result.text()
    assert said.startswith("Backup made: ") and f"— in {usb} (<a href=" in said
    assert backup_files(settings_page.ctx.data_dir) == [], "the rotation is left alone"


def test_back_up_to_refuses_the_data_folder(qtbot, settings_page) -> None:  # type: ignore[no-untyped-def]
    data = settings_page.data
    warnings: list[str] = []
    settings_page.ctx.bus.message.connect(lambda level, text: warnings.append(f"{level}:{text}"))
    inside = settings_page.ctx.data_dir / "copy.db"
    _click(qtbot, data, "Back up to")
    choose(qtbot, opened(data, QFileDialog, "backup-to"), inside)
    assert not inside.exists()
    assert any(
        w.startswith("warning:") and "is inside finapp's data folder" in w for w in warnings
    ), warnings


def test_erasing_after_a_backup_keeps_the_copy_saved_elsewhere_and_stops_naming_the_folder(
    qtbot, settings_page, usb: Path
) -> None:  # type: ignore[no-untyped-def]
    """The tester's journey: Back up now, then Delete all data; the line under the buttons
    named the deleted backups folder over the "all deleted" message."""
    data = settings_page.data
    quits: list[bool] = []
    data.quit_app = lambda: quits.append(True)
    data_dir = settings_page.ctx.data_dir
    key = settings_page.ctx.store.key
    held = _stored(settings_page)
    data.back_up_now()
    (made,) = backup_files(data_dir)
    assert str(made.parent) in data.last_result.text()

    _click(qtbot, data, "Delete all data")
    ask = opened(data, ConfirmWipeDialog, "confirm-wipe")
    assert f"The backups in {data_dir} are deleted too." in ask.keep.text()
    _click(qtbot, ask, "Save a backup elsewhere first")
    choose(qtbot, opened(ask, QFileDialog, "backup-to"), usb / "before-erase.db")
    saved = usb / "before-erase.db"
    assert ask.keep.text() == (
        f"Backup saved to {saved} ({held} transaction(s), encrypted). It is kept when everything "
        "else is deleted."
    )
    qtbot.keyClicks(ask.typed, "DELETE")
    qtbot.mouseClick(ask.delete_button, Qt.MouseButton.LeftButton)

    assert not (data_dir / "finapp.db").exists() and not made.parent.exists()
    closing = opened(data, QMessageBox, "closing-finapp")
    assert closing.text().startswith("All finapp data was deleted.")
    assert f"The backup saved to {saved} was kept" in closing.text()
    said = data.last_result.text()
    assert str(made.parent) not in said and "<a" not in said and "Backup made" not in said
    assert said == closing.text()
    assert _transactions(saved, key) == held
    enter(qtbot, closing)
    assert quits == [True]


def test_the_erase_dialog_refuses_to_save_into_the_folder_it_erases(qtbot, settings_page) -> None:  # type: ignore[no-untyped-def]
    data = settings_page.data
    data_dir = settings_page.ctx.data_dir
    _click(qtbot, data, "Delete all data")
    ask = opened(data, ConfirmWipeDialog, "confirm-wipe")
    _click(qtbot, ask, "Save a backup elsewhere first")
    choose(qtbot, opened(ask, QFileDialog, "backup-to"), data_dir / "keep-me.db")
    assert ask.keep.text().startswith("No backup was saved: ")
    assert "is inside finapp's data folder" in ask.keep.text()
    assert not (data_dir / "keep-me.db").exists()
    assert ask.save_button.isEnabled() and ask.isVisible()
    qtbot.keyClicks(ask.typed, "DELETE")
    assert ask.delete_button.isEnabled(), "the refusal does not stop the erase itself"
    ask.reject()
    assert (data_dir / "finapp.db").exists()


def test_a_backup_kept_elsewhere_restores_and_the_page_says_so(
    qtbot, settings_page, usb: Path
) -> None:  # type: ignore[no-untyped-def]
    data = settings_page.data
    quits: list[bool] = []
    data.quit_app = lambda: quits.append(True)
    store = settings_page.ctx.store
    held = _stored(settings_page)
    data.back_up_to(usb / "old-computer.db")
    _click(qtbot, data, "Restore")
    listed = opened(data, ChooseBackupDialog, "choose-backup")
    assert listed.backups.topLevelItemCount() == 0, "nothing in the data folder's rotation"
    qtbot.mouseClick(listed.other, Qt.MouseButton.LeftButton)
    choose(qtbot, opened(listed, QFileDialog, "restore-file"), usb / "old-computer.db")
    yes(qtbot, opened(data, QMessageBox, "confirm-restore"))
    done = opened(data, QMessageBox, "closing-finapp")
    assert done.text().startswith("Restored.")
    assert data.last_result.text() == done.text(), "no backup line from before the restore"
    assert _transactions(store.path, store.key) == held
    enter(qtbot, done)
    assert quits == [True]


def test_the_erase_dialog_offers_the_copy_in_chinese(
    qtbot,
    settings_page,
    chinese,  # noqa: F811
    usb: Path,
) -> None:  # type: ignore[no-untyped-def]
    data = settings_page.data
    data_dir = settings_page.ctx.data_dir
    data.ask_wipe()
    ask = opened(data, ConfirmWipeDialog, "confirm-wipe")
    assert ask.keep.text().startswith(f"“{data_dir}”中的备份也会一并删除。")
    assert ask.save_button.text() == "先将备份保存到别处…"
    qtbot.mouseClick(ask.save_button, Qt.MouseButton.LeftButton)
    choose(qtbot, opened(ask, QFileDialog, "backup-to"), data_dir / "copy.db")
    refused = f"未保存备份：“{data_dir / 'copy.db'}”位于 finapp 的数据文件夹“{data_dir}”内"
    assert ask.keep.text().startswith(refused)
    qtbot.mouseClick(ask.save_button, Qt.MouseButton.LeftButton)
    choose(qtbot, opened(ask, QFileDialog, "backup-to"), usb / "copy.db")
    assert ask.keep.text().startswith(f"备份已保存到“{usb / 'copy.db'}”（")
    ask.reject()


def test_the_restore_chooser_opens_where_the_last_backup_was_saved(
    qtbot, settings_page, usb: Path
) -> None:  # type: ignore[no-untyped-def]
    data = settings_page.data
    _click(qtbot, data, "Back up to")
    choose(qtbot, opened(data, QFileDialog, "backup-to"), usb / "household.db")
    qtbot.waitUntil(lambda: (usb / "household.db").exists())
    assert UiState().backup_folder == usb, "kept with the window's state, for the next session"
    _click(qtbot, data, "Restore")
    listed = opened(data, ChooseBackupDialog, "choose-backup")
    qtbot.mouseClick(listed.other, Qt.MouseButton.LeftButton)
    chooser = opened(listed, QFileDialog, "restore-file")
    assert Path(chooser.directory().absolutePath()) == usb
    chooser.reject()
    listed.reject()
