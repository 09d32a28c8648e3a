"""``finapp check``: is the store (and are its backups) sound, and what does it hold?

The checks are SQLite's ``integrity_check``, SQLCipher's ``cipher_integrity_check`` (every page's
HMAC, which catches a flipped bit on disk that SQLite alone would read as valid data), foreign
keys and the schema version, plus a count of rows per table, so a user can see at a glance that
an import, a restore or a crash left what they expect.

A store can also be sound and still have lost most of its data (emptied by mistake, cut down by
a bad undo): ``check`` compares it with the largest recent backup and says which one to restore
when fewer than half of that backup's transactions, and at least :data:`SHRINK_MIN_MISSING` of
them, are left. Backups older than the last restore are not compared: restoring an older backup
is the user's choice, and lines the user erased since a backup (``wipe --import``, ``wipe
--account``, ``import-undo``: :mod:`finapp.services.erase_record`) count as still there. The
copy a restore kept of a store that was already damaged is listed as such, never counted as a
failing backup. While a key change is unfinished, a backup it already re-encrypted opens with
the change's new key: it is checked with that key where finapp knows it, else listed as waiting
for the change; only a backup no known key opens is called damaged.
"""

from __future__ import annotations

from collections.abc import Sequence
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
from finapp.services.backup_keys import (
    CURRENT,
    NEW,
    KnownKey,
    known_keys,
    waiting_for_change,
)
from finapp.services.encrypted_file import FileCheck, check_connection, check_file
from finapp.services.erase_record import Erase, erased_since, erases
from finapp.services.page_keys import key_fits_pages
from finapp.store.engine import Store
from finapp.store.keys import StoreKey

#: How far back a backup counts as recent for the shrink check.
SHRINK_WINDOW = timedelta(days=31)
#: Fewer transactions missing than this is never called a shrink (a small store's undo).
SHRINK_MIN_MISSING = 50
#: How a pre-restore copy of a damaged store is reported.
KEPT_DAMAGED = "kept from before the restore, damaged"
#: How a backup under an unfinished passphrase change's new passphrase, not given, is reported.
WAITING = (
    "uses the new passphrase of the unfinished key change; not checked "
    "(set FINAPP_NEW_PASSPHRASE to check it, or finish the change)"
)
#: How each key that opened a backup is named while a key change is unfinished.
KEY_WORDS = {CURRENT: "the store's key", NEW: "the unfinished change's new key"}


@dataclass(frozen=True, slots=True)
class Shrink:
    """The store holds far fewer transactions than a recent backup: which one to restore."""

    store_transactions: int
    backup: str
    backup_transactions: int
    backup_made: str  # ISO date and time in the backup's name
    message: str


@dataclass(frozen=True, slots=True)
class BackupCheck(FileCheck):
    """A backup's checks, and which key opened it (:data:`~finapp.services.backup_keys.CURRENT`,
    the store's; :data:`~finapp.services.backup_keys.NEW`, an unfinished key change's new one;
    None when no key finapp knows opens it)."""

    key: str | None = None


@dataclass(frozen=True, slots=True)
class CheckReport:
    store: FileCheck
    backups: tuple[BackupCheck, ...] = ()
    shrunk: Shrink | None = None
    #: Pre-restore copies of a store that was damaged when it was restored over: kept, not checked.
    kept_damaged: tuple[str, ...] = ()
    #: Backups an unfinished passphrase change re-encrypted under its new passphrase, which was
    #: not given: sound as far as finapp can tell, checked once the change is finished.
    waiting: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.store.ok and all(b.ok for b in self.backups) and self.shrunk is None


def _check_backup(
    path: Path, keys: Sequence[KnownKey], waiting: frozenset[str]
) -> BackupCheck | None:
    """Check a backup with the first known key that opens it; None for one waiting for the
    unfinished change's new passphrase. Only a backup no known key opens is damaged."""
    for known in keys:
        try:
            found = check_file(path, known.key)
        except WrongKeyError:
            continue
        except (sqlcipher3.DatabaseError, FinappError) as exc:  # damaged, or the disk refused
            return BackupCheck(str(path), False, 0, (f"unreadable: {exc}",), key=known.role)
        return BackupCheck(
            found.path, found.ok, found.schema_version, found.problems, found.counts, known.role
        )
    if any(key_fits_pages(path, known.key) for known in keys):
        problem = "damaged or incomplete (cut short?); the key is right"
    elif path.name in waiting:
        return None
    elif len(keys) > 1:
        problem = (
            "opens neither with this store's key nor with the new key of the unfinished change"
        )
    else:
        problem = "does not open with this store's key"
    return BackupCheck(str(path), False, 0, (problem,))


def _counted(item: RotatedBackup, key: StoreKey) -> RotatedBackup:
    """A backup with its transaction count, opened read-only when its name has none."""
    if item.transactions is not None:
        return item
    return replace(item, transactions=count_transactions(item.path, key))


def find_shrink(
    data_dir: Path,
    transactions: int,
    key: StoreKey,
    now: datetime | None = None,
    erased: Sequence[Erase] = (),
) -> Shrink | None:
    """The largest recent backup when the store lost most of what it held, else None.

    Lines the user erased on purpose since a backup (``erased``) were not lost: they count as
    still there when that backup is compared."""
    since = (now or datetime.now()) - SHRINK_WINDOW
    restored = last_restore(data_dir) or datetime.min
    recent = [
        _counted(b, key)
        for b in rotated_backups(data_dir)
        if b.stamp >= since and b.stamp > restored
    ]
    best = largest_backup([b for b in recent if _lost_since(b, transactions, erased)])
    if best is None or best.transactions is None:
        return None
    made = best.stamp.isoformat(sep=" ", timespec="minutes")
    message = (
        f"the store holds {transactions} transactions, but the backup {best.path} of {made} "
        f"held {best.transactions}: if they were not removed on purpose, restore it with "
        f"`finapp restore {best.path}`"
    )
    return Shrink(transactions, str(best.path), best.transactions, made, message)


def _lost_since(backup: RotatedBackup, transactions: int, erased: Sequence[Erase]) -> bool:
    """Whether the store lost most of ``backup``'s lines, those erased on purpose since apart."""
    if backup.transactions is None:
        return False
    accounted = transactions + erased_since(erased, backup.stamp)
    missing = backup.transactions - accounted
    return missing >= SHRINK_MIN_MISSING and accounted * 2 < backup.transactions


def damaged_pages(store: Store) -> tuple[str, ...]:
    """What SQLCipher's page check finds wrong in the open store; empty when every page is whole.

    The part of ``finapp check`` the app runs after every start, off the UI thread once the
    window has settled (it reads every page: about a second for 300,000 transactions, which
    the window must not wait for): any byte a disk or a copy changed breaks its page's HMAC,
    so this finds damage deep inside at a quarter of the full check's cost."""
    raw = store.engine.raw_connection()
    conn = raw.driver_connection
    assert conn is not None  # a connection the pool just handed out is open
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
    except sqlcipher3.DatabaseError as exc:
        return (f"unreadable: {exc}",)
    finally:
        raw.close()
    return tuple(str(row[0]) for row in rows)


def check_store(
    store: Store,
    *,
    backups: bool = False,
    now: datetime | None = None,
    new_passphrase: str | None = None,
) -> CheckReport:
    """Check the open store and whether it shrank; with ``backups``, every backup too, each
    with the keys :func:`~finapp.services.backup_keys.known_keys` knows (``new_passphrase``:
    an unfinished passphrase change's new one, if the user gave it)."""
    raw = store.engine.raw_connection()
    try:
        result = check_connection(raw.driver_connection, store.path)
    finally:
        raw.close()
    shrunk = find_shrink(
        store.data_dir, result.counts.get("transactions", 0), store.key, now, erases(store)
    )
    if not backups:
        return CheckReport(result, shrunk=shrunk)
    files = backup_files(store.data_dir)
    keys = known_keys(store.data_dir, store.key, new_passphrase)
    waiting = waiting_for_change(store.data_dir, keys)
    checked = {p: _check_backup(p, keys, waiting) for p in files if not is_damaged_copy(p)}
    return CheckReport(
        result,
        tuple(found for found in checked.values() if found is not None),
        shrunk,
        tuple(str(p) for p in files if is_damaged_copy(p)),
        tuple(str(p) for p, found in checked.items() if found is None),
    )
