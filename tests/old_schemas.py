"""Stores as earlier versions of finapp wrote them, to test each migration step."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from sqlalchemy import Connection, text

from finapp.services.opening import open_store
from finapp.store import migrations
from finapp.store.engine import Store


@contextmanager
def upgraded(store: Store, undo: Callable[[Connection], None], passphrase: str) -> Iterator[Store]:
    """``store`` taken back by ``undo`` to what an earlier finapp wrote, closed, and opened
    again as the app opens it: migrated to the current schema, which is checked here."""
    with store.engine.begin() as conn:
        undo(conn)
    store.close()
    reopened = open_store(store.data_dir, passphrase=passphrase)
    try:
        with reopened.read() as session:
            version = session.execute(text("PRAGMA user_version")).scalar()
            assert version == migrations.SCHEMA_VERSION
        yield reopened
    finally:
        reopened.close()


def undo_schema_17(conn: Connection) -> None:
    """Take a store back to schema 16: what finapp wrote before it kept the other party's
    account of each line."""
    conn.exec_driver_sql("DROP INDEX ix_transactions_other_account")
    conn.exec_driver_sql("ALTER TABLE transactions DROP COLUMN other_account_hash")
    conn.exec_driver_sql("ALTER TABLE accounts DROP COLUMN iban_hash")
    conn.exec_driver_sql("PRAGMA user_version = 16")


def undo_schema_16(conn: Connection) -> None:
    """Take a store back to schema 15: what finapp wrote before it kept whose each account is."""
    undo_schema_17(conn)
    conn.exec_driver_sql("ALTER TABLE accounts DROP COLUMN holder")
    conn.exec_driver_sql("PRAGMA user_version = 15")


def undo_schema_15(conn: Connection) -> None:
    """Take a store back to schema 14: what finapp wrote before it kept the bank's category of
    a line beside the filing in force. SQLite drops no column a table's foreign key names, so
    that key is taken out of the table's text first (the rows' layout is the same)."""
    undo_schema_16(conn)
    column = "bank_category_id"
    (sql,) = conn.exec_driver_sql(
        "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'transactions'"
    ).one()
    key = re.compile(
        rf",\s*FOREIGN KEY\({column}\) REFERENCES categories \(id\) ON DELETE SET NULL"
    )
    if key.search(sql):  # a new store's table; a migrated one names it on the column, droppable
        version = conn.exec_driver_sql("PRAGMA schema_version").scalar_one()
        conn.exec_driver_sql("PRAGMA writable_schema = ON")
        conn.exec_driver_sql(
            "UPDATE sqlite_master SET sql = ? WHERE type = 'table' AND name = 'transactions'",
            (key.sub("", sql),),
        )
        conn.exec_driver_sql(f"PRAGMA schema_version = {version + 1}")
        conn.exec_driver_sql("PRAGMA writable_schema = OFF")
    conn.exec_driver_sql(f"ALTER TABLE transactions DROP COLUMN {column}")
    conn.exec_driver_sql("PRAGMA user_version = 14")


def undo_schema_14(conn: Connection) -> None:
    """Take a store back to schema 13: what finapp wrote before accounts could be closed."""
    undo_schema_15(conn)
    conn.exec_driver_sql("ALTER TABLE accounts DROP COLUMN closed_on")
    conn.exec_driver_sql("PRAGMA user_version = 13")


def undo_schema_13(conn: Connection) -> None:
    """Take a store back to schema 12: what finapp wrote before the filing stamp."""
    undo_schema_14(conn)
    conn.exec_driver_sql("DROP TRIGGER stamp_filing_update")
    conn.exec_driver_sql("DELETE FROM store_stamps WHERE name = 'filing'")
    conn.exec_driver_sql("PRAGMA user_version = 12")


def undo_schema_12(conn: Connection) -> None:
    """Take a store back to schema 11: a merchant's lines indexed by merchant alone."""
    undo_schema_13(conn)
    conn.exec_driver_sql("DROP INDEX ix_transactions_merchant_posted")
    conn.exec_driver_sql("CREATE INDEX ix_transactions_merchant ON transactions (merchant)")
    conn.exec_driver_sql("PRAGMA user_version = 11")


def undo_schema_11(conn: Connection) -> None:
    """Take a store back to schema 10: what finapp wrote before the stamp."""
    undo_schema_12(conn)
    for trigger in ("delete", "update"):
        conn.exec_driver_sql(f"DROP TRIGGER stamp_transactions_{trigger}")
    conn.exec_driver_sql("DROP TABLE store_stamps")
    conn.exec_driver_sql("PRAGMA user_version = 10")


def undo_schema_10(conn: Connection) -> None:
    """Take a store back to schema 9: what finapp wrote before splits and undoable edits."""
    undo_schema_11(conn)
    conn.exec_driver_sql("DROP TABLE transaction_splits")
    conn.exec_driver_sql("DROP TABLE edit_journal")
    conn.exec_driver_sql("PRAGMA user_version = 9")


def undo_schema_9(conn: Connection) -> None:
    """Take a store back to schema 8: what finapp wrote before merged payees."""
    undo_schema_10(conn)
    conn.exec_driver_sql("DROP TABLE merchant_aliases")
    conn.exec_driver_sql("PRAGMA user_version = 8")


def undo_schema_8(conn: Connection) -> None:
    """Take a store back to schema 7: what finapp wrote before notes and tags."""
    undo_schema_9(conn)
    conn.exec_driver_sql("DROP TABLE transaction_tags")
    conn.exec_driver_sql("ALTER TABLE transactions DROP COLUMN note")
    conn.exec_driver_sql("PRAGMA user_version = 7")


def undo_schema_7(conn: Connection) -> None:
    """Take a store back to schema 6: what finapp wrote before reconciliation."""
    undo_schema_8(conn)
    for column in ("reconciled_through", "reconciled_total_minor", "reconciled_count"):
        conn.exec_driver_sql(f"ALTER TABLE accounts DROP COLUMN {column}")
    conn.exec_driver_sql("PRAGMA user_version = 6")


def undo_schema_6(conn: Connection) -> None:
    """Take a store back to schema 5: what finapp wrote before the user's payee names."""
    undo_schema_7(conn)
    conn.exec_driver_sql("DROP TABLE merchant_names")
    conn.exec_driver_sql("PRAGMA user_version = 5")


def undo_schema_5(conn: Connection) -> None:
    """Take a store back to schema 4: what finapp wrote before exchange rates."""
    undo_schema_6(conn)
    conn.exec_driver_sql("DROP TABLE exchange_rates")
    conn.exec_driver_sql("PRAGMA user_version = 4")


def undo_schema_4(conn: Connection) -> None:
    """Take a store back to schema 3: what finapp wrote before money health."""
    undo_schema_5(conn)
    for table, column in (
        ("transactions", "posted_time"),
        ("accounts", "credit_limit_minor"),
        ("statement_periods", "payment_due_on"),
        ("statement_periods", "minimum_due_minor"),
        ("statement_periods", "credit_limit_minor"),
        ("subscriptions", "reviewed_on"),
    ):
        conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.exec_driver_sql("DROP TABLE goal_accounts")
    conn.exec_driver_sql("DROP TABLE goals")
    conn.exec_driver_sql("PRAGMA user_version = 3")
