"""``finapp-gui`` and ``python -m finapp`` without a command: start the desktop app.

Start-up is a logged checklist (each step with its time, no household data), so a slow or
failed start can be diagnosed from ``FINAPP_LOG=info`` output alone. Heavy modules (pages,
matplotlib) load after the window is first painted.
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

log = logging.getLogger("finapp.gui")
_T0 = time.perf_counter()
# the longest the collector stays paused at start-up
GC_PAUSE_MAX_MS = 5000


def _step(name: str) -> None:
    # the step name is part of the format: string arguments are masked by the log filter
    log.info(f"startup: {name:<22} %6.0f ms", (time.perf_counter() - _T0) * 1000)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="finapp-gui", description="finapp desktop app")
    parser.add_argument("files", nargs="*", help="statement files to import")
    parser.add_argument("--data-dir", help="where the encrypted store lives")
    parser.add_argument("--demo", action="store_true", help="open the demo household")
    parser.add_argument(
        "--background",
        action="store_true",
        help="start in the system tray without a window (what the login entry runs)",
    )
    parser.add_argument("--lang", help='interface language ("en" or "zh_CN")')
    parser.add_argument(
        "--startup-probe",
        action="store_true",
        # The packaged app's smoke test sets FINAPP_SMOKE_TEST=1: the bundle's one entry point
        # sends any option to the CLI, so the GUI cannot be given this flag there.
        default=os.environ.get("FINAPP_SMOKE_TEST") == "1",
        help="print the time to the first painted window and quit (benchmarks)",
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the desktop app; returns the process exit code."""
    # Start-up creates a few hundred thousand long-lived objects (Qt wrappers, numpy,
    # matplotlib) and frees almost none: collecting meanwhile finds nothing and costs tens of
    # milliseconds, so nothing is collected until the first page is up (or a few seconds), and
    # from then on only between two events of the UI thread (finapp.gui.collector).
    was_collecting = gc.isenabled()
    gc.disable()
    try:
        return _run(argv)
    finally:
        if was_collecting:
            gc.enable()


def _run(argv: list[str] | None) -> int:
    from finapp.log import configure_logging

    configure_logging()
    args = parse_args(sys.argv[1:] if argv is None else argv)
    files = [Path(f).expanduser().resolve() for f in args.files]
    _step("arguments parsed")

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    # The store layer (SQLAlchemy, SQLCipher) loads on a helper thread while Qt starts up here;
    # the unlock step below then finds it already imported. Not before PySide6 is imported:
    # shiboken's start-up walks ``sys.modules``, and the helper's imports changing it meanwhile
    # ended the app ("libshiboken/signature: could not initialize part 2") on a busy machine.
    threading.Thread(target=_load_store_layer, name="finapp-preload", daemon=True).start()

    from finapp.gui.collector import EventLoopCollector
    from finapp.gui.resources import app_icon
    from finapp.gui.single_instance import (
        Handoff,
        InstanceServer,
        is_running,
        send_to_running,
        server_name,
    )
    from finapp.paths import resolve_data_dir

    data_dir = resolve_data_dir(args.data_dir)
    passphrase = os.environ.get("FINAPP_PASSPHRASE")
    if passphrase:  # derived on another core while Qt starts: the store opens before the window
        from finapp.store.key_stretching import stretch_store_key_ahead

        stretch_store_key_ahead(data_dir, passphrase)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    collector = EventLoopCollector()  # lives as long as this run of the app
    app.setApplicationName("finapp")
    app.setApplicationDisplayName("finapp")
    app.setDesktopFileName("finapp")
    app.setWindowIcon(app_icon())
    _step("qt ready")

    name = server_name(data_dir)
    if args.background and not files and is_running(name):
        log.info("startup: finapp is running already")
        return 0
    handoff = send_to_running(name, files)
    if handoff is Handoff.TAKEN:
        log.info("startup: handed over to the running finapp")
        return 0
    if handoff is Handoff.UNANSWERED:
        log.warning("startup: the running finapp did not take the files")
        _tell_not_taken(app, args.lang, files)
        return 1
    server = InstanceServer(name, app)
    server.listen()
    _step("single instance")

    from finapp.gui.crash import install_excepthook
    from finapp.gui.i18n import choose_language, install_translators
    from finapp.gui.ui_state import UiState

    install_excepthook()
    ui_state = UiState()
    translators = install_translators(app, choose_language(args.lang or ui_state.language))
    _step("translations")

    from finapp.gui.launcher import Launcher
    from finapp.gui.quit_signals import QuitOnSignals

    launcher = Launcher(app, data_dir, ui_state)
    ending = QuitOnSignals(launcher.quit, app)  # a logout or Ctrl+C quits as the menu does
    # before start: files handed over while the welcome screen, the passphrase or a restore
    # question is open (each runs its own event loop inside start) wait in the launcher
    server.open_requested.connect(launcher.open_files)

    def first_page_shown() -> None:
        collector.start()
        _probe("first page shown", args.startup_probe, last=True)

    started = launcher.start(
        demo=args.demo,
        background=args.background,
        files=files,
        passphrase=passphrase,
        on_painted=lambda: _probe("window painted", args.startup_probe),
        on_ready=first_page_shown,
    )
    if not started or ending.asked:  # given up, or asked to end during the passphrase
        launcher.close()
        ending.close()
        return 0
    # a first-run screen, the demo: not forever
    QTimer.singleShot(GC_PAUSE_MAX_MS, collector, collector.start)
    code = app.exec()
    collector.stop()
    server.close()
    launcher.close()
    ending.close()
    for translator in translators:
        app.removeTranslator(translator)
    from finapp.gui.restart import restart_if_asked

    restart_if_asked(app, data_dir, args.demo)  # a new language chosen in Settings
    return code


def _tell_not_taken(app: QApplication, lang: str | None, files: list[Path]) -> None:
    """A finapp runs for this store but did not say it took the files: say so, naming them,
    rather than exit as if they were on their way (a second window cannot open the store)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from finapp.gui.i18n import choose_language, install_translators
    from finapp.gui.ui_state import UiState
    from finapp.tr_marks import fill

    translators = install_translators(app, choose_language(lang or UiState().language))
    if files:
        #: a second launch's message box: the running finapp did not take the files; %1 their names
        text = fill(
            QCoreApplication.translate(
                "Handoff",
                "finapp is already running but did not answer, so these files were not "
                "opened:\n%1\n\nBring its window forward and import them with File → Import "
                "statements…, or quit finapp and open them again.",
            ),
            ("\n".join(f.name for f in files),),
        )
    else:
        #: a second launch's message box: the running finapp did not answer
        text = QCoreApplication.translate(
            "Handoff", "finapp is already running but did not answer. Quit it and start again."
        )
    QMessageBox.warning(None, "finapp", text)
    for translator in translators:
        app.removeTranslator(translator)


def _load_store_layer() -> None:
    import finapp.services.opening  # noqa: F401


def _probe(step: str, probe: bool, *, last: bool = False) -> None:
    """A start-up milestone: logged, and for ``--startup-probe`` printed (and then quit)."""
    _step(step)
    if probe:
        from PySide6.QtWidgets import QApplication

        wall, cpu = (time.perf_counter() - _T0) * 1000, time.process_time() * 1000
        print(f"{step}: {wall:.0f} ms (cpu {cpu:.0f} ms)", flush=True)
        if last:
            QApplication.quit()


if __name__ == "__main__":
    sys.exit(main())
