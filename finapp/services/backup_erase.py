"""Erasing an import or an account from the backups too (``wipe --import N --also-backups``).

A user exercising their right to erase wants the lines gone everywhere finapp keeps them, and
its backups in the data dir still hold them until they rotate out. Each backup that holds the
erased part is rewritten without it: copied, still encrypted, into a ``.partial`` file beside
it (``sqlcipher_export`` under the backup's own key and salt, so it keeps its key and format),
the lines and what was derived from them deleted there (sorting in memory, never in a plain
temporary file), verified as a backup is, then renamed over it with the count it now holds.
Nothing is ever written in plain text, and a crash leaves the old backup or the new one, whole.

The part is named as the store knew it: an import by its id and the moment it was made, an
account by its id and when it was created (an id alone could name a later import or account
that reused it). A backup that does not open with the key is named and left as it is.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import sqlcipher3
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from finapp.errors import FinappError, Problem, WrongKeyError
from finapp.services.account_lessons import forget_lessons
from finapp.services.backup import backup_files, counted_path, taken_and_count
from finapp.services.encrypted_file import (
    connect,
    export_to,
    fsync_path,
    make_private,
    require_sound,
)
from finapp.store.keys import StoreKey


@dataclass(frozen=True, slots=True)
class ErasedPart:
    """What the user erased, as the store's rows named it: a table of ``accounts`` or
    ``import_batches``, the row's id and its creation moment as stored (text)."""

    table: str
    row_id: int
    made: str

    def where(self) -> tuple[str, tuple[object, ...]]:
        moment = "created_at" if self.table == "accounts" else "imported_at"
        return f"FROM {self.table} WHERE id = ? AND {moment} = ?", (self.row_id, self.made)


@dataclass(frozen=True, slots=True)
class BackupsErased:
    #: backups rewritten without the part (their names now), and how many lines each lost
    rewritten: tuple[tuple[str, int], ...] = ()
    #: backups left as they were, each with why (it does not open with the key, or failed)
    kept: tuple[Problem, ...] = ()


def part_of(session: Session, table: str, row_id: int) -> ErasedPart | None:
    """The part to erase as the store names it, read before it is erased."""
    moment = "created_at" if table == "accounts" else "imported_at"
    row = session.connection().exec_driver_sql(
        f"SELECT {moment} FROM {table} WHERE id = ?", (row_id,)
    )
    made = row.scalar()
    return None if made is None else ErasedPart(table, row_id, str(made))


def erase_from_backups(data_dir: Path, key: StoreKey, part: ErasedPart) -> BackupsErased:
    """Rewrite every finapp backup in ``data_dir`` that holds ``part`` without it."""
    rewritten: list[tuple[str, int]] = []
    kept: list[Problem] = []
    for path in backup_files(data_dir):
        try:
            result = _rewrite(path, key, part)
        except (FinappError, sqlcipher3.DatabaseError, OSError) as exc:
            kept.append(_kept(path, exc))
            continue
        if result is not None:
            rewritten.append(result)
    return BackupsErased(tuple(rewritten), tuple(kept))


def _kept(path: Path, exc: BaseException) -> Problem:
    if isinstance(exc, WrongKeyError):
        return Problem(
            "wipe.backup_other_key",
            f"{path} does not open with this store's key: left as it is, still holding the lines",
            path=path,
        )
    return Problem(
        "wipe.backup_not_rewritten",
        f"{path} could not be rewritten ({exc}): left as it is, still holding the lines",
        path=path,
        reason=str(exc),
    )


def _rewrite(path: Path, key: StoreKey, part: ErasedPart) -> tuple[str, int] | None:
    """The backup rewritten without ``part`` (its new name, the lines it lost); None when it
    does not hold the part."""
    where, params = part.where()
    with connect(path, key, readonly=True) as source:
        if source.execute(f"SELECT count(*) {where}", params).fetchone()[0] == 0:
            return None
        before = int(source.execute("SELECT count(*) FROM transactions").fetchone()[0])
        partial = path.with_name(path.name + ".partial")
        partial.unlink(missing_ok=True)
        export_to(source, partial, key)
    try:
        make_private(partial)
        with connect(partial, key) as conn:
            conn.execute("PRAGMA temp_store = MEMORY")  # nothing of it in a plain temp file
            conn.execute("PRAGMA foreign_keys = ON")  # the lines go with their import/account
            if part.table == "accounts":  # what was learned from its lines alone, while they are
                with _session(conn) as session:
                    forget_lessons(session, part.row_id)
            conn.execute(f"DELETE {where}", params)
            with _session(conn) as session:
                from finapp.services.wipe import forget_derived  # wipe imports this module

                forget_derived(session)
            conn.execute("VACUUM")  # the deleted lines' bytes leave the file's free pages
        fsync_path(partial)
        after = require_sound(partial, key).counts.get("transactions", 0)
        dest = counted_path(path, after) if taken_and_count(path)[1] is not None else path
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if dest != path:
        path.unlink(missing_ok=True)
    fsync_path(dest.parent)
    return str(dest), before - after


@contextmanager
def _session(conn: sqlcipher3.Connection) -> Iterator[Session]:
    """A session on the open keyed connection, its statements run as they come."""
    engine = create_engine("sqlite://", module=sqlcipher3, creator=lambda: conn)
    try:
        with Session(engine) as session:
            yield session
            session.flush()
    finally:
        engine.dispose(close=False)
