"""A store whose database vanished or was emptied is never silently replaced by a new one."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from finapp.errors import StoreMissingError
from finapp.paths import db_path
from finapp.services.backup import backup
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.importers.ofxgen import Line, statement_ofx


def _store_with_a_backup(data_dir: Path, tmp_path: Path) -> Path:
    statement = tmp_path / "checking.ofx"
    statement.write_text(statement_ofx([
        Line(date(2026, 10, 2), "-4.85", "STARBUCKS STORE 00123", "1"),
        Line(date(2026, 10, 3), "-52.17", "SHELL OIL 57444", "2"),
    ]), encoding="ascii")  # fmt: skip
    store = open_store(data_dir, passphrase=PASSPHRASE)
    import_files(store, [statement])
    saved = Path(backup(store).path)
    store.close()
    return saved


@pytest.mark.parametrize("damage", ["deleted", "emptied"])
def test_a_vanished_database_is_refused_naming_the_backup(data_dir, tmp_path, damage) -> None:
    saved = _store_with_a_backup(data_dir, tmp_path)
    for sidecar in ("-wal", "-shm"):
        Path(f"{db_path(data_dir)}{sidecar}").unlink(missing_ok=True)
    if damage == "deleted":
        db_path(data_dir).unlink()
    else:
        db_path(data_dir).write_bytes(b"")
    with pytest.raises(StoreMissingError, match=f"finapp restore {saved}"):
        open_store(data_dir, passphrase=PASSPHRASE)
    assert not db_path(data_dir).exists() or db_path(data_dir).stat().st_size == 0

    listed = run_cli(data_dir, "transactions")
    assert listed.returncode == 2 and listed.stdout == ""
    assert listed.stderr.count("\n") == 1 and "finapp restore" in listed.stderr
    restored = run_cli(data_dir, "restore", str(saved))
    assert restored.returncode == 0, restored.stderr
    assert "STARBUCKS STORE 00123" in run_cli(data_dir, "transactions", "--raw").stdout


def test_the_advice_names_the_last_good_backup_not_a_damaged_copy(data_dir, tmp_path) -> None:
    saved = _store_with_a_backup(data_dir, tmp_path)
    kept_damaged = saved.parent / "pre-restore-29991231-235959-damaged.db"
    kept_damaged.write_bytes(b"\0" * 4096)  # the newest file in backups/
    db_path(data_dir).write_bytes(b"")
    with pytest.raises(StoreMissingError, match=f"finapp restore {saved}`"):
        open_store(data_dir, passphrase=PASSPHRASE)


def test_a_new_folder_still_gets_a_new_store(tmp_path) -> None:
    store = open_store(tmp_path / "fresh", passphrase=PASSPHRASE)
    store.close()
    assert db_path(tmp_path / "fresh").stat().st_size > 0
