"""The keyring entries a store's key was kept under, recorded in the store itself.

A keyring entry is named by ``store.id`` beside the database, and by nothing else: a
``store.id`` deleted while tidying up, or left behind when ``finapp.db`` was moved, left the
entry in the keyring with no name to find it by. ``passphrase use-keyring`` then put the key
under a new entry, and ``wipe`` erased that one only: the store's key stayed in the keyring
after "delete all data". So each open with a keyring key records the entry and its folder in
the store (encrypted, never exported), and the record finds the entry again.

An entry recorded is this store's to reuse or erase only when it is *orphaned*: no other folder
still holds a store under it (a copy of ``finapp.db`` elsewhere, restored from the same backup,
keeps the entry it uses) and the keyring keeps this store's very key under it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path

from finapp.errors import FinappError
from finapp.paths import db_path
from finapp.services.encrypted_file import connect
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, delete_entry, entry_key, store_id

log = logging.getLogger("finapp.store")

#: the settings entry holding the record: ``[{"id": …, "folder": …}, …]``, oldest first
ENTRIES_SETTING = "keyring.entries"
#: how many entries the record keeps (a store moved or restored many times)
_KEPT = 16


@dataclass(frozen=True, slots=True)
class Entry:
    """A keyring entry a store's key was kept under, and the folder that named it."""

    sid: str
    folder: str


def _parse(value: str | None) -> list[Entry]:
    try:
        items = json.loads(value) if value else []
        return [Entry(str(item["id"]), str(item["folder"])) for item in items]
    except (ValueError, TypeError, KeyError):
        return []


def _dump(entries: list[Entry]) -> str:
    return json.dumps([{"id": e.sid, "folder": e.folder} for e in entries[-_KEPT:]])


def remember_entry(store: Store) -> None:
    """Record the keyring entry the store was opened with, when it is not recorded yet.

    Every open but the first reads one row in SQL and writes nothing."""
    sid = store_id(store.data_dir, create=False)
    if store.key.source != "keyring" or sid is None:
        return
    here = Entry(sid, str(store.data_dir.resolve()))
    with store.connect() as conn:
        row = conn.exec_driver_sql(
            "SELECT value FROM settings WHERE key = ?", (ENTRIES_SETTING,)
        ).first()
    entries = _parse(row[0] if row else None)
    if here in entries:
        return
    from finapp.store.schema import Setting  # not before: most opens stop at the line above

    try:
        with store.write() as session:
            session.merge(Setting(key=ENTRIES_SETTING, value=_dump([*entries, here])))
    except FinappError as exc:  # a read-only disk, another window writing: the next open
        log.warning("keyring entry not recorded: %s", type(exc).__name__)


def recorded_entries(store_file: Path, key: StoreKey) -> list[Entry]:
    """The entries the store at ``store_file`` recorded (none when it is not there)."""
    if not store_file.is_file():
        return []
    with connect(store_file, key, readonly=True) as conn:
        row = conn.execute(
            "SELECT value FROM settings WHERE key = ?", (ENTRIES_SETTING,)
        ).fetchone()
    return _parse(row[0] if row else None)


def _used_elsewhere(entry: Entry, data_dir: Path) -> bool:
    """Whether another folder still holds a store under ``entry`` (a copy made or restored
    there, which keeps using it)."""
    folder = Path(entry.folder)
    if folder == data_dir.resolve():
        return False
    return store_id(folder, create=False) == entry.sid and db_path(folder).exists()


def orphaned_entries(data_dir: Path, key: StoreKey | None) -> list[str]:
    """The entries recorded by the store in ``data_dir`` that keep its key and that nothing
    names any more: not this folder's ``store.id``, and no other folder's store's."""
    if key is None or key.raw is None:
        return []
    current = store_id(data_dir, create=False)
    found = []
    for entry in recorded_entries(db_path(data_dir), key):
        if entry.sid == current or entry.sid in found or _used_elsewhere(entry, data_dir):
            continue
        if entry_key(entry.sid) == key.raw:
            found.append(entry.sid)
    return found


def delete_orphaned(sids: list[str]) -> str | None:
    """Remove the entries ``sids`` from the keyring; what went wrong, if anything did."""
    problems = [problem for problem in map(delete_entry, sids) if problem]
    return "; ".join(problems) or None
