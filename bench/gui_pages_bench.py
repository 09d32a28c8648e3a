"""Transactions page with 300k varied rows: one filter keystroke, painted; and the pages' loads.

The keystroke: a key typed into the real search box (``QTest``), then what the debounce timer
fires after it, timed: the page reads its controls, the model searches and filters its arrays
and resets, and the table repaints (``processEvents``). The store is a realistic one (hundreds
of merchants with store numbers, reference numbers in memos, Chinese payees; see
:mod:`bench.gui_data`). The loads: the work the transactions page, the dashboard and the health
report (the Health page's sections and ``finapp health``) run on a worker over that encrypted
store (the UI stays responsive meanwhile).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bench.gui_data import varied_store
from bench.table import Figure

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from finapp.gui.context import AppContext

ROWS = 300_000
PASSPHRASE = "bench passphrase 123"
#: what is typed, one entry per keystroke: a character, or None for Backspace
_TYPED: list[str | None] = [*"netf", *[None] * 4, *"whole", *[None] * 5, *"ref 1", *[None] * 5,
                            "支", "付", "宝"]  # fmt: skip


def _cpu_and_wall(fn: Callable[[], object]) -> tuple[float, float]:
    start, start_cpu = time.perf_counter(), time.process_time()
    fn()
    return time.process_time() - start_cpu, time.perf_counter() - start


def run(workdir: str) -> Iterator[Figure]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from finapp.gui.bus import AppBus
    from finapp.gui.context import AppContext
    from finapp.gui.models.transaction_columns import build_columns
    from finapp.gui.pages.dashboard import load_dashboard
    from finapp.gui.pages.transactions import TransactionsPage
    from finapp.gui.tasks import TaskRunner
    from finapp.services.health import health_report
    from finapp.services.opening import open_store
    from finapp.services.transaction_table import table_batches

    app = QApplication.instance() or QApplication([])
    store = open_store(varied_store(workdir, ROWS, PASSPHRASE), passphrase=PASSPHRASE)
    table_cpu, table_s = _cpu_and_wall(lambda: build_columns(table_batches(store)))
    dashboard_cpu, dashboard_s = _cpu_and_wall(lambda: load_dashboard(store, date.today()))
    health_cpu, health_s = _cpu_and_wall(lambda: health_report(store, date.today()))
    bus = AppBus()
    ctx = AppContext(store, bus, TaskRunner(bus), Path(workdir))
    page = TransactionsPage(ctx)
    page.resize(1280, 800)
    page.show()
    ctx.tasks.wait(300_000)  # the page's own load of every row
    app.processEvents()
    assert page.model.total_count() == ROWS

    def keystroke(typed: str | None) -> tuple[float, float]:
        if typed is None:
            QTest.keyClick(page.search, Qt.Key.Key_Backspace)
        elif typed.isascii():
            QTest.keyClicks(page.search, typed)
        else:  # as an input method commits it (QTest cannot press keys for 支)
            page.search.insert(typed)
        return _cpu_and_wall(lambda: (page.apply_controls(), app.processEvents()))

    times = [keystroke(typed) for typed in _TYPED]
    shown = page.model.rowCount()
    page.close()
    rules_cpu, rules_s = _cpu_and_wall(lambda: _rules_tab_shown(ctx, app))
    rules = _rules_tab_shown(ctx, app)
    store.close()
    assert 0 < shown < ROWS
    cpu, wall = [t[0] * 1000 for t in times], [t[1] * 1000 for t in times]
    name = "300k varied rows"
    yield Figure("gui", f"{name}: transactions page load (worker), CPU", table_cpu, "s")
    yield Figure("gui", f"{name}: transactions page load (worker)", table_s, "s")
    yield Figure("gui", f"{name}: dashboard load (worker), CPU", dashboard_cpu, "s")
    yield Figure("gui", f"{name}: dashboard load (worker)", dashboard_s, "s")
    yield Figure("gui", f"{name}: health report (worker), CPU", health_cpu, "s")
    yield Figure("gui", f"{name}: health report (worker)", health_s, "s")
    yield Figure("gui", f"{name}: filter keystroke, median", statistics.median(wall), "ms",
                 "<= 50")  # fmt: skip
    yield Figure("gui", f"{name}: filter keystroke, worst", max(wall), "ms", "<= 50")
    # CPU time of the same keystrokes: what the figure is on an idle machine
    yield Figure("gui", f"{name}: filter keystroke, CPU median", statistics.median(cpu), "ms",
                 "<= 50")  # fmt: skip
    yield Figure("gui", f"{name}: filter keystroke, CPU worst", max(cpu), "ms", "<= 50")
    yield Figure("gui", f"Settings opened at Categories and rules ({rules:,} rules), CPU",
                 rules_cpu, "s")  # fmt: skip
    yield Figure("gui", f"Settings opened at Categories and rules ({rules:,} rules)", rules_s, "s")


def _rules_tab_shown(ctx: AppContext, app: QApplication) -> int:
    """Settings made, shown and turned to its Categories and rules tab, its rows loaded, laid out
    and painted: what a click on Settings then on that tab costs. Returns the rules listed."""
    from finapp.gui.pages.settings import SettingsPage

    page = SettingsPage(ctx)
    page.resize(1280, 800)
    page.show()
    page.apply_filter({"section": "categories"})
    ctx.tasks.wait(60_000)  # the tab's load of the categories and rules, on a worker
    app.processEvents()  # its rows shown: the columns fitted, the table painted
    rules = page.categories.rules.rowCount()
    page.close()
    return rules
