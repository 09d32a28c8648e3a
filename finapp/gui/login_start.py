"""Start at login, as the window offers it: once on the first-run screen, and in Settings.

The entry itself is written by :mod:`finapp.services.autostart` (Qt-free, shared with ``finapp
autostart``); here is only what the window adds: the command of this finapp with the data
folder it opened, and the one-time flag that the first-run screen has offered it. The flag
lives in the UI state file (``ui.ini``, key ``login/start_offered``) because it is a fact about
this user's windows, not about the household, and must be readable before a store is open;
it is read through its own QSettings on that file, which Qt keeps in step with the window's.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QSettings

from finapp.gui.ui_state import UiState
from finapp.services import autostart

log = logging.getLogger("finapp.gui")

OFFERED_KEY = "login/start_offered"


def _settings(ui_state: UiState) -> QSettings:
    return QSettings(str(ui_state.path), QSettings.Format.IniFormat)


def was_offered(ui_state: UiState) -> bool:
    """Whether the user was already asked (or chose in Settings): never ask twice."""
    return str(_settings(ui_state).value(OFFERED_KEY, "false")).lower() == "true"


def mark_offered(ui_state: UiState) -> None:
    settings = _settings(ui_state)
    settings.setValue(OFFERED_KEY, "true")
    settings.sync()


def set_start_at_login(on: bool, data_dir: Path | None) -> bool:
    """Write or remove the login entry for this finapp (opening ``data_dir``); returns whether
    finapp now starts at login, as the entry says. Raises OSError when the desktop's folder
    or the registry refuses."""
    if on:
        autostart.enable(autostart.launch_command(data_dir))
    else:
        autostart.disable()
    return autostart.is_enabled()
