"""The shape of a new line as the import writes it: its columns, their order and the SQL.

Shared by the writing of rows and the cross-format check, which reads the rows before they are
written; kept apart so neither imports the other.
"""

from __future__ import annotations

from typing import Any

from finapp.store.schema import Transaction

#: One prepared INSERT run with executemany: SQLAlchemy's per-row parameter processing (ORM or
#: Core) costs several times what SQLCipher needs to write the rows; these columns are plain
#: values (``posted`` in SQLAlchemy's ISO storage format for SQLite dates), of the exact types
#: ``int`` or ``str`` (``fitid`` None where a file gives no bank id): the driver looks up an
#: adapter for any other (``False`` included), which made a tenth of the writing's time. Each
#: line is written already filed by the rules (category and payee), so it is never read back to
#: be updated.
COLUMNS = (
    "account_id",
    "batch_id",
    "posted",
    "amount_minor",
    "currency",
    "payee",
    "original_payee",
    "memo",
    "fitid",
    "source_kind",
    "dedupe_key",
    "occurrence",
    "merchant",
    "is_transfer",
    "posted_time",
    "category_id",
    "category_source",
    "note",
)
#: The columns of the lines of a statement naming the other party's account (ING's
#: ``Tegenrekening``): its keyed hash after the others. A statement naming none (an OFX) is
#: written without it, as each of its lines would hold ""; binding that took 1 % of the writing.
NAMING = (*COLUMNS, "other_account_hash")
#: The columns most lines leave empty, each with what a row holds there to mean NULL: ``None``
#: is one of the types the driver looks an adapter up for (two failed attribute lookups, ten
#: times the cost of binding a number), and most lines have no time of day. Each stand-in is of
#: a type the column's values never have (a time and a source are text, a category id a
#: number), so ``NULLIF`` turns it, and only it, into NULL.
ABSENT = {"posted_time": 0, "category_id": "", "category_source": 0}
NO_TIME, NO_CATEGORY, NO_SOURCE = ABSENT.values()


def _insert(columns: tuple[str, ...]) -> str:
    return (
        f"INSERT INTO {Transaction.__tablename__} ({', '.join(columns)}) VALUES ("
        + ", ".join(f"NULLIF(?, {ABSENT[c]!r})" if c in ABSENT else "?" for c in columns)
        + ")"
    )


INSERT, INSERT_NAMING = _insert(COLUMNS), _insert(NAMING)


#: A line stored before its source gave times gets the time a re-import of it carries: the
#: line stays the same line (same key), it only learns its time of day.
FILL_TIME = (
    f"UPDATE {Transaction.__tablename__} SET posted_time = ? "
    "WHERE account_id = ? AND dedupe_key = ? AND occurrence = ? AND posted_time IS NULL"
)

#: A line stored before finapp kept the other party's account learns the one a re-import of
#: its statement names (only a line that has none: the account a line names does not change).
FILL_OTHER_ACCOUNT = (
    f"UPDATE {Transaction.__tablename__} SET other_account_hash = ? "
    "WHERE account_id = ? AND dedupe_key = ? AND occurrence = ? AND other_account_hash = ''"
)

#: One new line's values in ``COLUMNS`` order, as plain SQL takes them (ints, ISO text, None)
Row = tuple[Any, ...]
POSTED, AMOUNT, PAYEE, MERCHANT, FITID = (
    COLUMNS.index(c) for c in ("posted", "amount_minor", "original_payee", "merchant", "fitid")
)
