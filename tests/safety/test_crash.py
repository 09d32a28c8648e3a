"""Kill -9 at random moments during an import, a backup and a rekey: the store survives whole.

Each loop first runs the operation once to learn how long it takes, then starts it again and
again in a real process and kills it with SIGKILL at a random moment inside that time. After
every kill the store must open, pass SQLite's and SQLCipher's integrity checks, and hold all of
the interrupted import or none of it; every backup must be complete and sound.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from finapp.services.backup import backup_files
from finapp.services.encrypted_file import check_file, opens_with
from finapp.services.integrity import check_store
from finapp.services.opening import open_store
from finapp.store.keys import StoreKey
from tests.conftest import PASSPHRASE
from tests.safety import processes
from tests.safety.statements import big_ofx

ROWS = 2000
KILLS = 4
NEW_PASSPHRASE = "a brand new passphrase"


def _counts(data_dir: Path, passphrase: str = PASSPHRASE) -> dict[str, int]:
    store = open_store(data_dir, passphrase=passphrase)
    try:
        report = check_store(store, backups=True)
    finally:
        store.close()
    assert report.ok, [report.store.problems, [b.problems for b in report.backups]]
    return report.store.counts


@pytest.fixture(scope="module")
def seeded_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store already holding one large import, made once for the module."""
    folder = tmp_path_factory.mktemp("seeded")
    data_dir = folder / "data"
    processes.run_to_end("import", str(data_dir), str(big_ofx(folder / "first.ofx", ROWS)))
    return data_dir


@pytest.fixture
def seeded(seeded_once: Path, data_dir: Path) -> Path:
    """A copy of the seeded store of the test's own, which its kills may damage."""
    return shutil.copytree(seeded_once, data_dir)


def test_killed_imports_leave_all_or_nothing(seeded: Path, tmp_path: Path) -> None:
    rng = random.Random(1)
    duration = processes.run_to_end(
        "import", str(seeded), str(big_ofx(tmp_path / "timing.ofx", ROWS, tag="T"))
    )
    killed_mid_way = 0
    for i in range(KILLS):
        before = _counts(seeded)
        statement = big_ofx(tmp_path / f"kill{i}.ofx", ROWS, tag=f"K{i}")
        proc = processes.start("import", str(seeded), str(statement))
        killed_mid_way += processes.kill_after(proc, rng.uniform(0, duration))
        after = _counts(seeded)
        added = after["transactions"] - before["transactions"]
        assert added in (0, ROWS), f"kill {i}: {added} of {ROWS} transactions survived"
        assert after["import_batches"] - before["import_batches"] == (added // ROWS)
    assert killed_mid_way >= KILLS // 2, "the kills came too late to test anything"


def test_killed_backups_never_leave_a_broken_backup(seeded: Path) -> None:
    rng = random.Random(2)
    duration = processes.run_to_end("backup", str(seeded))
    expected = _counts(seeded)
    for _ in range(KILLS):
        proc = processes.start("backup", str(seeded))
        processes.kill_after(proc, rng.uniform(0, duration))
        assert _counts(seeded) == expected
        for path in backup_files(seeded):
            assert check_file(path, StoreKey.from_passphrase(PASSPHRASE)).ok
    processes.run_to_end("backup", str(seeded))
    assert not list((seeded / "backups").glob("*.partial")), "a killed backup's leftovers stay"


def test_killed_rekeys_leave_a_store_that_opens_with_one_of_the_keys(seeded: Path) -> None:
    rng = random.Random(3)
    processes.run_to_end("backup", str(seeded))
    forth = processes.driver_env(FINAPP_NEW_PASSPHRASE=NEW_PASSPHRASE)
    back = processes.driver_env(FINAPP_PASSPHRASE=NEW_PASSPHRASE, FINAPP_NEW_PASSPHRASE=PASSPHRASE)
    duration = processes.run_to_end("rekey", str(seeded), env=forth)
    current = NEW_PASSPHRASE
    expected = _counts(seeded, current)
    for _ in range(KILLS):
        env = back if current == NEW_PASSPHRASE else forth
        proc = processes.start("rekey", str(seeded), env=env)
        processes.kill_after(proc, rng.uniform(0, duration))
        keys = [StoreKey.from_passphrase(p) for p in (PASSPHRASE, NEW_PASSPHRASE)]
        opening = [k for k in keys if opens_with(seeded / "finapp.db", k)]
        assert len(opening) == 1, "the store opens with neither the old nor the new key"
        current = opening[0].passphrase or ""
        for path in backup_files(seeded):
            assert any(opens_with(path, k) for k in keys), f"{path.name} is stranded"
        # The store itself is complete whichever key it ended under.
        store = open_store(seeded, passphrase=current)
        try:
            report = check_store(store)
        finally:
            store.close()
        assert report.ok, report.store.problems
        assert report.store.counts == expected
