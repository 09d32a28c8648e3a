"""Once the window is painted: pages load, the recovery key is shown; once the first page has
settled, the day's backup is made and alerts are checked."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from finapp.gui.dialogs.recovery_key import RecoveryKeyDialog
from finapp.gui.shell import Shell
from finapp.gui.ui_state import UiState
from finapp.services.backup import backup_files
from finapp.services.imports import import_files
from finapp.services.keys_admin import recovery_key
from finapp.services.opening import open_store
from tests.gui.inline_tasks import InlineTaskRunner


def _start(store, tmp_path: Path, qtbot) -> Shell:  # type: ignore[no-untyped-def]
    shell = Shell(store, UiState(tmp_path / "ui.ini"), tasks=InlineTaskRunner, tray_available=False)
    painted = []
    shell.show(
        on_painted=lambda: painted.append(shell.window.page_classes[:]),
        on_ready=lambda: painted.append("ready"),
    )
    qtbot.waitUntil(lambda: "ready" in painted, timeout=30_000)
    assert painted[0] == []  # the first paint happened before any page module was needed
    assert shell.window.page_classes and shell.window.current_page_name()
    return shell


def test_first_start_with_a_keyring_shows_the_recovery_key_once_and_backs_up(
    tmp_path: Path, memory_keyring, statements, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    store = open_store(data)
    import_files(store, [statements.checking])
    shell = _start(store, tmp_path, qtbot)
    dialog = shell.window.findChild(RecoveryKeyDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.key.text() == recovery_key(data)
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible())
    # the day's automatic backup, once the first page has settled
    qtbot.waitUntil(lambda: len(backup_files(data)) == 1)
    shell.close()

    again = _start(open_store(data), tmp_path, qtbot)
    assert again.window.findChild(RecoveryKeyDialog) is None  # shown only once
    assert len(backup_files(data)) == 1  # one a day
    again.close()


def test_the_first_alert_check_waits_until_the_first_page_has_settled(
    store, statements, tmp_path: Path, qtbot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from finapp.gui import notify

    import_files(store, [statements.checking])
    checked: list[bool] = []
    real_check = notify.run_check

    def check(*args):  # type: ignore[no-untyped-def]
        page = shell.window.built_pages()[shell.window.current_page_name()]
        checked.append(getattr(page, "data", True) is not None)
        return real_check(*args)

    monkeypatch.setattr(notify, "run_check", check)
    shell = _start(store, tmp_path, qtbot)
    qtbot.waitUntil(lambda: bool(checked), timeout=10_000)
    assert checked == [True]  # once, and only after the first page's data was in
    shell.close()
