"""Backups while a key change is unfinished: sound under the old key or the new one, never called
damaged for it; only a backup no key finapp knows opens is. And they can be restored."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from finapp.services.backup import backup, backup_files
from finapp.services.encrypted_file import rekey_file
from finapp.services.imports import import_files
from finapp.services.keys_admin import change_passphrase, use_keyring
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from tests.cli_in_process import run_main
from tests.conftest import PASSPHRASE, MadeStore, MemoryKeyring
from tests.safety.key_change import cut_short_after_one_backup
from tests.written_statements import card_statement, checking_statement

pytestmark = pytest.mark.passphrase

OLD = StoreKey.from_passphrase(PASSPHRASE)
NEW = "the passphrase chosen first"


def _checking(made_store: MadeStore) -> Store:
    """A store holding a week of the household's checking account."""
    return made_store(
        "a week of checking",
        lambda store: import_files(store, [checking_statement(store.data_dir.parent)]),
    )


def _three_backups(store: Store) -> list[Path]:
    for day in (1, 8, 15):
        backup(store, now=datetime(2026, 11, day, 12, 0))
    store.close()
    return backup_files(store.data_dir)


def _check(data_dir: Path, capsys: pytest.CaptureFixture[str], *more: str) -> tuple[int, str]:
    code, out, err = run_main(["--data-dir", str(data_dir), "check", "--backups", *more], capsys)
    return code, out + err


@pytest.fixture
def changing(made_store: MadeStore, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[Path]]:
    """Three backups, and a change to :data:`NEW` killed once the oldest used it: the store and
    the two others are still under the old passphrase."""
    backups = _three_backups(_checking(made_store))
    data_dir = backups[0].parent.parent
    with monkeypatch.context() as patched:
        cut_short_after_one_backup(patched)
        with pytest.raises(KeyboardInterrupt):
            change_passphrase(data_dir, OLD, NEW)
    monkeypatch.setenv("FINAPP_PASSPHRASE", PASSPHRASE)
    return data_dir, backups


def test_backups_the_unfinished_passphrase_change_reached_are_not_called_damaged(
    changing: tuple[Path, list[Path]], capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, (reached, *left) = changing
    code, said = _check(data_dir, capsys, "--json")
    report = json.loads(said[: said.rindex("}") + 1])
    assert code == 0 and report["ok"], said
    found = {b["path"]: (b["ok"], b["key"]) for b in report["backups"]}
    assert all(found[str(path)] == (True, "current") for path in left)
    assert str(reached) not in found, "not checked: its key is not known here"
    assert [w["path"] for w in report["waiting"]] == [str(reached)]
    assert "FINAPP_NEW_PASSPHRASE" in report["waiting"][0]["state"]

    code, said = _check(data_dir, capsys)
    assert code == 0 and "DAMAGED" not in said
    assert f"{reached}: uses the new passphrase of the unfinished key change" in said


def test_given_the_new_passphrase_every_backup_is_checked_and_said_with_its_key(
    changing: tuple[Path, list[Path]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir, (reached, *left) = changing
    monkeypatch.setenv("FINAPP_NEW_PASSPHRASE", NEW)
    code, said = _check(data_dir, capsys)
    assert code == 0, said
    assert f"{reached}: ok (opens with the unfinished change's new key)" in said
    for path in left:
        assert f"{path}: ok (opens with the store's key)" in said


def test_a_backup_no_known_key_opens_is_still_damaged_during_the_change(
    changing: tuple[Path, list[Path]],
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir, (reached, stranger, cut) = changing
    rekey_file(stranger, OLD, StoreKey.from_passphrase("a passphrase nobody kept"))
    cut.write_bytes(cut.read_bytes()[:8192])
    monkeypatch.setenv("FINAPP_NEW_PASSPHRASE", NEW)
    code, said = _check(data_dir, capsys, "--json")
    report = json.loads(said[: said.rindex("}") + 1])
    assert code == 2 and not report["ok"]
    found = {b["path"]: b for b in report["backups"]}
    assert found[str(reached)]["ok"] and found[str(reached)]["key"] == "new"
    assert found[str(stranger)]["problems"] == [
        "opens neither with this store's key nor with the new key of the unfinished change"
    ]
    assert found[str(cut)]["problems"] == ["damaged or incomplete (cut short?); the key is right"]


@pytest.fixture
def moving(
    memory_keyring: MemoryKeyring, made_store: MadeStore, monkeypatch: pytest.MonkeyPatch
) -> tuple[Path, Path, list[str]]:
    """Three backups, and a move to the keyring killed once the oldest used the key it saved
    there first: the data folder, that backup, and the payees the store held."""
    store = _checking(made_store)
    expected = sorted(t.payee for t in list_transactions(store))
    (reached, *_) = _three_backups(store)
    with monkeypatch.context() as patched:
        cut_short_after_one_backup(patched)
        with pytest.raises(KeyboardInterrupt):
            use_keyring(store.data_dir, OLD)
    monkeypatch.setenv("FINAPP_PASSPHRASE", PASSPHRASE)
    return store.data_dir, reached, expected


def test_during_an_unfinished_move_to_the_keyring_its_backups_check_with_the_keyring_key(
    moving: tuple[Path, Path, list[str]], capsys: pytest.CaptureFixture[str]
) -> None:
    data_dir, reached, _ = moving
    code, said = _check(data_dir, capsys)
    assert code == 0, said
    assert f"{reached}: ok (opens with the unfinished change's new key)" in said


def test_during_an_unfinished_move_to_the_keyring_its_backup_restores_under_the_passphrase(
    moving: tuple[Path, Path, list[str]], capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """The store still uses the passphrase: the restored data gets it, not the keyring's key
    (restoring used to be refused until the move was finished)."""
    data_dir, reached, expected = moving
    grown = open_store(data_dir, passphrase=PASSPHRASE)
    import_files(grown, [card_statement(tmp_path)])
    grown.close()
    code, _, err = run_main(["--data-dir", str(data_dir), "restore", str(reached)], capsys)
    assert code == 0, err
    back = open_store(data_dir, key=OLD)
    try:
        assert sorted(t.payee for t in list_transactions(back)) == expected
    finally:
        back.close()
