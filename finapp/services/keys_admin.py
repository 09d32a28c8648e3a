"""Keys that cannot strand the user: recovery key, passphrase change, keyring ↔ passphrase.

The recovery key is the store's raw 256-bit key (the one kept in the OS keyring) written in
base32 groups with a short checksum, so a typo is caught before it is tried. It opens the store
and every backup on any machine. Rekeying uses SQLCipher's ``PRAGMA rekey``, which re-encrypts
every page inside one transaction: a crash leaves the file entirely under the old key or
entirely under the new one. Backups are rekeyed first and the store last, and a backup that
already opens with the new key is left alone, so running an interrupted change again finishes it.
What a change has done so far is recorded beside the store (:mod:`finapp.services.rekey_record`):
a run again reuses the keyring key the cut-short one chose, and a different new passphrase is
refused until the change begun is finished, so no backup is left under a key kept nowhere.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from finapp.errors import InvalidInputError, NotAvailableError, Problem, StoreBusyError
from finapp.paths import db_path
from finapp.services.backup import backup_dir, backup_files
from finapp.services.encrypted_file import connect, opens_with, rekey_file
from finapp.services.rekey_record import (
    NEW_KEY_WORDS,
    KeyChange,
    finish_change,
    record_change,
    unfinished_change,
)
from finapp.store.engine import Store
from finapp.store.keys import (
    KEYRING_SERVICE,
    StoreKey,
    check_new_passphrase,
    delete_keyring_key,
    keyring_usable,
    load_keyring_key,
    new_raw_key,
    save_keyring_key,
    store_id,
    write_store_id,
)

_CHECK_BYTES = 3
_SHOWN_SETTING = "recovery_key.shown"
#: said once where the key could not be shown (no terminal) that it waits to be seen
_NOTICED_SETTING = "recovery_key.noticed"
log = logging.getLogger("finapp.store")


@dataclass(frozen=True, slots=True)
class RekeyResult:
    """What a key change re-encrypted; ``not_rekeyed`` backups open with neither key."""

    mode: str  # "passphrase" or "keyring"
    backups_rekeyed: int
    not_rekeyed: tuple[str, ...] = ()
    #: the keyring got back the key the files use (given as the recovery key): nothing re-keyed
    key_kept: bool = False


def format_recovery_key(raw: bytes) -> str:
    """``raw`` plus a 3-byte checksum in base32, in dash-separated groups of four."""
    check = hashlib.sha256(raw).digest()[:_CHECK_BYTES]
    text = base64.b32encode(raw + check).decode("ascii").rstrip("=")
    return "-".join(text[i : i + 4] for i in range(0, len(text), 4))


def parse_recovery_key(text: str) -> StoreKey:
    """The key a recovery key stands for; :class:`InvalidInputError` when it is mistyped."""
    cleaned = "".join(ch for ch in text.upper() if ch.isalnum())
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        blob = base64.b32decode(padded)
    except (binascii.Error, ValueError):
        blob = b""
    raw, check = blob[:-_CHECK_BYTES], blob[-_CHECK_BYTES:]
    if len(raw) != 32 or hashlib.sha256(raw).digest()[:_CHECK_BYTES] != check:
        raise InvalidInputError(
            Problem("recovery.mistyped", "That recovery key is mistyped: check each group of four")
        )
    return StoreKey.from_raw(raw, source="recovery")


def recovery_key(data_dir: Path, passphrase: str | None = None) -> str:
    """The recovery key of a store whose key lives in the OS keyring.

    A store with none is refused, saying truthfully what opens it. A ``store.id`` with no
    keyring entry is a keyring store whose entry was lost (its recovery key opens it), or one
    moved to a passphrase since (the recovery key written down opens nothing any more): the
    ``passphrase`` the user gave, when it opens the store, tells the second from the first,
    for the price of a key derivation on this path alone.
    """
    raw = load_keyring_key(data_dir)
    if raw is not None:
        return format_recovery_key(raw)
    sid = store_id(data_dir, create=False)
    if sid is not None and not _opens_with_passphrase(data_dir, passphrase):
        raise NotAvailableError(
            Problem(
                "recovery.no_keyring_entry",
                f"The system keyring has no key for this store (entry {KEYRING_SERVICE}/{sid}); "
                "the recovery key you wrote down opens it (set FINAPP_RECOVERY_KEY, then "
                "`finapp passphrase use-keyring` puts it back in the keyring), unless you "
                "protected the store with a passphrase since: then the passphrase alone does",
                entry=f"{KEYRING_SERVICE}/{sid}",
            )
        )
    raise NotAvailableError(
        Problem(
            "recovery.passphrase_store",
            "This store is protected by your passphrase and has no recovery key: the "
            "passphrase is the only way into the store and its backups, on this machine or "
            "another; keep it somewhere safe",
        )
    )


def _opens_with_passphrase(data_dir: Path, passphrase: str | None) -> bool:
    """Whether ``passphrase`` (if any) opens the store in ``data_dir``."""
    if not passphrase:
        return False
    return opens_with(db_path(data_dir), StoreKey.from_passphrase(passphrase))


def strands_recovery_key(current: StoreKey) -> bool:
    """Whether moving the store from ``current`` to a passphrase leaves the recovery key the
    user wrote down opening nothing: it does whenever the store's key is a raw key (the
    keyring's, or the recovery key itself), and the user must be told, since a passphrase store
    has no other way in."""
    return current.raw is not None


def take_unshown_recovery_key(store: Store) -> str | None:
    """The recovery key if the user has not been shown it yet (then marked as shown)."""
    raw = _recovery_raw(store)
    if raw is None or not _say_once(store, _SHOWN_SETTING):
        return None
    return format_recovery_key(raw)


def take_recovery_key_notice(store: Store) -> bool:
    """Whether to say, once, that a recovery key waits to be seen where it cannot be shown
    (output that is no terminal, which may be a log file). The key itself stays unshown, so
    the next run at a terminal, or the window, still shows it."""
    if _recovery_raw(store) is None or _said(store, _SHOWN_SETTING):
        return False
    return _say_once(store, _NOTICED_SETTING)


def _recovery_raw(store: Store) -> bytes | None:
    """The raw key of a store opened with its keyring key, the one kind of store whose
    recovery key is a key of its own (a passphrase store's is the passphrase)."""
    return store.key.raw if store.key.source == "keyring" else None


def _said(store: Store, setting: str) -> bool:
    """Whether the once-only word ``setting`` was said. One read in SQL, as every open but the
    first finds it said: no write lock to wait for behind another finapp that is writing, and
    no mapped table loaded for it."""
    with store.connect() as conn:
        said = conn.exec_driver_sql("SELECT 1 FROM settings WHERE key = ?", (setting,))
        return said.first() is not None


def _say_once(store: Store, setting: str) -> bool:
    """Whether ``setting`` is to be said now, the first time (it is then marked as said)."""
    if _said(store, setting):
        return False
    from finapp.store.schema import Setting

    with store.write() as session:
        if session.scalars(select(Setting.key).where(Setting.key == setting)).first():
            return False
        session.add(Setting(key=setting, value="true"))
    return True


def _forget_recovery_key_shown(path: Path, key: StoreKey) -> None:
    """A new keyring key is a new recovery key: the next open shows it, as on first use.

    Forgotten before the store is re-encrypted, under the key it has now, so a switch cut short
    after the store moved to the new key still shows it."""
    with connect(path, key) as conn:
        conn.execute("DELETE FROM settings WHERE key IN (?, ?)", (_SHOWN_SETTING, _NOTICED_SETTING))


def ensure_sole_user(path: Path, key: StoreKey) -> None:
    """Checkpoint the WAL and refuse while another finapp process still has the store open.

    The last connection to close deletes the ``-wal`` file; if it survives our own close,
    someone else is using the store and changing its key or file now would break them.
    """
    with connect(path, key) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if Path(f"{path}-wal").exists():
        raise open_elsewhere(path)


def open_elsewhere(path: Path) -> StoreBusyError:
    """The refusal of a change that would pull the store from under another finapp process."""
    return StoreBusyError(
        Problem(
            "store.open_elsewhere",
            f"{path} is open in another finapp window; close it and try again",
            path=path,
        )
    )


def _refuse_other_change(data_dir: Path, mode: str, keys: tuple[StoreKey, ...] = ()) -> None:
    """Refuse a change that would strand backups a cut-short change already re-encrypted: one
    to the other target, or (``keys``: a passphrase change's old and new keys) to a passphrase
    other than the one those backups now use. A switch to the keyring reuses its key instead."""
    change = unfinished_change(data_dir)
    if change is None:
        return
    folder = backup_dir(data_dir)
    waiting = [folder / name for name in change.rekeyed if (folder / name).is_file()]
    if change.mode == mode and mode == "keyring":
        return
    if change.mode == mode:
        waiting = [path for path in waiting if not any(opens_with(path, k) for k in keys)]
        if not waiting:
            return
    if change.mode == "keyring":
        finish = "run `finapp passphrase use-keyring` to finish it first"
    else:
        finish = "give the same new passphrase again to finish it first"
    raise InvalidInputError(
        Problem(
            "passphrase.change_unfinished",
            f"A change of the store's key was cut short and {len(waiting)} backups already use "
            f"{NEW_KEY_WORDS.get(change.mode, change.mode)}; {finish}; nothing was changed",
            count=len(waiting),
            mode=change.mode,
        )
    )


def _rekey_backups(data_dir: Path, old: StoreKey, new: StoreKey, mode: str) -> RekeyResult:
    """Re-encrypt the backups that open with ``old``, recording each one as it is done."""
    change = unfinished_change(data_dir) or KeyChange(mode)
    record_change(data_dir, change)
    done, stranded = 0, []
    for path in backup_files(data_dir):
        if opens_with(path, old):
            rekey_file(path, old, new)
            done += 1
            change = KeyChange(mode, (*change.rekeyed, path.name))
            record_change(data_dir, change)
        elif not opens_with(path, new):
            stranded.append(path.name)
    return RekeyResult(mode, done, tuple(stranded))


def _rekey(data_dir: Path, old: StoreKey, new: StoreKey, mode: str) -> RekeyResult:
    """Re-encrypt the backups, then the store; the caller has checked it is the sole user."""
    result = _rekey_backups(data_dir, old, new, mode)
    rekey_file(db_path(data_dir), old, new)
    finish_change(data_dir)
    return result


def change_passphrase(data_dir: Path, current: StoreKey, new_passphrase: str | None) -> RekeyResult:
    """Protect the store and its backups with ``new_passphrase`` from now on.

    Works from a passphrase (a change) and from a keyring key (a switch): the keyring entry is
    removed only once everything opens with the passphrase. Close the store first.
    """
    new = check_new_passphrase(new_passphrase)
    ensure_sole_user(db_path(data_dir), current)
    _refuse_other_change(data_dir, "passphrase", (current, new))
    result = _rekey(data_dir, current, new, "passphrase")
    raw = load_keyring_key(data_dir)
    if raw is not None and not _opens_any(data_dir, result.not_rekeyed, raw):
        problem = delete_keyring_key(data_dir)  # the passphrase opens everything already
        if problem:
            log.warning("after the passphrase change %s", problem)
    return result


def _opens_any(data_dir: Path, names: tuple[str, ...], raw: bytes) -> bool:
    """Whether the key ``raw`` opens any of the backups ``names``: a key some file needs."""
    key = StoreKey.from_raw(raw)
    return any(opens_with(backup_dir(data_dir) / name, key) for name in names)


def _key_to_keep(data_dir: Path) -> bytes:
    """The keyring key a switch to the keyring uses: the one already there if the store or a
    backup opens with it (a switch cut short re-encrypted them), else a new one. A key some
    file needs is never replaced."""
    raw = load_keyring_key(data_dir)
    if raw is not None:
        key = StoreKey.from_raw(raw)
        files = [db_path(data_dir), *backup_files(data_dir)]
        if any(opens_with(path, key) for path in files):
            return raw
    return new_raw_key()


def use_keyring(data_dir: Path, current: StoreKey) -> RekeyResult:
    """Switch from a passphrase to a random key kept in the OS keyring.

    Opened with the recovery key (the keyring lost its entry), the keyring gets that key back
    and no file is re-encrypted: the recovery key the user holds stays the one.

    The new key is saved in the keyring *before* anything is re-encrypted, so no crash can leave
    files under a key that exists nowhere; and only once the store is known to be free, so a
    refusal leaves no keyring entry behind. Close the store first.
    """
    change = unfinished_change(data_dir)
    if current.source == "keyring" and change is not None and change.mode == "keyring":
        finish_change(data_dir)  # cut short once the store, the last file, used the key
        return RekeyResult("keyring", 0)
    if current.source == "keyring":
        raise InvalidInputError(
            Problem("keyring.already", "This store's key is already kept in the system keyring")
        )
    if not keyring_usable():
        raise NotAvailableError(
            Problem("keyring.none", "No secure system keyring is available on this machine")
        )
    ensure_sole_user(db_path(data_dir), current)
    _refuse_other_change(data_dir, "keyring")
    if current.raw is not None:  # the recovery key of a store whose keyring entry was lost
        _name_kept_entry(data_dir, current)
        _save_in_keyring(data_dir, current.raw)
        left = tuple(p.name for p in backup_files(data_dir) if not opens_with(p, current))
        return RekeyResult("keyring", 0, left, key_kept=True)
    _forget_recovery_key_shown(db_path(data_dir), current)
    raw = _key_to_keep(data_dir)
    _save_in_keyring(data_dir, raw)
    return _rekey(data_dir, current, StoreKey.from_raw(raw, source="keyring"), "keyring")


def _name_kept_entry(data_dir: Path, current: StoreKey) -> None:
    """A store that lost its ``store.id`` while the keyring kept its key: name that entry again
    rather than put the key under a new one, which left the first in the keyring for ever
    (``wipe`` could not find it)."""
    if store_id(data_dir, create=False) is not None:
        return
    from finapp.services.keyring_entries import orphaned_entries

    kept = orphaned_entries(data_dir, current)
    if kept:
        write_store_id(data_dir, kept[-1])


def _save_in_keyring(data_dir: Path, raw: bytes) -> None:
    """Keep ``raw`` in the keyring before any file uses it; a refusal changes nothing."""
    try:
        save_keyring_key(data_dir, raw)
    except Exception as exc:  # the keyring broke since it was checked: nothing is changed yet
        log.warning("keyring refused the key: %s: %s", type(exc).__name__, exc)
        raise NotAvailableError(
            Problem(
                "keyring.refused",
                "The system keyring refused to keep the key; "
                "the passphrase still protects the store",
            )
        ) from exc
