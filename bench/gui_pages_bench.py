"""Transactions page with 100k rows: one filter keystroke, painted; and the pages' loads.

The keystroke: what the debounce timer fires after a key, i.e. the page reads its controls, the
model filters and sorts its arrays and resets, and the table repaints (``processEvents``); the
rows are synthetic ``TransactionView`` s fed to the model the way a load delivers them. The
loads: the work the transactions page and the dashboard run on a worker over a real encrypted
store of 100k transactions (the UI stays responsive meanwhile).
"""

from __future__ import annotations

import random
import statistics
import time
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from bench.table import Figure, timed
from finapp.services.transactions import TransactionView

ROWS = 100_000
_PAYEES = ["NETFLIX.COM", "WHOLE FOODS MARKET", "SHELL OIL 5521", "AMAZON MKTPLACE",
           "UBER TRIP", "BLUE BOTTLE COFFEE", "支付宝 美团外卖", "微信支付 滴滴出行",
           "CITY POWER & LIGHT"]  # fmt: skip
_CATEGORIES = ["Food:Groceries", "Food:Coffee", "Transport:Fuel", "Shopping", "Bills:Electricity",
               "Entertainment:Streaming", None]  # fmt: skip


def synthetic_rows(n: int = ROWS) -> list[TransactionView]:
    rng = random.Random(11)
    start = date(2015, 1, 1)
    return [
        TransactionView(
            id=i + 1,
            account=rng.choice(["Checking", "Visa", "Savings"]),
            account_id=1,
            date=start + timedelta(days=i * 3650 // n),
            amount=Decimal(-rng.randint(100, 50_000)).scaleb(-2),
            currency="USD",
            payee=f"{rng.choice(_PAYEES)} {rng.randint(1, 999)}",
            memo=f"ref {rng.randint(10_000, 99_999)}",
            fitid=None,
            category=rng.choice(_CATEGORIES),
            category_source=None,
            merchant="",
            is_transfer=False,
        )
        for i in range(n)
    ]


def _loads(workdir: Path) -> Iterator[Figure]:
    from bench.gui_bench import PASSPHRASE, _fill
    from finapp.gui.models.transactions_model import build_columns
    from finapp.gui.pages.dashboard import load_dashboard
    from finapp.services.opening import open_store
    from finapp.services.transactions import list_transactions

    data_dir = workdir / "gui-pages-100k"
    _fill(data_dir)
    store = open_store(data_dir, passphrase=PASSPHRASE)
    try:
        cols, table_s = timed(lambda: build_columns(list_transactions(store)))
        _data, dashboard_s = timed(lambda: load_dashboard(store, date(2025, 12, 31)))
    finally:
        store.close()
    assert len(cols) == ROWS
    yield Figure("gui", "100k rows: transactions page load (worker)", table_s, "s")
    yield Figure("gui", "100k rows: dashboard load (worker)", dashboard_s, "s")


def run(workdir: str) -> Iterator[Figure]:
    from PySide6.QtWidgets import QApplication

    from finapp.gui.bus import AppBus
    from finapp.gui.context import AppContext
    from finapp.gui.models.transactions_model import build_columns
    from finapp.gui.pages.transactions import TransactionsPage
    from finapp.gui.tasks import TaskRunner
    from finapp.services.opening import open_store

    app = QApplication.instance() or QApplication([])
    store = open_store(Path(workdir) / "gui-pages", passphrase="bench passphrase 123")
    rows = synthetic_rows()
    cols, load_s = timed(lambda: build_columns(rows))
    bus = AppBus()
    ctx = AppContext(store, bus, TaskRunner(bus), Path(workdir))
    page = TransactionsPage(ctx)
    page.resize(1280, 800)
    page.show()
    ctx.tasks.wait()  # the page's own first load (an empty store) arrives before ours
    app.processEvents()
    page.model.set_columns(cols)
    app.processEvents()

    cpu: list[float] = []

    def keystroke(action) -> float:  # type: ignore[no-untyped-def]
        action()
        start, start_cpu = time.perf_counter(), time.process_time()
        page.apply_controls()
        app.processEvents()
        cpu.append(time.process_time() - start_cpu)
        return time.perf_counter() - start

    typed = ["n", "ne", "net", "netf", "netfl", "netf", "", "支", "支付宝", "", "whole", ""]
    times = [keystroke(lambda t=text: page.search.setText(t)) for text in typed]
    times.append(keystroke(lambda: page.min_edit.setText("-50")))
    times.append(keystroke(lambda: page.max_edit.setText("-10")))
    shown = page.model.rowCount()
    page.close()
    store.close()
    assert 0 < shown < ROWS
    yield from _loads(Path(workdir))
    yield Figure("gui", "100k rows: columns built from the service rows (worker)", load_s, "s")
    yield Figure("gui", "100k rows: filter keystroke, median", statistics.median(times) * 1000,
                 "ms", "<= 100")  # fmt: skip
    yield Figure("gui", "100k rows: filter keystroke, worst", max(times) * 1000, "ms", "<= 100")
    # CPU time of the same keystrokes: what the figure is on an idle machine
    yield Figure("gui", "100k rows: filter keystroke, CPU median", statistics.median(cpu) * 1000,
                 "ms")  # fmt: skip
