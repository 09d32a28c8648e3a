"""Encrypted backups: one now, one automatically each day, and a rotation that keeps a history.

A backup is a ``sqlcipher_export`` of a read snapshot into a new file encrypted with the store's
own key, verified by opening the copy and running the integrity checks before it is renamed into
place. Reading a snapshot never takes the write lock, so an import in another window is neither
blocked nor half-copied. The service is synchronous: the GUI runs it in a worker thread.

A backup in the data dir's ``backups/`` folder carries in its name the moment it was made and,
once verified, how many transactions it holds: ``finapp-20250131-093000-n12345.db``. Rotation
and ``finapp check`` read the counts from the names, so neither opens every file, and nothing
beyond a count sits outside the encryption. Rotation keeps the newest backup of each recent
day, week and month, and always the newest of those holding the most transactions: a store that
was emptied or cut down, then backed up again and again, can never rotate its last good copy
away.

A restore keeps the store it replaces as ``pre-restore-20250131-093000-n12345.db`` (or
``…-damaged.db``), outside that rotation: it keeps the :data:`PRE_RESTORE_KEPT` newest, the one
just made always among them, and the newest of those holding the most transactions, as the
rotation does. Each is a whole copy of the store (some 7 MB at 30,000 transactions): kept for
ever, a household that restored now and then filled its disk with them.
"""

from __future__ import annotations

import json
import logging
import os
import re
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import select

from finapp.errors import FinappError, InvalidInputError, Problem, StorageError, StoreError
from finapp.log import count, word
from finapp.paths import ensure_private_dir
from finapp.services.encrypted_file import connect, fsync_path, opens_with, write_copy
from finapp.store.engine import Store
from finapp.store.keys import StoreKey

log = logging.getLogger("finapp.backup")

BACKUP_DIR = "backups"
_STAMP = "%Y%m%d-%H%M%S"
ROTATED_PREFIX = "finapp-"
PRE_RESTORE_PREFIX = "pre-restore-"
#: ``-damaged`` marks the copy a restore kept of a store that failed its checks.
DAMAGED_MARK = "-damaged"
#: Every name finapp gives a backup: the moment, a number when two share a second, then the
#: verified transaction count (rotated backups) or the damaged mark (a pre-restore copy).
BACKUP_NAME_PATTERN = (
    rf"(?P<stem>(?P<kind>{ROTATED_PREFIX}|{PRE_RESTORE_PREFIX})(?P<stamp>\d{{8}}-\d{{6}})"
    rf"(?:-(?P<seq>\d+))?)(?:-n(?P<count>\d+)|(?P<damaged>{DAMAGED_MARK}))?\.db"
)
_NAME = re.compile(BACKUP_NAME_PATTERN)
_PARTIAL = re.compile(rf"{BACKUP_NAME_PATTERN}\.partial")
RETENTION_SETTING = "backup.retention"
#: How many of the newest pre-restore copies a restore keeps (besides the largest): enough to
#: take back the last few restores.
PRE_RESTORE_KEPT = 3
#: What SQLite may leave beside a backup: a restore copies a store's WAL beside its copy.
_SIDECARS = ("-wal", "-shm", "-journal")

#: SQLite's codes for a copy it could not write, in the user's words; any other error while
#: copying comes from reading the store, which is then damaged.
_WRITE_FAILURES = {
    "SQLITE_FULL": "the disk is full",
    "SQLITE_IOERR": "the disk refused the write (is it full or failing?)",
    "SQLITE_CANTOPEN": "the file cannot be created there",
    "SQLITE_READONLY": "the place is read-only",
    "SQLITE_PERM": "permission denied",
}


@dataclass(frozen=True, slots=True)
class Retention:
    """How many automatic backups to keep: the newest of each of the last N days/weeks/months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True, slots=True)
class RotatedBackup:
    """A backup of the rotation, as its name describes it."""

    path: Path
    stamp: datetime
    #: Verified transaction count; None for a backup named before counts were recorded.
    transactions: int | None


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: str
    size_bytes: int
    seconds: float
    transactions: int
    removed: tuple[str, ...] = ()


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def taken_at(stamp: str) -> datetime | None:
    """The moment a backup name's stamp (``20250131-093000``) stands for; None for one that no
    clock ever showed (``20260230-120000``), which only a file renamed by hand carries.

    Read as ISO 8601's basic form rather than with ``strptime``: every command lists the
    backups as it opens the store, and ``strptime`` would load and compile its locale's
    patterns for it."""
    try:
        return datetime.fromisoformat(stamp.replace("-", "T"))
    except ValueError:
        return None


def _parse(name: str, pattern: re.Pattern[str] = _NAME) -> re.Match[str] | None:
    """The parts of a name finapp gives a backup (or, with ``_PARTIAL``, one being written).

    A name of that shape whose stamp is no real moment is no backup finapp took: listed, it
    stopped every command with a traceback, and rotation must never count or delete it."""
    match = pattern.fullmatch(name)
    return match if match and taken_at(match["stamp"]) else None


def _stem(name: str) -> str | None:
    """The part of a backup's name that makes it unique (``finapp-20250131-093000[-2]``)."""
    match = _parse(name) or _parse(name, _PARTIAL)
    return match["stem"] if match else None


def _stamp(path: Path) -> datetime:
    """When the backup at ``path`` was taken, by its name."""
    match = _parse(path.name)
    return (taken_at(match["stamp"]) if match else None) or datetime.min


def taken_and_count(path: Path) -> tuple[datetime, int | None]:
    """When a backup was taken and the transactions its name records (None: not recorded)."""
    match = _parse(path.name)
    count = match["count"] if match else None
    return _stamp(path), int(count) if count is not None else None


def _taken_order(path: Path) -> tuple[datetime, int]:
    """When a backup was taken: its stamp, then its place among those of the same second (the
    ``-2`` of a second backup within one second is newer than the first, whose name has none)."""
    match = _parse(path.name)
    return _stamp(path), int(match["seq"] or 1) if match else 0


def stamped_path(folder: Path, prefix: str, now: datetime) -> Path:
    """A new file name in ``folder`` carrying the moment, so rotation needs no file dates; a
    second file of the same second is numbered after the newest of them (``-2``, ``-3``), never
    in a number a pruned one left free: taken again, it read older than the ones after it, and
    a script restoring five times in a second had the wrong copies pruned."""
    stem = f"{prefix}{now.strftime(_STAMP)}"
    found = (_parse(p.name) or _parse(p.name, _PARTIAL) for p in folder.glob(f"{stem}*"))
    numbers = [int(m["seq"] or 1) for m in found if m and f"{m['kind']}{m['stamp']}" == stem]
    return folder / (f"{stem}-{max(numbers) + 1}.db" if numbers else f"{stem}.db")


def counted_path(path: Path, transactions: int) -> Path:
    """The name of a verified rotated backup: its stamp and how many transactions it holds."""
    return path.with_name(f"{_stem(path.name) or path.stem}-n{transactions}.db")


def damaged_path(path: Path) -> Path:
    """The name of a pre-restore copy of a store that failed its checks."""
    return path.with_name(f"{_stem(path.name) or path.stem}{DAMAGED_MARK}.db")


def is_damaged_copy(path: Path) -> bool:
    """True for the copy a restore kept of a store already damaged (reported, never a failure)."""
    match = _parse(path.name)
    return bool(match and match["damaged"])


def backup_files(data_dir: Path) -> list[Path]:
    """Every backup finapp keeps in the data dir (rotated and pre-restore ones), oldest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    found = [p for p in folder.glob("*.db") if _parse(p.name) and p.is_file()]
    return sorted(found, key=lambda p: (_stamp(p), p.name))


def _backups_of_kind(data_dir: Path, kind: str) -> list[RotatedBackup]:
    """The backups whose names begin with ``kind``, newest first, with their recorded counts."""
    found = []
    for path in backup_files(data_dir):
        match = _parse(path.name)
        if match and match["kind"] == kind:
            count = int(match["count"]) if match["count"] is not None else None
            found.append(RotatedBackup(path, _stamp(path), count))
    return sorted(found, key=lambda b: _taken_order(b.path), reverse=True)


def rotated_backups(data_dir: Path) -> list[RotatedBackup]:
    """The rotation's backups, newest first, with the counts their names record."""
    return _backups_of_kind(data_dir, ROTATED_PREFIX)


def pre_restore_copies(data_dir: Path) -> list[RotatedBackup]:
    """The copies restores kept of the stores they replaced, newest first."""
    return _backups_of_kind(data_dir, PRE_RESTORE_PREFIX)


def prune_pre_restore(
    data_dir: Path, just_made: Path | None = None, key: StoreKey | None = None
) -> tuple[str, ...]:
    """Delete the pre-restore copies beyond the :data:`PRE_RESTORE_KEPT` newest, never
    ``just_made`` nor the newest of those holding the most transactions (a restore of the wrong
    backup, then a few more tries, must not rotate away the store it replaced); returns the
    removed file names. With ``key``, the copies an older finapp kept without a count in their
    name are counted too (:func:`_counted_copies`)."""
    copies = pre_restore_copies(data_dir)
    if key is not None:
        copies = _counted_copies(copies, key)
    keep = {copy.path for copy in copies[:PRE_RESTORE_KEPT]}
    largest = largest_backup(copies)
    if largest is not None:
        keep.add(largest.path)
    if just_made is not None:
        keep.add(just_made)
    removed = []
    for copy in copies:
        if copy.path not in keep:
            for suffix in ("", *_SIDECARS):
                Path(f"{copy.path}{suffix}").unlink(missing_ok=True)
            removed.append(copy.path.name)
    return tuple(removed)


def _counted_copies(copies: list[RotatedBackup], key: StoreKey) -> list[RotatedBackup]:
    """The pre-restore copies, those named before counts were recorded counted read-only.

    Uncounted, the store an older finapp set aside before a restore (the fullest, often: the
    one a mistaken restore replaced) was never the fullest copy and went by age alone after
    three more restores. It is opened, not renamed: a copy may have its store's WAL beside it,
    and a rename of the one without the other would part them. A copy under another key (made
    before a passphrase change) stays uncounted, and a damaged one keeps its mark."""
    return [
        copy
        if copy.transactions is not None or is_damaged_copy(copy.path)
        else RotatedBackup(copy.path, copy.stamp, count_transactions(copy.path, key))
        for copy in copies
    ]


def last_restore(data_dir: Path) -> datetime | None:
    """When the newest pre-restore copy was taken, i.e. when the user last restored."""
    copies = [p for p in backup_files(data_dir) if p.name.startswith(PRE_RESTORE_PREFIX)]
    return max((_stamp(p) for p in copies), default=None)


def largest_backup(backups: list[RotatedBackup]) -> RotatedBackup | None:
    """The newest of the backups holding the most transactions: the last good copy."""
    counted = [b for b in backups if b.transactions is not None]
    return max(counted, key=lambda b: (b.transactions, *_taken_order(b.path)), default=None)


def count_transactions(path: Path, key: StoreKey) -> int | None:
    """How many transactions a backup holds, read-only; None when it does not open."""
    try:
        with connect(path, key, readonly=True) as conn:
            return int(conn.execute("SELECT count(*) FROM transactions").fetchone()[0])
    except (FinappError, sqlcipher3.DatabaseError):
        return None


def backup(store: Store, to: Path | None = None, *, now: datetime | None = None) -> BackupResult:
    """Back the store up now: into ``to`` (a file, or a folder to put a dated file in), or into
    the data dir's ``backups/`` folder, which is then rotated."""
    now = now or datetime.now()
    if to is None:
        dest = stamped_path(ensure_private_dir(backup_dir(store.data_dir)), ROTATED_PREFIX, now)
    elif to.is_dir():
        dest = stamped_path(to, ROTATED_PREFIX, now)
    else:
        dest = _own_target(to, store)
    if dest.resolve() == store.path.resolve():
        raise InvalidInputError(
            Problem(
                "backup.onto_store", f"{dest} is the store itself; choose another place", path=dest
            )
        )
    return _copy(store, dest, rotate=to is None)


def _own_target(to: Path, store: Store) -> Path:
    """``to`` as a backup file name: new, or an earlier backup of this store to replace.

    Anything else there (a device, a pipe, a document of the user's) is refused rather than
    replaced by the backup.
    """
    if not to.parent.is_dir():
        raise InvalidInputError(
            Problem(
                "backup.no_folder",
                f"{to.parent}: no such folder to put the backup in",
                path=to.parent,
            )
        )
    taken = to.exists() or to.is_symlink()
    if taken and (not to.is_file() or to.is_symlink() or not opens_with(to, store.key)):
        raise InvalidInputError(
            Problem(
                "backup.taken",
                f"{to} already exists and is not a backup of this store; choose a new name",
                path=to,
            )
        )
    return to


def pre_restore_backup(store: Store) -> BackupResult:
    """A backup kept out of the rotation, taken before a restore replaces the store."""
    folder = ensure_private_dir(backup_dir(store.data_dir))
    return _copy(store, stamped_path(folder, PRE_RESTORE_PREFIX, datetime.now()), rotate=False)


def _write_failure(exc: sqlcipher3.DatabaseError) -> str | None:
    """The user's words for a copy that could not be written, or None if the store is at fault."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return next((words for code, words in _WRITE_FAILURES.items() if name.startswith(code)), None)


def _cannot_write(dest: Path, reason: str) -> StorageError:
    return StorageError(
        Problem(
            "backup.cannot_write",
            f"Cannot write the backup to {dest}: {reason}; the store is unchanged",
            path=dest,
            reason=reason,
        )
    )


def _write_verified(store: Store, dest: Path) -> int:
    """Copy the store to ``dest`` and verify it; returns the transactions the copy holds."""
    for stale in dest.parent.glob("*.db.partial"):
        if _parse(stale.name, _PARTIAL):  # left by a backup that was killed; not the user's
            stale.unlink(missing_ok=True)
    raw = store.engine.raw_connection()
    try:
        check = write_copy(raw.driver_connection, dest, store.key)
    except OSError as exc:
        raise _cannot_write(dest, StorageError.from_os_error(exc).message) from None
    except sqlcipher3.DatabaseError as exc:
        reason = _write_failure(exc)
        if reason is not None:
            raise _cannot_write(dest, reason) from None
        raise StoreError(
            Problem(
                "backup.damaged",
                f"Cannot back up {store.path}: it is damaged ({exc}); run `finapp check`",
                path=store.path,
            )
        ) from None
    finally:
        raw.close()
    return check.counts.get("transactions", 0)


def _name_with_count(dest: Path, transactions: int) -> Path:
    """Rename a verified rotated backup so its name records its transactions."""
    named = counted_path(dest, transactions)
    try:
        os.replace(dest, named)
        fsync_path(named.parent)
    except OSError as exc:
        kept = Problem("outcome.backup_kept", f"the backup is kept as {dest}", path=dest)
        raise StorageError.from_os_error(exc, kept) from None
    return named


def _copy(store: Store, dest: Path, *, rotate: bool) -> BackupResult:
    start = time.perf_counter()
    transactions = _write_verified(store, dest)
    removed: tuple[str, ...] = ()
    if rotate:
        dest = _name_with_count(dest, transactions)
        removed = prune(store.data_dir, load_retention(store), store.key)
    seconds = time.perf_counter() - start
    log.info(
        "backup written in %.2f s (%s): %s transactions verified, %d old backups rotated out",
        seconds,
        word("rotation" if rotate else "kept-apart"),
        count(transactions),
        len(removed),
    )
    return BackupResult(str(dest), dest.stat().st_size, seconds, transactions, removed)


def daily_backup_due(store: Store, today: date | None = None) -> bool:
    """True on the first open of a day, once the store holds something worth keeping."""
    today = today or date.today()
    if any(b.stamp.date() == today for b in rotated_backups(store.data_dir)):
        return False
    from finapp.store.schema import Account  # not before: most opens stop at the line above

    with store.read() as session:
        return session.scalars(select(Account.id).limit(1)).first() is not None


def daily_backup_if_due(store: Store, now: datetime | None = None) -> BackupResult | None:
    """The automatic backup: call it after opening the store (the GUI in a worker thread).

    A failed automatic backup is logged and never stops the user's work.
    """
    now = now or datetime.now()
    try:
        if not daily_backup_due(store, now.date()):
            return None
        return backup(store, now=now)
    except FinappError as exc:
        log.warning("automatic backup failed: %s", type(exc))
        return None


def _keep(backups: list[RotatedBackup], count: int, period: str) -> set[Path]:
    """The newest backup of each of the ``count`` most recent periods that have one."""
    kept: dict[str, Path] = {}
    for item in backups:  # newest first
        bucket = item.stamp.strftime(period)
        if bucket not in kept:
            if len(kept) == count:
                break
            kept[bucket] = item.path
    return set(kept.values())


def _name_uncounted(backups: list[RotatedBackup], key: StoreKey) -> list[RotatedBackup]:
    """Count the transactions of backups named before counts were recorded, and name them so."""
    named = []
    for item in backups:
        count = None if item.transactions is not None else count_transactions(item.path, key)
        if count is None:
            named.append(item)
            continue
        path = counted_path(item.path, count)
        try:
            os.replace(item.path, path)
        except OSError:
            path = item.path
        named.append(RotatedBackup(path, item.stamp, count))
    return named


def prune(data_dir: Path, retention: Retention, key: StoreKey | None = None) -> tuple[str, ...]:
    """Delete rotated backups the retention does not keep; returns the removed file names.

    The newest backup holding the most transactions is always kept, whatever its age. With
    ``key``, backups whose names do not record a count are opened once to count them.
    """
    rotated = rotated_backups(data_dir)
    if key is not None:
        rotated = _name_uncounted(rotated, key)
    keep = (
        _keep(rotated, retention.daily, "%Y-%m-%d")
        | _keep(rotated, retention.weekly, "%G-W%V")
        | _keep(rotated, retention.monthly, "%Y-%m")
    )
    largest = largest_backup(rotated)
    if largest is not None:
        keep.add(largest.path)
    removed = []
    for item in rotated:
        if item.path not in keep:
            item.path.unlink(missing_ok=True)
            removed.append(item.path.name)
    return tuple(removed)


def load_retention(store: Store) -> Retention:
    from finapp.store.schema import Setting  # imported by a backup, not by every command

    with store.read() as session:
        row = session.get(Setting, RETENTION_SETTING)
        if row is None:
            return Retention()
        try:
            return Retention(**json.loads(row.value))
        except (TypeError, ValueError):
            return Retention()


def set_retention(store: Store, retention: Retention) -> Retention:
    """Remember how many daily, weekly and monthly backups to keep (each at least 0)."""
    values = {"daily": retention.daily, "weekly": retention.weekly, "monthly": retention.monthly}
    if any(v < 0 for v in values.values()) or retention.daily < 1:
        raise InvalidInputError(
            Problem("backup.retention", "Keep at least 1 daily backup and no negative counts")
        )
    from finapp.store.schema import Setting

    with store.write() as session:
        row = session.get(Setting, RETENTION_SETTING)
        if row is None:
            session.add(Setting(key=RETENTION_SETTING, value=json.dumps(values)))
        else:
            row.value = json.dumps(values)
    return retention
