"""Delete: everything at once, one account, or one import — and nothing derived left behind.

Wiping removes only files finapp itself writes, by their exact names (see
:mod:`finapp.services.own_files`), and then each of its folders that is left empty: a data
directory the user also keeps things in never costs them a file, and a folder still holding
theirs is reported as kept. The keyring entry is deleted first, while ``store.id`` still names
it, whichever key the store was opened with: an interrupted switch to a passphrase, or a store
opened by passphrase on a machine that also has its key, must not leave the key behind. With
the key, so do the entries the store recorded that nothing names any more
(:mod:`finapp.services.keyring_entries`): a ``store.id`` lost left one in the keyring.

Given the store's key (proved by opening the store: the CLI refuses a wipe whose key does not
open it, unless told ``--without-key``), a wipe also knows finapp's backups written into the
data dir under other names (``backup --to``), which it erases and names, and the calendar file
kept up to date, which is the user's and is named as kept. Erasing one import or account leaves
its lines in the backups made since, until they rotate out: the count of those is returned, and
the erase is recorded so ``finapp check`` does not take it for data loss.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path, PurePosixPath

import platformdirs
from sqlalchemy import ColumnElement, delete, exists, func, select, update
from sqlalchemy.orm import Session

from finapp.errors import NotFoundError
from finapp.importers.finapp_export import is_export_folder
from finapp.paths import APP_NAME, db_path
from finapp.services import autostart, export_leftovers
from finapp.services.account_lessons import Lessons, forget_lessons
from finapp.services.accounts import require_account
from finapp.services.backup import backup_files, count_transactions, taken_and_count
from finapp.services.backup_erase import BackupsErased, ErasedPart, erase_from_backups, part_of
from finapp.services.encrypted_file import connect
from finapp.services.erase_record import record_erase
from finapp.services.import_undo import remove_unfounded_alerts
from finapp.services.kept_calendar import KEPT_CALENDAR_SETTING, refresh_kept_calendar
from finapp.services.keyring_entries import delete_orphaned, orphaned_entries
from finapp.services.keys_admin import open_elsewhere
from finapp.services.own_files import OWN_FOLDERS, is_own_file
from finapp.services.plain_outputs import is_plain_output
from finapp.services.undoable import forget_edits
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, delete_keyring_key
from finapp.store.schema import (
    Alert,
    Base,
    ImportBatch,
    Subscription,
    SubscriptionMember,
    Transaction,
)


@dataclass(frozen=True, slots=True)
class WipeResult:
    #: paths relative to the data dir (the UI settings file and the login entry: absolute, or
    #: where the registry keeps it on Windows)
    removed: tuple[str, ...]
    kept: tuple[str, ...]  # files and folders in the data dir that finapp did not write
    kept_folders: tuple[str, ...]  # folders left in place because they hold such files
    keyring_problem: str | None = None  # why the store's keyring entry could not be removed
    #: of ``kept``, the exports, reports and calendars the user had finapp write there: plain
    #: text of their data, the user's to keep or delete, and named as such
    exports: tuple[str, ...] = ()
    #: of ``removed``, finapp's backups of this store found under other names (``backup --to``)
    backups_found: tuple[str, ...] = ()
    #: the calendar file kept up to date (``export-ics --keep``): the user's, left in place
    calendar: str | None = None
    #: folders left in place only because they hold finapp's exports, reports or calendars
    #: (named in ``exports`` or ``calendar``): none of the user's own files is in them
    copies_kept_in: tuple[str, ...] = ()
    #: the folder beside the store named as its demo would be, left whole: nothing proves it is
    #: finapp's demo (it may be another household's store)
    not_the_demo: str | None = None


@dataclass(frozen=True, slots=True)
class DeleteResult:
    transactions: int
    subscriptions: int
    #: backups in the data dir made since the erased lines came in: they still hold them
    backups_holding: int = 0
    #: with ``also_backups``: the backups rewritten without the lines, and those left as they
    #: were (counted in ``backups_holding``)
    backups: BackupsErased | None = None
    #: subscriptions the user added by hand, paid from the account erased: kept with their
    #: review decisions, no longer tied to any account
    hand_added_kept: int = 0
    #: ``--account``: what was learned from its lines alone, removed, and the user's own rules
    #: that applied to them, kept (:mod:`finapp.services.account_lessons`)
    lessons: Lessons = field(default_factory=Lessons)


def ui_settings_path() -> Path:
    """The window-state file the GUI keeps (same rule as ``finapp.gui.ui_state``)."""
    env = os.environ.get("FINAPP_UI_SETTINGS")
    if env:
        return Path(env)
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "ui.ini"


#: Whether a file under a name finapp does not write is a backup of the store all the same.
IsBackup = Callable[[Path], bool]


def _sweep(
    data_dir: Path,
    folder: Path,
    removed: list[str],
    kept: list[str],
    is_backup: IsBackup,
    found: list[str],
) -> None:
    """Remove finapp's files in ``folder`` (and its own subfolders, once empty), and the
    backups ``is_backup`` recognises under other names (listed in ``found`` too)."""
    for entry in sorted(folder.iterdir()):
        relative = PurePosixPath(entry.relative_to(data_dir).as_posix())
        if entry.is_symlink():
            kept.append(str(relative))
        elif entry.is_dir():
            if folder == data_dir and entry.name in OWN_FOLDERS:
                _sweep(data_dir, entry, removed, kept, is_backup, found)
            else:
                kept.append(str(relative))
        elif is_own_file(relative):
            entry.unlink(missing_ok=True)
            removed.append(str(relative))
        elif is_backup(entry):
            entry.unlink(missing_ok=True)
            removed.append(str(relative))
            found.append(str(relative))
        else:
            kept.append(str(relative))


def _no_backup(path: Path) -> bool:
    """Without the key no other file can be told to be a backup: all are kept."""
    return False


def _backup_of(path: Path, key: StoreKey) -> bool:
    """A file that opens with the store's key and holds finapp's transactions table (an empty
    or tiny file also "opens": SQLite takes it for a new database)."""
    return count_transactions(path, key) is not None


def _kept_calendar(data_dir: Path, key: StoreKey | None) -> str | None:
    """The calendar file the store keeps up to date, read before the store goes."""
    store_file = db_path(data_dir)
    if key is None or not store_file.is_file():
        return None
    with connect(store_file, key, readonly=True) as conn:
        row = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (KEPT_CALENDAR_SETTING,)
        ).fetchone()
    kept = json.loads(row[0]) if row is not None else ""
    return str(kept) if kept else None


def wipe_all(data_dir: Path, key: StoreKey | None = None) -> WipeResult:
    """Remove the store, its WAL/SHM, backups, logs, saved settings, the keyring entry, the
    demo household beside it (with its own keyring entry: statements may have been dropped on
    the demo too) and the entry that starts finapp at login (nothing would be left for it to
    open). The folder the demo would be in is erased only when it is provably finapp's demo
    (:func:`finapp.services.demo.is_finapps_demo`): a store of another household kept under
    that name went with its backups, unasked and unnamed; it is kept and named now.

    Close the store first. finapp's folders, and the data directory itself, go too when
    nothing else is in them. ``key``, the store's, also finds finapp's backups of it under
    other names and the calendar file kept up to date (see the module's notes).
    """
    removed: list[str] = []
    kept: list[str] = []
    kept_folders: list[str] = []
    found: list[str] = []
    calendar = _kept_calendar(data_dir, key)
    orphans = orphaned_entries(data_dir, key)
    starts_here = autostart.starts_data_dir(data_dir)
    is_backup: IsBackup = (lambda path: _backup_of(path, key)) if key else _no_backup
    problem = _wipe_folder(data_dir, removed, kept, kept_folders, is_backup, found)
    problem = "; ".join(p for p in (problem, delete_orphaned(orphans)) if p) or None
    demo, not_the_demo = _demo_beside(data_dir)
    if demo is not None:
        demo_kept: list[str] = []
        problem = _wipe_folder(demo, [], demo_kept, [], _no_backup, []) or problem
        kept.extend(str(demo / name) for name in demo_kept)
        if demo.exists():
            kept_folders.append(str(demo))
        else:
            removed.append(str(demo))
    settings = ui_settings_path()
    if settings.exists():
        settings.unlink()
        removed.append(str(settings))
    if starts_here and autostart.disable():
        removed.append(autostart.where())
    exports = tuple(name for name in kept if _plain_copy(data_dir / name, calendar))
    others = tuple(name for name in kept_folders if _holds_others(data_dir / name))
    copies_only = tuple(name for name in kept_folders if name not in others)
    return WipeResult(
        tuple(removed),
        tuple(kept),
        others,
        problem,
        exports,
        tuple(found),
        calendar,
        copies_only,
        not_the_demo,
    )


def _demo_beside(data_dir: Path) -> tuple[Path | None, str | None]:
    """The demo folder beside the store to erase with it, or the folder of that name to keep
    and name (as text) because nothing proves it is finapp's demo of this store."""
    from finapp.services.demo import demo_dir_for, is_finapps_demo

    demo = demo_dir_for(data_dir)
    if not demo.is_dir() or demo.is_symlink():
        return None, None
    if is_finapps_demo(demo):
        return demo, None
    return None, str(demo)


def _holds_others(folder: Path) -> bool:
    """Whether a folder the wipe left holds anything but finapp's plain-text copies (exports,
    reports, calendars) and finapp's own folders holding only those: a folder left for a health
    report alone is not one that "holds files finapp did not write"."""
    for entry in folder.iterdir():
        own = entry.is_dir() and not entry.is_symlink() and entry.name in OWN_FOLDERS
        if own and not _holds_others(entry):
            continue
        if not _plain_copy(entry, None):
            return True
    return False


def _plain_copy(path: Path, calendar: str | None) -> bool:
    """Whether ``path`` is finapp's export, report or calendar in plain text (the calendar kept
    up to date is named apart, as kept wherever it is)."""
    if path.is_symlink() or (calendar is not None and path.resolve() == Path(calendar).resolve()):
        return False
    if path.is_dir():
        return is_export_folder(path)
    return is_plain_output(path)


def _wipe_folder(
    data_dir: Path,
    removed: list[str],
    kept: list[str],
    kept_folders: list[str],
    is_backup: IsBackup,
    found: list[str],
) -> str | None:
    """Remove a store's folder as :func:`wipe_all` says, its keyring entry first; returns why
    that entry could not be removed, if it could not."""
    if not data_dir.is_dir():
        return None
    problem = delete_keyring_key(data_dir)
    removed.extend(export_leftovers.remove_recorded(data_dir))  # plain text, anywhere
    _sweep(data_dir, data_dir, removed, kept, is_backup, found)
    for name in OWN_FOLDERS:
        folder = data_dir / name
        if folder.is_dir() and not folder.is_symlink():
            if any(folder.iterdir()):
                kept_folders.append(name)
            else:
                folder.rmdir()
                removed.append(name)
    if any(data_dir.iterdir()):
        kept_folders.append(str(data_dir))
    else:
        data_dir.rmdir()
    return problem


#: The byte of the ``-shm`` file every SQLite connection to a WAL store holds a shared lock on
#: for as long as it is open (``UNIX_SHM_DMS`` in SQLite's ``os_unix.c``).
_SHM_OPEN_BYTE = 128


def refuse_while_open_elsewhere(store_file: Path) -> None:
    """Refuse, as ``restore`` and ``passphrase change`` do, while another finapp process has
    the store open, found without its key (``wipe --without-key``: the key is lost).

    Where SQLite's locks are POSIX locks, a write lock on the byte every open connection holds
    in the ``-shm`` file is refused; elsewhere a ``-wal`` file left is taken as the store open.
    """
    shm = Path(f"{store_file}-shm")
    if not shm.is_file():
        return
    try:
        import fcntl
    except ImportError:  # Windows
        if Path(f"{store_file}-wal").exists():
            raise open_elsewhere(store_file) from None
        return
    fd = os.open(shm, os.O_RDWR)
    try:
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, 1, _SHM_OPEN_BYTE)
        except OSError:
            raise open_elsewhere(store_file) from None
        fcntl.lockf(fd, fcntl.LOCK_UN, 1, _SHM_OPEN_BYTE)
    finally:
        os.close(fd)


def forget_derived(session: Session) -> int:
    """After transactions went: drop detected subscriptions left with no charges, alerts about
    them, and transfer pairings whose other half is gone. Returns subscriptions removed."""
    has_member = exists().where(SubscriptionMember.subscription_id == Subscription.id)
    orphans = list(
        session.scalars(select(Subscription.id).where(~has_member, Subscription.manual.is_(False)))
    )
    if orphans:
        session.execute(delete(Alert).where(Alert.subscription_id.in_(orphans)))
        session.execute(delete(Subscription).where(Subscription.id.in_(orphans)))
    live_ids = select(Transaction.id).scalar_subquery()
    session.execute(
        update(Transaction)
        .where(Transaction.transfer_peer_id.is_not(None))
        .where(Transaction.transfer_peer_id.not_in(live_ids))
        .values(is_transfer=False, transfer_peer_id=None)
    )
    return len(orphans)


def _backups_since(data_dir: Path, since: datetime | None, erased: int) -> int:
    """How many of finapp's backups were made after ``since`` (when the erased lines came in):
    they still hold those lines until the rotation drops them."""
    if not erased:
        return 0
    # a backup's name keeps its second, not the fraction: one made in the second the lines
    # came in may hold them, and saying so is the safe side
    start = (since or datetime.min).replace(microsecond=0)
    return sum(1 for path in backup_files(data_dir) if taken_and_count(path)[0] >= start)


def _count(session: Session, condition: ColumnElement[bool], rows: type[Base] = Transaction) -> int:
    return int(session.scalar(select(func.count()).select_from(rows).where(condition)) or 0)


def _untie_hand_added(session: Session, account_id: int) -> int:
    """Keep the subscriptions the user added by hand that the account paid, with their review
    decisions, tied to no account: the account's erase took them with it (its rows cascade), in
    silence, though only what detection derived from its lines is finapp's to remove. Returns
    how many."""
    hand_added = (Subscription.account_id == account_id) & Subscription.manual.is_(True)
    kept = _count(session, hand_added, Subscription)
    if kept:
        session.execute(update(Subscription).where(hand_added).values(account_id=None))
    return kept


def delete_account(store: Store, account: str, *, also_backups: bool = False) -> DeleteResult:
    """Delete one account with its transactions, balances, rules, detected subscriptions,
    alerts and what was learned from its lines alone (:mod:`finapp.services.account_lessons`);
    with ``also_backups``, from finapp's backups too (:mod:`finapp.services.backup_erase`).
    The subscriptions the user added by hand and the rules the user wrote stay."""
    with store.write() as session:
        row = require_account(session, account)
        part = part_of(session, "accounts", row.id)
        count = _count(session, Transaction.account_id == row.id)
        first = session.scalar(
            select(func.min(ImportBatch.imported_at))
            .join(Transaction, Transaction.batch_id == ImportBatch.id)
            .where(Transaction.account_id == row.id)
        )
        hand_added = _untie_hand_added(session, row.id)
        lessons = forget_lessons(session, row.id)
        detected = _count(session, Subscription.account_id == row.id, Subscription)
        session.delete(row)
        session.flush()
        record_erase(session, count, datetime.now())
        result = DeleteResult(
            count,
            detected + forget_derived(session),
            _backups_since(store.data_dir, first, count),
            hand_added_kept=hand_added,
            lessons=lessons,
        )
    forget_edits(store)  # edits of the lines gone cannot be undone or redone
    refresh_kept_calendar(store)
    return _from_backups(store, part, result) if also_backups else result


def delete_import(store: Store, batch_id: int, *, also_backups: bool = False) -> DeleteResult:
    """Undo one import: exactly its transactions and balances, and what was derived from them;
    with ``also_backups``, from finapp's backups too (:mod:`finapp.services.backup_erase`)."""
    with store.write() as session:
        batch = session.get(ImportBatch, batch_id)
        if batch is None:
            raise NotFoundError(f"No import {batch_id}")
        part = part_of(session, "import_batches", batch_id)
        count = _count(session, Transaction.batch_id == batch_id)
        since = batch.imported_at
        session.delete(batch)
        session.flush()
        record_erase(session, count, datetime.now())
        result = DeleteResult(
            count, forget_derived(session), _backups_since(store.data_dir, since, count)
        )
        remove_unfounded_alerts(session, since, date.today())
    forget_edits(store)
    refresh_kept_calendar(store)
    return _from_backups(store, part, result) if also_backups else result


def _from_backups(store: Store, part: ErasedPart | None, result: DeleteResult) -> DeleteResult:
    """The erased part removed from the backups too: those left holding it are counted."""
    if part is None:
        return result
    erased = erase_from_backups(store.data_dir, store.key, part)
    return replace(result, backups_holding=len(erased.kept), backups=erased)
