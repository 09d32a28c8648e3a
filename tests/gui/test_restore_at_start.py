"""Restoring from the window when the store cannot be used, driven the way a person does.

The real start-up (:meth:`Launcher.start`): its unlock, first-run and restore dialogs are modal,
so a :class:`Person` answers each once it is on screen, with keys and clicks, while ``start``
waits. A store whose file was removed, or whose first page was destroyed, with backups beside
it: the restore is offered, the newest backup selected, and the window opens on the restored
data; the damaged file is kept aside. A wrong passphrase is asked again; cancelling anywhere
leaves every file as it was; someone new brings a backup file from another computer.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

import pytest
from PySide6.QtCore import QDate, QDateTime, QElapsedTimer, QLocale, Qt, QTime, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from finapp.errors import Problem, StoreBusyError
from finapp.gui.dialogs.backup_passphrase import BackupPassphraseDialog
from finapp.gui.dialogs.first_run import FirstRunDialog
from finapp.gui.dialogs.restore_backup import RestoreBackupDialog
from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.launcher import Launcher
from finapp.gui.shell import Shell
from finapp.gui.ui_state import UiState
from finapp.services.backup import backup, backup_files, is_damaged_copy
from finapp.services.categories import list_categories
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.services.page_keys import PAGE_BYTES
from tests.conftest import PASSPHRASE
from tests.gui.answering import choose
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.shell_support import transaction_count
from tests.gui.tray_support import RecordingTray, english  # noqa: F401 - the fixture
from tests.gui.visible_text import english_in, words_of
from tests.written_statements import Statements

W = TypeVar("W", bound=QWidget)


class Person:
    """Answers the dialogs of a start-up as they appear, one step after another.

    Each step waits for a visible widget of a kind (and object name), then acts on it: the
    start-up blocks in the dialogs' own event loops, where these timers still run.
    """

    #: how long, after the last answer, the next expected question may be waited for while
    #: another is on screen: then that one is closed (and the test fails) rather than hang
    PATIENCE_S = 20.0

    def __init__(self) -> None:
        self.steps: list[tuple[type[QWidget], str, Callable[[QWidget], None]]] = []
        self.seen: list[str] = []
        self._clock = QElapsedTimer()

    def on(self, kind: type[W], name: str, act: Callable[[W], None]) -> Person:
        self.steps.append((kind, name, act))  # type: ignore[arg-type]
        return self

    def begin(self) -> Person:
        self._clock.start()
        QTimer.singleShot(0, self._look)
        return self

    def _look(self) -> None:
        if not self.steps:
            return
        stuck = QApplication.activeModalWidget()
        if isinstance(stuck, QDialog) and self._clock.elapsed() > self.PATIENCE_S * 1000:
            self.seen.append("unexpected " + stuck.objectName())
            stuck.reject()  # a question this person does not answer: give up, never hang
        kind, name, act = self.steps[0]
        shown = [
            w
            for w in QApplication.allWidgets()
            if isinstance(w, kind) and w.objectName() == name and w.isVisible()
        ]
        if shown:
            self.steps.pop(0)
            self.seen.append(name)
            self._clock.restart()
            act(shown[0])
        QTimer.singleShot(20, self._look)


def _launcher(qapp, data_dir: Path, tmp_path: Path) -> Launcher:  # type: ignore[no-untyped-def]
    return Launcher(qapp, data_dir, UiState(tmp_path / "ui.ini"))


def _started(qapp, qtbot, data_dir: Path, tmp_path: Path) -> tuple[Launcher, Shell]:  # type: ignore[no-untyped-def]
    """The launcher, started, and the window it opened."""
    launcher = _launcher(qapp, data_dir, tmp_path)
    assert launcher.start()
    shell = launcher.shell
    assert shell is not None
    qtbot.addWidget(shell.window)
    return launcher, shell


def _household(data_dir: Path, statements: Statements, passphrase: str | None) -> tuple[int, Path]:
    """A store with two backups, the newer holding more; its transactions and the newer one."""
    store = open_store(data_dir, passphrase=passphrase)
    import_files(store, [statements.checking])
    backup(store, now=datetime(2026, 11, 30, 8, 0))
    import_files(store, [statements.card])
    newest = Path(backup(store, now=datetime(2026, 12, 1, 8, 0)).path)
    count = transaction_count(store)
    store.close()
    return count, newest


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def _type(qtbot, dialog: PassphraseDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    dialog.passphrase.clear()
    qtbot.keyClicks(dialog.passphrase, text)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)


def _window_with(launcher: Launcher, qtbot, count: int) -> None:  # type: ignore[no-untyped-def]
    shell = launcher.shell
    assert shell is not None and shell.window.isVisible() and not shell.ctx.is_demo
    qtbot.addWidget(shell.window)
    assert transaction_count(shell.ctx.store) == count


@pytest.mark.usefixtures("english")  # "Restored 6 transactions"
def test_a_removed_store_is_restored_from_its_newest_backup_asking_again_on_a_wrong_passphrase(
    data_dir: Path, statements: Statements, tmp_path: Path, qapp, qtbot
) -> None:
    count, newest = _household(data_dir, statements, PASSPHRASE)
    (data_dir / "finapp.db").unlink()  # the data lost, its backups still there
    listed: list[tuple[int, str, str]] = []
    errors: list[str] = []

    def pick(dialog: RestoreBackupDialog) -> None:
        item = dialog.backups.currentItem()
        listed.append((dialog.backups.topLevelItemCount(), item.toolTip(0), dialog.intro.text()))
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    def wrong_then_right(dialog: BackupPassphraseDialog) -> None:
        _type(qtbot, dialog, "not the passphrase at all")
        assert dialog.isVisible(), "a wrong passphrase is asked again"
        errors.append(dialog.error.text())
        _type(qtbot, dialog, PASSPHRASE)

    person = (
        Person()
        .on(RestoreBackupDialog, "restore-backup", pick)
        .on(BackupPassphraseDialog, "backup-passphrase", wrong_then_right)
        .begin()
    )
    launcher = _launcher(qapp, data_dir, tmp_path)
    assert launcher.start()
    assert person.seen == ["restore-backup", "backup-passphrase"]
    ((how_many, selected, intro),) = listed
    assert how_many == 2 and selected == newest.name  # the newest, selected
    assert "missing" in intro and str(data_dir) in intro
    assert errors == ["That passphrase does not open this backup. Try again."]
    _window_with(launcher, qtbot, count)
    assert launcher.shell is not None
    assert launcher.shell.ctx.store.key.source == "passphrase"
    said = launcher.shell.window.statusBar().currentMessage()
    assert said == f"Restored {count} transactions from {newest.name}."
    launcher.close()
    reopened = open_store(data_dir, passphrase=PASSPHRASE)  # the next start: the same data
    assert transaction_count(reopened) == count
    reopened.close()


@pytest.mark.parametrize(
    ("kept_key", "lost"),
    [
        ("passphrase", (0, PAGE_BYTES)),
        ("keyring", (16, PAGE_BYTES)),
        ("keyring", (0, 16)),
        ("keyring", (0, PAGE_BYTES)),
    ],
    ids=[
        "passphrase, first page destroyed",
        "keyring, first page torn after its salt",
        "keyring, salt destroyed",
        "keyring, first page destroyed",
    ],
)
def test_a_damaged_store_is_offered_a_restore_and_kept_aside(
    kept_key: str,
    lost: tuple[int, int],
    data_dir: Path,
    statements: Statements,
    tmp_path: Path,
    qapp,
    qtbot,
    request: pytest.FixtureRequest,
) -> None:
    """Typed once at unlock, the store's passphrase opens its backups too: nothing more is
    asked; with the key in the keyring nothing is asked at all. (A passphrase store's backups
    carry its salt, so even a store whose salt is lost is known as its own; a keyring store's
    backups get a salt of their own, and its pages are known by what they decrypt to.)"""
    if kept_key == "keyring":
        data_dir = request.getfixturevalue("keyring_data_dir")
    passphrase = PASSPHRASE if kept_key == "passphrase" else None
    count, _newest = _household(data_dir, statements, passphrase)
    store_file = data_dir / "finapp.db"
    damaged = bytearray(store_file.read_bytes())
    damaged[lost[0] : lost[1]] = bytes(lost[1] - lost[0])  # reads as a wrong key
    store_file.write_bytes(bytes(damaged))
    intros: list[str] = []

    def restore_newest(dialog: RestoreBackupDialog) -> None:
        intros.append(dialog.intro.text())
        qtbot.keyClick(dialog.backups, Qt.Key.Key_Return)

    person = Person()
    if kept_key == "passphrase":
        person.on(PassphraseDialog, "unlock", lambda d: _type(qtbot, d, PASSPHRASE))
    person.on(RestoreBackupDialog, "restore-backup", restore_newest).begin()
    launcher = _launcher(qapp, data_dir, tmp_path)
    assert launcher.start()
    assert person.seen == (["unlock"] if kept_key == "passphrase" else []) + ["restore-backup"]
    assert "damaged" in intros[0] and "kept aside" in intros[0]
    _window_with(launcher, qtbot, count)
    (kept,) = [p for p in backup_files(data_dir) if is_damaged_copy(p)]
    assert kept.parent == data_dir / "backups" and kept.read_bytes() == bytes(damaged)
    assert launcher.shell is not None
    assert launcher.shell.ctx.store.key.source == kept_key
    banner = launcher.shell.window.banner
    assert banner.isVisible() and str(kept) in banner.label.text()
    launcher.close()


@pytest.mark.usefixtures("english")  # "Restored 6 transactions"
def test_a_login_start_with_its_store_missing_offers_its_backups_and_opens_the_window(
    keyring_data_dir: Path, statements: Statements, tmp_path: Path, qapp, qtbot, monkeypatch
) -> None:
    """``finapp-gui --background`` from the login entry, a tray to wait in: a missing store
    cannot wait there, so the restore is asked in a window, and the restored data opens."""
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    count, newest = _household(keyring_data_dir, statements, None)
    (keyring_data_dir / "finapp.db").unlink()
    intros: list[str] = []

    def restore_newest(dialog: RestoreBackupDialog) -> None:
        intros.append(dialog.intro.text())
        qtbot.keyClick(dialog.backups, Qt.Key.Key_Return)

    person = Person().on(RestoreBackupDialog, "restore-backup", restore_newest).begin()
    launcher = Launcher(qapp, keyring_data_dir, UiState(tmp_path / "ui.ini"), tray_available=True)
    assert launcher.start(background=True)
    assert person.seen == ["restore-backup"]
    assert "missing" in intros[0]
    _window_with(launcher, qtbot, count)
    assert launcher.shell is not None
    said = launcher.shell.window.statusBar().currentMessage()
    assert said == f"Restored {count} transactions from {newest.name}."
    launcher.close()


def test_a_login_start_with_its_store_missing_and_no_backups_says_so_and_offers_a_file(
    keyring_data_dir: Path, tmp_path: Path, qapp, qtbot
) -> None:
    open_store(keyring_data_dir).close()  # a store was here (its id says so), never backed up
    (keyring_data_dir / "finapp.db").unlink()
    before = _files(keyring_data_dir)
    seen: list[tuple[str, bool, bool]] = []

    def look_then_cancel(dialog: RestoreBackupDialog) -> None:
        seen.append(
            (dialog.intro.text(), dialog.backups.isVisible(), dialog.choose_button.isVisible())
        )
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    person = Person().on(RestoreBackupDialog, "restore-backup", look_then_cancel).begin()
    launcher = Launcher(qapp, keyring_data_dir, UiState(tmp_path / "ui.ini"), tray_available=True)
    assert not launcher.start(background=True)
    assert person.seen == ["restore-backup"]
    ((intro, list_shown, choose_shown),) = seen
    assert "no backup of it was found" in intro and str(keyring_data_dir) in intro
    assert not list_shown and choose_shown  # the way out: a backup kept elsewhere
    assert launcher.shell is None and _files(keyring_data_dir) == before


#: what a failing disk sector leaves in the store's file
SECTOR = b"\xa5" * 512


def _damage_inside(data_dir: Path, page: int | None = None, passphrase: str | None = None) -> bytes:
    """Bytes overwritten in the middle of one of the store's pages (``page`` counted from 0; by
    default the saved CSV layouts' page, which neither the opening nor the first page reads), as
    a failing disk sector does: its head is whole, so it opens; the page holding them no longer
    reads. (The page halfway through the file had been the default, until a larger rule book
    put the settings the opening reads there.)"""
    if page is None:
        page = _root_page(data_dir, "csv_profiles", passphrase) - 1  # SQLite counts from 1
    store_file = data_dir / "finapp.db"
    damaged = bytearray(store_file.read_bytes())
    start = page * PAGE_BYTES
    damaged[start + 1000 : start + 1000 + len(SECTOR)] = SECTOR
    store_file.write_bytes(bytes(damaged))
    return bytes(damaged)


def _root_page(data_dir: Path, table: str, passphrase: str | None) -> int:
    """Where ``table`` starts in the store's file, as SQLite numbers pages (from 1)."""
    store = open_store(data_dir, passphrase=passphrase)
    with store.connect() as conn:
        page = conn.exec_driver_sql(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).scalar()
    store.close()
    return int(page)


@pytest.mark.parametrize("background", [False, True], ids=["a start", "a login start"])
def test_damage_found_inside_at_start_offers_the_newest_backup_and_keeps_the_damaged_file(
    background: bool,
    keyring_data_dir: Path,
    statements: Statements,
    tmp_path: Path,
    qapp,
    qtbot,
    monkeypatch,
) -> None:
    """The window comes first, never waiting for the check; the offer follows over it (at a
    login start, once the user opens the window the tray told them about), and what the
    restore brings back opens in the window, saying so."""
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    count, newest = _household(keyring_data_dir, statements, None)
    _damage_inside(keyring_data_dir)
    intros: list[str] = []

    def restore_newest(dialog: RestoreBackupDialog) -> None:
        intros.append(dialog.intro.text())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    person = Person().on(RestoreBackupDialog, "restore-backup", restore_newest).begin()
    launcher = Launcher(qapp, keyring_data_dir, UiState(tmp_path / "ui.ini"), tray_available=True)
    assert launcher.start(background=background)
    first = launcher.shell
    assert first is not None and person.seen == []  # the store opened without the check
    assert first.window.isVisible() != background
    if background:  # in the tray: it says so, and the offer waits for the window
        tray = first.tray
        assert isinstance(tray, RecordingTray)
        qtbot.waitUntil(
            lambda: any("damage" in title for title, _, _ in tray.shown), timeout=20_000
        )
        assert person.seen == []
        first.open_window()  # the user clicks the tray icon
    qtbot.waitUntil(lambda: launcher.shell is not first, timeout=30_000)
    assert person.seen == ["restore-backup"]
    assert "found damage inside your data" in intros[0]
    made = QLocale().toString(
        QDateTime(QDate(2026, 12, 1), QTime(8, 0)), QLocale.FormatType.ShortFormat
    )
    assert newest.name in intros[0] and made in intros[0]  # the newest, and when it was made
    assert "kept aside" in intros[0]
    _window_with(launcher, qtbot, count)
    (kept,) = [p for p in backup_files(keyring_data_dir) if is_damaged_copy(p)]
    assert SECTOR in kept.read_bytes()  # the store as the user had it, its damage and all
    assert launcher.shell is not None
    assert launcher.shell.ctx.store.key.source == "keyring"
    assert str(kept) in launcher.shell.window.banner.label.text()
    launcher.close()


def test_cancelling_the_restore_of_damage_found_inside_keeps_the_window_on_the_data_as_it_is(
    keyring_data_dir: Path, statements: Statements, tmp_path: Path, qapp, qtbot
) -> None:
    _household(keyring_data_dir, statements, None)
    damaged = _damage_inside(keyring_data_dir)
    backups_before = backup_files(keyring_data_dir)

    def escape(dialog: RestoreBackupDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    person = Person().on(RestoreBackupDialog, "restore-backup", escape).begin()
    launcher, shell = _started(qapp, qtbot, keyring_data_dir, tmp_path)

    def answered() -> bool:
        offers = [w for w in QApplication.allWidgets() if isinstance(w, RestoreBackupDialog)]
        return person.seen == ["restore-backup"] and not any(d.isVisible() for d in offers)

    qtbot.waitUntil(answered, timeout=20_000)
    qtbot.waitUntil(lambda: not shell.ctx.tasks.busy, timeout=20_000)  # the day's backup too
    assert (keyring_data_dir / "finapp.db").read_bytes() == damaged
    assert backup_files(keyring_data_dir) == backups_before  # nothing restored, nothing kept
    assert launcher.shell is shell and shell.window.isVisible()  # working on, as it is
    launcher.close()


def test_a_refused_restore_of_damage_found_inside_leaves_the_window_working(
    keyring_data_dir: Path, statements: Statements, tmp_path: Path, qapp, qtbot, monkeypatch
) -> None:
    """The window let go of its store for the restore, and the restore was refused (the store
    in use): once the dialog is closed the window works on, its work no longer waiting."""

    def refused(*_args: object) -> None:
        raise StoreBusyError(Problem("store.busy", "the store is in use"))

    monkeypatch.setattr("finapp.gui.dialogs.restore_backup.restore", refused)
    _household(keyring_data_dir, statements, None)
    _damage_inside(keyring_data_dir)
    errors: list[str] = []

    def restore_then_give_up(dialog: RestoreBackupDialog) -> None:
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

        def once_refused() -> None:
            if not dialog.error.isVisible():
                QTimer.singleShot(50, once_refused)
                return
            errors.append(dialog.error.text())
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

        once_refused()

    person = Person().on(RestoreBackupDialog, "restore-backup", restore_then_give_up).begin()
    launcher, shell = _started(qapp, qtbot, keyring_data_dir, tmp_path)
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert person.seen == ["restore-backup"]
    ran: list[int] = []
    shell.ctx.tasks.run(lambda _p, _c: ran.append(len(list_categories(shell.ctx.store))),
                        lambda _result: None)  # fmt: skip
    qtbot.waitUntil(lambda: bool(ran) and not shell.ctx.tasks.busy, timeout=20_000)
    assert ran[0] > 0  # the store opened again, as it is
    assert launcher.shell is shell and shell.window.isVisible()
    launcher.close()


@pytest.mark.usefixtures("english")  # "Restored 6 transactions"
def test_damage_the_opening_itself_reads_offers_the_restore_rather_than_a_dead_end(
    keyring_data_dir: Path, statements: Statements, tmp_path: Path, qapp, qtbot
) -> None:
    """The page of the settings the opening reads to bring the store up to date: the store
    cannot be opened, so the restore is offered as for a damaged store (it had been a box
    saying to restore from Settings, in a window that never opened)."""
    count, newest = _household(keyring_data_dir, statements, None)
    _damage_inside(keyring_data_dir, page=_root_page(keyring_data_dir, "settings", None) - 1)
    intros: list[str] = []

    def restore_newest(dialog: RestoreBackupDialog) -> None:
        intros.append(dialog.intro.text())
        qtbot.keyClick(dialog.backups, Qt.Key.Key_Return)

    person = Person().on(RestoreBackupDialog, "restore-backup", restore_newest).begin()
    launcher = _launcher(qapp, keyring_data_dir, tmp_path)
    assert launcher.start()
    assert person.seen == ["restore-backup"]
    assert "is damaged and cannot be opened" in intros[0] and "kept aside" in intros[0]
    _window_with(launcher, qtbot, count)
    (kept,) = [p for p in backup_files(keyring_data_dir) if is_damaged_copy(p)]
    assert SECTOR in kept.read_bytes()
    assert launcher.shell is not None
    said = launcher.shell.window.banner.label.text()
    assert f"Restored {count} transactions from {newest.name}." in said and str(kept) in said
    launcher.close()


def test_cancelling_the_restore_at_any_question_changes_nothing(
    data_dir: Path, statements: Statements, tmp_path: Path, qapp, qtbot
) -> None:
    _household(data_dir, statements, PASSPHRASE)
    (data_dir / "finapp.db").unlink()
    before = _files(data_dir)

    def escape(dialog: QDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    person = (
        Person()
        .on(RestoreBackupDialog, "restore-backup", lambda d: d.restore_button.click())
        .on(BackupPassphraseDialog, "backup-passphrase", escape)  # the passphrase question
        .on(RestoreBackupDialog, "restore-backup", escape)  # then the restore itself
        .begin()
    )
    launcher = _launcher(qapp, data_dir, tmp_path)
    assert not launcher.start()
    assert person.seen == ["restore-backup", "backup-passphrase", "restore-backup"]
    assert launcher.shell is None
    assert _files(data_dir) == before


def test_someone_new_restores_a_backup_file_from_another_computer_on_the_first_run_screen(
    keyring_data_dir: Path, statements: Statements, tmp_path: Path, qapp, qtbot
) -> None:
    old_computer = tmp_path / "old-computer"
    count, _ = _household(old_computer, statements, PASSPHRASE)
    usb = tmp_path / "usb"
    usb.mkdir()
    carried = usb / "finapp-backup.db"
    (carried).write_bytes(backup_files(old_computer)[-1].read_bytes())
    shown: list[bool] = []

    def choose_file(dialog: RestoreBackupDialog) -> None:
        shown.append(dialog.backups.isVisible())
        qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)

    person = (
        Person()
        .on(FirstRunDialog, "first-run", lambda d: d.restore_button.click())
        .on(RestoreBackupDialog, "restore-backup", choose_file)
        .on(QFileDialog, "restore-file", lambda d: choose(qtbot, d, carried))
        .on(BackupPassphraseDialog, "backup-passphrase", lambda d: _type(qtbot, d, PASSPHRASE))
        .begin()
    )
    launcher = _launcher(qapp, keyring_data_dir, tmp_path)
    assert launcher.start()
    assert person.seen == ["first-run", "restore-backup", "restore-file", "backup-passphrase"]
    assert shown == [False]  # no backups on this computer: only "Choose a file…"
    _window_with(launcher, qtbot, count)
    assert launcher.shell is not None
    assert launcher.shell.ctx.store.key.source == "keyring"  # this computer's own key
    launcher.close()


@pytest.mark.usefixtures("chinese")
def test_the_restore_speaks_chinese(
    data_dir: Path, statements: Statements, tmp_path: Path, qtbot
) -> None:
    _count, newest = _household(data_dir, statements, PASSPHRASE)
    first_run = FirstRunDialog(ui_state=UiState(tmp_path / "ui.ini"), data_dir=data_dir)
    qtbot.addWidget(first_run)
    first_run.show()
    assert first_run.restore_button.text() == "从备份恢复…"
    reasons = (
        RestoreBackupDialog.MISSING,
        RestoreBackupDialog.DAMAGED,
        RestoreBackupDialog.DAMAGE_FOUND,
    )
    for reason in reasons:
        dialog = RestoreBackupDialog(data_dir, reason, [], lambda key: key)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.windowTitle() == "从备份恢复"
        # the folder's and the newest backup's own names, and the unit Qt writes sizes with
        allowed = words_of([str(data_dir), newest.name, "KiB"])
        assert english_in(dialog, allowed, reason) == []
