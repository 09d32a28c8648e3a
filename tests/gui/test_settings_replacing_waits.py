"""Changing the key or restoring from Settings: the copy runs off the UI thread, a window says so.

Both copy and check the whole store before it takes the old one's place (4 s for 300k lines).
The work is held here until the person has seen the waiting window and pressed Escape on it,
so what is checked is what is on screen while it runs, however fast this machine is. On the UI
thread, as it was, the window stopped painting and nothing said why.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from finapp.gui.dialogs.choose_backup import ChooseBackupDialog
from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.dialogs.wait import WaitWindow
from finapp.gui.pages import settings_data
from finapp.gui.pages.settings import SettingsPage
from finapp.gui.ui_state import UiState
from finapp.services.encrypted_file import opens_with
from finapp.store.keys import StoreKey
from tests.gui.answering import enter, opened, yes
from tests.gui.held_work import HeldCall

NEW_PASSPHRASE = "a brand new passphrase"


def _watch_for_the_waiting_window(qtbot, work: HeldCall) -> list[object]:  # type: ignore[no-untyped-def]
    """What the person saw: the waiting window's title, then whether Escape left it there."""
    seen: list[object] = []

    def look(tries: int) -> None:
        shown = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, WaitWindow) and w.isVisible()]  # fmt: skip
        if not shown:
            if tries:
                QTimer.singleShot(50, lambda: look(tries - 1))
            return
        window = shown[0]
        seen.append(window.windowTitle())
        qtbot.keyClick(window, Qt.Key.Key_Escape)  # the copy cannot be called back half done

        def after_escape() -> None:
            seen.append(window.isVisible())
            work.release()

        QTimer.singleShot(300, after_escape)

    QTimer.singleShot(0, lambda: look(400))
    return seen


def _click(qtbot, page: SettingsPage, name: str) -> None:  # type: ignore[no-untyped-def]
    (button,) = [b for b in page.findChildren(QPushButton) if b.accessibleName() == name]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _change_passphrase(qtbot, page: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    _click(qtbot, page, "Change passphrase")
    ask = opened(page.data, PassphraseDialog, "new-passphrase")
    qtbot.keyClicks(ask.passphrase, NEW_PASSPHRASE)
    qtbot.keyClicks(ask.repeat, NEW_PASSPHRASE)
    qtbot.keyClick(ask.repeat, Qt.Key.Key_Return)
    yes(qtbot, opened(page.data, QMessageBox, "confirm-passphrase"))


def _restore_newest(qtbot, page: SettingsPage) -> None:  # type: ignore[no-untyped-def]
    page.data.back_up_now()
    _click(qtbot, page, "Restore")
    enter(qtbot, opened(page.data, ChooseBackupDialog, "choose-backup"))
    yes(qtbot, opened(page.data, QMessageBox, "confirm-restore"))


@pytest.mark.parametrize(
    ("work_name", "act", "title", "done"),
    [
        ("change_passphrase", _change_passphrase, "Changing the passphrase…", "Passphrase changed"),
        ("restore", _restore_newest, "Restoring the backup…", "Restored."),
    ],
    ids=["change the passphrase", "restore a backup"],
)
def test_replacing_the_store_says_so_until_it_is_done(
    work_name: str,
    act: Callable[..., None],
    title: str,
    done: str,
    qtbot,
    household_ctx,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    quits: list[bool] = []
    page.data.quit_app = lambda: quits.append(True)
    qtbot.addWidget(page)
    page.show()
    work = HeldCall(monkeypatch, settings_data, work_name)
    seen = _watch_for_the_waiting_window(qtbot, work)
    try:
        act(qtbot, page)
    finally:
        work.release()
    assert seen == [title, True]
    assert work.ran_on == ["finapp-wait"]  # the window painted while the store was copied
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, WaitWindow) and w.isVisible()]  # fmt: skip
    told = opened(page.data, QMessageBox, "closing-finapp")
    assert told.text().startswith(done) and not quits
    if work_name == "change_passphrase":
        assert opens_with(household_ctx.store.path, StoreKey.from_passphrase(NEW_PASSPHRASE))
    enter(qtbot, told)
    assert quits == [True]
