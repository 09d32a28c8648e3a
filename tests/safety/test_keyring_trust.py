"""The store's key goes only into an OS-provided keyring; any other backend means a passphrase."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail

from finapp.errors import NotAvailableError, PassphraseRequiredError
from finapp.services.keys_admin import change_passphrase, use_keyring
from finapp.services.opening import open_store
from finapp.services.wipe import wipe_all
from finapp.store.keys import (
    KEYRING_SERVICE,
    StoreKey,
    keyring_usable,
    new_raw_key,
    store_id,
)
from tests.conftest import PASSPHRASE, MemoryKeyring

Install = Callable[[KeyringBackend], None]


class RecordingKeyring(MemoryKeyring):
    """A fake backend that remembers every secret ever written to it, probes included."""

    def __init__(self) -> None:
        super().__init__()
        self.written: list[str] = []

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written.append(username)
        super().set_password(service, username, password)


def backend_named(module: str, name: str, priority: float = 5) -> RecordingKeyring:
    """A recording backend carrying the module and class name of a real one."""
    body = {"__module__": module, "__qualname__": name, "priority": priority}
    return type(name, (RecordingKeyring,), body)()


#: Backends people have installed beside keyring; none of them is the OS's own secret store.
UNTRUSTED = {
    "keyrings.alt plain text": ("keyrings.alt.file", "PlaintextKeyring", 0.5),
    "keyrings.alt encrypted file": ("keyrings.alt.file", "EncryptedKeyring", 0.6),
    "keyrings.cryptfile": ("keyrings.cryptfile.cryptfile", "CryptFileKeyring", 2.5),
    "a vendor plugin": ("acme_vault.keyring", "Keyring", 10),
    "a subclass of the Secret Service one": ("acme_vault.keyring", "SecretService.Keyring", 10),
}


@pytest.fixture
def active_keyring() -> Iterator[Install]:
    yield keyring.set_keyring
    keyring.set_keyring(fail.Keyring())


def _chain(*members: KeyringBackend) -> chainer.ChainerBackend:
    class Chain(chainer.ChainerBackend):
        backends = members  # type: ignore[assignment]

    return Chain()


@pytest.mark.parametrize("identity", UNTRUSTED.values(), ids=UNTRUSTED.keys())
def test_a_keyring_that_is_not_the_os_one_gets_no_key_and_a_passphrase_is_asked(
    active_keyring: Install, tmp_path: Path, identity: tuple[str, str, float]
) -> None:
    backend = backend_named(*identity)
    active_keyring(backend)
    assert keyring_usable() is False
    with pytest.raises(PassphraseRequiredError, match="FINAPP_PASSPHRASE"):
        open_store(tmp_path / "data")
    assert backend.written == [], "not even a probe entry"


def test_switching_to_an_untrusted_keyring_is_refused_and_nothing_is_written(
    active_keyring: Install, tmp_path: Path
) -> None:
    backend = backend_named("keyrings.alt.file", "PlaintextKeyring", 0.5)
    active_keyring(backend)
    store = open_store(tmp_path / "data", passphrase=PASSPHRASE)
    store.close()
    with pytest.raises(NotAvailableError):
        use_keyring(store.data_dir, store.key)
    assert backend.written == []


@pytest.mark.parametrize(
    "identity",
    [
        ("keyring.backends.SecretService", "Keyring"),
        ("keyring.backends.kwallet", "DBusKeyring"),
        ("keyring.backends.macOS", "Keyring"),
        ("keyring.backends.Windows", "WinVaultKeyring"),
    ],
    ids=["secret-service", "kwallet", "macos-keychain", "windows-credential-locker"],
)
def test_an_os_keyring_keeps_the_key_and_nothing_is_asked(
    active_keyring: Install, tmp_path: Path, identity: tuple[str, str]
) -> None:
    backend = backend_named(*identity)
    active_keyring(backend)
    store = open_store(tmp_path / "data")
    store.close()
    assert store.key.source == "keyring"
    sid = store_id(store.data_dir, create=False)
    assert backend.get_password(KEYRING_SERVICE, sid or "") == (store.key.raw or b"").hex()
    again = open_store(store.data_dir)
    assert again.key == store.key
    again.close()


def test_beside_a_plain_text_keyring_the_os_one_is_used_and_the_other_never_written(
    active_keyring: Install, tmp_path: Path
) -> None:
    """keyrings.alt installed on a desktop: keyring chains it behind the Secret Service."""
    os_keyring = backend_named("keyring.backends.SecretService", "Keyring")
    plain = backend_named("keyrings.alt.file", "PlaintextKeyring", 0.5)
    active_keyring(_chain(os_keyring, plain))
    store = open_store(tmp_path / "data")
    store.close()
    assert store.key.source == "keyring"
    assert len(os_keyring.entries) == 1
    assert plain.written == []


def test_a_chain_without_an_os_keyring_means_a_passphrase(
    active_keyring: Install, tmp_path: Path
) -> None:
    plain = backend_named("keyrings.alt.file", "PlaintextKeyring", 0.5)
    encrypted = backend_named("keyrings.alt.file", "EncryptedKeyring", 0.6)
    active_keyring(_chain(encrypted, plain))
    with pytest.raises(PassphraseRequiredError):
        open_store(tmp_path / "data")
    assert plain.written == [] and encrypted.written == []


def _store_keyed_in(backend: RecordingKeyring, data_dir: Path) -> None:
    """A store an older finapp created with its key in ``backend``, whatever that was."""
    raw = new_raw_key()
    open_store(data_dir, key=StoreKey.from_raw(raw, source="keyring")).close()
    backend.set_password(KEYRING_SERVICE, store_id(data_dir, create=True) or "", raw.hex())


def test_a_key_an_older_version_left_in_a_plain_text_keyring_still_opens_and_goes_away(
    active_keyring: Install, tmp_path: Path
) -> None:
    plain = backend_named("keyrings.alt.file", "PlaintextKeyring", 0.5)
    active_keyring(plain)
    data_dir = tmp_path / "data"
    _store_keyed_in(plain, data_dir)
    store = open_store(data_dir)  # never stranded by the stricter rule
    store.close()
    change_passphrase(data_dir, store.key, "a passphrase of my own")
    assert plain.entries == {}, "moving to a passphrase removes the exposed key"
    assert open_store(data_dir, passphrase="a passphrase of my own").key.source == "passphrase"


def test_wipe_removes_a_key_left_in_a_plain_text_keyring(
    active_keyring: Install, tmp_path: Path
) -> None:
    os_keyring = backend_named("keyring.backends.SecretService", "Keyring")
    plain = backend_named("keyrings.alt.file", "PlaintextKeyring", 0.5)
    active_keyring(plain)
    data_dir = tmp_path / "data"
    _store_keyed_in(plain, data_dir)
    active_keyring(_chain(os_keyring, plain))
    result = wipe_all(data_dir)
    assert plain.entries == {} and os_keyring.entries == {}
    assert result.keyring_problem is None
