"""``finapp wipe --yes --backup-to PATH``: a household erasing everything (before selling the
computer, before moving) keeps one encrypted backup where it chose, outside the data folder;
a backup that cannot be written there erases nothing."""

from __future__ import annotations

import json
from pathlib import Path

from finapp.services.backup import backup_files
from finapp.services.encrypted_file import connect
from finapp.store.keys import StoreKey
from tests.conftest import PASSPHRASE
from tests.safety import processes
from tests.safety.statements import big_ofx

KEY = StoreKey.from_passphrase(PASSPHRASE)


def _household(data: Path, tmp_path: Path) -> None:
    statement = big_ofx(tmp_path / "a.ofx", 40, account="11112222", tag="A")
    assert processes.cli(data, "import", str(statement)).returncode == 0
    assert processes.cli(data, "backup").returncode == 0


def _transactions(path: Path) -> int:
    with connect(path, KEY, readonly=True) as conn:
        return int(conn.execute("SELECT count(*) FROM transactions").fetchone()[0])


def test_the_backup_saved_first_outlives_the_erase_and_restores(tmp_path: Path) -> None:
    data, usb = tmp_path / "d", tmp_path / "usb"
    usb.mkdir()
    _household(data, tmp_path)
    proc = processes.cli(data, "wipe", "--yes", "--backup-to", str(usb / "before-moving.db"))
    assert proc.returncode == 0, proc.stderr
    saved = usb / "before-moving.db"
    assert f"kept the backup saved first: {saved} (40 transactions, encrypted)" in proc.stdout
    assert not (data / "finapp.db").exists() and not (data / "backups").exists()
    raw = saved.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"A SHOP" not in raw
    assert sorted(p.name for p in usb.iterdir()) == ["before-moving.db"]  # no .partial left
    assert _transactions(saved) == 40

    back = processes.cli(data, "restore", str(saved))
    assert back.returncode == 0, back.stderr
    listed = processes.cli(data, "transactions", "--json")
    assert listed.returncode == 0 and len(json.loads(listed.stdout)) == 40


def test_a_folder_gets_a_dated_file_and_json_names_it(tmp_path: Path) -> None:
    data, usb = tmp_path / "d", tmp_path / "usb"
    usb.mkdir()
    _household(data, tmp_path)
    proc = processes.cli(data, "wipe", "--yes", "--json", "--backup-to", str(usb))
    assert proc.returncode == 0, proc.stderr
    said = json.loads(proc.stdout)
    (saved,) = usb.iterdir()
    assert said["saved_backup"]["path"] == str(saved) and said["saved_backup"]["transactions"] == 40
    assert "finapp.db" in said["removed"]


def test_a_place_inside_the_data_folder_or_a_missing_one_erases_nothing(tmp_path: Path) -> None:
    data = tmp_path / "d"
    _household(data, tmp_path)
    (made,) = backup_files(data)
    for place, said in (
        (data / "keep.db", "is inside finapp's data folder"),
        (data / "backups", "is inside finapp's data folder"),
        (tmp_path / "no-usb" / "x.db", "no such folder to put the backup in"),
    ):
        proc = processes.cli(data, "wipe", "--yes", "--backup-to", str(place))
        assert proc.returncode != 0 and said in proc.stderr, proc.stderr
        assert (data / "finapp.db").is_file() and backup_files(data) == [made]
        assert not (data / "keep.db").exists()


def test_backup_to_goes_with_erasing_everything_only(tmp_path: Path) -> None:
    data = tmp_path / "d"
    _household(data, tmp_path)
    proc = processes.cli(
        data, "wipe", "--import", "1", "--yes", "--backup-to", str(tmp_path / "x.db")
    )
    assert proc.returncode == 2 and "--backup-to goes with erasing everything" in proc.stderr
    assert _transactions(data / "finapp.db") == 40 and not (tmp_path / "x.db").exists()
