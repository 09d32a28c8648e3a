"""Starting finapp again, for a change that applies at start (the interface's language).

Settings asks for a restart (:func:`ask_restart`) and the app leaves its event loop; only once
:func:`finapp.gui.app.main` has closed the store and its single-instance server does
:func:`restart_if_asked` start the same program on the same store: a new process started while
the old one still listened would hand itself over to it and exit, and nothing would restart.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QProcess

#: the application property that records the request until the event loop has ended
_ASKED = "finapp-restart-asked"


def ask_restart(app: QCoreApplication) -> None:
    """Have finapp start again once it has quit."""
    app.setProperty(_ASKED, True)


def restart_command(
    data_dir: Path, demo: bool, *, frozen: bool | None = None, executable: str = sys.executable
) -> tuple[str, list[str]]:
    """The program and arguments that open the window again on ``data_dir`` (the demo too, if
    this run was started on it): the bundle itself when frozen, else ``python -m finapp``."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    args = [] if frozen else ["-m", "finapp"]
    args += ["--data-dir", str(data_dir)]
    if demo:
        args.append("--demo")
    return executable, args


def restart_if_asked(app: QCoreApplication, data_dir: Path, demo: bool) -> bool:
    """Start finapp again if :func:`ask_restart` was called; whether a process was started."""
    if not app.property(_ASKED):
        return False
    app.setProperty(_ASKED, False)  # once: a later run of the loop in this process starts none
    program, args = restart_command(data_dir, demo)
    started, _pid = QProcess.startDetached(program, args)
    return bool(started)
