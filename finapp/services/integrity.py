"""``finapp check``: is the store (and are its backups) sound, and what does it hold?

The checks are SQLite's ``integrity_check``, SQLCipher's ``cipher_integrity_check`` (every page's
HMAC, which catches a flipped bit on disk that SQLite alone would read as valid data), foreign
keys and the schema version, plus a count of rows per table, so a user can see at a glance that
an import, a restore or a crash left what they expect.

A store can also be sound and still have lost most of its data (emptied by mistake, cut down by
a bad undo): ``check`` compares it with the largest recent backup and says which one to restore
when fewer than half of that backup's transactions, and at least :data:`SHRINK_MIN_MISSING` of
them, are left. Backups older than the last restore are not compared: restoring an older backup
is the user's choice. The copy a restore kept of a store that was already damaged is listed as
such, never counted as a failing backup.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from pathlib import Path

import sqlcipher3

from finapp.errors import FinappError, WrongKeyError
from finapp.services.backup import (
    RotatedBackup,
    backup_files,
    count_transactions,
    is_damaged_copy,
    largest_backup,
    last_restore,
    rotated_backups,
)
from finapp.services.encrypted_file import FileCheck, check_connection, check_file
from finapp.store.engine import Store
from finapp.store.keys import StoreKey

#: How far back a backup counts as recent for the shrink check.
SHRINK_WINDOW = timedelta(days=31)
#: Fewer transactions missing than this is never called a shrink (a small store's undo).
SHRINK_MIN_MISSING = 50
#: How a pre-restore copy of a damaged store is reported.
KEPT_DAMAGED = "kept from before the restore, damaged"


@dataclass(frozen=True, slots=True)
class Shrink:
    """The store holds far fewer transactions than a recent backup: which one to restore."""

    store_transactions: int
    backup: str
    backup_transactions: int
    backup_made: str  # ISO date and time in the backup's name
    message: str


@dataclass(frozen=True, slots=True)
class CheckReport:
    store: FileCheck
    backups: tuple[FileCheck, ...] = ()
    shrunk: Shrink | None = None
    #: Pre-restore copies of a store that was damaged when it was restored over: kept, not checked.
    kept_damaged: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.store.ok and all(b.ok for b in self.backups) and self.shrunk is None


def _check_backup(path: Path, store: Store) -> FileCheck:
    try:
        return check_file(path, store.key)
    except WrongKeyError:
        return FileCheck(str(path), False, 0, ("does not open with this store's key",))
    except (sqlcipher3.DatabaseError, FinappError) as exc:  # damaged, or the disk refused
        return FileCheck(str(path), False, 0, (f"unreadable: {exc}",))


def _counted(item: RotatedBackup, key: StoreKey) -> RotatedBackup:
    """A backup with its transaction count, opened read-only when its name has none."""
    if item.transactions is not None:
        return item
    return replace(item, transactions=count_transactions(item.path, key))


def find_shrink(
    data_dir: Path, transactions: int, key: StoreKey, now: datetime | None = None
) -> Shrink | None:
    """The largest recent backup when the store lost most of what it held, else None."""
    since = (now or datetime.now()) - SHRINK_WINDOW
    restored = last_restore(data_dir) or datetime.min
    recent = [
        _counted(b, key)
        for b in rotated_backups(data_dir)
        if b.stamp >= since and b.stamp > restored
    ]
    best = largest_backup(recent)
    if best is None or best.transactions is None:
        return None
    missing = best.transactions - transactions
    if missing < SHRINK_MIN_MISSING or transactions * 2 >= best.transactions:
        return None
    made = best.stamp.isoformat(sep=" ", timespec="minutes")
    message = (
        f"the store holds {transactions} transactions, but the backup {best.path} of {made} "
        f"held {best.transactions}: if they were not removed on purpose, restore it with "
        f"`finapp restore {best.path}`"
    )
    return Shrink(transactions, str(best.path), best.transactions, made, message)


def check_store(store: Store, *, backups: bool = False, now: datetime | None = None) -> CheckReport:
    """Check the open store and whether it shrank; with ``backups``, every backup too."""
    raw = store.engine.raw_connection()
    try:
        result = check_connection(raw.driver_connection, store.path)
    finally:
        raw.close()
    shrunk = find_shrink(store.data_dir, result.counts.get("transactions", 0), store.key, now)
    if not backups:
        return CheckReport(result, shrunk=shrunk)
    files = backup_files(store.data_dir)
    found = tuple(_check_backup(p, store) for p in files if not is_damaged_copy(p))
    damaged = tuple(str(p) for p in files if is_damaged_copy(p))
    return CheckReport(result, found, shrunk, damaged)
