"""``finapp check``: is the store (and are its backups) sound, and what does it hold?

The checks are SQLite's ``integrity_check``, SQLCipher's ``cipher_integrity_check`` (every page's
HMAC, which catches a flipped bit on disk that SQLite alone would read as valid data), foreign
keys and the schema version, plus a count of rows per table, so a user can see at a glance that
an import, a restore or a crash left what they expect.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import sqlcipher3

from finapp.errors import WrongKeyError
from finapp.services.backup import backup_files
from finapp.services.encrypted_file import FileCheck, check_connection, check_file
from finapp.store.engine import Store


@dataclass(frozen=True, slots=True)
class CheckReport:
    store: FileCheck
    backups: tuple[FileCheck, ...] = ()

    @property
    def ok(self) -> bool:
        return self.store.ok and all(b.ok for b in self.backups)


def _check_backup(path: Path, store: Store) -> FileCheck:
    try:
        return check_file(path, store.key)
    except WrongKeyError:
        return FileCheck(str(path), False, 0, ("does not open with this store's key",))
    except sqlcipher3.DatabaseError as exc:
        return FileCheck(str(path), False, 0, (f"unreadable: {exc}",))


def check_store(store: Store, *, backups: bool = False) -> CheckReport:
    """Check the open store; with ``backups``, every backup in the data dir too."""
    raw = store.engine.raw_connection()
    try:
        result = check_connection(raw.driver_connection, store.path)
    finally:
        raw.close()
    found = tuple(_check_backup(p, store) for p in backup_files(store.data_dir)) if backups else ()
    return CheckReport(result, found)
