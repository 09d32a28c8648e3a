"""One encrypted SQLCipher file handled directly: open with a key, check, copy, rekey.

Backups, restore, rekey and ``finapp check`` work on files that are not the open store (a
backup on a USB stick, a restore candidate, a damaged store), so they use plain sqlcipher3
connections rather than the Store's SQLAlchemy engine. Everything that decides whether a file
is *sound* lives here, so a backup is verified exactly as a restore candidate is.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from finapp.errors import Problem, StorageError, StoreError, WrongKeyError
from finapp.store.engine import busy_timeout, check_key
from finapp.store.keys import StoreKey, pragma_literal
from finapp.store.migrations import SCHEMA_VERSION


@functools.cache
def finapp_tables() -> tuple[str, ...]:
    """The tables whose rows ``finapp check`` counts, in schema order. The declared tables are
    imported here, not with the module: the daily backup's check that one was made today
    imports this module on every command, and most commands need no mapped table."""
    from finapp.store.schema import Base

    return tuple(t.name for t in Base.metadata.sorted_tables)


@dataclass(frozen=True, slots=True)
class FileCheck:
    """What the integrity checks found in one encrypted file."""

    path: str
    ok: bool
    schema_version: int
    problems: tuple[str, ...] = ()
    counts: dict[str, int] = field(default_factory=dict)


def _quote(value: str) -> str:
    return "'" + value.replace("'", "''") + "'"


def _require_readable(path: Path) -> None:
    """Refuse, in the words of what is wrong, a path that is no file finapp may read.

    SQLite says "unable to open database file" for a folder and for a file the user may not
    read alike, which the checks that follow would call a damaged backup: a person told their
    only backup is damaged when it merely sits in a folder they gave by mistake, or belongs to
    another account, may well delete it.
    """
    if path.is_dir():
        error = IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR), str(path))
        raise StorageError.from_os_error(error, "nothing was changed")
    if not path.is_file():
        raise StoreError(Problem("file.missing", f"{path}: no such file", path=path))
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise StorageError.from_os_error(exc, "nothing was changed") from None


@contextlib.contextmanager
def connect(
    path: Path, key: StoreKey, *, readonly: bool = False
) -> Iterator[sqlcipher3.Connection]:
    """A keyed connection to ``path``; :class:`WrongKeyError` when the key does not open it.

    ``readonly`` opens the file so that checking it can never change it (a restore candidate,
    a backup on someone's USB stick).
    """
    _require_readable(path)
    target = path.resolve().as_uri() + "?mode=ro" if readonly else str(path)
    conn = sqlcipher3.connect(target, uri=readonly, isolation_level=None, timeout=busy_timeout())
    try:
        conn.execute(f"PRAGMA key = {pragma_literal(key.pragma_value(path))}")
        check_key(conn, path)
        yield conn
    finally:
        conn.close()


def check_connection(conn: sqlcipher3.Connection, path: Path) -> FileCheck:
    """Run SQLite's and SQLCipher's integrity checks and count the rows of every table."""
    problems: list[str] = []
    try:
        integrity = [row[0] for row in conn.execute("PRAGMA integrity_check").fetchall()]
        if integrity != ["ok"]:
            problems.extend(f"integrity: {line}" for line in integrity[:5])
        cipher = [row[0] for row in conn.execute("PRAGMA cipher_integrity_check").fetchall()]
        problems.extend(f"cipher: {line}" for line in cipher[:5])
        fk = conn.execute("PRAGMA foreign_key_check").fetchall()
        if fk:
            problems.append(f"{len(fk)} rows point at rows that do not exist")
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        present = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    except sqlcipher3.DatabaseError as exc:
        return FileCheck(str(path), False, 0, (f"unreadable: {exc}",))
    if version == 0 or version > SCHEMA_VERSION:
        problems.append(f"not a finapp store this version can use (schema {version})")
    tables = finapp_tables()
    missing = [t for t in tables if t not in present]
    if missing:
        problems.append(f"missing tables: {', '.join(missing)}")
    counts = {
        t: int(conn.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0])
        for t in tables
        if t in present
    }
    return FileCheck(str(path), not problems, version, tuple(problems), counts)


def check_file(path: Path, key: StoreKey) -> FileCheck:
    """Open ``path`` read-only with ``key`` and check it (raises WrongKeyError on a bad key)."""
    with connect(path, key, readonly=True) as conn:
        return check_connection(conn, path)


def incomplete_error(path: Path) -> StoreError:
    """A file whose pages are under the key given and which still does not open: damaged or cut
    short, never "a wrong passphrase" (no other passphrase would open it)."""
    return StoreError(
        Problem(
            "file.incomplete",
            f"{path} is damaged or incomplete (cut short?) and cannot be used; the key is right",
            path=path,
        )
    )


def require_sound(path: Path, key: StoreKey) -> FileCheck:
    """:func:`check_file`, raising one clear :class:`StoreError` when the file is damaged.

    A file the key does not open is damaged or incomplete (a copy cut short), not locked with
    another key, when the key is that of its pages (:mod:`finapp.services.page_keys`)."""
    try:
        result = check_file(path, key)
    except WrongKeyError:
        from finapp.services.page_keys import key_fits_pages

        if not key_fits_pages(path, key):
            raise
        raise incomplete_error(path) from None
    except sqlcipher3.DatabaseError as exc:
        raise StoreError(
            Problem("file.damaged", f"{path} is damaged and cannot be used ({exc})", path=path)
        ) from None
    if not result.ok:
        raise StoreError(
            Problem(
                "file.damaged",
                f"{path} is damaged and cannot be used ({result.problems[0]})",
                path=path,
            )
        )
    return result


def export_to(conn: sqlcipher3.Connection, dest: Path, dest_key: StoreKey) -> None:
    """Copy the database behind ``conn`` into a new file ``dest`` encrypted with ``dest_key``.

    ``sqlcipher_export`` reads inside one read transaction, so it sees a consistent snapshot and
    never takes the store's write lock: a running import is neither blocked nor half-copied.
    """
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    salt = bytes.fromhex(conn.execute("PRAGMA cipher_salt").fetchone()[0])
    key = pragma_literal(dest_key.new_file_pragma_value(salt))  # opens with the key derived
    conn.execute(f"ATTACH DATABASE {_quote(str(dest))} AS finapp_copy KEY {key}")
    try:
        conn.execute("BEGIN")
        try:
            conn.execute("SELECT sqlcipher_export('finapp_copy')")
            conn.execute(f"PRAGMA finapp_copy.user_version = {version}")
        finally:
            conn.execute("COMMIT")
    finally:
        conn.execute("DETACH DATABASE finapp_copy")


def fsync_path(path: Path) -> None:
    """Flush a file, or a folder's entries (a rename), to the disk so a power cut right after
    cannot leave an empty or missing file. Folders cannot be opened on every OS: skipped there."""
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        if path.is_dir():
            return
        raise
    try:
        os.fsync(fd)
    except OSError:
        if not path.is_dir():
            raise
    finally:
        os.close(fd)


def make_private(path: Path) -> None:
    with contextlib.suppress(OSError):  # filesystems without POSIX modes
        path.chmod(0o600)


def _stage_copy(
    conn: sqlcipher3.Connection, dest: Path, dest_key: StoreKey
) -> tuple[Path, FileCheck]:
    """Export beside ``dest`` into ``dest``'s ``.partial`` file, flushed and verified."""
    partial = dest.with_name(dest.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        export_to(conn, partial, dest_key)
        make_private(partial)
        fsync_path(partial)
        return partial, require_sound(partial, dest_key)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def _put_in_place(partial: Path, dest: Path) -> None:
    try:
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    fsync_path(dest.parent)


def write_copy(conn: sqlcipher3.Connection, dest: Path, dest_key: StoreKey) -> FileCheck:
    """Export to a temporary file beside ``dest``, verify it, then rename it into place.

    A crash at any moment leaves either no ``dest`` or a complete, verified one; the temporary
    ``*.partial`` file is removed by the next backup.
    """
    partial, check = _stage_copy(conn, dest, dest_key)
    _put_in_place(partial, dest)
    return FileCheck(str(dest), check.ok, check.schema_version, check.problems, check.counts)


def rekey_file(path: Path, old: StoreKey, new: StoreKey) -> None:
    """Re-encrypt ``path`` under ``new``: a verified copy under the new key replaces it.

    A crash leaves the old file or the new one, whole. An in-place ``PRAGMA rekey`` killed
    midway leaves a rollback journal beside the file, which a read-only check (how backups are
    probed) cannot get past, so the file looked stranded until opened for writing. The copy is
    renamed only after the old file is closed, which Windows requires.
    """
    with connect(path, old) as conn:
        partial, _ = _stage_copy(conn, path, new)
    _put_in_place(partial, path)


def opens_with(path: Path, key: StoreKey) -> bool:
    """True when ``key`` opens ``path`` (read-only; nothing is changed either way)."""
    try:
        with connect(path, key, readonly=True):
            return True
    except (WrongKeyError, sqlcipher3.DatabaseError):
        return False
