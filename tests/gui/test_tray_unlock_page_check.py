"""A store unlocked from the locked tray is checked, and its backups offered, as at a start.

At a login start a store that needs a passphrase waits locked in the tray; the user unlocks it
later from the padlock icon. Damage deep inside it (a failing disk sector) is found by the page
check once the window has settled, and the newest backup offered over the window; a store whose
first page is destroyed gets its backups offered as soon as the passphrase is typed. The user
answers each question as it appears, clicking at once (no waiting for the window to load).
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.gui.dialogs.restore_backup import RestoreBackupDialog
from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.launcher import Launcher
from finapp.gui.ui_state import UiState
from finapp.services.backup import backup_files, is_damaged_copy
from finapp.services.page_keys import PAGE_BYTES
from tests.conftest import PASSPHRASE
from tests.gui.answering import type_over
from tests.gui.shell_support import transaction_count
from tests.gui.test_restore_at_start import SECTOR, Person, _damage_inside, _household
from tests.gui.test_tray_login import opened_top_level
from tests.gui.tray_support import RecordingLockedTray, english  # noqa: F401 - the fixture
from tests.written_statements import Statements


def _destroy_head(data_dir: Path) -> bytes:
    store_file = data_dir / "finapp.db"
    damaged = bytearray(store_file.read_bytes())
    damaged[:PAGE_BYTES] = bytes(PAGE_BYTES)  # reads as a wrong key
    store_file.write_bytes(bytes(damaged))
    return bytes(damaged)


@pytest.mark.usefixtures("english")
@pytest.mark.parametrize(
    ("damage", "intro"),
    [
        (partial(_damage_inside, passphrase=PASSPHRASE), "found damage inside your data"),
        (_destroy_head, "is damaged"),
    ],
    ids=["a page inside", "its first page"],
)
def test_a_damaged_store_unlocked_from_the_tray_offers_its_newest_backup(
    damage,  # type: ignore[no-untyped-def]
    intro: str,
    data_dir: Path,
    statements: Statements,
    tmp_path: Path,
    qapp,
    qtbot,
    monkeypatch,
) -> None:
    monkeypatch.setattr("finapp.gui.locked_start.LockedTray", RecordingLockedTray)
    count, _newest = _household(data_dir, statements, PASSPHRASE)
    damaged = damage(data_dir)
    intros: list[str] = []

    def restore_newest(dialog: RestoreBackupDialog) -> None:
        intros.append(dialog.intro.text())
        qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)

    launcher = Launcher(qapp, data_dir, UiState(tmp_path / "ui.ini"), tray_available=True)
    assert launcher.start(background=True)
    assert launcher.locked is not None and launcher.shell is None  # waiting for its passphrase
    person = Person().on(RestoreBackupDialog, "restore-backup", restore_newest).begin()
    launcher.locked.tray.unlock_requested.emit()  # a click on the padlock icon
    type_over(qtbot, opened_top_level(PassphraseDialog, "unlock"), PASSPHRASE)
    qtbot.waitUntil(lambda: any(is_damaged_copy(p) for p in backup_files(data_dir)), timeout=30_000)
    (kept,) = [p for p in backup_files(data_dir) if is_damaged_copy(p)]

    def window_on_the_restored_data() -> bool:  # saying what was restored and where the old is
        shell = launcher.shell
        return (
            shell is not None
            and shell.window.isVisible()
            and str(kept) in shell.window.banner.label.text()
        )

    qtbot.waitUntil(window_on_the_restored_data, timeout=30_000)
    assert person.seen == ["restore-backup"] and launcher.locked is None
    assert intro in intros[0] and "kept aside" in intros[0]
    assert launcher.shell is not None and transaction_count(launcher.shell.ctx.store) == count
    # the store as the user had it, its damage and all (one that opened was written to since)
    if intro == "is damaged":  # it never opened: kept byte for byte
        assert kept.read_bytes() == damaged
    else:
        assert SECTOR in kept.read_bytes()
    launcher.close()


def test_a_sound_store_unlocked_from_the_tray_is_checked_and_offers_nothing(
    data_dir: Path, statements: Statements, tmp_path: Path, qapp, qtbot, monkeypatch
) -> None:
    """The check runs (the same as after a start) and finds nothing: no question is asked."""
    checked: list[int] = []
    from finapp.services import integrity

    real = integrity.damaged_pages
    monkeypatch.setattr(integrity, "damaged_pages", lambda store: checked.append(1) or real(store))
    monkeypatch.setattr("finapp.gui.locked_start.LockedTray", RecordingLockedTray)
    count, _newest = _household(data_dir, statements, PASSPHRASE)
    launcher = Launcher(qapp, data_dir, UiState(tmp_path / "ui.ini"), tray_available=True)
    assert launcher.start(background=True)
    launcher.locked.tray.unlock_requested.emit()
    type_over(qtbot, opened_top_level(PassphraseDialog, "unlock"), PASSPHRASE)
    shell = launcher.shell
    assert shell is not None and shell.window.isVisible()
    qtbot.waitUntil(lambda: checked == [1] and not shell.ctx.tasks.busy, timeout=30_000)
    assert not [d for d in qapp.topLevelWidgets() if isinstance(d, RestoreBackupDialog)
                and d.isVisible()]  # fmt: skip
    assert launcher.shell is shell and transaction_count(shell.ctx.store) == count
    launcher.close()
