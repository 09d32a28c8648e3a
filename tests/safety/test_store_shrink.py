"""``finapp check`` says when the store lost most of its transactions since a recent backup,
names that backup and how to restore it; small or deliberate changes are not flagged."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import text

from finapp.services.backup import backup
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.restore import restore
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from tests.conftest import PASSPHRASE
from tests.helpers import run_cli
from tests.safety.statements import big_ofx

KEY = StoreKey.from_passphrase(PASSPHRASE)


def _add(store: Store, folder: Path, count: int, tag: str) -> None:
    statement = big_ofx(folder / f"{tag}.ofx", count, tag=tag)
    assert import_files(store, [statement]).new == count


def _lose(store: Store, kept: int) -> None:
    """Lines gone without finapp erasing them (a bad tool, a sync that wrote an old copy): all
    but the first ``kept``, straight from the table, with no erase recorded."""
    with store.write() as session:
        session.execute(
            text("DELETE FROM transactions WHERE id NOT IN (SELECT id FROM transactions "
                 "ORDER BY id LIMIT :kept)"),
            {"kept": kept},
        )  # fmt: skip


def test_a_store_that_lost_most_of_its_transactions_fails_check_naming_the_backup(
    store: Store, tmp_path: Path
) -> None:
    _add(store, tmp_path, 1000, "A")
    saved = backup(store).path
    _lose(store, kept=0)
    store.close()

    proc = run_cli(store.data_dir, "check")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1, proc.stderr
    assert f"finapp restore {saved}" in proc.stderr and "held 1000" in proc.stderr
    report = json.loads(run_cli(store.data_dir, "check", "--json").stdout)
    assert report["ok"] is False
    assert report["shrunk"]["backup"] == saved
    assert report["shrunk"]["backup_transactions"] == 1000
    assert report["shrunk"]["store_transactions"] == 0

    assert run_cli(store.data_dir, "restore", saved).returncode == 0
    assert run_cli(store.data_dir, "check").returncode == 0


def test_an_import_undone_is_not_called_a_loss(store: Store, tmp_path: Path) -> None:
    """``import-undo`` takes its lines out on purpose: the backup that still holds them is not
    offered for a restore (it had been, as for data lost)."""
    _add(store, tmp_path, 200, "A")
    _add(store, tmp_path, 800, "B")
    backup(store)
    store.close()
    undone = run_cli(store.data_dir, "import-undo")
    assert undone.returncode == 0, undone.stderr
    proc = run_cli(store.data_dir, "check")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(run_cli(store.data_dir, "check", "--json").stdout)["shrunk"] is None


def test_a_loss_after_an_undo_is_still_found(store: Store, tmp_path: Path) -> None:
    """The undo explains its own 300 lines, never the 690 of the 700 left that went after."""
    _add(store, tmp_path, 700, "A")
    _add(store, tmp_path, 300, "B")
    saved = backup(store).path
    undo_import(store)
    _lose(store, kept=10)
    store.close()
    proc = run_cli(store.data_dir, "check")
    assert proc.returncode == 2
    assert f"finapp restore {saved}" in proc.stderr and "held 1000" in proc.stderr


def test_small_or_partial_removals_are_not_called_a_shrink(store: Store, tmp_path: Path) -> None:
    _add(store, tmp_path, 600, "A")
    _add(store, tmp_path, 400, "B")
    backup(store)
    undo_import(store)  # 600 of 1,000 left: more than half
    store.close()
    assert run_cli(store.data_dir, "check").returncode == 0


def test_a_small_store_emptied_is_below_the_threshold(store: Store, tmp_path: Path) -> None:
    _add(store, tmp_path, 40, "A")
    backup(store)
    undo_import(store)
    store.close()
    assert run_cli(store.data_dir, "check").returncode == 0


def test_restoring_an_older_smaller_backup_on_purpose_is_not_a_shrink(
    store: Store, tmp_path: Path
) -> None:
    _add(store, tmp_path, 100, "A")
    older = Path(backup(store, tmp_path / "kept-on-a-usb-stick.db").path)
    _add(store, tmp_path, 1000, "B")
    backup(store, now=datetime.now() - timedelta(minutes=1))
    store.close()
    restore(store.data_dir, older, KEY, KEY)
    proc = run_cli(store.data_dir, "check")
    assert proc.returncode == 0, proc.stderr
