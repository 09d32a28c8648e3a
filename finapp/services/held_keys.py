"""Which of a statement's lines an account already holds, by their de-duplication keys.

A month's statement imported into ten years of history must not read ten years of keys: when
the account holds more lines than the statement brings, only the statement's own keys are looked
up, a chunk at a time through the unique index on (account, key, occurrence). When the statement
is the larger (a first import, a re-import of everything), the account's keys are read whole in
one pass. Both give the same answer; only what is read differs.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from finapp.store.schema import Transaction

Key = tuple[str, int]  # (dedupe key, occurrence)

#: Keys looked up per query (SQLite caps the parameters of one statement).
CHUNK = 500


def held_keys(session: Session, account_id: int, keys: Sequence[Key]) -> tuple[set[Key], set[Key]]:
    """Of ``keys``, those the account holds, and those of them stored without a time of day."""
    query = select(
        Transaction.dedupe_key, Transaction.occurrence, Transaction.posted_time.is_(None)
    ).where(Transaction.account_id == account_id)
    connection = session.connection()
    found: Iterable[Row[str, int, bool]]
    if looks_up_each(_lines_held(session, account_id), len(keys)):
        names = sorted({name for name, _occurrence in keys})
        found = (
            row
            for start in range(0, len(names), CHUNK)
            for row in connection.execute(
                query.where(Transaction.dedupe_key.in_(names[start : start + CHUNK]))
            )
        )
    else:
        found = connection.execute(query)
    wanted = set(keys)
    held: set[Key] = set()
    untimed: set[Key] = set()
    for name, occurrence, no_time in found:
        key = (name, occurrence)
        if key in wanted:
            held.add(key)
            if no_time:
                untimed.add(key)
    return held, untimed


def looks_up_each(held: int, incoming: int) -> bool:
    """Whether to look the statement's keys up rather than read the account's: when the account
    holds more lines than the statement brings."""
    return held > incoming


def _lines_held(session: Session, account_id: int) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Transaction)
            .where(Transaction.account_id == account_id)
        )
        or 0
    )
