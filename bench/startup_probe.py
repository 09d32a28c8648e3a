"""``python -m bench.startup_probe [--click-demo] APP-ARGS…``: the desktop app, timed as seen.

Runs the real ``finapp-gui`` start-up (``finapp.gui.app.main``) and prints a line per milestone:
``window painted``, ``first page shown`` and ``charts shown`` — the first page's data is in and
every chart on it has been drawn with it, what the user waits for — then quits. With
``--click-demo`` it clicks "Explore with demo data" on the first-run dialog once that is on
screen and prints ``demo clicked``. With ``--then-transactions`` it goes on to the transactions
page and prints ``transactions shown`` once every row is in its table. With ``--then-import
FILE`` it drops FILE on the window once the charts are drawn (as a drop hands it over) and
prints ``import shown`` when the import's summary is on screen and ``import settled`` when the
work the import set off (the pages' reloads, the alert check) has all reported back. Each line reads
``<step>: <ms> ms (cpu <ms> ms) rss <MB> MB``, counted from this process's start (the peak
resident memory so far), so the benchmark can take differences between milestones.
"""

from __future__ import annotations

import resource
import sys
import time
from pathlib import Path

_T0 = time.perf_counter()
#: how often the chart check looks (well below the figures it measures)
_POLL_MS = 5


def _say(step: str) -> None:
    wall, cpu = (time.perf_counter() - _T0) * 1000, time.process_time() * 1000
    print(f"{step}: {wall:.0f} ms (cpu {cpu:.0f} ms) rss {_peak_mb():.0f} MB", flush=True)


def _peak_mb() -> float:
    """The app's own peak resident memory, in MB.

    Not ``ru_maxrss`` on Linux: a process keeps there the peak of the one that spawned it, up to
    its ``exec`` (see :mod:`bench.child_usage`), so a benchmark holding its generated stores
    lent them to the app's figure (609 MB reported for 385 MB of the app's own). The address
    space's own high-water mark (``VmHWM``) starts afresh at ``exec``."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024  # kB
    except OSError:
        pass  # not Linux: ru_maxrss is the process's own there
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024  # bytes / KiB


def _main_window():  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from finapp.gui.main_window import MainWindow

    for window in QApplication.topLevelWidgets():
        if isinstance(window, MainWindow) and window.isVisible():
            return window
    return None


def _charts_drawn() -> bool:
    """The main window's current page has its data and every chart is drawn with it."""
    from finapp.gui.charts.canvas import ChartCanvas

    window = _main_window()
    page = window and window.built_pages().get(window.current_page_name())
    if page is None or getattr(page, "data", None) is None:
        return False
    charts = page.findChildren(ChartCanvas)
    return all(c.figure.axes and not c.figure.stale for c in charts)


def _transactions_shown() -> bool:
    """The transactions page holds every row (its first load is in)."""
    page = _main_window().built_pages()["transactions"]
    return page.model.total_count() > 0 and not page._loader.busy


def _import_summary_shown() -> bool:
    from PySide6.QtWidgets import QApplication

    from finapp.gui.dialogs.import_summary import ImportSummaryDialog

    return any(
        isinstance(widget, ImportSummaryDialog) and widget.isVisible()
        for widget in QApplication.topLevelWidgets()
    )


def _work_settled() -> bool:
    return not _main_window().ctx.tasks.busy


def _watch(then_transactions: bool, then_import: Path | None) -> None:
    """Say "charts shown", then (if asked) open the transactions page and say when it is in,
    or drop a file on the window and say when its import is shown and has settled."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    timer = QTimer(QApplication.instance())
    waiting = [_charts_drawn]

    def check() -> None:
        if not waiting[0]():
            return
        if waiting[0] is _charts_drawn:
            _say("charts shown")
            if then_transactions:
                waiting[0] = _transactions_shown
                _main_window().show_page("transactions")
                return
            if then_import is not None:
                waiting[0] = _import_summary_shown
                _main_window().files_dropped.emit([then_import])
                return
        elif waiting[0] is _import_summary_shown:
            _say("import shown")
            waiting[0] = _work_settled
            return
        elif waiting[0] is _work_settled:
            _say("import settled")
        else:
            _say("transactions shown")
            # back where it opened: the page kept for the next start stays the dashboard
            _main_window().show_page("dashboard")
        timer.stop()
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

    then_transactions = "--then-transactions" in argv
    if then_transactions:
        argv = [arg for arg in argv if arg != "--then-transactions"]
    then_import = None
    if "--then-import" in argv:
        at = argv.index("--then-import")
        then_import = Path(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]

    def probe(step: str, _probe: bool, *, last: bool = False) -> None:
        _say(step)
        if last:
            _watch(then_transactions, then_import)

    app._probe = probe  # type: ignore[assignment]
    if argv[:1] == ["--click-demo"]:
        _click_demo_when_shown()
        argv = argv[1:]
    return app.main(argv)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
