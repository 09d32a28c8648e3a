"""Passphrases come from the environment or a no-echo prompt, asked twice for a new one."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from finapp.cli import secrets
from finapp.errors import InvalidInputError, PassphraseRequiredError
from finapp.paths import STORE_ID_FILE, db_path
from finapp.services.backup import backup
from finapp.services.encrypted_file import opens_with
from finapp.services.keys_admin import change_passphrase, parse_recovery_key, recovery_key
from finapp.services.opening import open_store
from finapp.services.restore import key_for_restored_store, restore
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from tests.conftest import PASSPHRASE, MemoryKeyring
from tests.helpers import run_cli

#: these tests are about the passphrase: their store is protected by one, not the keyring
pytestmark = pytest.mark.passphrase


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_new_passphrase_is_asked_twice_without_echo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FINAPP_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", _Terminal())
    answers = iter(["first try here", "first try here", "one", "two"])
    monkeypatch.setattr(secrets.getpass, "getpass", lambda prompt: next(answers))
    assert secrets.read_passphrase("FINAPP_NEW_PASSPHRASE", "New", confirm=True) == "first try here"
    with pytest.raises(InvalidInputError, match="differ"):
        secrets.read_passphrase("FINAPP_NEW_PASSPHRASE", "New", confirm=True)


def test_without_a_terminal_the_variable_to_set_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FINAPP_NEW_PASSPHRASE", raising=False)
    monkeypatch.setattr("sys.stdin", io.StringIO())
    with pytest.raises(PassphraseRequiredError, match="FINAPP_NEW_PASSPHRASE"):
        secrets.read_passphrase("FINAPP_NEW_PASSPHRASE", "New")


# --- one rule for every new passphrase -------------------------------------------------------

TOO_WEAK = [" ", "        ", "\t \t \t \t ", "short", "  seven7  "]


@pytest.mark.parametrize("weak", TOO_WEAK, ids=["one-space", "spaces", "tabs", "short", "padded"])
def test_a_new_store_refuses_a_blank_or_short_passphrase_and_creates_nothing(
    tmp_path: Path, weak: str
) -> None:
    data = tmp_path / "d"
    proc = run_cli(data, "transactions", "--json", passphrase=weak)
    assert proc.returncode == 2 and "at least 8 characters" in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    assert not db_path(data).exists() and not (data / STORE_ID_FILE).exists()


def test_a_new_store_takes_a_passphrase_of_eight_characters(tmp_path: Path) -> None:
    proc = run_cli(tmp_path / "d", "transactions", "--json", passphrase="8 chars!")
    assert proc.returncode == 0, proc.stderr


@pytest.mark.parametrize("weak", TOO_WEAK[:2] + TOO_WEAK[4:], ids=["one-space", "spaces", "padded"])
def test_changing_to_a_blank_or_padded_passphrase_is_refused(store: Store, weak: str) -> None:
    store.close()
    with pytest.raises(InvalidInputError, match="at least 8 characters"):
        change_passphrase(store.data_dir, store.key, weak)
    assert opens_with(store.path, StoreKey.from_passphrase(PASSPHRASE))


def test_restoring_onto_a_new_machine_with_a_short_passphrase_is_refused(
    memory_keyring: MemoryKeyring, tmp_path: Path
) -> None:
    """A keyring store's backup, restored where the new passphrase will protect it."""
    store = open_store(tmp_path / "old")
    words = recovery_key(store.data_dir)
    copy = Path(backup(store).path)
    store.close()
    fresh = tmp_path / "new"
    with pytest.raises(InvalidInputError, match="at least 8 characters"):
        key_for_restored_store(fresh, " ", parse_recovery_key(words))
    target = key_for_restored_store(fresh, "a long enough one", parse_recovery_key(words))
    restore(fresh, copy, parse_recovery_key(words), target)
    assert opens_with(db_path(fresh), StoreKey.from_passphrase("a long enough one"))


def test_a_backup_keeps_opening_with_its_own_passphrase_on_a_new_machine(tmp_path: Path) -> None:
    """The rule is for new passphrases: a backup's own, chosen before the rule, still restores."""
    own = StoreKey.from_passphrase("old pw")
    assert key_for_restored_store(tmp_path / "new", "old pw", own) == own
