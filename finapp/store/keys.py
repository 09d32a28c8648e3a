"""The store's key: a random 256-bit key kept in the OS keyring, or the user's passphrase.

With a keyring the raw key is used (``PRAGMA key = "x'…'"``), so opening costs no key
derivation. Without one (headless Linux, CI) the key is the passphrase's, derived with PBKDF2 as
SQLCipher does, once a process for each file (:mod:`finapp.store.key_stretching`). The key is
never written to disk by finapp.

The keyring entry is found by a random store id kept beside the database (``store.id``), not by
the database path, so moving the data directory does not lose the key.

:mod:`keyring` is imported only by the functions that talk to it: it brings in ``http.client``,
``ssl`` and ``email``, a sixth of the CLI's start-up, and a store opened with a passphrase from
the environment (no ``store.id``) never asks the keyring anything.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import secrets
import uuid
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from finapp.errors import InvalidInputError, PassphraseRequiredError, Problem
from finapp.paths import STORE_ID_FILE
from finapp.store.key_stretching import (
    new_file_pragma,
    normalised_passphrase,
    passphrase_pragma,
)

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

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

    def pragma_value(self, path: Path) -> str:
        """The value for ``PRAGMA key`` that opens ``path``: SQLCipher's raw-key form ``x'…'``,
        a passphrase stretched by finapp once a process (:mod:`finapp.store.key_stretching`)."""
        if self.raw is not None:
            return f"x'{self.raw.hex()}'"
        assert self.passphrase is not None
        return passphrase_pragma(self.passphrase, path)

    def new_file_pragma_value(self, salt: bytes) -> str:
        """The value for ``PRAGMA key`` (or ``ATTACH … KEY``) that makes a new file, with
        ``salt`` in its header when the key is a passphrase's."""
        if self.raw is not None:
            return f"x'{self.raw.hex()}'"
        assert self.passphrase is not None
        return new_file_pragma(self.passphrase, salt)


def pragma_literal(value: str) -> str:
    """A ``PRAGMA key`` value quoted for use in SQL (``PRAGMA key``, ``ATTACH … KEY``)."""
    return '"' + value.replace('"', '""') + '"'


#: The shortest passphrase that may protect a store (spaces at either end not counted).
MIN_PASSPHRASE_LENGTH = 8


class PassphraseProblem(Enum):
    """Why a passphrase may not protect a store; the GUI words each in the user's language."""

    BLANK = "blank"  # empty, or nothing but spaces
    TOO_SHORT = "too_short"


def passphrase_problem(passphrase: str | None) -> PassphraseProblem | None:
    """The one rule for every new passphrase (new store, change, restore): None when it may be used.

    Padding does not make a passphrase longer to guess, so spaces at either end do not count;
    they are not part of the key either (:func:`normalised_passphrase`).
    """
    text = normalised_passphrase(passphrase or "")
    if not text:
        return PassphraseProblem.BLANK
    if len(text) < MIN_PASSPHRASE_LENGTH:
        return PassphraseProblem.TOO_SHORT
    return None


def check_new_passphrase(passphrase: str | None) -> StoreKey:
    """The key a new passphrase stands for, normalised as every new key is (the same visible
    passphrase opens the store however it is typed); :class:`InvalidInputError` saying why it
    may not protect a store."""
    if passphrase_problem(passphrase) is not None:
        raise InvalidInputError(
            Problem(
                "passphrase.too_short",
                f"The new passphrase must have at least {MIN_PASSPHRASE_LENGTH} characters "
                "other than spaces at either end; nothing was changed",
                length=MIN_PASSPHRASE_LENGTH,
            )
        )
    assert passphrase is not None
    return StoreKey.from_passphrase(normalised_passphrase(passphrase))


def new_raw_key() -> bytes:
    """A fresh random 256-bit key."""
    return secrets.token_bytes(32)


#: The OS-provided secret stores, by module and class: the only backends trusted with a store key.
#: GNOME's and KDE's Secret Service (directly, or through libsecret), KWallet, the macOS
#: Keychain and the Windows Credential Locker keep secrets encrypted under the user's login.
#: Anything else (keyrings.alt's plain-text and file-encrypted keyrings, a third-party plugin, a
#: placeholder) may leave the key readable on disk, so it counts as no keyring: a passphrase.
#: The class itself must be listed, not a parent: a subclass can store its secrets anywhere.
TRUSTED_BACKENDS: frozenset[tuple[str, str]] = frozenset(
    {
        ("keyring.backends.SecretService", "Keyring"),
        ("keyring.backends.libsecret", "Keyring"),
        ("keyring.backends.kwallet", "DBusKeyring"),
        ("keyring.backends.kwallet", "DBusKeyringKWallet4"),
        ("keyring.backends.macOS", "Keyring"),
        ("keyring.backends.Windows", "WinVaultKeyring"),
    }
)


def is_trusted(backend: KeyringBackend) -> bool:
    """Whether ``backend`` is one of the OS-provided secret stores in :data:`TRUSTED_BACKENDS`."""
    kind = type(backend)
    return (kind.__module__, kind.__qualname__) in TRUSTED_BACKENDS


def _active_backend() -> KeyringBackend | None:
    import keyring

    try:
        return keyring.get_keyring()
    except Exception as exc:  # a broken keyring configuration must not stop the app
        log.warning("keyring not usable: %s", type(exc).__name__)
        return None


def _members(backend: KeyringBackend) -> list[KeyringBackend]:
    """The backends that really hold secrets: a chainer's members in its order, else itself.

    keyring's chainer reads from every member in turn and writes to the first that does not
    decline, so going through it could reach a plain-text member; finapp never does, it
    addresses the members one by one.
    """
    from keyring.backends import chainer

    if isinstance(backend, chainer.ChainerBackend):
        try:
            return list(backend.backends)
        except Exception as exc:  # a member's platform check failing while listing them
            log.warning("keyring members not listed: %s", type(exc).__name__)
            return []
    return [backend]


def trusted_keyring() -> KeyringBackend | None:
    """The OS keyring finapp may keep a store key in, or None when there is none.

    That is the active backend when it is trusted; when the active one is keyring's chainer,
    its first trusted member (the chainer ranks members by priority), so an OS keyring still
    serves even where keyrings.alt is installed beside it.
    """
    active = _active_backend()
    if active is None:
        return None
    return next((member for member in _members(active) if is_trusted(member)), None)


def _holders() -> list[KeyringBackend]:
    """Every backend that may hold a store key: the trusted one first, then the others.

    Keys are only ever written to the trusted one; the others are read (a store whose key an
    older finapp put into a plain-text keyring must still open) and cleared when the key goes.
    """
    trusted = trusted_keyring()
    active = _active_backend()
    others = [] if active is None else _members(active) or [active]
    found = [trusted] if trusted is not None else []
    return found + [member for member in others if member is not trusted]


def keyring_usable() -> bool:
    """True when a trusted OS keyring is active and really keeps and returns a secret.

    The one answer to "may finapp keep the store's key in the keyring?": the GUI offers the
    keyring only where this says yes, and new keys go there only then. A trusted backend merely
    being present is not enough: a locked or absent Secret Service or a D-Bus session that is
    gone all look present. Probing writes one throwaway entry, so the answer is kept for as long
    as the same backend is active (the whole process, in practice).
    """
    backend = trusted_keyring()
    if backend is None:
        log.info("keyring not used: no OS-provided keyring is active")
        return False
    return _round_trip_works(backend)


@functools.lru_cache(maxsize=1)
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
    write_store_id(data_dir, value)
    return value


def write_store_id(data_dir: Path, sid: str) -> None:
    """Name ``sid`` as this store's keyring entry in ``store.id``, readable by the user alone."""
    path = data_dir / STORE_ID_FILE
    path.write_text(sid + "\n", encoding="ascii")
    with contextlib.suppress(OSError):  # readable by the user alone, whatever the umask
        path.chmod(0o600)


def _read_entry(backend: KeyringBackend, sid: str) -> bytes | None:
    import keyring.errors

    try:
        value = backend.get_password(KEYRING_SERVICE, sid)
    except Exception as exc:  # a broken keyring: the passphrase (or recovery key) still opens
        if not isinstance(exc, keyring.errors.NoKeyringError):
            log.warning("keyring unavailable: %s", type(exc).__name__)
        return None
    try:
        return bytes.fromhex(value) if value else None
    except ValueError:
        return None


def load_keyring_key(data_dir: Path) -> bytes | None:
    """The raw key in the keyring for this store, or None.

    Found in an untrusted keyring (put there by an older finapp) it is still used, so the store
    opens, with a warning: ``finapp passphrase change`` moves the store to a passphrase and
    removes that copy.
    """
    sid = store_id(data_dir, create=False)
    return None if sid is None else entry_key(sid)


def entry_key(sid: str) -> bytes | None:
    """The raw key the keyring keeps under the entry ``sid``, from the first keyring holding it."""
    for backend in _holders():
        raw = _read_entry(backend, sid)
        if raw is not None:
            if not is_trusted(backend):
                log.warning(
                    "the store's key is kept in %s, which is not an OS keyring; protect the "
                    "store with a passphrase (finapp passphrase change)",
                    type(backend).__name__,
                )
            return raw
    return None


def save_keyring_key(data_dir: Path, raw: bytes) -> None:
    """Keep ``raw`` in the trusted OS keyring (:class:`~keyring.errors.NoKeyringError` if none)."""
    import keyring.errors

    backend = trusted_keyring()
    if backend is None:
        raise keyring.errors.NoKeyringError("no OS-provided keyring is active")
    sid = store_id(data_dir, create=True)
    assert sid is not None
    backend.set_password(KEYRING_SERVICE, sid, raw.hex())


def delete_keyring_key(data_dir: Path) -> str | None:
    """Remove this store's entry from every keyring that may hold it.

    Returns what went wrong, for the user to act on, rather than raising: an entry that is not
    there is fine, but no keyring at all, or a locked or vanished one, leaves the entry (if any)
    behind, and the user learns its name to remove it by hand.
    """
    sid = store_id(data_dir, create=False)
    return None if sid is None else delete_entry(sid)


def delete_entry(sid: str) -> str | None:
    """Remove the entry ``sid`` from every keyring that may hold it; what went wrong, if any,
    in the words :func:`delete_keyring_key` gives."""
    holders = _holders()
    problems = [_delete_entry(backend, sid) for backend in holders] or ["NoKeyringError"]
    failed = [problem for problem in problems if problem]
    if not failed:
        return None
    return (
        f"the keyring entry {KEYRING_SERVICE}/{sid} could not be removed "
        f"({', '.join(failed)}); remove it with your system's keyring tool"
    )


def _delete_entry(backend: KeyringBackend, sid: str) -> str | None:
    """Delete one backend's entry; the error's name when it could not (absent is fine)."""
    import keyring.errors

    try:
        backend.delete_password(KEYRING_SERVICE, sid)
    except keyring.errors.PasswordDeleteError:
        return None
    except Exception as exc:  # NoKeyringError, D-Bus and secretstorage errors, RuntimeError…
        log.warning("keyring entry not removed: %s: %s", type(exc).__name__, exc)
        return type(exc).__name__
    return None


def _no_key_problem(data_dir: Path) -> Problem:
    """Why an existing store cannot be opened without a key from the user, as far as is known.

    A store without ``store.id`` is most likely under a passphrase, but it may be a keyring
    store copied without that file (``finapp.db`` alone moved to another folder): its keyring
    entry can no longer be found, and a file does not say which key it is under. Its owner never
    chose a passphrase, so the recovery key is named beside it. One with a ``store.id`` had a
    keyring key once and the keyring has none for it now (reset, a new login keyring, another
    machine), unless it was later moved to a passphrase: both ways back are named, the recovery
    key first.
    """
    sid = store_id(data_dir, create=False)
    if sid is None:
        return Problem(
            "passphrase.needed",
            f"{data_dir}: this store is protected by a passphrase; set FINAPP_PASSPHRASE (a "
            "store whose key was in the system keyring, moved without its store.id: set "
            "FINAPP_RECOVERY_KEY to its recovery key)",
            folder=data_dir,
        )
    return Problem(
        "keyring.no_entry",
        f"{data_dir}: the system keyring has no key for this store (entry "
        f"{KEYRING_SERVICE}/{sid}); set FINAPP_RECOVERY_KEY to its recovery key, or "
        "FINAPP_PASSPHRASE if you protected it with a passphrase",
        folder=data_dir,
        entry=f"{KEYRING_SERVICE}/{sid}",
    )


def resolve_key(data_dir: Path, db_exists: bool, passphrase: str | None) -> StoreKey:
    """Decide which key opens (or creates) the store in ``data_dir``.

    An existing store opens with its keyring entry when there is one, else with the passphrase.
    A new store uses the passphrase when the user gave one (if long enough to protect it),
    else a new key in the keyring.
    """
    if db_exists:
        raw = load_keyring_key(data_dir)
        if raw is not None:
            return StoreKey.from_raw(raw, source="keyring")
        if passphrase:
            return StoreKey.from_passphrase(passphrase)
        raise PassphraseRequiredError(_no_key_problem(data_dir))
    if passphrase:
        return check_new_passphrase(passphrase)
    if keyring_usable():
        import keyring.errors

        raw = new_raw_key()
        try:
            save_keyring_key(data_dir, raw)
        except keyring.errors.KeyringError:
            raise PassphraseRequiredError(
                Problem(
                    "keyring.refused_new",
                    f"{data_dir}: the system keyring refused to store the key; "
                    "set FINAPP_PASSPHRASE",
                    folder=data_dir,
                )
            ) from None
        return StoreKey.from_raw(raw, source="keyring")
    raise PassphraseRequiredError(
        Problem(
            "keyring.none_new",
            f"{data_dir}: no system keyring is available; "
            "set FINAPP_PASSPHRASE to protect the store",
            folder=data_dir,
        )
    )
