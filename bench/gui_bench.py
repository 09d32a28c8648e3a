"""Desktop app start-up on a store with 100k transactions, measured as the user sees it.

Each run is a fresh ``finapp-gui`` process (offscreen), timed from launch until the main
window's first paint, and until the first page (the dashboard) is built and shown. The store is
passphrase-protected, the slower case: the key is derived (PBKDF2) on every start. Wall time
depends on what else the machine runs, so the best of the runs and the process's own CPU time
up to the paint (as the app reports it) are given beside the median.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from sqlalchemy import insert

from bench.store_bench import _rows
from bench.table import Figure
from finapp.services.opening import open_store
from finapp.store.schema import Account, Category, Transaction

PASSPHRASE = "bench passphrase 123"
RUNS = 5


def _fill(data_dir: Path) -> None:
    store = open_store(data_dir, passphrase=PASSPHRASE)
    with store.write() as session:
        account = Account(name="Bench checking", currency="USD")
        session.add(account)
        session.flush()
        category_ids = [c.id for c in session.query(Category).filter(Category.parent_id.is_(None))]
        session.execute(insert(Transaction), _rows(account.id, category_ids))
    store.close()


def _launch(data_dir: Path, workdir: Path) -> dict[str, float]:
    """Seconds from process launch to each milestone the app prints in probe mode, and the
    app's CPU seconds at each (key ``"<milestone> cpu"``)."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        FINAPP_PASSPHRASE=PASSPHRASE,
        FINAPP_UI_SETTINGS=str(workdir / "ui.ini"),
        XDG_CACHE_HOME=str(workdir / "cache"),
    )
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "finapp.gui.app", "--startup-probe", "--data-dir", str(data_dir)],
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
        seen[f"{step} cpu"] = float(rest.split("cpu", 1)[1].split()[0]) / 1000
    proc.wait(60)
    if proc.returncode != 0 or len(seen) < 4:
        raise RuntimeError(f"finapp-gui probe failed (exit {proc.returncode})")
    return seen


def run(workdir: str) -> Iterator[Figure]:
    root = Path(workdir) / "gui-start"
    data_dir = root / "data"
    _fill(data_dir)
    _launch(data_dir, root)  # warm the OS file cache, as any second start would be
    runs = [_launch(data_dir, root) for _ in range(RUNS)]
    painted = [r["window painted"] for r in runs]
    name = "start-up to painted main window (100k txns)"
    yield Figure("gui", f"{name}, median", statistics.median(painted), "s", "<= 1.5")
    yield Figure("gui", f"{name}, best of {RUNS}", min(painted), "s", "<= 1.5")
    yield Figure("gui", f"{name}, process CPU", statistics.median(
        r["window painted cpu"] for r in runs), "s")
    ready = statistics.median(r["first page shown"] for r in runs)
    yield Figure("gui", "start-up to dashboard shown (100k txns), median", ready, "s")
