"""Desktop app start-up, measured as the user sees it, on three households.

Each run is a fresh ``finapp-gui`` process (offscreen, driven by :mod:`bench.startup_probe`),
timed from launch until the main window's first paint and until the first page (the dashboard)
shows its numbers with every chart drawn: on two years of a generated household (not the demo's
seed), on 100k and 300k varied transactions (:mod:`bench.gui_data`), and — from the click on
"Explore with demo data" on the first-run dialog of an empty store — on the demo household,
generated afresh as on a first visit. With 300k the app then opens the transactions page, and
its peak resident memory with both pages loaded is the app's memory figure; the second is
the app's peak while it imports ten years (300k lines) dropped on its window. Stores
are passphrase-protected, the slower case: the key is derived (PBKDF2) on every start. Wall time
depends on what else the machine runs, so the best of the runs and the process's own CPU time
up to the paint (as the app reports it) are given beside the median. Python's bytecode is cached
as in an installed app (pip and the bundle ship it): the first launch writes it to the work
directory, so a checkout run with ``PYTHONDONTWRITEBYTECODE`` does not time the compiling of
finapp's source on every start.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from bench.gui_data import varied_store
from bench.realistic_statements import write_statements
from bench.table import Figure
from finapp.demo import generate_household
from finapp.importers.base import ParsedFile
from finapp.services.imports import import_parsed
from finapp.services.opening import open_store

PASSPHRASE = "bench passphrase 123"
RUNS = 5
#: launches on 300k transactions (each loads every row, a few seconds)
RUNS_300K = 3
#: a household other than the demo's (finapp.services.demo.DEMO_SEED), two years to today
HOUSEHOLD_SEED = 2
HOUSEHOLD_MONTHS = 24


def _fill_household(data_dir: Path) -> int:
    """Import a generated household's statements up to today; returns its transactions."""
    today = date.today()
    start = date(today.year - HOUSEHOLD_MONTHS // 12, today.month, 1)
    household = generate_household(HOUSEHOLD_SEED, start, HOUSEHOLD_MONTHS)
    store = open_store(data_dir, passphrase=PASSPHRASE)
    added = 0
    for number, statement in enumerate(household.statements, start=1):
        lines = tuple(t for t in statement.transactions if t.posted <= today)
        statement = dataclasses.replace(statement, transactions=lines, balances=())
        parsed = ParsedFile(path=f"statement-{number}.ofx", format="ofx", statements=(statement,))
        added += import_parsed(store, parsed).new
    store.close()
    return added


def _launch(
    data_dir: Path,
    workdir: Path,
    *,
    click_demo: bool = False,
    then_transactions: bool = False,
    then_import: Path | None = None,
) -> dict[str, float]:
    """Seconds from process launch to each milestone the probe prints, and the app's CPU
    seconds at each (key ``"<milestone> cpu"``); ``"<milestone> own"`` is the probe's clock,
    ``"<milestone> rss"`` the app's peak resident memory by then, in MB.

    The bytecode cache is shared by every launch of the benchmark (``workdir``'s parent)."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        FINAPP_PASSPHRASE=PASSPHRASE,
        FINAPP_UI_SETTINGS=str(workdir / "ui.ini"),
        XDG_CACHE_HOME=str(workdir / "cache"),
        PYTHONPYCACHEPREFIX=str(workdir.parent / "bytecode"),
    )
    args = ["--click-demo"] if click_demo else []
    args += ["--then-transactions"] if then_transactions else []
    args += ["--then-import", str(then_import)] if then_import is not None else []
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bench.startup_probe", *args, "--data-dir", str(data_dir)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    seen: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        step, _, rest = line.partition(":")
        seen[step] = time.perf_counter() - start
        seen[f"{step} own"] = float(rest.split()[0]) / 1000
        seen[f"{step} cpu"] = float(rest.split("cpu", 1)[1].split()[0]) / 1000
        seen[f"{step} rss"] = float(rest.split("rss", 1)[1].split()[0])
    proc.wait(300)
    if then_import is not None:
        last = "import settled"
    else:
        last = "transactions shown" if then_transactions else "charts shown"
    if proc.returncode != 0 or last not in seen:
        raise RuntimeError(f"finapp-gui probe failed (exit {proc.returncode})")
    return seen


def _demo_click(root: Path) -> float:
    """Seconds from the click on "Explore with demo data" to the demo dashboard's charts,
    with an empty store of the user's own and no demo built yet."""
    data_dir = root / "data"
    for leftover in (data_dir, root / "data-demo"):
        shutil.rmtree(leftover, ignore_errors=True)
    open_store(data_dir, passphrase=PASSPHRASE).close()
    seen = _launch(data_dir, root, click_demo=True)
    return seen["charts shown own"] - seen["demo clicked own"]


def _ten_years_dropped(home: Path, workdir: Path) -> Iterator[Figure]:
    """Ten years of a bank's statements (300k lines, :mod:`bench.realistic_statements`)
    dropped on the window of the two-year household, into a copy of its store: how long to the
    import's summary, and the app's peak memory until the work the import set off is done."""
    statement = write_statements(workdir / "ten-years.ofx", 300_000)
    root = workdir / "gui-drop"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(home, root, ignore=shutil.ignore_patterns("cache", "ui.ini"))
    seen = _launch(root / "data", root, then_import=statement)
    name = "300k-line OFX dropped on the 2-year household's window (one run)"
    yield Figure("gui", f"{name}: drop to import summary", seen["import shown"] -
                 seen["charts shown"], "s")  # fmt: skip
    yield Figure("gui", f"{name}: peak RSS until its work is done", seen["import settled rss"],
                 "MB", "<= 600")  # fmt: skip


def run(workdir: str) -> Iterator[Figure]:
    home = Path(workdir) / "gui-start-household"
    count = _fill_household(home / "data")
    _launch(home / "data", home)  # warm the OS file cache, as any second start would be
    shown = statistics.median(_launch(home / "data", home)["charts shown"] for _ in range(RUNS))
    name = f"start-up to dashboard with charts, 2-year household ({count:,} txns), median"
    yield Figure("gui", name, shown, "s", "<= 1.5")

    root = Path(workdir) / "gui-start"
    data_dir = varied_store(workdir, 100_000, PASSPHRASE)
    _launch(data_dir, root)
    runs = [_launch(data_dir, root) for _ in range(RUNS)]
    painted = [r["window painted"] for r in runs]
    name = "start-up to painted main window (100k varied txns)"
    yield Figure("gui", f"{name}, median", statistics.median(painted), "s", "<= 1.5")
    yield Figure("gui", f"{name}, best of {RUNS}", min(painted), "s", "<= 1.5")
    yield Figure(
        "gui", f"{name}, process CPU", statistics.median(r["window painted cpu"] for r in runs), "s"
    )
    name = "start-up to dashboard with charts (100k varied txns)"
    shown = statistics.median(r["charts shown"] for r in runs)
    yield Figure("gui", f"{name}, median", shown, "s", "<= 3")
    yield Figure("gui", f"{name}, process CPU", statistics.median(
        r["charts shown cpu"] for r in runs), "s", "<= 3")  # fmt: skip

    root = Path(workdir) / "gui-start-300k"
    data_dir = varied_store(workdir, 300_000, PASSPHRASE)
    runs = [_launch(data_dir, root, then_transactions=True) for _ in range(RUNS_300K)]
    name = "300k varied txns: start-up to dashboard with charts"
    yield Figure("gui", f"{name}, median", statistics.median(r["charts shown"] for r in runs), "s")
    yield Figure("gui", f"{name}, process CPU", statistics.median(
        r["charts shown cpu"] for r in runs), "s")  # fmt: skip
    name = "300k varied txns: dashboard, then transactions page loaded"
    yield Figure("gui", f"{name}, process CPU", statistics.median(
        r["transactions shown cpu"] for r in runs), "s")  # fmt: skip
    yield Figure("gui", f"{name}, peak RSS", max(r["transactions shown rss"] for r in runs), "MB",
                 "<= 600")  # fmt: skip

    yield from _ten_years_dropped(home, Path(workdir))

    demo = statistics.median(_demo_click(Path(workdir) / "gui-demo") for _ in range(RUNS))
    yield Figure("gui", "demo: click to dashboard with charts (built afresh), median", demo, "s",
                 "<= 3")  # fmt: skip
