"""The exact names finapp writes in a data directory, so a wipe can tell them from the user's.

A data directory may be one the user also keeps things in (``--data-dir ~/Documents/money``),
and ``backups/`` is an obvious place to drop a tax PDF. Wipe therefore deletes a file only when
its name is one finapp gives: the store and SQLite's sidecars for it, ``store.id``, the staged
copy of a restore or of a key change, the demo household's mark, rotated and pre-restore
backups (and the ``.partial`` file a killed backup leaves), and the rotating log. Patterns are
anchored and exact, so ``finapp.db.mine`` or ``backups/finapp-notes.db`` are not finapp's.
"""

from __future__ import annotations

import re
from pathlib import PurePosixPath

from finapp.log import LOG_DIR, LOG_FILE
from finapp.paths import DB_FILE, DEMO_MARK_FILE, STORE_ID_FILE
from finapp.services.backup import BACKUP_DIR, BACKUP_NAME_PATTERN, taken_at

#: What SQLite may create beside any database finapp opens (WAL mode, or a rollback journal).
_SIDECAR = r"(?:-wal|-shm|-journal)?"

#: In the data dir: the store, its re-encrypted copy while a key changes, the record of a key
#: change in progress, the restore's staged copy (and its partial), and ``store.id``.
_TOP = re.compile(rf"{re.escape(DB_FILE)}(?:\.restoring|\.rekeying)?(?:\.partial)?{_SIDECAR}")

#: In the data dir too: the name of its keyring entry, and the mark of the demo's folder.
_TOP_NAMES = (STORE_ID_FILE, DEMO_MARK_FILE)

#: In ``backups/``: ``finapp-20250131-093000[-2][-n123].db`` and ``pre-restore-…[-damaged].db``,
#: as the backup service names them, possibly still ``.partial``.
_BACKUP = re.compile(rf"{BACKUP_NAME_PATTERN}(?:\.partial)?{_SIDECAR}")

#: In ``logs/``: the rotating handler's file and its numbered predecessors.
_LOG = re.compile(rf"{re.escape(LOG_FILE)}(?:\.\d+)?")

#: The folders finapp creates in a data dir, each with the names it writes there.
OWN_FOLDERS: dict[str, re.Pattern[str]] = {BACKUP_DIR: _BACKUP, LOG_DIR: _LOG}


def is_own_file(relative: PurePosixPath) -> bool:
    """Whether a file at ``relative`` (to the data dir) has a name finapp gives such a file."""
    if len(relative.parts) == 1:
        return relative.name in _TOP_NAMES or _TOP.fullmatch(relative.name) is not None
    if len(relative.parts) == 2 and relative.parts[0] in OWN_FOLDERS:
        match = OWN_FOLDERS[relative.parts[0]].fullmatch(relative.name)
        return match is not None and _stamped_when_taken(match)
    return False


def _stamped_when_taken(match: re.Match[str]) -> bool:
    """Whether a name's stamp, if it has one, is a real moment: a backup finapp took. A file
    named ``finapp-20260230-120000.db`` is one the user renamed, kept as theirs."""
    stamp = match.groupdict().get("stamp")
    return stamp is None or taken_at(stamp) is not None
