"""Encrypted backups: made now or daily, verified, rotated, and never waiting for a writer."""

from __future__ import annotations

import errno
import os
import resource
import signal
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from finapp.errors import InvalidInputError, StorageError
from finapp.services.backup import (
    Retention,
    backup,
    backup_files,
    daily_backup_if_due,
    prune,
    set_retention,
)
from finapp.services.encrypted_file import check_file, opens_with
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from finapp.store.schema import Setting
from tests.conftest import PASSPHRASE
from tests.helpers import cli_json, run_cli
from tests.safety.conftest import PAYEE
from tests.safety.statements import big_ofx

#: these tests are about the passphrase: their store is protected by one, not the keyring
pytestmark = pytest.mark.passphrase


def test_a_backup_is_encrypted_complete_and_opens_only_with_the_key(filled: Store) -> None:
    result = backup(filled)
    path = Path(result.path)
    assert path.parent == filled.data_dir / "backups"
    assert PAYEE not in path.read_bytes()
    check = check_file(path, StoreKey.from_passphrase(PASSPHRASE))
    assert check.ok and check.counts["transactions"] == result.transactions > 0
    assert not opens_with(path, StoreKey.from_passphrase("not the passphrase"))


def test_backup_to_a_chosen_folder_or_file(filled: Store, tmp_path: Path) -> None:
    folder = tmp_path / "synced"
    folder.mkdir()
    in_folder = Path(backup(filled, folder).path)
    assert in_folder.parent == folder and in_folder.name.startswith("finapp-")
    as_file = Path(backup(filled, tmp_path / "mine.db").path)
    assert as_file == tmp_path / "mine.db"
    assert check_file(as_file, filled.key).ok
    assert backup_files(filled.data_dir) == [], "a backup elsewhere is not put in the data dir"


def test_a_chosen_file_is_replaced_only_when_it_is_an_earlier_backup(
    store: Store, tmp_path: Path
) -> None:
    earlier = Path(backup(store, tmp_path / "finapp.db.bak").path)
    assert Path(backup(store, earlier).path) == earlier  # a backup of this store: replaced
    letter = tmp_path / "tax-letter.pdf"
    letter.write_bytes(b"%PDF-1.7 the user's own document")
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    for taken in (letter, pipe):
        with pytest.raises(InvalidInputError, match="not a backup of this store"):
            backup(store, taken)
    assert letter.read_bytes() == b"%PDF-1.7 the user's own document"
    assert pipe.is_fifo()


def test_the_automatic_backup_runs_once_a_day(filled: Store) -> None:
    day = datetime(2026, 3, 2, 9, 0)
    assert daily_backup_if_due(filled, now=day) is not None
    assert daily_backup_if_due(filled, now=day + timedelta(hours=5)) is None
    assert daily_backup_if_due(filled, now=day + timedelta(days=1)) is not None
    assert len(backup_files(filled.data_dir)) == 2


def test_no_automatic_backup_of_a_store_with_nothing_in_it(store: Store) -> None:
    assert daily_backup_if_due(store) is None
    assert backup_files(store.data_dir) == []


def _fake_history(data_dir: Path, days: int) -> list[datetime]:
    folder = data_dir / "backups"
    folder.mkdir(parents=True)
    stamps = [datetime(2026, 6, 30, 8, 0) - timedelta(days=i) for i in range(days)]
    for stamp in stamps:
        (folder / f"finapp-{stamp:%Y%m%d-%H%M%S}.db").write_bytes(b"x")
    (folder / "pre-restore-20250101-000000.db").write_bytes(b"x")
    return stamps


def test_rotation_keeps_7_daily_4_weekly_12_monthly(data_dir: Path) -> None:
    stamps = _fake_history(data_dir, 400)
    prune(data_dir, Retention())
    kept = {p.name for p in backup_files(data_dir)}
    assert "pre-restore-20250101-000000.db" in kept, "pre-restore backups are not rotated"
    dated = sorted(datetime.strptime(n[7:22], "%Y%m%d-%H%M%S") for n in kept if n[7:8] == "2")
    assert dated[-7:] == sorted(stamps[:7]), "the last seven days are kept"
    assert len({d.strftime("%Y-%m") for d in dated}) == 12
    assert min(dated) == datetime(2025, 7, 31, 8, 0), "the newest backup of each of 12 months"
    assert len(dated) <= 7 + 4 + 12


def test_rotation_is_configurable(store: Store) -> None:
    _fake_history(store.data_dir, 30)
    set_retention(store, Retention(daily=2, weekly=0, monthly=0))
    backup(store)
    assert len([p for p in backup_files(store.data_dir) if p.name.startswith("finapp-")]) == 2


def test_a_backup_does_not_wait_for_a_writer_and_copies_only_what_is_committed(
    filled: Store,
) -> None:
    with filled.read() as session:
        committed = session.query(Setting).count()
    other = open_store(filled.data_dir, passphrase=PASSPHRASE)
    try:
        with other.write() as session:
            session.add(Setting(key="uncommitted", value="1"))
            session.flush()
            result = backup(filled)  # the write lock is held by `other` all along
    finally:
        other.close()
    check = check_file(Path(result.path), filled.key)
    assert check.ok and check.counts["settings"] == committed


def test_cli_backup_and_check_of_backups(tmp_path: Path, corpus: Path) -> None:
    data = tmp_path / "d"
    cli_json(data, "import", str(corpus / "ofx/ofxparse__bank_medium.ofx"))
    made = cli_json(data, "backup")
    assert Path(made["path"]).is_file() and made["transactions"] == 3
    report = cli_json(data, "check", "--backups")
    assert report["ok"] is True
    assert [b["path"] for b in report["backups"]] == [made["path"]]


def test_backup_to_a_new_folder_named_with_a_slash_goes_inside_it(filled: Store) -> None:
    filled.close()
    folder = filled.data_dir.parent / "usb"
    made = cli_json(filled.data_dir, "backup", "--to", f"{folder}/")
    assert folder.is_dir() and Path(made["path"]).parent == folder
    assert folder.stat().st_mode & 0o777 == 0o700
    assert opens_with(Path(made["path"]), StoreKey.from_passphrase(PASSPHRASE))


def test_an_existing_data_folder_keeps_its_mode_and_new_folders_are_private(
    tmp_path: Path, corpus: Path
) -> None:
    shared = tmp_path / "Documents"
    shared.mkdir()
    shared.chmod(0o755)
    cli_json(shared, "import", str(corpus / "ofx/ofxparse__bank_medium.ofx"))
    cli_json(shared, "backup")
    assert shared.stat().st_mode & 0o777 == 0o755, "--data-dir changed a folder it did not make"
    assert (shared / "backups").stat().st_mode & 0o777 == 0o700
    assert (shared / "finapp.db").stat().st_mode & 0o777 == 0o600
    fresh = tmp_path / "new" / "deeper" / "data"
    cli_json(fresh, "check")
    for folder in (tmp_path / "new", tmp_path / "new" / "deeper", fresh):
        assert folder.stat().st_mode & 0o777 == 0o700, folder


def _cli_with_file_size_limit(
    data_dir: Path, limit: int, *args: str
) -> subprocess.CompletedProcess[str]:
    """Run finapp where no file may grow past ``limit`` bytes: a disk that fills up mid-write."""

    def limit_files() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a refused write, not a killed process
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    env = {k: v for k, v in os.environ.items() if not k.startswith("FINAPP_")}
    env["FINAPP_PASSPHRASE"] = PASSPHRASE
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "finapp.cli.main", "--data-dir", str(data_dir), *args],
        capture_output=True, text=True, env=env, preexec_fn=limit_files, timeout=120, check=False,
    )  # fmt: skip


def _left_in_backups(data_dir: Path) -> list[str]:
    return sorted(p.name for p in (data_dir / "backups").iterdir())


def test_a_backup_that_fills_the_disk_says_so_and_leaves_nothing_behind(
    store: Store, tmp_path: Path
) -> None:
    import_files(store, [big_ofx(tmp_path / "s.ofx", 2000)])
    data_dir = store.data_dir
    store.close()
    first = cli_json(data_dir, "backup")
    before = _left_in_backups(data_dir)
    half = store.path.stat().st_size // 2  # the store is read whole; its copy cannot be written
    proc = _cli_with_file_size_limit(data_dir, half, "backup")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1
    assert proc.stderr.startswith("finapp: Cannot write the backup"), proc.stderr
    assert "damaged" not in proc.stderr
    assert _left_in_backups(data_dir) == before, "no partial or half-written backup is left"
    report = cli_json(data_dir, "check")
    assert report["ok"] and report["store"]["counts"]["transactions"] == first["transactions"]


def test_a_backup_the_system_refuses_leaves_no_partial_file_and_the_store_intact(
    filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup(filled)
    before = _left_in_backups(filled.data_dir)

    def refuse(*_args: object) -> None:
        raise OSError(errno.EACCES, "Permission denied", str(filled.data_dir / "backups"))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(StorageError, match=r"^Cannot write the backup to .*: permission denied"):
        backup(filled)
    monkeypatch.undo()
    assert _left_in_backups(filled.data_dir) == before
    assert check_file(filled.path, filled.key).ok


def test_a_file_renamed_to_a_stamp_no_clock_shows_is_no_backup_and_stops_no_command(
    store: Store, tmp_path: Path
) -> None:
    """A copy renamed by hand to ``finapp-20260230-120000.db`` stopped nearly every command
    (import, transactions, backup, check, restore) with a traceback, ``day is out of range for
    month``: the store could not be reached at all. It is not taken as one of the rotation's
    backups now: not listed, not counted, never rotated away; a wipe, which erases every copy
    of the store it finds, erases it as such, by name."""
    import_files(store, [big_ofx(tmp_path / "first.ofx", 5)])
    made = Path(backup(store).path)
    odd = made.with_name("finapp-20260230-120000.db")
    odd.write_bytes(made.read_bytes())
    set_retention(store, Retention(daily=1, weekly=0, monthly=0))
    data = store.data_dir
    store.close()

    def runs_cleanly(*command: str) -> str:
        run = run_cli(data, *command)
        assert (run.returncode, "Traceback" in run.stderr) == (0, False), (command, run.stderr)
        return run.stdout

    runs_cleanly("import", str(big_ofx(tmp_path / "second.ofx", 7)))
    runs_cleanly("transactions")
    runs_cleanly("backup")
    (newest,) = backup_files(data)  # the rotation kept the day's newest alone, not odd
    assert newest != made and odd.is_file()
    assert odd.name not in runs_cleanly("check", "--backups")
    runs_cleanly("restore", str(newest))
    assert odd.is_file()
    assert odd.name in runs_cleanly("wipe", "--yes") and not odd.exists()
