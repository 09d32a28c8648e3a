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

from finapp.errors import Problem, StoreBusyError
from finapp.gui.dialogs.choose_backup import ChooseBackupDialog
from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.dialogs.wait import WaitWindow
from finapp.gui.pages import settings_data
from finapp.gui.pages.settings import SettingsPage
from finapp.gui.ui_state import UiState
from finapp.services.alerts import list_alerts
from finapp.services.encrypted_file import opens_with
from finapp.store.keys import StoreKey
from tests.gui.answering import enter, opened, yes
from tests.gui.held_work import HeldCall

NEW_PASSPHRASE = "a brand new passphrase"


def _watch_for_the_waiting_window(
    qtbot,  # type: ignore[no-untyped-def]
    work: HeldCall,
    meanwhile: Callable[[], None] = lambda: None,
) -> list[object]:
    """What the person saw: the waiting window's title, then whether Escape left it there;
    ``meanwhile`` happens while it is up, before the work goes on."""
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
            meanwhile()
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


def _busy(*_args: object) -> object:
    raise StoreBusyError(Problem("store.busy", "the store is in use"))


@pytest.mark.parametrize("refused", [False, True], ids=["changed", "refused"])
def test_work_asked_for_while_the_key_changes_waits_until_it_is_done(
    refused: bool, qtbot, household_ctx, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A check of the alerts falling due while the store is copied would open the file being
    replaced: it waits. finapp quits after a change, so it never runs; after a refusal the
    window carries on, and it runs then."""
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    page.data.quit_app = lambda: None
    qtbot.addWidget(page)
    page.show()
    if refused:
        monkeypatch.setattr(settings_data, "change_passphrase", _busy)
    work = HeldCall(monkeypatch, settings_data, "change_passphrase")
    store = household_ctx.store
    checked: list[str] = []
    said: list[str] = []
    household_ctx.bus.message.connect(lambda _kind, text: said.append(text))

    def check_alerts(_progress: object, _cancel: object) -> None:
        checked.append("after" if work.released.is_set() else "while the store was copied")
        list_alerts(store)

    def due_meanwhile() -> None:  # as the tray's schedule asks for it
        household_ctx.tasks.run(check_alerts, lambda _result: None)

    seen = _watch_for_the_waiting_window(qtbot, work, due_meanwhile)
    try:
        _change_passphrase(qtbot, page)
    finally:
        work.release()
    assert seen == ["Changing the passphrase…", True]
    if refused:
        assert checked == ["after"]
        assert any("still in use" in text for text in said), said
    else:
        assert checked == []
        assert opened(page.data, QMessageBox, "closing-finapp").text().startswith("Passphrase")
