"""Open (or create) the encrypted store of a data directory."""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from finapp.errors import Problem, StorageError, StoreMissingError, WrongKeyError
from finapp.paths import STORE_ID_FILE, db_path, ensure_private_dir
from finapp.services.merchant_key_record import holds_current_keys
from finapp.services.refund_filing_record import holds_filed_refunds
from finapp.services.shipped_book_record import holds_current_book
from finapp.store.engine import Store, create_store_engine, storage_fault
from finapp.store.keys import StoreKey, resolve_key
from finapp.store.migrations import migrate

log = logging.getLogger("finapp.store")


def store_exists(data_dir: Path) -> bool:
    return db_path(data_dir).exists()


def refuse_vanished_store(data_dir: Path) -> None:
    """Refuse to start afresh where a store was and its database is now missing or empty.

    The store's id or its backups beside it say this folder held a store: creating a new empty
    one there would look like a working finapp with every transaction gone, and the next
    backups would rotate the good ones away. The user is told which backup to restore instead.
    """
    path = db_path(data_dir)
    if path.exists() and path.stat().st_size > 0:
        return
    from finapp.services.backup import backup_files

    if not backup_files(data_dir) and not (data_dir / STORE_ID_FILE).exists():
        return  # a new folder: a new store
    state = "is empty" if path.exists() else "is missing"
    best = _backup_to_restore(data_dir)
    advice = (
        f"restore the last good backup with `finapp restore {best}`"
        if best
        else "restore a backup you keep elsewhere with `finapp restore FILE`"
    )
    english = f"{path} {state}, but this folder held a finapp store; nothing was created: {advice}"
    code = "store.vanished_backup" if best else "store.vanished"
    raise StoreMissingError(Problem(code, english, path=path, backup=best or ""))


def _backup_to_restore(data_dir: Path) -> Path | None:
    """The backup holding the most transactions (the newest of those), else the newest backup
    not kept as damaged."""
    from finapp.services.backup import (
        backup_files,
        is_damaged_copy,
        largest_backup,
        rotated_backups,
    )

    largest = largest_backup(rotated_backups(data_dir))
    if largest is not None:
        return largest.path
    sound = [path for path in backup_files(data_dir) if not is_damaged_copy(path)]
    return sound[-1] if sound else None


def refuse_file_as_data_dir(data_dir: Path) -> None:
    """A file named as the data folder is refused before anything tries to write under it."""
    if data_dir.exists() and not data_dir.is_dir():
        raise StorageError(
            Problem(
                "store.file_as_folder",
                f"{data_dir} is a file, not a folder: "
                "give --data-dir (or FINAPP_DATA_DIR) a folder",
                path=data_dir,
            )
        )


def usable_data_dir(data_dir: Path) -> Path:
    """``data_dir`` as a folder finapp can use, created if new; else a one-line
    :class:`StorageError` (a file in its place, a read-only parent, a full disk)."""
    refuse_file_as_data_dir(data_dir)
    try:
        return ensure_private_dir(data_dir)
    except OSError as exc:
        raise StorageError.from_os_error(
            exc, Problem("outcome.nothing_created", "nothing was created")
        ) from None


def _migrate(engine: Engine, path: Path) -> None:
    """Bring the schema up to date; a full disk or a read-only folder is said as such."""
    try:
        migrate(engine)
    except DBAPIError as exc:
        fault = storage_fault(exc, path)
        if fault is None:
            raise
        raise fault from None


def _create_private(path: Path) -> None:
    """Create the new store's file empty and readable by the user alone, before SQLite opens
    it: SQLite gives its write-ahead log and shared-memory files the database file's mode, so
    they are the user's alone from the first run too (made by SQLite under a usual umask, all
    three were 0644 until the next start)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    with contextlib.suppress(OSError):  # filesystems without POSIX modes
        path.chmod(0o600)


def _bring_up_to_date(store: Store, on_update: Callable[[], None]) -> None:
    """Key a store's lines again where an older finapp made their merchant keys another way,
    refresh the shipped rules it seeded, and file the refunds it left apart from their
    purchases; for a store this finapp already brought up to date (every open but the first
    after an update), three rows read in SQL. The keys come first: a shipped rule about a
    payee's key (``ROGERS``, once TD's "ROGERS BPY" is keyed without its code) files the lines
    the refresh files by the keys this finapp makes. ``on_update`` is called first when
    there is work to do: the window says why this opening takes seconds."""
    with store.connect() as conn:
        rules_current = holds_current_book(conn)
        keys_current = holds_current_keys(conn)
        refunds_filed = holds_filed_refunds(conn)
    if not (rules_current and keys_current and refunds_filed):
        on_update()
    if not keys_current:
        from finapp.services.merchant_rekey import rekey_merchants

        rekey_merchants(store)
    if not rules_current:
        from finapp.services.shipped_refresh import refresh_shipped_rules

        refresh_shipped_rules(store)
    if not refunds_filed:  # after the rules: a refund follows its purchase's filing
        from finapp.services.wallet_refunds import file_stored_refunds

        file_stored_refunds(store)


def open_store(
    data_dir: Path,
    passphrase: str | None = None,
    key: StoreKey | None = None,
    on_update: Callable[[], None] = lambda: None,
) -> Store:
    """Open the store in ``data_dir``, creating it on first use, migrated to the current schema,
    its shipped rules brought to this finapp's book and its lines keyed as this finapp keys them
    (``on_update`` is called before that work, when an older finapp left any).

    ``key`` forces a particular key (a recovery key); otherwise the keyring entry or
    ``passphrase`` is used as :func:`finapp.store.keys.resolve_key` decides.
    """
    usable_data_dir(data_dir)
    refuse_vanished_store(data_dir)
    path = db_path(data_dir)
    existed = path.exists()
    had_id = (data_dir / STORE_ID_FILE).exists()
    if key is None:
        key = resolve_key(data_dir, existed, passphrase)
    if not existed:
        _create_private(path)
    engine = create_store_engine(path, key)
    try:
        try:
            _migrate(engine, path)
        except WrongKeyError:
            # A switch between keyring and passphrase interrupted half-way leaves the keyring
            # entry and the file under different keys; the passphrase the user gives opens it.
            if key.source != "keyring" or not passphrase:
                raise
            engine.dispose()
            key = StoreKey.from_passphrase(passphrase)
            engine = create_store_engine(path, key)
            _migrate(engine, path)
        store = Store(data_dir, path, engine, key)
        if not existed:
            from finapp.services.seeding import seed_new_store

            seed_new_store(store)
        else:
            _bring_up_to_date(store, on_update)
        if key.source == "keyring":
            from finapp.services.keyring_entries import remember_entry

            remember_entry(store)
    except BaseException:
        engine.dispose()
        if not existed:
            for leftover in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
                leftover.unlink(missing_ok=True)
            if not had_id:  # a store that was never made leaves no trace of one
                (data_dir / STORE_ID_FILE).unlink(missing_ok=True)
        raise
    return store
