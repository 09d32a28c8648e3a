"""SQLCipher connections under SQLAlchemy's ``sqlite+pysqlcipher`` dialect.

Each DB-API connection is made by :func:`_connect` so that, before anything else touches the
file, SQLCipher's own logging is silenced, the key is applied and checked. A wrong key therefore
fails at once with :class:`WrongKeyError` and nothing is written.

SQLAlchemy's ORM and finapp's tables (:mod:`finapp.store.schema`, :mod:`finapp.store.journal`)
are imported by the first session, not here: a command that reads with SQL alone
(:meth:`Store.connect`, e.g. ``finapp transactions --json``) is spared a tenth of a second of
mapping classes it never uses.
"""

from __future__ import annotations

import logging
import math
import os
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

import sqlcipher3
from sqlalchemy import URL, Connection, Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, DBAPIError, OperationalError
from sqlalchemy.pool import ConnectionPoolEntry, QueuePool

from finapp.errors import (
    InvalidInputError,
    Problem,
    StorageError,
    StoreBusyError,
    StoreError,
    WrongKeyError,
)
from finapp.store.key_stretching import forget_keys, new_salt
from finapp.store.keys import StoreKey

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

log = logging.getLogger("finapp.store")

#: How long a writer waits for another finapp process before saying the store is busy
#: (``FINAPP_BUSY_TIMEOUT`` seconds overrides it, e.g. for scripts that would rather fail fast).
BUSY_TIMEOUT_SECONDS = 15.0
BUSY_TIMEOUT_ENV = "FINAPP_BUSY_TIMEOUT"
#: an hour: longer is a typo, and SQLite's timeout must stay a finite number
_MAX_BUSY_TIMEOUT = 3600.0


def busy_timeout() -> float:
    """The busy timeout in force, read when a store opens (not at import, where a bad value
    would be a traceback before the CLI could say anything): :class:`InvalidInputError` for a
    value that is not a number of seconds from 0 to an hour."""
    text = os.environ.get(BUSY_TIMEOUT_ENV, "").strip()
    if not text:
        return BUSY_TIMEOUT_SECONDS
    try:
        seconds = float(text)
    except ValueError:
        seconds = math.nan
    if not 0 <= seconds <= _MAX_BUSY_TIMEOUT:  # NaN fails this too
        raise InvalidInputError(
            f"{BUSY_TIMEOUT_ENV} must be a number of seconds from 0 to 3600, not {text!r}"
        )
    return seconds


#: SQLite result codes (by name prefix, so extended codes match) that are the disk's or the
#: file system's refusal rather than a damaged store or a wrong key
_FAULT_CODES = ("SQLITE_FULL", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_PERM")


#: Free space below which a disk I/O error is taken for a full disk: SQLite needs 32 kB of
#: shared memory beside a WAL store just to read it, and a page or more for every write.
_NEARLY_FULL_BYTES = 1 << 20


def _out_of_space(folder: Path) -> bool:
    """Whether the disk holding ``folder`` has (next to) no space left for this user.

    SQLite reports a full disk as SQLITE_FULL only when a write to the database file itself
    fails; a store that cannot even get its ``-shm`` shared-memory file on a full disk (every
    command, reads included) fails with a bare SQLITE_IOERR, which said "the disk reported an
    error" and sent people looking for a failing disk instead of freeing space.
    """
    try:
        return shutil.disk_usage(folder).free < _NEARLY_FULL_BYTES
    except OSError:
        return False


def storage_fault(exc: BaseException, path: Path) -> StorageError | None:
    """The user's wording of a SQLite error that the disk or folder caused, else None.

    ``exc`` is a SQLCipher error or SQLAlchemy's wrapper of one. Whatever was being written is
    rolled back by SQLite itself, so each message can promise that nothing was saved.
    """
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    name = getattr(orig, "sqlite_errorname", "") or ""
    code = next((c for c in _FAULT_CODES if name.startswith(c)), None)
    if code is None:
        return None
    folder = path.parent
    if code == "SQLITE_FULL" or (code == "SQLITE_IOERR" and _out_of_space(folder)):
        text = f"the disk is full (writing {path}); nothing was saved"
    elif code == "SQLITE_IOERR":
        text = f"the disk reported an error reading or writing {path}; nothing was saved"
    elif not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        text = (
            f"{folder} is read-only for you: finapp needs to write there, even to read "
            "the store; nothing was changed"
        )
    else:
        text = f"cannot open {path}: permission denied; nothing was changed"
    return StorageError(text)


def check_key(dbapi_conn: sqlcipher3.Connection, path: Path) -> None:
    """Silence SQLCipher's logging and prove the key opens ``path``, else :class:`WrongKeyError`.

    SQLCipher accepts any key until the first page is read, so a read is the only test. Only
    "not a database" means a wrong key: a folder that is read-only, a full disk or a denied
    permission fail this read too and are said as such.
    """
    dbapi_conn.execute("PRAGMA cipher_log_level = NONE")
    try:
        dbapi_conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        fault = storage_fault(exc, path)
        if fault is not None:
            raise fault from None
        forget_keys()
        raise WrongKeyError(
            Problem(
                "key.wrong",
                f"Cannot open {path}: wrong passphrase or key, or not a finapp database",
                path=path,
            )
        ) from None


def create_store_engine(path: Path, key: StoreKey) -> Engine:
    """An engine whose every connection is keyed and checked, in WAL mode, with foreign keys on.

    The dialect applies ``PRAGMA key`` from the URL's password on each new connection; the
    ``connect`` hook below then silences SQLCipher's logging before the first page is decrypted,
    checks the key, and sets the connection up.
    """
    # a new store's salt is chosen here, for every connection alike
    pragma = key.pragma_value(path) if path.exists() else key.new_file_pragma_value(new_salt(path))
    url = URL.create("sqlite+pysqlcipher", password=pragma, database=str(path))
    # A queue of connections, each used by one thread at a time, rather than the dialect's
    # default of one connection per thread: that pool closes the oldest thread's connection
    # once more than five threads have used the store — under the desktop app's worker
    # threads, which come and go, it closed connections other threads were still using — and
    # its connections outlive ``dispose()`` in threads that are gone.
    engine = create_engine(
        url,
        module=sqlcipher3,
        poolclass=QueuePool,
        connect_args={"timeout": busy_timeout(), "check_same_thread": False},
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: sqlcipher3.Connection, _record: ConnectionPoolEntry) -> None:
        check_key(dbapi_conn, path)
        dbapi_conn.isolation_level = None  # transactions are begun explicitly below
        for pragma in (
            "foreign_keys = ON",
            "temp_store = MEMORY",  # sorts and temp tables never touch the disk
            "journal_mode = WAL",
            "synchronous = NORMAL",
        ):
            dbapi_conn.execute(f"PRAGMA {pragma}")

    @event.listens_for(engine, "begin")
    def _begin(conn: Connection) -> None:
        # Writers take the write lock up front so a busy store waits on the busy timeout
        # instead of failing half-way through a transaction.
        immediate = conn.get_execution_options().get("finapp_write", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def _is_busy(exc: OperationalError) -> bool:
    text = str(exc.orig).lower()
    return "database is locked" in text or "database is busy" in text


class Store:
    """An open encrypted store: the engine plus read and write sessions."""

    def __init__(self, data_dir: Path, path: Path, engine: Engine, key: StoreKey) -> None:
        self.data_dir = data_dir
        self.path = path
        self.engine = engine
        self.key = key

    @cached_property
    def _reader(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        return sessionmaker(bind=self.engine, expire_on_commit=False)

    @cached_property
    def _writer(self) -> sessionmaker[Session]:
        from sqlalchemy.orm import sessionmaker

        writing = self.engine.execution_options(finapp_write=True)
        return sessionmaker(bind=writing, expire_on_commit=False)

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for queries; anything it changed is rolled back."""
        with self._reader() as session:
            try:
                with self._faults(self._busy_reading()):
                    yield session
            finally:
                session.rollback()

    @contextmanager
    def connect(self) -> Iterator[Connection]:
        """A connection for queries written in SQL, read as :meth:`read` reads (its faults said
        alike, anything it changed rolled back), without loading the ORM."""
        with self._faults(self._busy_reading()), self.engine.connect() as conn:
            yield conn  # closing it rolls its transaction back

    def _busy_reading(self) -> Problem:
        return Problem(
            "store.busy", f"{self.path} is busy in another finapp window", path=self.path
        )

    @contextmanager
    def _faults(self, busy: Problem) -> Iterator[None]:
        """A busy store (said as ``busy``), a full disk, a read-only folder or a damaged file,
        in one line."""
        try:
            yield
        except OperationalError as exc:
            if _is_busy(exc):
                raise StoreBusyError(busy) from None
            raise self._damaged(exc) from None
        except DatabaseError as exc:
            raise self._damaged(exc) from None

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session committed on success and rolled back whole on any error.

        While an edit is being recorded (:func:`finapp.store.journal.recording`), the session's
        row changes are recorded for undo before it commits.
        """
        from finapp.store import journal

        recording = journal.active()
        busy = Problem(
            "store.busy_writing",
            f"{self.path} is busy: another finapp process is writing; try again",
            path=self.path,
        )
        with self._writer() as session, self._faults(busy):
            try:
                if recording is not None:
                    journal.begin(session.connection())
                yield session
                if recording is not None:
                    journal.harvest(session, recording)
                session.commit()
            except BaseException:
                session.rollback()  # before the fault is said: nothing of it is kept
                raise

    def _damaged(self, exc: DatabaseError) -> Exception:
        """A full disk, a read-only folder or a corrupt page becomes one clear line; any other
        database error stays a bug."""
        fault = storage_fault(exc, self.path)
        if fault is not None:
            return fault
        text = str(exc.orig).lower()
        if "malformed" in text or "not a database" in text:
            return StoreError(
                Problem(
                    "store.damaged",
                    f"{self.path} is damaged: run `finapp check`, then `finapp restore` a backup",
                    path=self.path,
                )
            )
        return exc

    def close(self) -> None:
        self.engine.dispose()
