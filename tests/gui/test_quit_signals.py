"""The system asking finapp to end quits it as the menu's Quit does: a logout or shutdown sends
SIGTERM, closing the terminal it was started from SIGHUP, Ctrl+C there SIGINT. finapp used to
die on the spot (SIGTERM) or notice only at the next click (SIGINT): the window's place was not
kept, and a demo whose key lasts one run left its encrypted folder beside the user's store.

The real app runs as its own process, as a desktop session starts it, and gets the real signal.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from finapp.services.demo import demo_dir_for

pytestmark = pytest.mark.slow

#: the app's own log line once its first page is on screen (``FINAPP_LOG=info``)
_SHOWN = "first page shown"


def _launch(data_dir: Path, ui_settings: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FINAPP_LOG="info")
    env["FINAPP_UI_SETTINGS"] = str(ui_settings)
    env.pop("FINAPP_PASSPHRASE", None)  # no keyring, no passphrase: the demo's key lasts a run
    command = [str(Path(sys.executable).parent / "finapp-gui"), "--data-dir", str(data_dir)]
    return subprocess.Popen(
        [*command, "--demo"], env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True
    )


def _wait_for_line(process: subprocess.Popen[str], wanted: str, timeout: float) -> None:
    """Read the app's log until ``wanted`` (the rest keeps being read so the pipe never fills)."""
    lines: queue.Queue[str] = queue.Queue()
    assert process.stderr is not None
    stderr = process.stderr

    def read() -> None:
        for line in stderr:
            lines.put(line)

    threading.Thread(target=read, daemon=True).start()
    while True:
        line = lines.get(timeout=timeout)
        if wanted in line:
            return


@pytest.mark.parametrize("ending", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP])
def test_a_logout_or_ctrl_c_quits_as_the_menu_does(tmp_path: Path, ending: signal.Signals) -> None:
    data_dir = tmp_path / "finapp"
    ui_settings = tmp_path / "ui.ini"
    app = _launch(data_dir, ui_settings)
    try:
        _wait_for_line(app, _SHOWN, timeout=120)
        assert demo_dir_for(data_dir).is_dir()  # the one-run demo's encrypted folder

        app.send_signal(ending)
        assert app.wait(timeout=60) == 0  # quit, not killed
    finally:
        if app.poll() is None:
            app.kill()
    assert not demo_dir_for(data_dir).exists()  # its folder went with the run, as quitting does
    assert "geometry" in ui_settings.read_text(encoding="utf-8")  # the window's place kept
