"""``wipe --import N --also-backups`` / ``wipe --account X --also-backups``: a user erasing
their lines has them removed from finapp's backups too, each backup rewritten still encrypted
under its own key; a backup the key does not open is named and left exactly as it was."""

from __future__ import annotations

from pathlib import Path

from finapp.services.backup import backup, backup_files
from finapp.services.encrypted_file import connect
from finapp.services.opening import open_store
from finapp.store.keys import StoreKey
from tests.conftest import PASSPHRASE
from tests.safety import processes
from tests.safety.statements import big_ofx

KEY = StoreKey.from_passphrase(PASSPHRASE)


def _household(data: Path, tmp_path: Path) -> Path:
    """Two accounts' imports (30 lines in one, then 100 in the other) and a backup made after
    both; returns that backup."""
    for tag, count, account in (("A", 30, "11112222"), ("B", 100, "33334444")):
        statement = big_ofx(tmp_path / f"{tag}.ofx", count, account=account, tag=tag)
        assert processes.cli(data, "import", str(statement)).returncode == 0
    assert processes.cli(data, "backup").returncode == 0
    (made,) = backup_files(data)
    return made


def _tags(path: Path) -> set[str]:
    with connect(path, KEY, readonly=True) as conn:
        return {row[0][0] for row in conn.execute("SELECT fitid FROM transactions")}


def test_erasing_an_import_from_the_backups_too_rewrites_them_without_its_lines(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    made = _household(data, tmp_path)
    assert made.name.endswith("-n130.db")
    proc = processes.cli(data, "wipe", "--import", "2", "--yes", "--also-backups")
    assert proc.returncode == 0, proc.stderr
    assert "deleted 100 transactions" in proc.stdout
    (rewritten,) = backup_files(data)
    assert rewritten.name == made.name.replace("-n130", "-n30")  # its name says what it holds
    assert f"rewrote the backup {rewritten} without them (100 transactions removed)" in (
        proc.stdout
    )
    assert _tags(rewritten) == {"A"}  # the other import's lines, only
    raw = rewritten.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"B SHOP" not in raw and b"A SHOP" not in raw
    assert sorted(p.name for p in rewritten.parent.iterdir()) == [rewritten.name]  # no temp
    check = processes.cli(data, "check")
    assert check.returncode == 0, check.stderr


def test_a_backup_the_key_does_not_open_is_named_and_left_as_it_was(tmp_path: Path) -> None:
    data = tmp_path / "d"
    made = _household(data, tmp_path)
    other = open_store(tmp_path / "other", passphrase="someone else's passphrase")
    foreign = Path(backup(other, data / "backups" / "finapp-20261101-080000-n0.db").path)
    other.close()
    before = foreign.read_bytes()
    proc = processes.cli(data, "wipe", "--account", "Checking …2222", "--yes", "--also-backups")
    assert proc.returncode == 0, proc.stderr
    assert f"{foreign} does not open with this store's key: left as it is" in proc.stdout
    assert foreign.read_bytes() == before
    (rewritten,) = [p for p in backup_files(data) if p != foreign]
    assert rewritten.name == made.name.replace("-n130", "-n100")
    assert _tags(rewritten) == {"B"}


def test_also_backups_alone_erases_nothing(tmp_path: Path) -> None:
    data = tmp_path / "d"
    made = _household(data, tmp_path)
    proc = processes.cli(data, "wipe", "--yes", "--also-backups")
    assert proc.returncode == 2 and "--also-backups goes with --account or --import" in proc.stderr
    assert (data / "finapp.db").is_file() and backup_files(data) == [made]
