"""Wipe deletes what finapp wrote, by name, and never a file the user put in the data dir."""

from __future__ import annotations

from pathlib import Path

import keyring
import keyring.errors
import pytest

from finapp.services.keys_admin import recovery_key
from finapp.services.opening import open_store
from finapp.services.wipe import wipe_all
from finapp.store.keys import KEYRING_SERVICE, store_id
from tests.cli_in_process import run_main
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.safety import processes

#: Files a user might keep in the data dir, some named much like finapp's own.
FOREIGN = (
    "backups/my-tax-2025.pdf",
    "backups/finapp-notes.db",
    "backups/finapp-20260230-120000.db",  # a backup's shape, but no day finapp took one on
    "logs/notes.txt",
    "finapp.db.mine",
)


def _write(data: Path, *names: str) -> None:
    for name in names:
        (data / name).parent.mkdir(parents=True, exist_ok=True)
        (data / name).write_bytes(b"x")


def test_a_wipe_keeps_the_users_files_and_says_which_folders_it_kept(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert processes.cli(data, "backup", FINAPP_LOG="info").returncode == 0
    _write(data, *FOREIGN)
    # what a backup or restore killed half-way, and the log's rotation, leave behind
    _write(
        data,
        "finapp.db-wal",
        "finapp.db.restoring",
        "finapp.db.restoring.partial",
        "backups/finapp-20250131-093000-2.db.partial",
        "backups/pre-restore-20250131-093000.db",
        "backups/pre-restore-20250131-093000.db-wal",
        "logs/finapp.log.1",
    )
    proc = processes.cli(data, "wipe", "--yes")
    assert proc.returncode == 0, proc.stderr
    left = sorted(p.relative_to(data).as_posix() for p in data.rglob("*") if p.is_file())
    assert left == sorted(FOREIGN)
    assert "kept folder backups: it holds files finapp did not write" in proc.stdout
    assert "kept folder logs: it holds files finapp did not write" in proc.stdout
    assert "kept backups/my-tax-2025.pdf: not written by finapp" in proc.stdout


def test_finapps_folders_go_once_emptied_and_a_foreign_folder_stays_whole(
    tmp_path: Path,
) -> None:
    data = tmp_path / "d"
    open_store(data, passphrase=PASSPHRASE).close()
    _write(data, "backups/finapp-20250131-093000.db", "logs/finapp.log", "photos/cat.jpg")
    result = wipe_all(data)
    assert sorted(p.name for p in data.iterdir()) == ["photos"]
    assert (data / "photos" / "cat.jpg").exists()
    assert result.kept == ("photos",)
    assert result.kept_folders == (str(data),)
    assert {
        "finapp.db",
        "backups/finapp-20250131-093000.db",
        "backups",
        "logs/finapp.log",
        "logs",
    } <= set(result.removed)


def test_the_keyring_entry_goes_for_a_keyring_store(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    open_store(data).close()
    assert memory_keyring.entries
    result = wipe_all(data)
    assert memory_keyring.entries == {} and result.keyring_problem is None
    assert not data.exists()


def test_the_keyring_entry_goes_for_a_store_opened_with_its_passphrase(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    """A switch to a passphrase cut short leaves the old key in the keyring beside the store."""
    data = tmp_path / "d"
    open_store(data, passphrase=PASSPHRASE).close()
    sid = store_id(data, create=True)
    assert sid is not None
    keyring.set_password(KEYRING_SERVICE, sid, "00" * 32)
    open_store(data, passphrase=PASSPHRASE).close()
    wipe_all(data)
    assert memory_keyring.entries == {}
    assert not data.exists()


def test_a_keyring_that_refuses_is_reported_and_the_files_still_go(
    memory_keyring: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "d"
    open_store(data).close()
    sid = store_id(data, create=False)

    def locked(service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    monkeypatch.setattr(memory_keyring, "delete_password", locked)
    result = wipe_all(data)
    assert result.keyring_problem is not None
    assert f"{KEYRING_SERVICE}/{sid}" in result.keyring_problem
    assert "KeyringLocked" in result.keyring_problem
    assert not data.exists()


def test_the_cli_says_when_no_keyring_was_there_to_remove_the_entry(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    data = tmp_path / "d"
    open_store(data).close()  # the key went into this process's keyring
    sid = store_id(data, create=False)
    # the real command has no keyring at all: the key is lost to it, so it is told so
    proc = processes.cli(data, "wipe", "--yes", "--without-key")
    assert proc.returncode == 0, proc.stderr
    assert f"the keyring entry {KEYRING_SERVICE}/{sid} could not be removed" in proc.stdout
    assert not data.exists()


@pytest.mark.parametrize("name", ["store.id.bak", "finapp.db.restoring.old", "finapp.log"])
def test_names_close_to_finapps_are_not_finapps(tmp_path: Path, name: str) -> None:
    data = tmp_path / "d"
    _write(data, name)
    assert wipe_all(data).kept == (name,)
    assert (data / name).exists()


def test_a_wipe_names_an_export_left_in_the_data_dir_as_plain_text_to_delete(
    tmp_path: Path,
) -> None:
    """An export the user wrote into the data folder is theirs and stays, but wipe says what it
    is: every transaction in plain text, not "a file finapp did not write"."""
    data = tmp_path / "d"
    assert processes.cli(data, "backup").returncode == 0
    assert processes.cli(data, "export", "--to", str(data / "myexport")).returncode == 0
    _write(data, "notes.txt")
    proc = processes.cli(data, "wipe", "--yes")
    assert proc.returncode == 0, proc.stderr
    assert "kept myexport: an export of your data, NOT encrypted; delete it yourself" in proc.stdout
    assert "kept notes.txt: not written by finapp" in proc.stdout
    assert (data / "myexport" / "transactions.csv").exists()  # the user's to delete


def _with_report_and_calendar(data: Path, corpus: Path) -> Path:
    """A data folder holding a statement, a gym added by hand, and the health report and the
    renewals calendar the household saved beside the store."""
    statement = corpus / "ofx/ofxparse__bank_medium.ofx"
    assert processes.cli(data, "import", str(statement)).returncode == 0
    added = ("subscriptions", "add", "Planet Fitness", "24.99", "--cadence", "monthly")
    assert processes.cli(data, *added, "--next", "2099-01-15").returncode == 0
    assert processes.cli(data, "health", "--report", str(data / "health.html")).returncode == 0
    calendar = ("subscriptions", "export-ics", str(data / "renewals.ics"))
    assert processes.cli(data, *calendar).returncode == 0
    return data


def test_a_wipe_names_the_health_report_and_calendar_it_wrote_as_plain_text_to_delete(
    tmp_path: Path, corpus: Path
) -> None:
    """The money-health report and the renewals calendar a household saved into the data
    folder hold its balances and bills in plain text: wipe keeps them, as the user's, but no
    longer says finapp did not write them. A page of the user's own stays "not written"."""
    data = _with_report_and_calendar(tmp_path / "d", corpus)
    (data / "budget 2027.html").write_text("<html><head><title>Budget</title></head></html>")
    proc = processes.cli(data, "wipe", "--yes")
    assert proc.returncode == 0, proc.stderr
    for name in ("health.html", "renewals.ics"):
        assert f"kept {name}: an export of your data, NOT encrypted" in proc.stdout
        assert (data / name).exists()  # the user's to delete
    assert "kept budget 2027.html: not written by finapp" in proc.stdout


def test_a_data_folder_left_only_for_finapps_report_and_calendar_is_not_said_to_hold_others(
    tmp_path: Path, corpus: Path
) -> None:
    """The data folder stays because the health report and renewals calendar saved there are
    the household's to delete; the wipe said the folder was kept as one holding "files finapp
    did not write", of two files it had just named as finapp's."""
    data = _with_report_and_calendar(tmp_path / "d", corpus)
    proc = processes.cli(data, "wipe", "--yes")
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in data.iterdir()) == ["health.html", "renewals.ics"]
    assert "did not write" not in proc.stdout, proc.stdout
    assert f"kept folder {data}: it holds only the unencrypted copies of your data" in proc.stdout


def _store_id_lost(data: Path, corpus: Path, capsys: pytest.CaptureFixture[str]) -> str:
    """A desktop household's store (its key in the keyring) whose store.id went in a tidy-up:
    the recovery key written down at the start is the way back in."""
    statement = corpus / "ofx/ofxparse__bank_medium.ofx"
    code, _, err = run_main(["--data-dir", str(data), "import", str(statement)], capsys)
    assert code == 0, err
    words = recovery_key(data)
    (data / "store.id").unlink()
    return words


def test_a_wipe_after_store_id_was_lost_and_the_key_put_back_leaves_no_key_behind(
    keyring_data_dir: Path,
    memory_keyring: MemoryKeyring,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """`passphrase use-keyring` with the recovery key put the key under a new entry and left
    the first in the keyring, where `wipe` never found it: "delete all data" left the key."""
    data = keyring_data_dir
    monkeypatch.setenv("FINAPP_RECOVERY_KEY", _store_id_lost(data, corpus, capsys))
    code, _, err = run_main(["--data-dir", str(data), "passphrase", "use-keyring"], capsys)
    assert code == 0, err
    monkeypatch.delenv("FINAPP_RECOVERY_KEY")
    code, _, err = run_main(["--data-dir", str(data), "accounts"], capsys)
    assert code == 0, err  # the keyring alone opens it again
    code, out, err = run_main(["--data-dir", str(data), "wipe", "--yes"], capsys)
    assert code == 0, err
    assert not data.exists() and "keyring" not in out
    assert memory_keyring.entries == {}, "no key of the erased store is left in the keyring"


def test_a_wipe_with_the_recovery_key_after_store_id_was_lost_removes_the_keyring_entry(
    keyring_data_dir: Path,
    memory_keyring: MemoryKeyring,
    corpus: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data = keyring_data_dir
    monkeypatch.setenv("FINAPP_RECOVERY_KEY", _store_id_lost(data, corpus, capsys))
    code, _, err = run_main(["--data-dir", str(data), "wipe", "--yes"], capsys)
    assert code == 0, err
    assert not data.exists()
    assert memory_keyring.entries == {}


def test_a_wipe_leaves_the_entry_of_a_copy_still_in_use_elsewhere(
    keyring_data_dir: Path,
    memory_keyring: MemoryKeyring,
    corpus: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """finapp.db copied alone into ~/Documents/money to try things out, opened there with the
    recovery key, then erased: the store it was copied from keeps its key in the keyring."""
    data = keyring_data_dir
    statement = corpus / "ofx/ofxparse__bank_medium.ofx"
    code, _, err = run_main(["--data-dir", str(data), "import", str(statement)], capsys)
    assert code == 0, err
    trial = tmp_path / "Documents" / "money"
    trial.mkdir(parents=True)
    (trial / "finapp.db").write_bytes((data / "finapp.db").read_bytes())
    monkeypatch.setenv("FINAPP_RECOVERY_KEY", recovery_key(data))
    code, _, err = run_main(["--data-dir", str(trial), "wipe", "--yes"], capsys)
    assert code == 0, err
    assert not trial.exists()
    assert (KEYRING_SERVICE, store_id(data, create=False)) in memory_keyring.entries
    monkeypatch.delenv("FINAPP_RECOVERY_KEY")
    code, _, err = run_main(["--data-dir", str(data), "accounts"], capsys)
    assert code == 0, err
