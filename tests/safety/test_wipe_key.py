"""Erasing proves the key, waits for the window to close, and says what the backups keep."""

from __future__ import annotations

from pathlib import Path

from finapp.paths import db_path
from tests.safety import processes
from tests.safety.statements import big_ofx


def _household(data: Path, tmp_path: Path) -> None:
    """A store with two imports (30 lines, then 100) and a backup made after both."""
    for tag, count in (("A", 30), ("B", 100)):
        statement = big_ofx(tmp_path / f"{tag}.ofx", count, tag=tag)
        assert processes.cli(data, "import", str(statement)).returncode == 0
    assert processes.cli(data, "backup").returncode == 0


def _files(data: Path) -> list[str]:
    return sorted(p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file())


def test_a_wrong_or_missing_passphrase_erases_nothing_and_names_the_override(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    _household(data, tmp_path)
    before = _files(data)
    wrong = processes.cli(data, "wipe", "--yes", FINAPP_PASSPHRASE="not the passphrase")
    assert wrong.returncode == 2 and _files(data) == before
    assert "Nothing deleted" in wrong.stderr and "--without-key" in wrong.stderr
    none = processes.cli(data, "wipe", "--yes", FINAPP_PASSPHRASE="")
    assert none.returncode == 2 and _files(data) == before
    lost = processes.cli(
        data, "wipe", "--yes", "--without-key", FINAPP_PASSPHRASE="not the passphrase"
    )
    assert lost.returncode == 0, lost.stderr
    assert not data.exists()
    assert "  deleted finapp.db\n" in lost.stdout, "erasing without the key lists what went"
    assert all(f"  deleted {name}\n" in lost.stdout for name in before)


def test_no_wipe_runs_while_another_finapp_has_the_store_open(tmp_path: Path) -> None:
    data = tmp_path / "d"
    _household(data, tmp_path)
    window = processes.start("open", str(data))
    try:
        before = _files(data)
        for form in (
            ["--yes"],
            ["--yes", "--without-key"],
            ["--import", "1", "--yes"],
            ["--account", "…3210", "--yes"],
        ):
            proc = processes.cli(data, "wipe", *form)
            assert proc.returncode == 2, (form, proc.stdout)
            said = (
                f"finapp: {db_path(data)} is open in another finapp window; close it and try again"
            )
            assert proc.stderr.strip() == said, form
            assert _files(data) == before, form
    finally:
        processes.release(window)
    assert processes.cli(data, "wipe", "--yes").returncode == 0
    assert not data.exists()


def test_erasing_one_import_says_the_backups_still_hold_it_and_check_stays_sound(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    _household(data, tmp_path)
    proc = processes.cli(data, "wipe", "--import", "2", "--yes")
    assert proc.returncode == 0, proc.stderr
    assert "deleted 100 transactions" in proc.stdout
    assert "the backups made since these lines came in (1, encrypted) still hold them" in (
        proc.stdout
    )
    check = processes.cli(data, "check")
    assert check.returncode == 0, check.stderr
    assert "restore" not in check.stderr


def test_a_finapp_backup_under_another_name_goes_and_the_kept_calendar_is_named(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    _household(data, tmp_path)
    extra = data / "extra-backup.db"
    calendar = tmp_path / "renewals.ics"
    assert processes.cli(data, "backup", "--to", str(extra)).returncode == 0
    assert (
        processes.cli(data, "subscriptions", "export-ics", str(calendar), "--keep").returncode == 0
    )
    (data / "my-notes.db").write_bytes(b"mine")
    proc = processes.cli(data, "wipe", "--yes")
    assert proc.returncode == 0, proc.stderr
    assert not extra.exists() and (data / "my-notes.db").exists()
    assert "  deleted extra-backup.db: a finapp backup of this store" in proc.stdout
    assert "  kept my-notes.db: not written by finapp" in proc.stdout
    assert f"  kept {calendar}: the renewals calendar kept up to date, NOT encrypted" in proc.stdout
    assert calendar.exists(), "the calendar is the user's"
