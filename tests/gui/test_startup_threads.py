"""The app's start-up loads the store layer on a helper thread only once Qt's Python layer is
in: shiboken's own start-up walks the loaded modules, and a helper importing meanwhile ended the
app on a busy machine ("libshiboken/signature: could not initialize part 2")."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

#: run as ``python -c``: start the app, and at the first helper thread it starts say which
#: modules were in, then end the process there
_PROBE = """
import sys, threading
def start(thread):
    print(thread.name, "shiboken6" in sys.modules, "PySide6.QtWidgets" in sys.modules)
    sys.stdout.flush()
    raise SystemExit(0)
threading.Thread.start = start
from finapp.gui.app import main
main(["--background"])
"""


def test_the_helper_thread_starts_once_qt_is_imported(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FINAPP_DATA_DIR": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-c", _PROBE], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["finapp-preload", "True", "True"]
