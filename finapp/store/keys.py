"""The store's key: a random 256-bit key kept in the OS keyring, or the user's passphrase.

With a keyring the raw key is used (``PRAGMA key = "x'…'"``), so opening costs no key
derivation. Without one (headless Linux, CI) the passphrase is handed to SQLCipher, which
derives the key with PBKDF2. The key is never written to disk by finapp.

The keyring entry is found by a random store id kept beside the database (``store.id``), not by
the database path, so moving the data directory does not lose the key.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from finapp.errors import PassphraseRequiredError
from finapp.paths import STORE_ID_FILE

KEYRING_SERVICE = "finapp"
log = logging.getLogger("finapp.store")


@dataclass(frozen=True, slots=True)
class StoreKey:
    """What to hand to ``PRAGMA key``: either raw key bytes or a passphrase."""

    source: str  # "keyring", "passphrase" or "raw"
    raw: bytes | None = None
    passphrase: str | None = None

    @classmethod
    def from_passphrase(cls, passphrase: str) -> StoreKey:
        return cls(source="passphrase", passphrase=passphrase)

    @classmethod
    def from_raw(cls, raw: bytes, source: str = "raw") -> StoreKey:
        return cls(source=source, raw=raw)

    def pragma_value(self) -> str:
        """The value for ``PRAGMA key``: SQLCipher's raw-key form ``x'…'`` or the passphrase."""
        if self.raw is not None:
            return f"x'{self.raw.hex()}'"
        assert self.passphrase is not None
        return self.passphrase

    def pragma_literal(self) -> str:
        """The value quoted for use in SQL (``PRAGMA rekey``, ``ATTACH … KEY``)."""
        return '"' + self.pragma_value().replace('"', '""') + '"'


def new_raw_key() -> bytes:
    """A fresh random 256-bit key."""
    return secrets.token_bytes(32)


#: words in a backend's module or class name that say it keeps secrets readable on disk
_INSECURE_WORDS = ("plaintext", "unencrypted", "insecure")


def keyring_usable() -> bool:
    """True when the active keyring is a secure store that really keeps and returns a secret.

    The one answer to "may finapp keep the store's key in the keyring?": the GUI offers the
    keyring only where this says yes, and new keys go there only then. A backend merely being
    present is not enough: a locked or absent Secret Service, a D-Bus session that is gone or a
    plain-text file keyring all look present. Probing writes one throwaway entry, so the answer
    is kept for as long as the same backend is active (the whole process, in practice).
    """
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration must not stop the app
        log.warning("keyring not usable: %s", type(exc).__name__)
        return False
    return _verdict(backend)


@functools.lru_cache(maxsize=1)
def _verdict(backend: KeyringBackend) -> bool:
    if not _is_secure(backend):
        log.info("keyring not used: %s is not a secure store", type(backend).__name__)
        return False
    return _round_trip_works(backend)


def _is_secure(backend: KeyringBackend) -> bool:
    """Whether ``backend`` is an encrypted OS store rather than a placeholder or plain text.

    A chained backend counts only when every member does: the chainer falls through to the
    next member, so a plain-text one behind a secure one could still end up holding the key.
    Priority below 1 is how keyring itself marks backends it would rather not use.
    """
    if isinstance(backend, fail.Keyring | null.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend):
        members = list(backend.backends)
        return bool(members) and all(_is_secure(member) for member in members)
    kind = type(backend)
    name = f"{kind.__module__}.{kind.__qualname__}".lower()
    if any(word in name for word in _INSECURE_WORDS):
        return False
    try:
        return float(backend.priority) >= 1
    except Exception:  # backends report an unusable platform by raising here
        return False


def _round_trip_works(backend: KeyringBackend) -> bool:
    """Set, read back and delete a throwaway entry; any failure means the keyring is unusable."""
    entry, value = f"probe-{uuid.uuid4().hex}", secrets.token_hex(16)
    try:
        backend.set_password(KEYRING_SERVICE, entry, value)
        try:
            returned = backend.get_password(KEYRING_SERVICE, entry)
        finally:
            backend.delete_password(KEYRING_SERVICE, entry)
    except Exception as exc:  # KeyringError, D-Bus and secretstorage errors, RuntimeError…
        log.warning("keyring not usable: %s: %s", type(exc).__name__, exc)
        return False
    if returned != value:
        log.warning("keyring not usable: %s does not return what it stored", type(backend).__name__)
        return False
    return True


def store_id(data_dir: Path, *, create: bool) -> str | None:
    """The random id naming this store's keyring entry."""
    path = data_dir / STORE_ID_FILE
    if path.exists():
        return path.read_text(encoding="ascii").strip() or None
    if not create:
        return None
    value = uuid.uuid4().hex
    path.write_text(value + "\n", encoding="ascii")
    return value


def load_keyring_key(data_dir: Path) -> bytes | None:
    """The raw key in the keyring for this store, or None."""
    sid = store_id(data_dir, create=False)
    if sid is None:
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, sid)
    except keyring.errors.NoKeyringError:
        return None
    except Exception as exc:  # a broken keyring: the passphrase (or recovery key) still opens
        log.warning("keyring unavailable: %s", type(exc).__name__)
        return None
    if not value:
        return None
    try:
        return bytes.fromhex(value)
    except ValueError:
        return None


def save_keyring_key(data_dir: Path, raw: bytes) -> None:
    sid = store_id(data_dir, create=True)
    assert sid is not None
    keyring.set_password(KEYRING_SERVICE, sid, raw.hex())


def delete_keyring_key(data_dir: Path) -> None:
    """Remove this store's keyring entry, if any."""
    sid = store_id(data_dir, create=False)
    if sid is None:
        return
    with contextlib.suppress(keyring.errors.NoKeyringError, keyring.errors.PasswordDeleteError):
        keyring.delete_password(KEYRING_SERVICE, sid)


def resolve_key(data_dir: Path, db_exists: bool, passphrase: str | None) -> StoreKey:
    """Decide which key opens (or creates) the store in ``data_dir``.

    An existing store opens with its keyring entry when there is one, else with the passphrase.
    A new store uses the passphrase when the user gave one, else a new key in the keyring.
    """
    if db_exists:
        raw = load_keyring_key(data_dir)
        if raw is not None:
            return StoreKey.from_raw(raw, source="keyring")
        if passphrase:
            return StoreKey.from_passphrase(passphrase)
        raise PassphraseRequiredError(
            f"{data_dir}: this store is protected by a passphrase; set FINAPP_PASSPHRASE"
        )
    if passphrase:
        return StoreKey.from_passphrase(passphrase)
    if keyring_usable():
        raw = new_raw_key()
        try:
            save_keyring_key(data_dir, raw)
        except keyring.errors.KeyringError:
            raise PassphraseRequiredError(
                f"{data_dir}: the system keyring refused to store the key; set FINAPP_PASSPHRASE"
            ) from None
        return StoreKey.from_raw(raw, source="keyring")
    raise PassphraseRequiredError(
        f"{data_dir}: no system keyring is available; set FINAPP_PASSPHRASE to protect the store"
    )
