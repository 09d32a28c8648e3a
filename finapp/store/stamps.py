"""Stamps that prove the transactions are unchanged since a derived result was kept.

Reading all history to digest it costs more than the work it saves when nothing changed (a
second ``alerts`` on the same day). So the store keeps a token for the transactions, and triggers
on the table delete it whenever a row is deleted or has a column that readers digest changed —
in the same SQL transaction as the write, whatever code made it (the ORM, a bulk statement, a
foreign key's cascade, an undo, a wipe). Inserting rows is seen by the number of rows instead:
without a deletion, which takes the token away, an insert always changes it, and counting costs
less than a trigger on each of the many rows an import adds. A reader takes the stamp (the
token, made afresh where none is left, and the count) before reading, keeps it beside its
result, and may trust that result later only while the stamp is the same: any write in between
changed it, and a new token is never an earlier one. A restored backup brings its token with
the results kept beside them.

Two stamps are kept, because readers watch different columns. ``transactions`` watches what a
line is (its account, day, amount, payee, merchant, whether it is a transfer): subscription
detection reads only that, and a category set by hand must not make it read years of history
again. ``filing`` watches each line's category, which budgets and charge alerts read; it does
not see a deleted line, so it is taken beside ``transactions``, whose token a deletion takes.

The table is not one of the mapped tables, so the edit journal never puts a token back on undo.
The triggers check first whether the token is there, so a write of many rows removes it once and
pays a lookup per row after that.
"""

from __future__ import annotations

import secrets
from typing import Literal

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

#: the columns whose update takes the ``transactions`` token away (a category or note edit does
#: not)
_WATCHED = "id, account_id, posted, amount_minor, is_transfer, payee, memo, merchant"

Stamp = Literal["transactions", "filing"]

#: each stamp's triggers: a store lacking any of them cannot prove anything with it
_TRIGGERS: dict[Stamp, tuple[str, ...]] = {
    "transactions": ("stamp_transactions_delete", "stamp_transactions_update"),
    "filing": ("stamp_filing_update",),
}


def _there(stamp: Stamp) -> str:
    return f"EXISTS (SELECT 1 FROM store_stamps WHERE name = '{stamp}')"


def _gone(stamp: Stamp) -> str:
    return f"BEGIN DELETE FROM store_stamps WHERE name = '{stamp}'; END"


def _changed(columns: str) -> str:
    """An update that writes a column's value again (rules refiling lines do) changes nothing."""
    return " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in columns.split(", "))


_DDL = (
    "CREATE TABLE IF NOT EXISTS store_stamps (name VARCHAR PRIMARY KEY, token VARCHAR NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS stamp_transactions_delete AFTER DELETE ON transactions "
    f"WHEN {_there('transactions')} {_gone('transactions')}",
    "CREATE TRIGGER IF NOT EXISTS stamp_transactions_update "
    f"AFTER UPDATE OF {_WATCHED} ON transactions "
    f"WHEN ({_changed(_WATCHED)}) AND {_there('transactions')} {_gone('transactions')}",
    "CREATE TRIGGER IF NOT EXISTS stamp_filing_update AFTER UPDATE OF category_id ON transactions "
    f"WHEN ({_changed('category_id')}) AND {_there('filing')} {_gone('filing')}",
)


def install(conn: Connection) -> None:
    """Create the stamps table and the triggers it lacks (a new store, or the steps that add
    them)."""
    for statement in _DDL:
        conn.exec_driver_sql(statement)


def take(session: Session, stamp: Stamp = "transactions") -> str | None:
    """The stamp: its token (made afresh if a write took it away) and the number of lines;
    None without its triggers.

    Call it before reading what the kept result is derived from, in the same write transaction
    that keeps the result: a write after it takes the token away again.
    """
    found = _read(session, stamp)
    if found is None:
        return None
    token, rows = found
    if token is None:
        token = secrets.token_hex(16)
        session.execute(
            text("INSERT INTO store_stamps (name, token) VALUES (:stamp, :token)"),
            {"stamp": stamp, "token": token},
        )
    return f"{token} {rows}"


def peek(session: Session, stamp: Stamp = "transactions") -> str | None:
    """The stamp as :func:`take` gives it, without making a token: None when a write took it
    away since the last take (or the store lacks its triggers). For a reader, whose session
    is rolled back: a result kept beside a stamp is current while the two are equal."""
    found = _read(session, stamp)
    if found is None or found[0] is None:
        return None
    token, rows = found
    return f"{token} {rows}"


def _read(session: Session, stamp: Stamp) -> tuple[str | None, int] | None:
    """The stamp's token (None: taken away) and the number of lines; None without its
    triggers."""
    triggers = _TRIGGERS[stamp]
    token, installed, rows = session.execute(
        text(
            "SELECT (SELECT token FROM store_stamps WHERE name = :stamp), "
            "(SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({', '.join(repr(t) for t in triggers)})), "
            "(SELECT count(*) FROM transactions)"
        ),
        {"stamp": stamp},
    ).one()
    if installed != len(triggers):
        return None  # a store whose table was rebuilt without them: nothing can be trusted
    return token, rows
