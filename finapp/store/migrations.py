"""Schema versions, kept in SQLite's ``PRAGMA user_version``.

finapp uses a small versioned runner instead of Alembic: the store is one local SQLite file opened
by a desktop app that must migrate itself at start-up, inside the keyed connection, with no
migration scripts directory to ship in the bundle. Each step is a function ``_to_N(conn)`` that
brings version N-1 to N; a new store is created from the current tables at once.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection, Engine

from finapp.errors import Problem, StoreError
from finapp.store.account_numbers import last_four, number_hash, store_secret
from finapp.store.schema import (
    Base,
    EditJournal,
    ExchangeRate,
    Goal,
    GoalAccount,
    MerchantAlias,
    MerchantName,
    TransactionSplit,
    TransactionTag,
)

SCHEMA_VERSION = 10


def _to_2(conn: Connection) -> None:
    """Card and account numbers: the last four and a keyed hash replace the whole number.

    ``secure_delete`` overwrites the freed pages, so the old numbers do not linger inside the
    file after the column is dropped.
    """
    conn.exec_driver_sql("PRAGMA secure_delete = ON")
    for column in ("number_last4", "number_hash"):
        conn.exec_driver_sql(
            f"ALTER TABLE accounts ADD COLUMN {column} VARCHAR NOT NULL DEFAULT ''"
        )
    rows = conn.exec_driver_sql("SELECT id, number FROM accounts WHERE number != ''").all()
    if rows:
        secret = store_secret(conn)
        conn.exec_driver_sql(
            "UPDATE accounts SET number_last4 = ?, number_hash = ? WHERE id = ?",
            [(last_four(number), number_hash(secret, number), row_id) for row_id, number in rows],
        )
    conn.exec_driver_sql("CREATE INDEX ix_accounts_number_hash ON accounts (number_hash)")
    conn.exec_driver_sql("ALTER TABLE accounts DROP COLUMN number")


def _to_3(conn: Connection) -> None:
    """Statement periods (what each import covered, per account) and resolved alerts.

    Stores from before kept no statement dates, so each import's first and last line per
    account stand in for them. The table is written out as it stood at version 3: a later
    step adds its own columns to it.
    """
    conn.exec_driver_sql(
        "CREATE TABLE statement_periods (id INTEGER NOT NULL PRIMARY KEY, "
        "account_id INTEGER NOT NULL REFERENCES accounts (id) ON DELETE CASCADE, "
        "batch_id INTEGER REFERENCES import_batches (id) ON DELETE CASCADE, "
        'start DATE NOT NULL, "end" DATE NOT NULL)'
    )
    conn.exec_driver_sql(
        "CREATE INDEX ix_statement_periods_account_id ON statement_periods (account_id)"
    )
    conn.exec_driver_sql(
        'INSERT INTO statement_periods (account_id, batch_id, start, "end") '
        "SELECT account_id, batch_id, min(posted), max(posted) FROM transactions "
        "GROUP BY account_id, batch_id"
    )
    conn.exec_driver_sql("ALTER TABLE alerts ADD COLUMN resolved_on DATE")


def _to_4(conn: Connection) -> None:
    """Money health: time of day, card limits and due dates, subscription reviews, goals."""
    for table, column, kind in (
        ("transactions", "posted_time", "TIME"),
        ("accounts", "credit_limit_minor", "INTEGER"),
        ("statement_periods", "payment_due_on", "DATE"),
        ("statement_periods", "minimum_due_minor", "INTEGER"),
        ("statement_periods", "credit_limit_minor", "INTEGER"),
        ("subscriptions", "reviewed_on", "DATE"),
    ):
        conn.exec_driver_sql(f"ALTER TABLE {table} ADD COLUMN {column} {kind}")
    _create_tables(conn, Goal, GoalAccount)


def _to_5(conn: Connection) -> None:
    """Exchange rates the user entered or read from a rates file (a new table, nothing else)."""
    _create_tables(conn, ExchangeRate)


def _to_6(conn: Connection) -> None:
    """Payee names the user chose, one per merchant (a new table, nothing else)."""
    _create_tables(conn, MerchantName)


def _to_7(conn: Connection) -> None:
    """Reconciliation: the day up to which the user accepted an account's books."""
    for column, kind in (
        ("reconciled_through", "DATE"),
        ("reconciled_total_minor", "INTEGER"),
        ("reconciled_count", "INTEGER"),
    ):
        conn.exec_driver_sql(f"ALTER TABLE accounts ADD COLUMN {column} {kind}")


def _to_8(conn: Connection) -> None:
    """Notes and tags: the user's words on each transaction, and its tags (a new table)."""
    conn.exec_driver_sql("ALTER TABLE transactions ADD COLUMN note VARCHAR NOT NULL DEFAULT ''")
    _create_tables(conn, TransactionTag)


def _to_9(conn: Connection) -> None:
    """Merged payees: which merchant the user merged into which (a new table)."""
    _create_tables(conn, MerchantAlias)


def _to_10(conn: Connection) -> None:
    """Split transactions and the journal of edits to undo (two new tables)."""
    _create_tables(conn, TransactionSplit, EditJournal)


def _create_tables(conn: Connection, *models: type[Base]) -> None:
    """Create the tables of ``models``, new in a step, as the current schema declares them."""
    tables = [Base.metadata.tables[m.__tablename__] for m in models]
    Base.metadata.create_all(conn, tables=tables, checkfirst=False)


#: ``STEPS[n]`` upgrades a store at version ``n - 1`` to ``n``.
STEPS: dict[int, Callable[[Connection], None]] = {
    2: _to_2, 3: _to_3, 4: _to_4, 5: _to_5, 6: _to_6, 7: _to_7, 8: _to_8, 9: _to_9,
    10: _to_10,
}  # fmt: skip


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
        if before == 0 and _is_empty(conn):
            Base.metadata.create_all(conn)
            _set_version(conn, SCHEMA_VERSION)
            return before, SCHEMA_VERSION
        if before == 0:
            english = "This database has tables but no finapp schema version"
            raise StoreError(Problem("store.not_finapp", english))
        for version in range(before + 1, SCHEMA_VERSION + 1):
            STEPS[version](conn)
            _set_version(conn, version)
        return before, SCHEMA_VERSION
