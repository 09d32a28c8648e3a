"""Two real finapp processes at once: the second waits, or says the store is busy; no write lost."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from finapp.services.opening import open_store
from finapp.store.schema import Setting, Transaction
from tests.conftest import PASSPHRASE
from tests.safety import processes
from tests.safety.statements import big_ofx


def _both_writes(data_dir: Path) -> tuple[bool, int]:
    store = open_store(data_dir, passphrase=PASSPHRASE)
    try:
        with store.read() as session:
            held = session.get(Setting, "held-by-driver") is not None
            count = len(session.scalars(select(Transaction.id)).all())
    finally:
        store.close()
    return held, count


def test_second_writer_waits_for_the_first_and_both_writes_are_kept(
    data_dir: Path, tmp_path: Path
) -> None:
    processes.run_to_end("backup", str(data_dir))  # creates the store
    holder = processes.start("hold", str(data_dir))
    proc = processes.cli_started(data_dir, "import", str(big_ofx(tmp_path / "s.ofx", 50)))
    err = processes.release(holder)
    _, import_err = proc.communicate(timeout=120)
    assert holder.returncode == 0, err
    assert proc.returncode == 0, import_err
    assert _both_writes(data_dir) == (True, 50)


def test_second_writer_that_cannot_wait_says_busy_in_one_line(
    data_dir: Path, tmp_path: Path
) -> None:
    processes.run_to_end("backup", str(data_dir))
    holder = processes.start("hold", str(data_dir))
    proc = processes.cli(
        data_dir, "import", str(big_ofx(tmp_path / "s.ofx", 50)), FINAPP_BUSY_TIMEOUT="0.5"
    )
    err = processes.release(holder)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr and "database is locked" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if "importing" not in line]
    assert len(errors) == 1 and "busy" in errors[0], proc.stderr  # progress lines aside
    assert holder.returncode == 0, err
    assert _both_writes(data_dir) == (True, 0), "the holder's write was lost"
