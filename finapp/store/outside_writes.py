"""Whether another process (``finapp budget set`` in a terminal) wrote the store.

The window announces its own writes; a write by the CLI changes the store's files without
one. So the file's and its write-ahead log's size and modification time are compared with
those of the last look and with those this process's last write left
(:attr:`~finapp.store.engine.Store.own_stamp`): different from both means another process
wrote since. A ``stat`` of two files costs microseconds and holds no connection open (SQLite's
``PRAGMA data_version`` would need a connection kept for the purpose, which a restore or an
erase of the store would then have to close first). A write of the other process followed by
one of this process before the next look goes unnoticed; the hourly check catches up with its
alerts.
"""

from __future__ import annotations

from finapp.store.engine import FileStamp, Store


class OutsideWrites:
    """Asked now and then (the window activated, a minute passed), says whether the store was
    written by another process since it was last asked."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._seen: FileStamp = store.file_stamp()

    def others_wrote(self) -> bool:
        """Whether the files changed since the last look, and not by this process's writes."""
        now, before = self._store.file_stamp(), self._seen
        self._seen = now
        return now not in (before, self._store.own_stamp)
