"""Recording the inverse of every row an edit changes, so the edit can be undone and redone.

This is SQLite's own undo/redo technique (https://www.sqlite.org/undoredo.html): while an edit
runs, TEMP triggers on every journaled table write, for each row inserted, deleted or updated,
the one SQL statement that puts that row back. Because the triggers see every row change
whatever code made it (the ORM, a bulk ``UPDATE``, a foreign key's cascade), every edit path is
undoable by construction: nobody has to remember what their edit touched.

How it is used: :func:`recording` marks the running code as recording (a context variable);
:meth:`finapp.store.engine.Store.write` asks :func:`begin` to create the triggers at the start
of each write transaction made while a recording is active, and :func:`harvest` to collect the
statements and drop the triggers before that transaction commits (a rollback takes both away
with it). A write session made without a recording pays nothing. :func:`apply` runs a list of
statements backwards under a recording, which yields the opposite list: undo gives redo, and
redo gives undo again.

Updates record only the columns that changed, guarded with ``IS`` on their new values, so an
unrelated later change to another column of the row is not clobbered, and a change since to the
same column makes the statement touch no row: :func:`apply` refuses then, whole.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from functools import cache

import sqlcipher3
from sqlalchemy import Connection, Table
from sqlalchemy.orm import Session

from finapp.errors import FinappError, Problem
from finapp.store.schema import Base

#: tables whose rows the journal does not put back: alerts are derived (judged again after an
#: undo), import batches are undone by undoing the import, and the journal is not its own subject
UNJOURNALED = frozenset({"alerts", "edit_journal", "import_batches"})
#: the one column of an unjournaled table that holds the user's own decision about its derived
#: rows: an alert is judged again after an undo, but that the user dismissed it was theirs to take
#: back (Edit ▸ Undo right after Dismiss). Only that column is recorded, so an alert raised,
#: resolved or read meanwhile is no "change since"; read stays read, as when restored
USER_FLAGS: dict[str, str] = {"alerts": "dismissed"}
#: settings rows that hold derived state (what the last alert and subscription runs saw, the
#: notifications held back, the automatic base currency kept), not the user's choices; rewritten
#: by every run, they would make every later undo look "changed since"
DERIVED_SETTINGS = (
    "alerts.charges_judged",
    "alerts.evaluated",
    "subscriptions.detected",
    "notifications.held",
    "rates.automatic",
)

_LOG = "finapp_undo_log"
_TABLE_OF = re.compile(r"^(?:DELETE FROM|INSERT INTO|UPDATE) (\w+)")


class ChangedSinceError(FinappError):
    """A statement of an undo or redo met a row that changed since the edit: nothing was done."""

    def __init__(self) -> None:
        super().__init__(
            Problem(
                "edit.changed_since",
                "the data this edit touched has changed since (another window or process); "
                "it can no longer be undone or redone",
            )
        )


@dataclass(slots=True)
class Recording:
    """What one edit changed so far: the statements that undo it, oldest first."""

    statements: list[str] = field(default_factory=list)

    @property
    def tables(self) -> frozenset[str]:
        return tables_of(self.statements)


_active: ContextVar[Recording | None] = ContextVar("finapp_journal_recording", default=None)


def active() -> Recording | None:
    """The recording the running code writes into, if any."""
    return _active.get()


@contextmanager
def recording() -> Iterator[Recording]:
    """Record every write transaction made within; nested, the outer recording takes it all."""
    outer = _active.get()
    if outer is not None:
        yield outer
        return
    mine = Recording()
    token = _active.set(mine)
    try:
        yield mine
    finally:
        _active.reset(token)


def tables_of(statements: Sequence[str]) -> frozenset[str]:
    """The tables a list of recorded statements touches."""
    return frozenset(m.group(1) for s in statements if (m := _TABLE_OF.match(s)))


def _journaled() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in UNJOURNALED]


def _trigger_name(table: Table, event: str) -> str:
    return f"finapp_undo_{table.name}_{event[0].lower()}"


def _trigger(table: Table, event: str, conditions: list[str], undo: str) -> str:
    """A trigger after ``event`` on ``table`` logging the statement ``undo`` (an SQL expression)
    when all ``conditions`` hold; the settings rows of derived state are left out."""
    if table.name == "settings":
        row = "old" if event == "DELETE" else "new"
        keys = ", ".join(f"'{key}'" for key in DERIVED_SETTINGS)
        conditions = [*conditions, f"{row}.key NOT IN ({keys})"]
    when = f"WHEN {' AND '.join(conditions)} " if conditions else ""
    return (
        f"CREATE TEMP TRIGGER {_trigger_name(table, event)} AFTER {event} "
        f"ON main.{table.name} {when}BEGIN INSERT INTO temp.{_LOG} (sql) VALUES ({undo}); END"
    )


def _insert_trigger(table: Table) -> str:
    return _trigger(table, "INSERT", [], f"'DELETE FROM {table.name} WHERE rowid = ' || new.rowid")


def _delete_trigger(table: Table) -> str:
    names = [c.name for c in table.columns]
    values = " || ', ' || ".join(f"quote(old.{n})" for n in names)
    undo = (
        f"'INSERT INTO {table.name} (rowid, {', '.join(names)}) VALUES (' || old.rowid "
        f"|| ', ' || {values} || ')'"
    )
    return _trigger(table, "DELETE", [], undo)


def _update_trigger(table: Table, only: str | None = None) -> str:
    """The trigger recording an update of ``table``'s columns, or of column ``only``."""
    names = [c.name for c in table.columns if only in (None, c.name)]
    changed = [f"old.{n} IS NOT new.{n}" for n in names]
    sets = " || ".join(
        f"CASE WHEN {c} THEN ', {n} = ' || quote(old.{n}) ELSE '' END"
        for n, c in zip(names, changed, strict=True)
    )
    guards = " || ".join(
        f"CASE WHEN {c} THEN ' AND {n} IS ' || quote(new.{n}) ELSE '' END"
        for n, c in zip(names, changed, strict=True)
    )
    undo = (
        f"'UPDATE {table.name} SET ' || substr({sets}, 3) || ' WHERE rowid = ' "
        f"|| new.rowid || {guards}"
    )
    return _trigger(table, "UPDATE", [f"({' OR '.join(changed)})"], undo)


def _flagged() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name in USER_FLAGS]


@cache  # the schema is the same for the whole process: its triggers are written once
def _triggers() -> tuple[str, ...]:
    whole = tuple(
        make(table)
        for table in _journaled()
        for make in (_insert_trigger, _delete_trigger, _update_trigger)
    )
    return whole + tuple(_update_trigger(t, USER_FLAGS[t.name]) for t in _flagged())


@cache
def _drops() -> tuple[str, ...]:
    whole = tuple(
        f"DROP TRIGGER temp.{_trigger_name(table, event)}"
        for table in _journaled()
        for event in ("INSERT", "DELETE", "UPDATE")
    )
    return whole + tuple(f"DROP TRIGGER temp.{_trigger_name(t, 'UPDATE')}" for t in _flagged())


def begin(connection: Connection) -> None:
    """Start recording this write transaction: the log and the triggers, on its connection."""
    raw = connection.connection.driver_connection
    assert raw is not None  # None only once the connection is invalidated, not while in use
    raw.execute(f"CREATE TEMP TABLE {_LOG} (seq INTEGER PRIMARY KEY, sql TEXT)")
    for trigger in _triggers():
        raw.execute(trigger)


def harvest(session: Session, into: Recording) -> None:
    """Add what this transaction changed to ``into``, and drop the triggers and the log."""
    session.flush()
    raw = session.connection().connection.driver_connection
    assert raw is not None
    into.statements += [sql for (sql,) in raw.execute(f"SELECT sql FROM temp.{_LOG} ORDER BY seq")]
    for drop in _drops():
        raw.execute(drop)
    raw.execute(f"DROP TABLE temp.{_LOG}")


def apply(session: Session, statements: Sequence[str]) -> None:
    """Run ``statements`` newest first in this (recording) session: each must touch one row.

    A statement touching no row, or a row put back where one is now, means the data changed
    since: :class:`ChangedSinceError`, and the caller's transaction rolls back whole.
    """
    raw = session.connection().connection.driver_connection
    assert raw is not None
    for statement in reversed(statements):  # on the driver: thousands of one-row statements
        try:
            touched = raw.execute(statement).rowcount
        except sqlcipher3.IntegrityError:
            raise ChangedSinceError() from None
        if touched != 1:
            raise ChangedSinceError()


def applied(session: Session, statements: Sequence[str]) -> list[str]:
    """:func:`apply` ``statements`` in this write session, recording it: returns the opposite
    list (an undo's gives the redo, and back), to be kept in the same transaction."""
    opposite = Recording()
    begin(session.connection())
    apply(session, statements)
    harvest(session, opposite)
    return opposite.statements
