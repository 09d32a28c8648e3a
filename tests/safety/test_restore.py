"""Restore: checked before anything is touched, current store kept, swapped whole."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from pathlib import Path
from typing import Any

import pytest
from _pytest.capture import CaptureFixture

from finapp.errors import StoreError, WrongKeyError
from finapp.services.backup import backup, backup_files
from finapp.services.encrypted_file import check_file, opens_with
from finapp.services.imports import import_files
from finapp.services.keys_admin import change_passphrase, parse_recovery_key, recovery_key
from finapp.services.opening import open_store
from finapp.services.restore import key_for_restored_store, restore
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from tests.cli_in_process import run_main
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.helpers import run_cli
from tests.safety import processes

#: these tests are about the passphrase: their store is protected by one, not the keyring
pytestmark = pytest.mark.passphrase

KEY = StoreKey.from_passphrase(PASSPHRASE)
NEW = "the passphrase set after the backup"


def _fingerprint(data_dir: Path) -> dict[str, str]:
    """Every file under the data dir with its content hash: proof that nothing changed."""
    return {
        str(p.relative_to(data_dir)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(data_dir.rglob("*"))
        if p.is_file()
    }


def _payees(data_dir: Path, **open_args: object) -> list[str]:
    store = open_store(data_dir, **open_args)  # type: ignore[arg-type]
    try:
        return [t.payee for t in list_transactions(store)]
    finally:
        store.close()


def test_restore_brings_back_the_backup_and_keeps_the_current_store(
    filled: Store, corpus: Path
) -> None:
    data_dir = filled.data_dir
    before = [t.payee for t in list_transactions(filled)]
    saved = Path(backup(filled).path)
    import_files(filled, [corpus / "ofx/ofxparse__fidelity.ofx"])
    grown = len(list_transactions(filled))
    filled.close()
    result = restore(data_dir, saved, KEY, KEY)
    assert _payees(data_dir, passphrase=PASSPHRASE) == before
    kept = Path(result.pre_restore_backup or "")
    assert kept in backup_files(data_dir)
    assert check_file(kept, KEY).counts["transactions"] == grown > len(before)


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage"])
def test_a_damaged_backup_is_refused_and_nothing_changes(
    filled: Store, tmp_path: Path, damage: str
) -> None:
    data_dir = filled.data_dir
    bad = Path(backup(filled, tmp_path / "bad.db").path)
    blob = bytearray(bad.read_bytes())
    if damage == "flip":
        blob[len(blob) // 2] ^= 0x10
    elif damage == "truncate":
        del blob[len(blob) // 2 :]
    else:
        blob[:] = b"not a database at all" * 100
    bad.write_bytes(bytes(blob))
    filled.close()
    before = _fingerprint(data_dir)
    with pytest.raises(StoreError) as caught:
        restore(data_dir, bad, KEY, KEY)
    assert "\n" not in str(caught.value) and str(bad) in str(caught.value)
    assert _fingerprint(data_dir) == before


def test_a_backup_under_another_key_is_refused_in_one_line(filled: Store, tmp_path: Path) -> None:
    bad = Path(backup(filled, tmp_path / "b.db").path)
    filled.close()
    before = _fingerprint(filled.data_dir)
    proc = run_cli(filled.data_dir, "restore", str(bad), passphrase="another passphrase")
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "wrong passphrase or key" in proc.stderr
    assert _fingerprint(filled.data_dir) == before
    with pytest.raises(WrongKeyError):
        restore(filled.data_dir, bad, StoreKey.from_passphrase("nope nope"), KEY)


def test_a_backup_opens_on_another_machine_with_the_recovery_key(
    memory_keyring: MemoryKeyring, tmp_path: Path, corpus: Path
) -> None:
    home = tmp_path / "home"
    store = open_store(home)  # the key lives in the (memory) keyring
    import_files(store, [corpus / "ofx/ofxparse__bank_medium.ofx"])
    expected = [t.payee for t in list_transactions(store)]
    copy = Path(backup(store, tmp_path / "usb.db").path)
    store.close()
    words = recovery_key(home)
    memory_keyring.entries.clear()  # another machine: its keyring knows nothing of this store

    laptop = tmp_path / "laptop"
    source = parse_recovery_key(words)
    restore(laptop, copy, source, key_for_restored_store(laptop, None, source))
    assert _payees(laptop) == expected, "the restored store opens with the laptop's keyring"

    (tmp_path / "key.txt").write_text(words.lower().replace("-", " ") + "\n")
    server = tmp_path / "server"  # no keyring in a subprocess: a passphrase protects it
    proc = run_cli(server, "restore", str(copy), "--recovery-key-file", str(tmp_path / "key.txt"))
    assert proc.returncode == 0, proc.stderr
    assert _payees(server, passphrase=PASSPHRASE) == expected


def test_restore_rescues_a_store_too_damaged_to_open(filled: Store, tmp_path: Path) -> None:
    data_dir = filled.data_dir
    expected = [t.payee for t in list_transactions(filled)]
    saved = Path(backup(filled, tmp_path / "good.db").path)
    filled.close()
    filled.path.write_bytes(b"\0" * 4096 + filled.path.read_bytes()[4096:])  # page 1 is gone
    with pytest.raises(WrongKeyError):
        open_store(data_dir, passphrase=PASSPHRASE)
    result = restore(data_dir, saved, KEY, KEY)
    assert _payees(data_dir, passphrase=PASSPHRASE) == expected
    assert Path(result.pre_restore_backup or "").read_bytes()[:4096] == b"\0" * 4096


def test_after_restoring_over_a_damaged_store_check_backups_names_the_damaged_copy_and_passes(
    filled: Store, tmp_path: Path
) -> None:
    data_dir = filled.data_dir
    saved = Path(backup(filled, tmp_path / "good.db").path)
    filled.close()
    filled.path.write_bytes(b"\0" * 4096 + filled.path.read_bytes()[4096:])  # page 1 is gone
    restored = run_cli(data_dir, "restore", str(saved))
    assert restored.returncode == 0, restored.stderr
    [kept] = (data_dir / "backups").glob("pre-restore-*-damaged.db")
    assert f"the previous store, which was damaged, is kept as {kept}" in restored.stdout
    proc = run_cli(data_dir, "check", "--backups")
    assert proc.returncode == 0, proc.stderr
    assert f"{kept}: kept from before the restore, damaged" in proc.stdout
    report = json.loads(run_cli(data_dir, "check", "--backups", "--json").stdout)
    assert report["ok"] is True and str(kept) not in [b["path"] for b in report["backups"]]
    assert report["kept_damaged"] == [
        {"path": str(kept), "state": "kept from before the restore, damaged"}
    ]


def test_the_copy_of_a_sound_store_kept_by_a_restore_is_checked_as_a_backup(
    filled: Store, tmp_path: Path
) -> None:
    saved = Path(backup(filled, tmp_path / "good.db").path)
    filled.close()
    kept = Path(restore(filled.data_dir, saved, KEY, KEY).pre_restore_backup or "")
    assert "damaged" not in kept.name
    report = json.loads(run_cli(filled.data_dir, "check", "--backups", "--json").stdout)
    assert str(kept) in [b["path"] for b in report["backups"] if b["ok"]] and report["ok"]


def test_a_backup_from_before_a_passphrase_change_ends_under_the_passphrase_of_now(
    filled: Store, tmp_path: Path
) -> None:
    """Given the backup's old passphrase alone, restore refuses (it cannot know the store's
    key) and changes nothing; given both, the restored data opens with the passphrase of now."""
    data_dir = filled.data_dir
    expected = [t.payee for t in list_transactions(filled)]
    offsite = Path(backup(filled, tmp_path / "offsite.db").path)
    filled.close()
    change_passphrase(data_dir, KEY, NEW)
    before = _fingerprint(data_dir)

    old_only = run_cli(data_dir, "restore", str(offsite), passphrase=PASSPHRASE)
    assert old_only.returncode == 2 and old_only.stderr.count("\n") == 1
    assert "does not open with the key given" in old_only.stderr
    assert "FINAPP_BACKUP_PASSPHRASE" in old_only.stderr
    new_only = run_cli(data_dir, "restore", str(offsite), passphrase=NEW)
    assert new_only.returncode == 2 and "FINAPP_BACKUP_PASSPHRASE" in new_only.stderr
    assert _fingerprint(data_dir) == before, "nothing changed, nothing called damaged"

    keys = {"FINAPP_PASSPHRASE": NEW, "FINAPP_BACKUP_PASSPHRASE": PASSPHRASE}
    both = processes.cli(data_dir, "restore", str(offsite), **keys)
    assert both.returncode == 0, both.stderr
    assert "damaged" not in both.stdout
    assert _payees(data_dir, passphrase=NEW) == expected
    assert all(opens_with(path, StoreKey.from_passphrase(NEW)) for path in backup_files(data_dir))


@pytest.mark.parametrize("kept", [4096, 8192, 0.5, 0.9])
def test_a_backup_cut_short_is_called_incomplete_not_a_wrong_passphrase(
    filled: Store, tmp_path: Path, kept: float
) -> None:
    copy = Path(backup(filled, tmp_path / "b.db").path)
    blob = copy.read_bytes()
    copy.write_bytes(blob[: int(kept if kept > 1 else len(blob) * kept)])
    filled.close()
    before = _fingerprint(filled.data_dir)
    proc = run_cli(filled.data_dir, "restore", str(copy))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert "damaged or incomplete" in proc.stderr and "wrong passphrase" not in proc.stderr
    assert _fingerprint(filled.data_dir) == before


def test_restoring_a_folder_says_it_is_a_folder_not_missing(filled: Store, tmp_path: Path) -> None:
    """A user who gives the USB stick's folder instead of the backup in it is told so, rather
    than that the folder does not exist."""
    stick = tmp_path / "USB STICK"
    stick.mkdir()
    backup(filled, stick / "finapp-20261130-2100.db")
    filled.close()
    before = _fingerprint(filled.data_dir)
    proc = run_cli(filled.data_dir, "restore", str(stick))
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert f"{stick} is a folder where finapp needs a file" in proc.stderr
    assert "no such file" not in proc.stderr
    assert _fingerprint(filled.data_dir) == before


def _read_as_a_login(monkeypatch: pytest.MonkeyPatch) -> None:
    """Open files as a person's login does, which a file's mode may refuse: root (the test
    machine's user) reads every file whatever its mode, so for root the refusal the kernel
    gives any other login is given here."""
    if os.geteuid() != 0:
        return
    opened = Path.open

    def refusing(path: Path, *args: Any, **kwargs: Any) -> Any:
        if path.is_file() and not path.stat().st_mode & 0o444:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
        return opened(path, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refusing)


def test_a_backup_the_user_may_not_read_is_not_called_damaged(
    filled: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: CaptureFixture[str]
) -> None:
    """A backup copied from another login keeps its owner's mode: finapp says it may not read
    it, never that the user's only copy is damaged."""
    copy = Path(backup(filled, tmp_path / "finapp-20261130-2100.db").path)
    copy.chmod(0)
    filled.close()
    before = _fingerprint(filled.data_dir)
    _read_as_a_login(monkeypatch)
    monkeypatch.setenv("FINAPP_PASSPHRASE", PASSPHRASE)
    code, _, err = run_main(["--data-dir", str(filled.data_dir), "restore", str(copy)], capsys)
    assert code == 2 and err.count("\n") == 1
    assert f"permission denied: {copy}" in err and "damaged" not in err
    assert _fingerprint(filled.data_dir) == before
