"""The store's key: a random 256-bit key kept in the OS keyring, or the user's passphrase.

With a keyring the raw key is used (``PRAGMA key = "x'…'"``), so opening costs no key
derivation. Without one (headless Linux, CI) the passphrase is handed to SQLCipher, which
derives the key with PBKDF2. The key is never written to disk by finapp.

The keyring entry is found by a random store id kept beside the database (``store.id``), not by
the database path, so moving the data directory does not lose the key.
"""

from __future__ import annotations

import contextlib
import logging
import secrets
import uuid
from dataclasses import dataclass
from pathlib import Path

import keyring
import keyring.errors
from keyring.backends import fail

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


def keyring_usable() -> bool:
    """True when an OS keyring backend is present (not keyring's "fail" placeholder)."""
    try:
        backend = keyring.get_keyring()
    except Exception:  # a broken backend configuration must not stop the app
        return False
    return not isinstance(backend, fail.Keyring) and getattr(backend, "priority", 1) > 0


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
    if sid is None or not keyring_usable():
        return None
    try:
        value = keyring.get_password(KEYRING_SERVICE, sid)
    except keyring.errors.KeyringError as exc:
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
    if sid is None or not keyring_usable():
        return
    with contextlib.suppress(keyring.errors.PasswordDeleteError):
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
