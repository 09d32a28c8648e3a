"""Restarting for a new language keeps the window as the user left it: its size, position and
page are saved as a normal quit saves them before finapp starts again, and the new process
opens so, the demo household too (on its own page, never the user's)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QProcess, QRect, Qt
from PySide6.QtWidgets import QMessageBox

from finapp.gui import restart
from finapp.gui.launcher import Launcher
from finapp.gui.ui_state import UiState
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from tests.gui.answering import opened


@pytest.fixture
def started(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[list[str]]]:  # type: ignore[no-untyped-def]
    """The arguments of the processes finapp would start, recorded instead of started."""
    calls: list[list[str]] = []

    def start(program: str, args: list[str]) -> tuple[bool, int]:
        calls.append(list(args))
        return True, 4242

    monkeypatch.setattr(QProcess, "startDetached", start)
    yield calls
    qapp.setProperty(restart._ASKED, False)


@pytest.fixture
def ui_ini(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The one ui.ini of the app (the window's and Settings' alike), as in a real run."""
    path = tmp_path / "ui.ini"
    monkeypatch.setenv("FINAPP_UI_SETTINGS", str(path))
    return path


def _window_shown(launcher: Launcher, demo: bool) -> bool:
    shell = launcher.shell
    return shell is not None and shell.ctx.is_demo == demo and shell.window.isVisible()


def _restart_from_settings(qapp, qtbot, launcher: Launcher, demo: bool) -> QRect:  # type: ignore[no-untyped-def]
    """Move and size the window, choose 简体中文 in Settings, click "Restart now", and end as
    finapp.gui.app does once its event loop has ended; returns where the window was."""
    qtbot.waitUntil(lambda: _window_shown(launcher, demo), timeout=60_000)
    assert launcher.shell is not None
    window = launcher.shell.window
    window.setGeometry(QRect(31, 27, 760, 540))
    where = window.geometry()
    window.show_page("settings")
    page = window.built_pages()["settings"]
    combo = page.options.language
    combo.setCurrentIndex(combo.findData("zh_CN"))
    combo.activated.emit(combo.currentIndex())  # as a click on the item sends both
    box = opened(page, QMessageBox, "restart-question")
    button = next(b for b in box.buttons() if b.text() == "&Restart now")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    launcher.close()
    assert restart.restart_if_asked(qapp, launcher.data_dir, demo=demo)
    return where


def test_restart_now_reopens_the_window_where_it_was_on_settings(  # type: ignore[no-untyped-def]
    qapp, qtbot, keyring_data_dir: Path, statements, ui_ini: Path, started
) -> None:
    own = open_store(keyring_data_dir)
    import_files(own, [statements.checking])
    own.close()
    launcher = Launcher(qapp, keyring_data_dir, UiState(ui_ini))
    assert launcher.start()
    where = _restart_from_settings(qapp, qtbot, launcher, demo=False)
    assert "--demo" not in started[0]

    again = Launcher(qapp, keyring_data_dir, UiState(ui_ini))  # the process started
    assert again.start()
    assert again.shell is not None
    assert again.shell.window.geometry() == where
    assert again.shell.window.current_page_name() == "settings"
    again.close()


def test_restart_now_in_the_demo_reopens_the_demo_on_settings_and_not_the_users_store(  # type: ignore[no-untyped-def]
    qapp, qtbot, keyring_data_dir: Path, ui_ini: Path, started
) -> None:
    launcher = Launcher(qapp, keyring_data_dir, UiState(ui_ini))
    assert launcher.start(demo=True)  # finapp-gui --demo
    where = _restart_from_settings(qapp, qtbot, launcher, demo=True)
    assert started[0][-1] == "--demo"

    again = Launcher(qapp, keyring_data_dir, UiState(ui_ini))  # the process started
    assert again.start(demo=True)
    qtbot.waitUntil(lambda: _window_shown(again, True), timeout=60_000)
    assert again.shell is not None
    assert again.shell.window.geometry() == where
    assert again.shell.window.current_page_name() == "settings"
    again.close()
    assert UiState(ui_ini).last_page == ""  # the user's own store still opens on the Dashboard
