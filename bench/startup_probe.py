"""``python -m bench.startup_probe [--click-demo] APP-ARGS…``: the desktop app, timed as seen.

Runs the real ``finapp-gui`` start-up (``finapp.gui.app.main``) and prints a line per milestone:
``window painted``, ``first page shown`` and ``charts shown`` — the first page's data is in and
every chart on it has been drawn with it, what the user waits for — then quits. With
``--click-demo`` it clicks "Explore with demo data" on the first-run dialog once that is on
screen and prints ``demo clicked``. Each line reads ``<step>: <ms> ms (cpu <ms> ms)``, counted
from this process's start, so the benchmark can take differences between milestones.
"""

from __future__ import annotations

import sys
import time

_T0 = time.perf_counter()
#: how often the chart check looks (well below the figures it measures)
_POLL_MS = 5


def _say(step: str) -> None:
    wall, cpu = (time.perf_counter() - _T0) * 1000, time.process_time() * 1000
    print(f"{step}: {wall:.0f} ms (cpu {cpu:.0f} ms)", flush=True)


def _charts_drawn() -> bool:
    """The main window's current page has its data and every chart is drawn with it."""
    from PySide6.QtWidgets import QApplication

    from finapp.gui.charts.canvas import ChartCanvas
    from finapp.gui.main_window import MainWindow

    for window in QApplication.topLevelWidgets():
        if not isinstance(window, MainWindow) or not window.isVisible():
            continue
        page = window.built_pages().get(window.current_page_name())
        if page is None or getattr(page, "data", None) is None:
            return False
        charts = page.findChildren(ChartCanvas)
        return all(c.figure.axes and not c.figure.stale for c in charts)
    return False


def _watch_charts() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    timer = QTimer(QApplication.instance())

    def check() -> None:
        if _charts_drawn():
            timer.stop()
            _say("charts shown")
            QApplication.quit()

    timer.timeout.connect(check)
    timer.start(_POLL_MS)


def _click_demo_when_shown() -> None:
    from PySide6.QtCore import QTimer

    from finapp.gui.dialogs.first_run import FirstRunDialog

    exec_dialog = FirstRunDialog.exec

    def exec_and_click(dialog: FirstRunDialog) -> int:
        def click() -> None:
            _say("demo clicked")
            dialog.demo_button.click()

        QTimer.singleShot(50, click)  # once the dialog is on screen, as a user would
        return exec_dialog(dialog)

    FirstRunDialog.exec = exec_and_click  # type: ignore[method-assign]


def main(argv: list[str]) -> int:
    from finapp.gui import app

    def probe(step: str, _probe: bool, *, last: bool = False) -> None:
        _say(step)
        if last:
            _watch_charts()

    app._probe = probe  # type: ignore[assignment]
    if argv[:1] == ["--click-demo"]:
        _click_demo_when_shown()
        argv = argv[1:]
    return app.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
