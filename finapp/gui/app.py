"""``finapp-gui`` and ``python -m finapp`` without a command: start the desktop app.

Start-up is a logged checklist (each step with its time, no household data), so a slow or
failed start can be diagnosed from ``FINAPP_LOG=info`` output alone.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

log = logging.getLogger("finapp.gui")
_T0 = time.perf_counter()


def _step(name: str) -> None:
    log.info("startup: %-24s %6.0f ms", name, (time.perf_counter() - _T0) * 1000)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="finapp-gui", description="finapp desktop app")
    parser.add_argument("files", nargs="*", help="statement files to import")
    parser.add_argument("--data-dir", help="where the encrypted store lives")
    parser.add_argument("--demo", action="store_true", help="open the demo household")
    parser.add_argument("--lang", help='interface language ("en" or "zh_CN")')
    parser.add_argument(
        "--startup-probe",
        action="store_true",
        help="print the time to the first painted window and quit (benchmarks)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the desktop app; returns the process exit code."""
    from finapp.log import configure_logging

    configure_logging()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    files = [Path(f).expanduser().resolve() for f in args.files]
    _step("arguments parsed")

    from PySide6.QtWidgets import QApplication

    from finapp.gui.resources import app_icon
    from finapp.paths import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("finapp")
    app.setApplicationDisplayName("finapp")
    app.setDesktopFileName("finapp")
    app.setWindowIcon(app_icon())
    _step("qt ready")

    from finapp.gui.ui_state import UiState

    ui_state = UiState()

    from finapp.gui.dialogs.unlock import unlock_store

    store = unlock_store(data_dir, passphrase=os.environ.get("FINAPP_PASSPHRASE"))
    if store is None:
        log.info("startup: unlock cancelled")
        return 0
    _step("store open")

    from finapp.gui.shell import Shell

    shell = Shell(store, ui_state)
    _step("window built")

    def painted() -> None:
        _step("window painted")
        if args.startup_probe:
            print(f"painted {(time.perf_counter() - _T0) * 1000:.0f} ms", flush=True)
            QApplication.quit()

    shell.show(painted)
    if files:
        shell.open_files(files)
    code = app.exec()
    shell.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
