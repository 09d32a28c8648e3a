"""Restore the store from a backup: check first, keep what is there, then swap atomically.

Nothing in the data dir is touched until the backup has opened with its key and passed the
integrity checks, and a current store is replaced only if it opens with the key the restored one
gets, or is damaged: never a healthy store under another key. The restored store is built beside
the live one (re-encrypted with the key this machine uses), verified, and renamed over it in one
step, after the current store has been copied aside as a pre-restore backup: a crash at any
moment leaves the old store or the new one.
Restore works on the data directory, not an open store, so it also rescues a damaged store.
"""

from __future__ import annotations

import contextlib
import os
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import keyring.errors
import sqlcipher3

from finapp.errors import (
    FinappError,
    InvalidInputError,
    PassphraseRequiredError,
    Problem,
    WrongKeyError,
)
from finapp.paths import db_path, ensure_private_dir
from finapp.services.backup import (
    PRE_RESTORE_PREFIX,
    backup_dir,
    counted_path,
    damaged_path,
    prune_pre_restore,
    stamped_path,
)
from finapp.services.encrypted_file import (
    check_file,
    connect,
    fsync_path,
    make_private,
    opens_with,
    require_sound,
    write_copy,
)
from finapp.services.keys_admin import ensure_sole_user
from finapp.services.page_keys import key_fits_pages, salt_of
from finapp.store.key_stretching import PAGE_BYTES
from finapp.store.keys import (
    StoreKey,
    check_new_passphrase,
    keyring_usable,
    load_keyring_key,
    save_keyring_key,
)

_SIDECARS = ("-wal", "-shm")


@dataclass(frozen=True, slots=True)
class RestoreResult:
    restored_from: str
    pre_restore_backup: str | None
    counts: dict[str, int]
    #: older pre-restore copies removed to keep the few newest (and the largest)
    removed: tuple[str, ...] = ()


def _forget_edits(path: Path, key: StoreKey) -> None:
    """The restored store starts with no edit to undo: its journal's edits are from before the
    backup, long past for the user (a backup older than the journal has none)."""
    with connect(path, key) as conn:
        if conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'edit_journal'").fetchone():
            conn.execute("DELETE FROM edit_journal")


def this_machine_key(data_dir: Path, passphrase: str | None) -> StoreKey | None:
    """The key the store in ``data_dir`` uses here: its keyring entry, else the passphrase.

    A move to the keyring cut short saved the new key there before re-encrypting anything: the
    store still opens with the passphrase only, and the restored store must get that one, or
    no restore could go ahead until the move is finished."""
    given = StoreKey.from_passphrase(passphrase) if passphrase else None
    raw = load_keyring_key(data_dir)
    if raw is None:
        return given
    keyring_key = StoreKey.from_raw(raw, source="keyring")
    store_file = db_path(data_dir)
    if (
        given is not None
        and store_file.exists()
        and not opens_with(store_file, keyring_key)
        and opens_with(store_file, given)
    ):
        return given
    return keyring_key


def key_for_restored_store(
    data_dir: Path, passphrase: str | None, source_key: StoreKey
) -> StoreKey:
    """The key the restored store will have on this machine.

    An existing store keeps its own key (keyring entry, else the passphrase). On a new machine
    the passphrase given is used (held to the rule for new passphrases unless it is the
    backup's own); without one, a recovery key is kept in the OS keyring.
    """
    key = this_machine_key(data_dir, passphrase)
    new_store = not db_path(data_dir).exists()
    if key is not None and key.source == "passphrase" and key != source_key and new_store:
        return check_new_passphrase(passphrase)  # a new passphrase for a new store: the one rule
    if key is not None:
        return key
    if source_key.raw is not None and keyring_usable() and new_store:
        return StoreKey.from_raw(source_key.raw, source="keyring")
    raise PassphraseRequiredError(
        Problem(
            "restore.passphrase_needed",
            f"{data_dir}: set FINAPP_PASSPHRASE to the passphrase "
            "that will protect the restored store",
            folder=data_dir,
        )
    )


def _sound_count(store_file: Path, key: StoreKey) -> int | None:
    """The transactions of the store about to be replaced, when it opens with ``key`` and
    passes its checks; None when it is damaged."""
    try:
        check = check_file(store_file, key)
    except (FinappError, sqlcipher3.DatabaseError):
        return None
    return check.counts.get("transactions", 0) if check.ok else None


def _refuse_store_under_another_key(store_file: Path, target_key: StoreKey, source: Path) -> None:
    """Refuse to replace a store that is sound under a key other than the one it would get.

    The restored data is written under ``target_key``; a store that key does not open is either
    damaged (restoring over it is the rescue) or healthy under another key, such as a passphrase
    set after the backup was made. Its pages tell which (:mod:`finapp.services.page_keys`): a
    healthy store is never swapped out, called damaged, and left beside files under two keys.
    """
    if not store_file.exists() or store_file.stat().st_size < PAGE_BYTES:
        return  # nothing there, or too little to be anything but damaged
    if opens_with(store_file, target_key):
        return
    if key_fits_pages(store_file, target_key, [salt_of(source)]):
        return  # its own key, and it does not open: damaged
    raise WrongKeyError(
        Problem(
            "restore.store_other_key",
            f"{store_file} does not open with the key given, so the backup would end under "
            "another key than the store's: set FINAPP_PASSPHRASE to the store's passphrase now "
            "and FINAPP_BACKUP_PASSPHRASE to the backup's (if the store is lost, move it away "
            "and restore again); nothing was changed",
            path=store_file,
        )
    )


def _keep_current(store_file: Path, target_key: StoreKey) -> str | None:
    """Copy the current store (and its WAL if it could not be checkpointed) aside, unchanged.

    A store that fails its checks is kept under a name saying so (``…-damaged.db``), so that
    ``finapp check --backups`` lists it as the damaged store it was instead of failing on it; a
    sound one under a name recording its transactions (``…-n12345.db``), as the rotation's
    backups are, so the copy holding the most is known without opening any.
    """
    if not store_file.exists():
        return None
    # A damaged store is exactly what gets restored over: its files are kept as they are.
    with contextlib.suppress(WrongKeyError, sqlcipher3.DatabaseError):
        ensure_sole_user(store_file, target_key)
    folder = ensure_private_dir(backup_dir(store_file.parent))
    dest = stamped_path(folder, PRE_RESTORE_PREFIX, datetime.now())
    transactions = _sound_count(store_file, target_key)
    dest = damaged_path(dest) if transactions is None else counted_path(dest, transactions)
    for suffix in ("", *_SIDECARS[:1]):
        src = Path(f"{store_file}{suffix}")
        if src.exists() and src.stat().st_size:
            copy = Path(f"{dest}{suffix}")
            shutil.copyfile(src, copy)
            make_private(copy)
            fsync_path(copy)
    fsync_path(folder)
    return str(dest)


def restore(
    data_dir: Path, source: Path, source_key: StoreKey, target_key: StoreKey
) -> RestoreResult:
    """Replace the store in ``data_dir`` with the backup ``source`` (opened with ``source_key``).

    Raises a one-line :class:`WrongKeyError` or :class:`StoreError` and changes nothing when the
    backup does not open or is damaged.
    """
    source = source.expanduser()
    try:
        require_sound(source, source_key)
    except WrongKeyError:
        raise WrongKeyError(
            Problem(
                "restore.wrong_key",
                f"Cannot open {source}: wrong passphrase or key, or not a finapp database; a "
                "backup made before a passphrase change opens with the passphrase of then "
                "(FINAPP_BACKUP_PASSPHRASE); nothing was changed",
                path=source,
            )
        ) from None
    ensure_private_dir(data_dir)
    store_file = db_path(data_dir)
    _refuse_store_under_another_key(store_file, target_key, source)
    if source.resolve() == store_file.resolve():
        raise InvalidInputError(
            Problem(
                "restore.from_store",
                f"{source} is the store itself; choose a backup to restore",
                path=source,
            )
        )
    staged = store_file.with_name(store_file.name + ".restoring")
    with connect(source, source_key, readonly=True) as conn:
        check = write_copy(conn, staged, target_key)
    try:
        _forget_edits(staged, target_key)
        raw = target_key.raw if target_key.source == "keyring" else None
        if raw is not None and load_keyring_key(data_dir) != raw:
            try:
                save_keyring_key(data_dir, raw)  # a new machine: keep the key before using it
            except keyring.errors.KeyringError:
                raise PassphraseRequiredError(
                    Problem(
                        "keyring.refused_restore",
                        "The system keyring refused the key; set FINAPP_PASSPHRASE instead",
                    )
                ) from None
        kept = _keep_current(store_file, target_key)
        for suffix in _SIDECARS:  # checkpointed, or copied aside with the damaged store
            Path(f"{store_file}{suffix}").unlink(missing_ok=True)
        os.replace(staged, store_file)
    finally:
        staged.unlink(missing_ok=True)
    fsync_path(data_dir)
    removed = prune_pre_restore(data_dir, Path(kept) if kept else None, target_key)
    return RestoreResult(str(source), kept, check.counts, removed)
