"""A larger page cache while a session writes many transactions at once.

Each written line goes into the transactions table and four of its indexes; with SQLite's
default cache (about 2 MB) their pages are evicted and decrypted again, and the detection after
the writing reads the whole history back from the file. 32 MB holds every page of a store of
100k lines (about 30 MB), whose import it makes a tenth faster (4.3 → 3.9 s). A larger cache
buys nothing more: 64 MB imported 300k lines (a 90 MB store) no faster than 32 MB or than
SQLite's default, and held 40 MB more until the import was done, on top of the app's window
when the lines are dropped on it. The cache is set back as it was afterwards, so the connection
returns to the pool with its usual memory.

An import writes and pairs its lines in one session and then detects subscriptions in another,
on the same connection: within :func:`larger_page_caches` every connection the running code
checks out keeps the larger cache between sessions, so detection reads the pages the writing
left instead of decrypting the history again. Such a connection goes back to its usual cache
the next time other code checks it out.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

import sqlcipher3
from sqlalchemy import Engine, event
from sqlalchemy.orm import Session
from sqlalchemy.pool import ConnectionPoolEntry

#: the cache while writing, in KiB (SQLite's negative ``cache_size``)
_WRITING_KIB = 32 * 1024
#: whether the running code (this thread's context) keeps the larger cache between sessions
_kept: ContextVar[bool] = ContextVar("finapp_larger_page_caches", default=False)
#: in an enlarged connection's pool entry: the cache size to go back to
_USUAL = "finapp_usual_cache_size"


@contextmanager
def larger_page_cache(session: Session) -> Iterator[None]:
    """Within, the session's connection caches up to 32 MB of pages."""
    raw = session.connection().connection.driver_connection
    assert raw is not None  # None only once the connection is invalidated, not while in use
    (previous,) = raw.execute("PRAGMA cache_size").fetchone()
    raw.execute(f"PRAGMA cache_size = -{_WRITING_KIB}")
    try:
        yield
    finally:
        raw.execute(f"PRAGMA cache_size = {int(previous)}")


@contextmanager
def larger_page_caches(engine: Engine) -> Iterator[None]:
    """Within, every connection of ``engine`` that the running code checks out caches up to
    32 MB of pages, from one session to the next."""
    if not event.contains(engine, "checkout", _on_checkout):
        event.listen(engine, "checkout", _on_checkout)
    token = _kept.set(True)
    try:
        yield
    finally:
        _kept.reset(token)


def _on_checkout(
    dbapi_conn: sqlcipher3.Connection, record: ConnectionPoolEntry, _proxy: Any
) -> None:
    """Enlarge the cache of a connection checked out within :func:`larger_page_caches`; set an
    enlarged one back when it is next checked out outside."""
    if _kept.get():
        if _USUAL not in record.info:
            (record.info[_USUAL],) = dbapi_conn.execute("PRAGMA cache_size").fetchone()
            dbapi_conn.execute(f"PRAGMA cache_size = -{_WRITING_KIB}")
    elif _USUAL in record.info:
        dbapi_conn.execute(f"PRAGMA cache_size = {int(record.info.pop(_USUAL))}")
