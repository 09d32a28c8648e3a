"""Keys that cannot strand the user: recovery key, passphrase change, keyring ↔ passphrase."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from sqlalchemy import text

from finapp.errors import InvalidInputError, NotAvailableError, StoreBusyError
from finapp.services.backup import backup, backup_files
from finapp.services.encrypted_file import connect, opens_with
from finapp.services.keys_admin import (
    change_passphrase,
    format_recovery_key,
    parse_recovery_key,
    recovery_key,
    take_unshown_recovery_key,
    use_keyring,
)
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, keyring_usable, new_raw_key, save_keyring_key
from tests.cli_in_process import run_main
from tests.conftest import PASSPHRASE, MemoryKeyring, as_os_keyring
from tests.helpers import run_cli
from tests.safety import processes

#: these tests are about the passphrase: their store is protected by one, not the keyring
pytestmark = pytest.mark.passphrase

NEW = "a much better passphrase"
Install = Callable[[KeyringBackend], None]


@as_os_keyring
class FlakyKeyring(MemoryKeyring):
    """A keyring that works until told to fail, the way a locked or vanished one does."""

    def __init__(self, error: Exception | None = None) -> None:
        super().__init__()
        self.error = error
        self.writes = 0

    def set_password(self, service: str, username: str, password: str) -> None:
        self.writes += 1
        if self.error is not None:
            raise self.error
        super().set_password(service, username, password)


class PlaintextKeyring(MemoryKeyring):
    """Named like keyrings.alt's file keyring, which keeps secrets readable on disk."""

    __module__ = "keyrings.alt.file"
    __qualname__ = "PlaintextKeyring"


def _chain(*members: MemoryKeyring) -> chainer.ChainerBackend:
    class Chain(chainer.ChainerBackend):
        backends = members  # type: ignore[assignment]

    return Chain()


@pytest.fixture
def active_keyring() -> Iterator[Callable[[KeyringBackend], None]]:
    """Install a backend for one test; the fail backend comes back afterwards."""
    yield keyring.set_keyring
    keyring.set_keyring(fail.Keyring())


def test_recovery_key_reads_back_and_catches_typos() -> None:
    raw = new_raw_key()
    words = format_recovery_key(raw)
    assert all(len(group) == 4 for group in words.split("-")[:-1])
    assert parse_recovery_key(words).raw == raw
    assert parse_recovery_key(" " + words.lower().replace("-", " ") + "\n").raw == raw
    typo = words.replace(words[5], "A" if words[5] != "A" else "B", 1)
    with pytest.raises(InvalidInputError, match="mistyped"):
        parse_recovery_key(typo)


def test_the_recovery_key_is_offered_once_for_a_keyring_store(
    memory_keyring: MemoryKeyring, data_dir: Path
) -> None:
    store = open_store(data_dir)
    try:
        shown = take_unshown_recovery_key(store)
        assert shown == recovery_key(data_dir)
        assert parse_recovery_key(shown or "").raw == store.key.raw
        assert take_unshown_recovery_key(store) is None
    finally:
        store.close()


def test_a_keyring_store_whose_key_was_shown_opens_while_another_finapp_writes(
    memory_keyring: MemoryKeyring, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once the key was shown, opening only reads that it was: a command started while the
    app imports does not wait for the import (nor say the store is busy) before it can list."""
    store = open_store(data_dir)
    assert take_unshown_recovery_key(store) is not None
    store.close()
    monkeypatch.setenv("FINAPP_BUSY_TIMEOUT", "0")
    reopened = open_store(data_dir)
    try:
        with connect(reopened.path, reopened.key) as writer:
            writer.execute("BEGIN IMMEDIATE")  # another finapp in the middle of writing
            assert take_unshown_recovery_key(reopened) is None
            assert list_transactions(reopened) == []
            writer.execute("ROLLBACK")
    finally:
        reopened.close()


def test_a_passphrase_store_has_no_separate_recovery_key(store: Store) -> None:
    assert take_unshown_recovery_key(store) is None
    with pytest.raises(NotAvailableError, match="passphrase"):
        recovery_key(store.data_dir)


def test_passphrase_change_rekeys_the_store_and_its_backups(filled: Store) -> None:
    data_dir = filled.data_dir
    backup(filled)
    count = len(list_transactions(filled))
    filled.close()
    changed = processes.cli(data_dir, "passphrase", "change", FINAPP_NEW_PASSPHRASE=NEW)
    assert changed.returncode == 0, changed.stderr
    old = run_cli(data_dir, "transactions", "--json", passphrase=PASSPHRASE)
    assert old.returncode == 2 and old.stderr.count("\n") == 1
    assert "wrong passphrase" in old.stderr
    new = processes.cli(data_dir, "transactions", "--json", FINAPP_PASSPHRASE=NEW)
    assert new.returncode == 0, new.stderr
    assert len(json.loads(new.stdout)) == count
    for path in backup_files(data_dir):
        assert opens_with(path, StoreKey.from_passphrase(NEW))
        assert not opens_with(path, StoreKey.from_passphrase(PASSPHRASE))


def test_a_key_change_cut_short_leaves_every_file_readable_with_the_old_key(
    filled: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Backups are probed read-only; a half-done re-encryption must never look stranded."""
    data_dir = filled.data_dir
    backup(filled)
    filled.close()
    old = StoreKey.from_passphrase(PASSPHRASE)

    def power_cut(*_: object) -> None:
        raise KeyboardInterrupt  # the moment the new copy would replace the old file

    monkeypatch.setattr("finapp.services.encrypted_file.os.replace", power_cut)
    with pytest.raises(KeyboardInterrupt):
        change_passphrase(data_dir, old, NEW)
    files = [*backup_files(data_dir), data_dir / "finapp.db"]
    assert all(opens_with(path, old) for path in files)
    leftovers = [p.name for p in data_dir.rglob("*") if p.name.endswith((".partial", "-journal"))]
    assert leftovers == []


def test_a_passphrase_is_never_taken_from_an_argument(store: Store) -> None:
    store.close()
    proc = run_cli(store.data_dir, "passphrase", "change", NEW)
    assert proc.returncode == 2 and "unrecognized arguments" in proc.stderr
    assert opens_with(store.path, StoreKey.from_passphrase(PASSPHRASE))


def test_a_short_new_passphrase_is_refused_and_nothing_changes(store: Store) -> None:
    store.close()
    with pytest.raises(InvalidInputError, match="at least"):
        change_passphrase(store.data_dir, store.key, "short")
    assert opens_with(store.path, StoreKey.from_passphrase(PASSPHRASE))


def test_switching_to_the_keyring_and_back(memory_keyring: MemoryKeyring, filled: Store) -> None:
    data_dir = filled.data_dir
    backup(filled)
    expected = [t.payee for t in list_transactions(filled)]
    filled.close()

    result = use_keyring(data_dir, filled.key)
    assert result.mode == "keyring" and result.backups_rekeyed == 1
    keyring_store = open_store(data_dir)  # no passphrase: the keyring opens it
    assert [t.payee for t in list_transactions(keyring_store)] == expected
    keyring_store.close()
    assert not opens_with(data_dir / "finapp.db", StoreKey.from_passphrase(PASSPHRASE))
    assert recovery_key(data_dir)

    change_passphrase(data_dir, keyring_store.key, NEW)
    assert memory_keyring.entries == {}, "the keyring entry goes once the passphrase works"
    back = open_store(data_dir, passphrase=NEW)
    assert [t.payee for t in list_transactions(back)] == expected
    back.close()
    assert all(opens_with(p, StoreKey.from_passphrase(NEW)) for p in backup_files(data_dir))


def test_a_switch_interrupted_after_saving_the_keyring_key_still_opens(
    memory_keyring: MemoryKeyring, store: Store
) -> None:
    store.close()
    save_keyring_key(store.data_dir, new_raw_key())  # the crash came before the rekey
    reopened = open_store(store.data_dir, passphrase=PASSPHRASE)
    assert reopened.key.source == "passphrase"
    reopened.close()


@pytest.mark.parametrize(
    "backend",
    [
        fail.Keyring(),
        PlaintextKeyring(),
        FlakyKeyring(keyring.errors.KeyringLocked("locked")),
        FlakyKeyring(keyring.errors.NoKeyringError("gone")),
        FlakyKeyring(RuntimeError("org.freedesktop.DBus.Error.ServiceUnknown")),
        FlakyKeyring(OSError("secretstorage: cannot connect to the session bus")),
        _chain(),
        _chain(PlaintextKeyring(), PlaintextKeyring()),
    ],
    ids=[
        "fail",
        "plaintext",
        "locked",
        "no-keyring",
        "dbus",
        "secretstorage",
        "empty-chain",
        "chain-of-plaintext",
    ],
)
def test_no_usable_keyring_where_it_is_a_placeholder_plain_text_or_broken(
    active_keyring: Install, backend: KeyringBackend
) -> None:
    active_keyring(backend)
    assert keyring_usable() is False


def test_a_working_secure_keyring_is_usable_and_the_probe_leaves_nothing_behind(
    active_keyring: Install,
) -> None:
    backend = FlakyKeyring()
    active_keyring(backend)
    assert keyring_usable() is True
    assert backend.entries == {}
    active_keyring(_chain(MemoryKeyring(), MemoryKeyring()))
    assert keyring_usable() is True


def test_the_answer_is_kept_for_the_keyring_in_use(active_keyring: Install) -> None:
    backend = FlakyKeyring()
    active_keyring(backend)
    assert keyring_usable() and keyring_usable()
    assert backend.writes == 1, "one probe per keyring, not one per question"
    other = FlakyKeyring(RuntimeError("no D-Bus"))
    active_keyring(other)
    assert keyring_usable() is False and other.writes == 1


def test_a_keyring_failing_after_the_check_changes_nothing(
    active_keyring: Install, store: Store
) -> None:
    backend = FlakyKeyring()
    active_keyring(backend)
    assert keyring_usable()
    backend.error = keyring.errors.KeyringLocked("the keyring was locked meanwhile")
    store.close()
    with pytest.raises(NotAvailableError, match="passphrase still protects"):
        use_keyring(store.data_dir, store.key)
    assert backend.entries == {}
    assert opens_with(store.path, StoreKey.from_passphrase(PASSPHRASE))
    reopened = open_store(store.data_dir, passphrase=PASSPHRASE)
    assert reopened.key.source == "passphrase"
    reopened.close()


def test_a_store_in_use_refuses_the_keyring_switch_before_the_keyring_is_touched(
    memory_keyring: MemoryKeyring, store: Store
) -> None:
    with store.read() as session:  # still open here: another window, or a task still running
        session.execute(text("SELECT 1"))
    with pytest.raises(StoreBusyError):
        use_keyring(store.data_dir, store.key)
    assert memory_keyring.entries == {}, "no keyring key for a store that stayed on its passphrase"


def _at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command's stderr (capsys's capture) answers as a person's terminal does."""
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)


def test_off_a_terminal_the_recovery_key_stays_out_of_the_log_until_a_terminal_shows_it(
    keyring_data_dir: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A scheduled first import (``>>cron.log 2>&1``) wrote the store's raw key into the log,
    in plain text beside the store it opens, "shown once" to nobody. Off a terminal one line,
    once, says where to find it; the first run at a terminal still shows it, once."""
    argv = ["--data-dir", str(keyring_data_dir), "accounts"]
    code, out, err = run_main(argv, capsys)
    words = recovery_key(keyring_data_dir)
    assert code == 0, err
    assert words not in out + err
    assert err.count("\n") == 1 and "`finapp recovery-key` shows it" in err
    assert run_main(argv, capsys)[::2] == (0, ""), "one line in a daily log, not one a day"
    _at_a_terminal(monkeypatch)
    code, _, err = run_main(argv, capsys)
    assert code == 0 and f"write it down and keep it away from this computer: {words}" in err
    code, _, err = run_main(argv, capsys)
    assert (code, err) == (0, ""), "shown once"


def test_after_moving_back_to_the_keyring_the_new_recovery_key_is_shown(
    memory_keyring: MemoryKeyring,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _at_a_terminal(monkeypatch)  # the user who switches at a terminal sees the new key there
    first = open_store(data_dir)  # a keyring store: its recovery key shown on first use
    first_words = take_unshown_recovery_key(first)
    first.close()
    change_passphrase(data_dir, first.key, NEW)
    monkeypatch.setenv("FINAPP_PASSPHRASE", NEW)
    code, out, err = run_main(["--data-dir", str(data_dir), "passphrase", "use-keyring"], capsys)
    assert code == 0, err
    words = recovery_key(data_dir)
    assert words != first_words
    assert f"write it down and keep it away from this computer: {words}" in err
    assert "a recovery key written down before no longer opens" in out
    again = open_store(data_dir)
    assert take_unshown_recovery_key(again) is None, "shown once"
    again.close()


def _keyring_entry_lost(data_dir: Path, memory_keyring: MemoryKeyring) -> str:
    """A keyring store made, its recovery key written down, then the keyring reset (a new login
    keyring): the recovery key, the one way back."""
    open_store(data_dir).close()
    words = recovery_key(data_dir)
    memory_keyring.entries.clear()
    return words


def test_a_store_moved_without_its_store_id_names_the_recovery_key(
    keyring_data_dir: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A household that copies finapp.db alone into ~/Documents/money leaves behind store.id,
    the name of its keyring entry: the key cannot be found, and finapp cannot tell such a store
    from one under a passphrase. It said "protected by a passphrase" to people who never chose
    one; it names the recovery key too, which opens the store and puts the key back."""
    open_store(keyring_data_dir).close()
    words = recovery_key(keyring_data_dir)
    moved = tmp_path / "Documents" / "money"
    moved.mkdir(parents=True)
    (moved / "finapp.db").write_bytes((keyring_data_dir / "finapp.db").read_bytes())

    code, _, err = run_main(["--data-dir", str(moved), "accounts"], capsys)
    assert code == 2 and err.count("\n") == 1
    assert "FINAPP_PASSPHRASE" in err and "FINAPP_RECOVERY_KEY" in err and "recovery key" in err

    monkeypatch.setenv("FINAPP_RECOVERY_KEY", words)
    code, _, err = run_main(["--data-dir", str(moved), "passphrase", "use-keyring"], capsys)
    assert code == 0, err
    monkeypatch.delenv("FINAPP_RECOVERY_KEY")
    code, _, err = run_main(["--data-dir", str(moved), "accounts"], capsys)
    assert code == 0, err


def test_a_lost_keyring_entry_is_said_as_such_and_the_recovery_key_puts_it_back(
    keyring_data_dir: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = keyring_data_dir
    words = _keyring_entry_lost(data_dir, memory_keyring)

    for command in (["accounts"], ["recovery-key"]):
        code, _, err = run_main(["--data-dir", str(data_dir), *command], capsys)
        assert code == 2
        assert "keyring has no key for this store" in err and "recovery key" in err
        assert "protected by a passphrase" not in err and "protected by your" not in err

    monkeypatch.setenv("FINAPP_RECOVERY_KEY", words)
    code, out, err = run_main(["--data-dir", str(data_dir), "passphrase", "use-keyring"], capsys)
    assert code == 0, err
    assert "the recovery key is unchanged" in out
    monkeypatch.delenv("FINAPP_RECOVERY_KEY")
    assert recovery_key(data_dir) == words
    open_store(data_dir).close()  # with the keyring alone again


def test_with_the_recovery_key_a_store_whose_keyring_entry_was_lost_gets_a_passphrase(
    keyring_data_dir: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    data_dir = keyring_data_dir
    words = _keyring_entry_lost(data_dir, memory_keyring)
    monkeypatch.setenv("FINAPP_RECOVERY_KEY", words)
    monkeypatch.setenv("FINAPP_NEW_PASSPHRASE", NEW)
    code, _, err = run_main(["--data-dir", str(data_dir), "passphrase", "change"], capsys)
    assert code == 0, err
    open_store(data_dir, passphrase=NEW).close()


def test_the_store_id_naming_the_keyring_entry_is_the_users_alone(
    keyring_data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    keyring_data_dir.mkdir(mode=0o755)  # a folder the user made, others may list
    previous = os.umask(0o022)
    try:
        open_store(keyring_data_dir).close()
    finally:
        os.umask(previous)
    assert (keyring_data_dir / "store.id").stat().st_mode & 0o777 == 0o600


def test_a_new_stores_files_are_the_users_alone_while_it_is_open(
    keyring_data_dir: Path, memory_keyring: MemoryKeyring
) -> None:
    """The database and SQLite's write-ahead log and shared-memory files beside it, from the
    first run on (they were 0644 under a usual umask until the next start)."""
    keyring_data_dir.mkdir(mode=0o700)
    previous = os.umask(0o022)
    try:
        store = open_store(keyring_data_dir)
    finally:
        os.umask(previous)
    try:
        modes = {
            p.name: p.stat().st_mode & 0o777
            for p in keyring_data_dir.iterdir()
            if p.name.startswith("finapp.db")
        }
    finally:
        store.close()
    assert set(modes) >= {"finapp.db", "finapp.db-wal", "finapp.db-shm"}
    assert set(modes.values()) == {0o600}, modes


def test_after_a_switch_to_a_passphrase_no_one_is_sent_to_the_old_recovery_key(
    keyring_data_dir: Path,
    memory_keyring: MemoryKeyring,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The recovery key written down opened the keyring store; once the store is under a
    passphrase it opens nothing, and both the switch and ``recovery-key`` say so."""
    data_dir = keyring_data_dir
    open_store(data_dir).close()
    words = recovery_key(data_dir)
    monkeypatch.setenv("FINAPP_NEW_PASSPHRASE", NEW)
    code, out, err = run_main(["--data-dir", str(data_dir), "passphrase", "change"], capsys)
    assert code == 0, err
    assert "recovery key you wrote down no longer opens" in out
    monkeypatch.setenv("FINAPP_PASSPHRASE", NEW)
    code, out, err = run_main(["--data-dir", str(data_dir), "recovery-key"], capsys)
    assert code == 2 and out == ""
    assert "no recovery key" in err and "passphrase is the only way" in err
    assert "FINAPP_RECOVERY_KEY" not in err and "recovery key you wrote down opens" not in err
    monkeypatch.delenv("FINAPP_PASSPHRASE")
    monkeypatch.setenv("FINAPP_RECOVERY_KEY", words)
    code, _, err = run_main(["--data-dir", str(data_dir), "accounts"], capsys)
    assert code == 2 and "wrong passphrase or key" in err  # what the switch said


def test_a_change_from_one_passphrase_to_another_says_nothing_of_a_recovery_key(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store.close()
    monkeypatch.setenv("FINAPP_NEW_PASSPHRASE", NEW)
    code, out, err = run_main(["--data-dir", str(store.data_dir), "passphrase", "change"], capsys)
    assert code == 0, err
    assert "recovery key you wrote down" not in out
