"""The steps that bring an older store to the current schema, and the tables of a new one.

Kept apart from :mod:`finapp.store.migrations` because they need the declared tables
(:mod:`finapp.store.schema`, with SQLAlchemy's ORM): a store already at the current version,
which is every open but the first after an update, loads none of it.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy import Connection

from finapp.store import stamps
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


def _to_11(conn: Connection) -> None:
    """A stamp the transactions' writes take away, so an unchanged history is not read again."""
    stamps.install(conn)


def _to_12(conn: Connection) -> None:
    """A merchant's lines indexed in date order, so its latest-dated line is found without
    reading each line: a payee is named after it, not after the line imported last."""
    conn.exec_driver_sql("DROP INDEX ix_transactions_merchant")
    conn.exec_driver_sql(
        "CREATE INDEX ix_transactions_merchant_posted ON transactions (merchant, posted)"
    )


def _to_13(conn: Connection) -> None:
    """A stamp a line's new category takes away, so an alerts check that finds nothing
    changed since the last one is not run again."""
    stamps.install(conn)


def _to_14(conn: Connection) -> None:
    """The day the user closed an account, if they did."""
    conn.exec_driver_sql("ALTER TABLE accounts ADD COLUMN closed_on DATE")


def _to_15(conn: Connection) -> None:
    """The bank's own category of each line, kept beside the filing in force, so a line a rule
    no longer files goes back to it. A line the bank filed before is under the bank's category
    now; what the bank said of a line a rule filed was never kept and stays unknown."""
    conn.exec_driver_sql(
        "ALTER TABLE transactions ADD COLUMN bank_category_id INTEGER "
        "REFERENCES categories (id) ON DELETE SET NULL"
    )
    conn.exec_driver_sql(
        "UPDATE transactions SET bank_category_id = category_id "
        "WHERE category_source = 'bank' AND category_id IS NOT NULL"
    )


def _to_16(conn: Connection) -> None:
    """Whose each account is, as its statements state it; unknown for the accounts already
    there until their next statement says."""
    conn.exec_driver_sql("ALTER TABLE accounts ADD COLUMN holder VARCHAR DEFAULT '' NOT NULL")


def _to_17(conn: Connection) -> None:
    """The keyed hash of the account each line's other party holds, as its statement names it,
    so money to or from one of the household's own accounts is a transfer, and of the IBAN of
    an account whose statements write a national number. The lines already
    stored were imported without it and keep none (their statements' words still pair them as
    before)."""
    conn.exec_driver_sql(
        "ALTER TABLE transactions ADD COLUMN other_account_hash VARCHAR DEFAULT '' NOT NULL"
    )
    conn.exec_driver_sql("ALTER TABLE accounts ADD COLUMN iban_hash VARCHAR DEFAULT '' NOT NULL")
    conn.exec_driver_sql(
        "CREATE INDEX ix_transactions_other_account ON transactions (other_account_hash) "
        "WHERE other_account_hash != ''"
    )


def _to_18(conn: Connection) -> None:
    """An index of the money coming in that is neither a transfer nor, as a rule, income: the
    refunds a purchase may have had, read over years of history after an import without a pass
    over every charge (:mod:`finapp.core.refunds`)."""
    conn.exec_driver_sql(
        "CREATE INDEX IF NOT EXISTS ix_transactions_credits ON transactions (posted) "
        "WHERE amount_minor > 0 AND is_transfer = 0"
    )


def _create_tables(conn: Connection, *models: type[Base]) -> None:
    """Create the tables of ``models``, new in a step, as the current schema declares them."""
    tables = [Base.metadata.tables[m.__tablename__] for m in models]
    Base.metadata.create_all(conn, tables=tables, checkfirst=False)


#: ``STEPS[n]`` upgrades a store at version ``n - 1`` to ``n``.
STEPS: dict[int, Callable[[Connection], None]] = {
    2: _to_2, 3: _to_3, 4: _to_4, 5: _to_5, 6: _to_6, 7: _to_7, 8: _to_8, 9: _to_9,
    10: _to_10, 11: _to_11, 12: _to_12, 13: _to_13, 14: _to_14, 15: _to_15, 16: _to_16,
    17: _to_17, 18: _to_18,
}  # fmt: skip


def create_current(conn: Connection) -> None:
    """Create every table of the current schema in an empty store (the caller found it empty,
    so nothing is first looked up to be spared)."""
    Base.metadata.create_all(conn, checkfirst=False)
    stamps.install(conn)
