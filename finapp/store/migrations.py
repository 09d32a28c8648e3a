"""Schema versions, kept in SQLite's ``PRAGMA user_version``.

finapp uses a small versioned runner instead of Alembic: the store is one local SQLite file opened
by a desktop app that must migrate itself at start-up, inside the keyed connection, with no
migration scripts directory to ship in the bundle. Each step is a function ``_to_N(conn)`` that
brings version N-1 to N (:mod:`finapp.store.migration_steps`, loaded only when a store needs
one); a new store is created from the current tables at once.
"""

from __future__ import annotations

import logging
import time

from sqlalchemy import Connection, Engine

from finapp.errors import Problem, StoreError

SCHEMA_VERSION = 18

log = logging.getLogger("finapp.store")


def current_version(conn: Connection) -> int:
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)


def _set_version(conn: Connection, version: int) -> None:
    conn.exec_driver_sql(f"PRAGMA user_version = {int(version)}")


def _is_empty(conn: Connection) -> bool:
    count = conn.exec_driver_sql("SELECT count(*) FROM sqlite_master WHERE type = 'table'").scalar()
    return not count


def migrate(engine: Engine) -> tuple[int, int]:
    """Bring the store to :data:`SCHEMA_VERSION`; returns (version before, version after)."""
    with engine.begin() as conn:
        before = current_version(conn)
        if before > SCHEMA_VERSION:
            english = (
                f"This store was written by a newer finapp (schema {before}); please update finapp"
            )
            raise StoreError(Problem("store.newer", english, schema=before))
        if before == SCHEMA_VERSION:
            return before, before
        from finapp.store.migration_steps import STEPS, create_current

        if before == 0 and _is_empty(conn):
            create_current(conn)
            _set_version(conn, SCHEMA_VERSION)
            log.info("new store created at schema %d", SCHEMA_VERSION)
            return before, SCHEMA_VERSION
        if before == 0:
            english = "This database has tables but no finapp schema version"
            raise StoreError(Problem("store.not_finapp", english))
        for version in range(before + 1, SCHEMA_VERSION + 1):
            start = time.perf_counter()
            STEPS[version](conn)
            _set_version(conn, version)
            log.info("store schema %d -> %d in %.3f s", version - 1, version, _since(start))
        return before, SCHEMA_VERSION


def _since(start: float) -> float:
    return time.perf_counter() - start
