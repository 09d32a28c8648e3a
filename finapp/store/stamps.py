"""A stamp that proves the transactions are unchanged since a derived result was kept.

Reading all history to digest it costs more than the work it saves when nothing changed (a
second ``alerts`` on the same day). So the store keeps a token per watched table, and triggers
on the table delete it whenever a row is inserted, deleted, or has a column that readers digest
updated — in the same SQL transaction as the write, whatever code made it (the ORM, a bulk
statement, a foreign key's cascade, an undo, a wipe). A reader takes the token (creating a fresh
random one where none is left) before reading, keeps it beside its result, and may trust that
result later only while the same token is still there: any write in between took it away, and a
new token is never an earlier one. A restored backup brings its tokens with the results kept
beside them.

The table is not one of the mapped tables, so the edit journal never puts a token back on undo.
The triggers check first whether the token is there, so a write of many rows removes it once and
pays a lookup per row after that.
"""

from __future__ import annotations

import secrets

from sqlalchemy import Connection, text
from sqlalchemy.orm import Session

#: the token of the transactions' columns that derived results read
TRANSACTIONS = "transactions"

#: the columns whose update takes the token away (a category or note edit does not)
_WATCHED = "id, account_id, posted, amount_minor, is_transfer, payee, memo, merchant"

_THERE = "EXISTS (SELECT 1 FROM store_stamps WHERE name = 'transactions')"
_GONE = "BEGIN DELETE FROM store_stamps WHERE name = 'transactions'; END"
#: an update that writes a watched column's value again (rules refiling lines do) changes nothing
_CHANGED = " OR ".join(f"OLD.{column} IS NOT NEW.{column}" for column in _WATCHED.split(", "))

_DDL = (
    "CREATE TABLE IF NOT EXISTS store_stamps (name VARCHAR PRIMARY KEY, token VARCHAR NOT NULL)",
    "CREATE TRIGGER IF NOT EXISTS stamp_transactions_insert AFTER INSERT ON transactions "
    f"WHEN {_THERE} {_GONE}",
    "CREATE TRIGGER IF NOT EXISTS stamp_transactions_delete AFTER DELETE ON transactions "
    f"WHEN {_THERE} {_GONE}",
    "CREATE TRIGGER IF NOT EXISTS stamp_transactions_update "
    f"AFTER UPDATE OF {_WATCHED} ON transactions WHEN ({_CHANGED}) AND {_THERE} {_GONE}",
)

_TRIGGERS = ("stamp_transactions_insert", "stamp_transactions_delete", "stamp_transactions_update")


def install(conn: Connection) -> None:
    """Create the stamps table and its triggers (a new store, or the step that adds them)."""
    for statement in _DDL:
        conn.exec_driver_sql(statement)


def take(session: Session, name: str = TRANSACTIONS) -> str | None:
    """The current token of ``name``, made afresh if a write took it away; None without triggers.

    Call it before reading what the kept result is derived from, in the same write transaction
    that keeps the result: a write after it takes the token away again.
    """
    found = session.execute(
        text(
            "SELECT (SELECT token FROM store_stamps WHERE name = :name), "
            "(SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN "
            f"({', '.join(repr(t) for t in _TRIGGERS)}))"
        ),
        {"name": name},
    ).one()
    if found[1] != len(_TRIGGERS):
        return None  # a store whose table was rebuilt without them: nothing can be trusted
    if found[0] is not None:
        return str(found[0])
    token = secrets.token_hex(16)
    session.execute(
        text("INSERT INTO store_stamps (name, token) VALUES (:name, :token)"),
        {"name": name, "token": token},
    )
    return token
