"""The login reminder as a real notification server shows it: a screenshot for ``make journeys``.

Not a ``test_*`` module, so ``make test`` (offscreen, no X server, no dunst) does not collect
it; ``make journeys`` names it explicitly and installs dunst and xdotool for it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication

from tests.gui.dbus_session import private_session_bus
from tests.journeys.driver import Journey, do, run_app, wait_for
from tests.journeys.test_login_reminder import _household, _login_started, clock

__all__ = ["clock"]  # the fixture, shared with the login journey


def _owned(address: str, name: str) -> bool:
    from jeepney.bus_messages import message_bus
    from jeepney.io.blocking import open_dbus_connection

    with open_dbus_connection(address) as conn:
        return bool(conn.send_and_get_reply(message_bus.NameHasOwner(name), timeout=5).body[0])


def _dunst_on_screen() -> bool:
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "Dunst"],
                           capture_output=True, check=False)  # fmt: skip
    return found.returncode == 0


def test_the_reminder_as_dunst_shows_it(
    app_home: Path, tmp_path: Path, memory_keyring, monkeypatch: pytest.MonkeyPatch,
    clock: list[datetime],
) -> None:  # fmt: skip
    """For the screenshot of a real notification: the same reminder, shown by dunst on X."""
    assert QGuiApplication.platformName() == "xcb", "run by make journeys, on an X server"
    assert shutil.which("dunst") and shutil.which("xdotool"), "make journey-debs installs them"
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    _household(app_home, tmp_path)
    with private_session_bus() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        dunst = subprocess.Popen(["dunst"], env=dict(os.environ), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)  # fmt: skip
        started = _login_started()

        def journey() -> Journey:
            launcher = yield started
            shell = launcher.shell
            yield wait_for(
                "dunst serving notifications",
                lambda: _owned(address, "org.freedesktop.Notifications"),
            )
            yield do(
                "four days pass; the minute tick comes",
                lambda: (
                    clock.__setitem__(0, clock[0] + timedelta(days=4)),
                    shell.notifier.timer.timeout.emit(),
                ),
            )
            yield wait_for("dunst showing the reminder", _dunst_on_screen)
            yield do("Quit from the tray", shell.window.quit_action.trigger)

        try:
            assert run_app(["--background", "--data-dir", str(app_home)], journey(),
                           "login-reminder-dunst") == 0  # fmt: skip
        finally:
            dunst.terminate()
            dunst.wait(timeout=10)
