"""Encrypted backups: one now, one automatically each day, and a rotation that keeps a history.

A backup is a ``sqlcipher_export`` of a read snapshot into a new file encrypted with the store's
own key, verified by opening the copy and running the integrity checks before it is renamed into
place. Reading a snapshot never takes the write lock, so an import in another window is neither
blocked nor half-copied. The service is synchronous: the GUI runs it in a worker thread.
"""

from __future__ import annotations

import json
import logging
import re
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import sqlcipher3
from sqlalchemy import select

from finapp.errors import FinappError, InvalidInputError, StoreError
from finapp.paths import ensure_private_dir
from finapp.services.encrypted_file import write_copy
from finapp.store.engine import Store
from finapp.store.schema import Account, Setting

log = logging.getLogger("finapp.backup")

BACKUP_DIR = "backups"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^finapp-(\d{8}-\d{6})(?:-\d+)?\.db$")
PRE_RESTORE_PREFIX = "pre-restore-"
RETENTION_SETTING = "backup.retention"


@dataclass(frozen=True, slots=True)
class Retention:
    """How many automatic backups to keep: the newest of each of the last N days/weeks/months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 12


@dataclass(frozen=True, slots=True)
class BackupResult:
    path: str
    size_bytes: int
    seconds: float
    transactions: int
    removed: tuple[str, ...] = ()


def backup_dir(data_dir: Path) -> Path:
    return data_dir / BACKUP_DIR


def stamped_path(folder: Path, prefix: str, now: datetime) -> Path:
    """A new file name in ``folder`` carrying the moment, so rotation needs no file dates."""
    stem = f"{prefix}{now.strftime(_STAMP)}"
    path, n = folder / f"{stem}.db", 2
    while path.exists():
        path, n = folder / f"{stem}-{n}.db", n + 1
    return path


def backup_files(data_dir: Path) -> list[Path]:
    """Every backup finapp keeps in the data dir (rotated and pre-restore ones), oldest first."""
    folder = backup_dir(data_dir)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.glob("*.db") if p.is_file())


def _rotated(data_dir: Path) -> list[tuple[datetime, Path]]:
    """Rotated backups with the moment in their name, newest first."""
    found = []
    for path in backup_files(data_dir):
        match = _NAME.match(path.name)
        if match:
            found.append((datetime.strptime(match.group(1), _STAMP), path))
    return sorted(found, reverse=True)


def backup(store: Store, to: Path | None = None, *, now: datetime | None = None) -> BackupResult:
    """Back the store up now: into ``to`` (a file, or a folder to put a dated file in), or into
    the data dir's ``backups/`` folder, which is then rotated."""
    now = now or datetime.now()
    if to is None:
        dest = stamped_path(ensure_private_dir(backup_dir(store.data_dir)), "finapp-", now)
    elif to.is_dir():
        dest = stamped_path(to, "finapp-", now)
    else:
        if not to.parent.is_dir():
            raise InvalidInputError(f"{to.parent}: no such folder to put the backup in")
        dest = to
    if dest.resolve() == store.path.resolve():
        raise InvalidInputError(f"{dest} is the store itself; choose another place")
    return _copy(store, dest, rotate=to is None)


def pre_restore_backup(store: Store) -> BackupResult:
    """A backup kept out of the rotation, taken before a restore replaces the store."""
    folder = ensure_private_dir(backup_dir(store.data_dir))
    return _copy(store, stamped_path(folder, PRE_RESTORE_PREFIX, datetime.now()), rotate=False)


def _copy(store: Store, dest: Path, *, rotate: bool) -> BackupResult:
    start = time.perf_counter()
    for stale in dest.parent.glob("*.db.partial"):  # left by a backup that was killed
        stale.unlink(missing_ok=True)
    raw = store.engine.raw_connection()
    try:
        try:
            check = write_copy(raw.driver_connection, dest, store.key)
        except OSError as exc:
            raise FinappError(f"Cannot write the backup to {dest}: {exc.strerror}") from None
        except sqlcipher3.DatabaseError as exc:
            raise StoreError(
                f"Cannot back up {store.path}: it is damaged ({exc}); run `finapp check`"
            ) from None
    finally:
        raw.close()
    removed = prune(store.data_dir, load_retention(store)) if rotate else ()
    seconds = time.perf_counter() - start
    log.info("backup written in %.2f s", seconds)
    return BackupResult(
        str(dest), dest.stat().st_size, seconds, check.counts.get("transactions", 0), removed
    )


def daily_backup_due(store: Store, today: date | None = None) -> bool:
    """True on the first open of a day, once the store holds something worth keeping."""
    today = today or date.today()
    if any(stamp.date() == today for stamp, _ in _rotated(store.data_dir)):
        return False
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


def _keep(stamps: list[datetime], count: int, period: str) -> set[datetime]:
    """The newest backup of each of the ``count`` most recent periods that have one."""
    kept: dict[str, datetime] = {}
    for stamp in stamps:  # newest first
        bucket = stamp.strftime(period)
        if bucket not in kept:
            if len(kept) == count:
                break
            kept[bucket] = stamp
    return set(kept.values())


def prune(data_dir: Path, retention: Retention) -> tuple[str, ...]:
    """Delete rotated backups the retention does not keep; returns the removed file names."""
    rotated = _rotated(data_dir)
    stamps = [stamp for stamp, _ in rotated]
    keep = (
        _keep(stamps, retention.daily, "%Y-%m-%d")
        | _keep(stamps, retention.weekly, "%G-W%V")
        | _keep(stamps, retention.monthly, "%Y-%m")
    )
    removed = []
    for stamp, path in rotated:
        if stamp not in keep:
            path.unlink(missing_ok=True)
            removed.append(path.name)
    return tuple(removed)


def load_retention(store: Store) -> Retention:
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
        raise InvalidInputError("Keep at least 1 daily backup and no negative counts")
    with store.write() as session:
        row = session.get(Setting, RETENTION_SETTING)
        if row is None:
            session.add(Setting(key=RETENTION_SETTING, value=json.dumps(values)))
        else:
            row.value = json.dumps(values)
    return retention
