"""A login start: finapp in the tray with no window, reminders on their day, locked stores.

Each test starts the real app as the login entry does (``finapp-gui --background``) through
the launcher, with the tray available and a clock the test moves forward.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from finapp.gui.dialogs.confirm_wipe import ConfirmWipeDialog
from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.launcher import Launcher
from finapp.gui.tasks import TaskRunner
from finapp.gui.ui_state import UiState
from finapp.services.opening import open_store
from finapp.services.subscriptions import add_manual
from finapp.store.schema import Alert
from tests.conftest import PASSPHRASE
from tests.gui.answering import type_over
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.tray_support import RecordingLockedTray, RecordingTray, SteppedClock

MORNING = datetime.combine(datetime.now().date(), datetime.min.time()).replace(hour=8)


def _visible_windows() -> list[str]:
    return [w.objectName() for w in QApplication.topLevelWidgets() if w.isVisible()]


def _launcher(  # type: ignore[no-untyped-def]
    qapp, data_dir: Path, tmp_path: Path, clock: SteppedClock,
    *, tray: bool = True, tasks: type[TaskRunner] = InlineTaskRunner,
) -> Launcher:  # fmt: skip
    ui_state = UiState(tmp_path / "ui.ini")
    # the user last had Accounts open: its window opens there, and a notification's click must
    # still lead to its own page; the Dashboard's charts are not what these tests read
    ui_state.last_page = "accounts"
    return Launcher(
        qapp, data_dir, ui_state, clock=clock, tasks=tasks, tray_available=tray,
    )  # fmt: skip


def test_a_reminder_arrives_on_its_day_with_the_window_closed_and_opens_the_alert(
    qapp, data_dir: Path, tmp_path: Path, memory_keyring, qtbot, monkeypatch
):
    """As the issue's acceptance: the app's own worker threads, the real event loop."""
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    renews = MORNING.date() + timedelta(days=20)  # no reminder yet: 7 and 1 days ahead
    store = open_store(data_dir)  # the key in the keyring: a login start asks nothing
    add_manual(store, "Netflix", Decimal("15.49"), "monthly", renews)
    store.close()
    clock = SteppedClock(MORNING)
    launcher = _launcher(qapp, data_dir, tmp_path, clock, tasks=TaskRunner)
    assert launcher.start(background=True)
    shell = launcher.shell
    assert shell is not None
    qtbot.waitUntil(lambda: not shell.ctx.tasks.busy)  # the check at start (and the backup)
    assert _visible_windows() == []  # no window, no dialog: finapp waits in the tray
    assert shell.tray.shown == []  # nothing due at login

    clock.advance(days=14)  # the laptop slept two weeks; the renewal is 6 days away
    shell.notifier.timer.timeout.emit()  # the schedule's next tick after waking
    qtbot.waitUntil(lambda: len(shell.tray.shown) == 1)
    _title, text, _severity = shell.tray.shown[0]
    assert "Netflix" in text and "in 6 days" in text
    assert not shell.window.isVisible()
    clock.advance(minutes=1)
    shell.notifier.timer.timeout.emit()  # a minute later: nothing due, nothing shown
    qtbot.waitUntil(lambda: not shell.ctx.tasks.busy)  # whatever the tick started has ended
    assert len(shell.tray.shown) == 1
    shell.window.check_alerts_action.trigger()  # even a check asked for: shown once only
    qtbot.waitUntil(lambda: not shell.ctx.tasks.busy)
    assert len(shell.tray.shown) == 1

    shell.tray.message_clicked.emit()  # the user clicks the notification
    assert shell.window.isVisible()
    assert shell.window.current_page_name() == "alerts"
    with shell.ctx.store.read() as session:
        (alert,) = session.query(Alert).filter(Alert.kind == "renewal").all()
        alert_id = alert.id
    page = shell.window.page("alerts")
    qtbot.waitUntil(lambda: [a.id for a in page.selected()] == [alert_id])  # once loaded
    launcher.close()


def test_a_second_launch_brings_up_the_window_of_the_background_start(
    qapp, data_dir: Path, tmp_path: Path, memory_keyring, qtbot
):
    open_store(data_dir).close()
    launcher = _launcher(qapp, data_dir, tmp_path, SteppedClock(MORNING))
    assert launcher.start(background=True)
    assert launcher.shell is not None and not launcher.shell.window.isVisible()
    launcher.open_files([])  # what a second `finapp-gui` hands over
    assert launcher.shell.window.isVisible()
    launcher.close()


def test_without_a_tray_a_background_start_shows_the_window_minimised(
    qapp, data_dir: Path, tmp_path: Path, memory_keyring, qtbot
):
    open_store(data_dir).close()
    launcher = _launcher(qapp, data_dir, tmp_path, SteppedClock(MORNING), tray=False)
    assert launcher.start(background=True)
    window = launcher.shell.window
    assert window.isVisible() and window.isMinimized()
    launcher.close()


def test_a_locked_store_waits_in_the_tray_and_asks_only_when_clicked(
    qapp, data_dir: Path, tmp_path: Path, qtbot, monkeypatch
):
    monkeypatch.setattr("finapp.gui.locked_start.LockedTray", RecordingLockedTray)
    open_store(data_dir, passphrase=PASSPHRASE).close()  # no keyring: a passphrase store
    clock = SteppedClock(MORNING.replace(hour=7))
    launcher = _launcher(qapp, data_dir, tmp_path, clock)
    assert launcher.start(background=True)
    assert launcher.shell is None and launcher.locked is not None
    tray = launcher.locked.tray
    assert tray.tooltip == "finapp — locked"
    assert [a.text() for a in tray.menu.actions() if not a.isSeparator()] == [
        "&Unlock finapp…",
        "&Quit",
    ]
    assert _visible_windows() == []  # never a dialog out of nowhere at login

    launcher.locked.timer.timeout.emit()  # 07:00: too early to say anything
    assert tray.shown == [] and _visible_windows() == []
    clock.advance(hours=2, minutes=5)
    launcher.locked.timer.timeout.emit()  # the first check after 09:00
    assert tray.shown == [("finapp", "finapp has reminders for you — unlock to see them.")]
    clock.advance(hours=3)
    launcher.locked.timer.timeout.emit()
    assert len(tray.shown) == 1  # once a day
    assert _visible_windows() == []

    tray.message_clicked.emit()  # the user clicks the message
    dialog = opened_top_level(PassphraseDialog, "unlock")
    type_over(qtbot, dialog, PASSPHRASE)
    assert launcher.shell is not None and launcher.locked is None
    assert launcher.shell.window.isVisible()
    assert launcher.shell.window.current_page_name() == "alerts"
    launcher.close()


def test_clicking_the_locked_icon_unlocks_and_opens_the_window(
    qapp, data_dir: Path, tmp_path: Path, qtbot
):
    open_store(data_dir, passphrase=PASSPHRASE).close()
    launcher = _launcher(qapp, data_dir, tmp_path, SteppedClock(MORNING))
    assert launcher.start(background=True)
    launcher.locked.tray.unlock_requested.emit()  # a click on the padlock icon
    dialog = opened_top_level(PassphraseDialog, "unlock")
    dialog.reject()  # changed their mind: still locked, nothing else open
    assert launcher.locked is not None and launcher.shell is None
    launcher.locked.tray.unlock_requested.emit()
    type_over(qtbot, opened_top_level(PassphraseDialog, "unlock"), PASSPHRASE)
    assert launcher.shell is not None and launcher.shell.window.isVisible()
    launcher.close()


def opened_top_level(kind: type[QDialog], name: str) -> QDialog:
    shown = [w for w in QApplication.topLevelWidgets()
             if isinstance(w, kind) and w.objectName() == name and w.isVisible()]  # fmt: skip
    assert len(shown) == 1, f"expected one open {name!r}, found {len(shown)}"
    return shown[0]


def test_a_second_login_start_leaves_the_running_finapp_alone(tmp_path: Path, qtbot) -> None:
    import os
    import subprocess
    import sys

    from finapp.gui.single_instance import InstanceServer, server_name

    data_dir = tmp_path / "data"
    server = InstanceServer(server_name(data_dir))
    assert server.listen()  # the finapp started at login
    requests: list[object] = []
    server.open_requested.connect(requests.append)
    listener = server.findChild(QLocalServer)
    connections: list[bool] = []
    listener.newConnection.connect(lambda: connections.append(True))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FINAPP_DATA_DIR": str(data_dir)}
    second = subprocess.Popen([sys.executable, "-m", "finapp", "--background"], env=env)
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
    assert second.returncode == 0
    # the running finapp has seen the second start's connection and is done with it
    qtbot.waitUntil(lambda: bool(connections) and not listener.findChildren(QLocalSocket))
    assert requests == []  # its window stays where it is
    assert not (data_dir / "finapp.db").exists()  # the second start never opened the store
    server.close()


def test_a_forgotten_passphrase_erased_from_the_padlock_starts_finapp_afresh(
    qapp, data_dir: Path, tmp_path: Path, qtbot
):
    open_store(data_dir, passphrase=PASSPHRASE).close()
    launcher = _launcher(qapp, data_dir, tmp_path, SteppedClock(MORNING))
    assert launcher.start(background=True)
    launcher.locked.tray.unlock_requested.emit()  # a click on the padlock icon
    unlock = opened_top_level(PassphraseDialog, "unlock")
    qtbot.mouseClick(unlock.forgot_button, Qt.MouseButton.LeftButton)
    forgot = opened_top_level(QMessageBox, "forgot-passphrase")
    (delete,) = [b for b in forgot.buttons() if b.text() == "Delete all data…"]
    qtbot.mouseClick(delete, Qt.MouseButton.LeftButton)
    confirm = opened_top_level(ConfirmWipeDialog, "confirm-wipe")
    qtbot.keyClicks(confirm.typed, "DELETE")
    asked: list[str] = []

    def new_passphrase() -> None:  # finapp's first day asks for one; the person stops there
        dialog = opened_top_level(PassphraseDialog, "create-passphrase")
        asked.append(dialog.windowTitle())
        dialog.reject()

    QTimer.singleShot(0, new_passphrase)
    qtbot.mouseClick(confirm.delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked))
    assert asked == ["Protect your finapp data"]
    assert not (data_dir / "finapp.db").exists()
    assert launcher.locked is None and launcher.shell is None  # no padlock left to click
