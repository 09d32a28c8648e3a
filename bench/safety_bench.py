"""Data safety on a store of 100k transactions: backup, integrity check, restore, export."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from bench.store_bench import ROWS, _fill
from bench.table import Figure, timed
from finapp.services.backup import backup
from finapp.services.export import export_all
from finapp.services.integrity import check_store
from finapp.services.opening import open_store
from finapp.services.restore import restore
from finapp.store.keys import StoreKey, new_raw_key


def run(workdir: str) -> Iterator[Figure]:
    data_dir = Path(workdir) / "safety"
    key = StoreKey.from_raw(new_raw_key())
    store = open_store(data_dir, key=key)
    _fill(store.engine)
    made, backup_s = timed(lambda: backup(store))
    assert made.transactions >= ROWS
    report, check_s = timed(lambda: check_store(store))
    assert report.ok
    _, export_s = timed(lambda: export_all(store, Path(workdir) / "export"))
    store.close()
    _, restore_s = timed(lambda: restore(data_dir, Path(made.path), key, key))
    size_mb = made.size_bytes / 1e6
    yield Figure("safety", "backup of 100k transactions (export + verify)", backup_s, "s", "< 5 s")
    yield Figure("safety", "backup file size, 100k transactions", size_mb, "MB")
    yield Figure("safety", "finapp check, 100k transactions", check_s, "s")
    yield Figure("safety", "restore of 100k transactions (check + swap)", restore_s, "s")
    yield Figure("safety", "CSV export of 100k transactions", export_s, "s")
