"""A key change cut short, then run again: finished, and never a backup under a key kept nowhere."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from finapp.errors import InvalidInputError
from finapp.services.backup import backup, backup_files
from finapp.services.encrypted_file import opens_with
from finapp.services.keys_admin import change_passphrase, use_keyring
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, load_keyring_key
from tests.cli_in_process import run_main
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.helpers import run_cli
from tests.safety import processes
from tests.safety.key_change import cut_short_after_one_backup

pytestmark = pytest.mark.passphrase

OLD = StoreKey.from_passphrase(PASSPHRASE)
NEW = "the passphrase chosen first"
OTHER = "a third passphrase after all"


def _three_backups(store: Store) -> Path:
    for day in (1, 8, 15):
        backup(store, now=datetime(2026, 11, day, 12, 0))
    store.close()
    return store.data_dir


def test_a_switch_to_the_keyring_run_again_keeps_the_key_it_chose(
    memory_keyring: MemoryKeyring, filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = _three_backups(filled)
    with monkeypatch.context() as patched:
        cut_short_after_one_backup(patched)
        with pytest.raises(KeyboardInterrupt):
            use_keyring(data_dir, OLD)
    first = load_keyring_key(data_dir)
    assert first is not None

    result = use_keyring(data_dir, OLD)

    assert load_keyring_key(data_dir) == first, "the key a backup already uses is kept"
    assert result.not_rekeyed == ()
    key = StoreKey.from_raw(first)
    assert all(opens_with(path, key) for path in [*backup_files(data_dir), data_dir / "finapp.db"])


def test_a_passphrase_change_cut_short_is_said_and_only_its_own_passphrase_finishes_it(
    filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_dir = _three_backups(filled)
    with monkeypatch.context() as patched:
        cut_short_after_one_backup(patched)
        with pytest.raises(KeyboardInterrupt):
            change_passphrase(data_dir, OLD, NEW)

    listed = run_cli(data_dir, "accounts")
    assert listed.returncode == 0, listed.stderr
    assert "cut short (1 backups already use the new passphrase)" in listed.stderr
    assert "again with the same new passphrase" in listed.stderr

    files = sorted(p for p in data_dir.rglob("*") if p.is_file())
    before = {path: path.read_bytes() for path in files}
    with pytest.raises(InvalidInputError, match="same new passphrase"):
        change_passphrase(data_dir, OLD, OTHER)
    assert {path: path.read_bytes() for path in files} == before, "nothing changed"

    finished = processes.cli(data_dir, "passphrase", "change", FINAPP_NEW_PASSPHRASE=NEW)
    assert finished.returncode == 0, finished.stderr
    new = StoreKey.from_passphrase(NEW)
    assert all(opens_with(path, new) for path in [*backup_files(data_dir), data_dir / "finapp.db"])
    quiet = run_cli(data_dir, "accounts", passphrase=NEW)
    assert quiet.returncode == 0 and "cut short" not in quiet.stderr


def test_a_switch_cut_short_once_the_store_used_the_keyring_key_is_finished_by_running_it_again(
    memory_keyring: MemoryKeyring,
    store: Store,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    store.close()
    data_dir = store.data_dir
    with monkeypatch.context() as patched:  # killed between the store's re-keying and the end
        patched.setattr("finapp.services.keys_admin.finish_change", lambda _folder: None)
        use_keyring(data_dir, OLD)
    _, _, warned = run_main(["--data-dir", str(data_dir), "accounts"], capsys)
    assert "cut short" in warned and "passphrase use-keyring" in warned

    code, _, err = run_main(["--data-dir", str(data_dir), "passphrase", "use-keyring"], capsys)
    assert code == 0, err
    _, _, quiet = run_main(["--data-dir", str(data_dir), "accounts"], capsys)
    assert "cut short" not in quiet
