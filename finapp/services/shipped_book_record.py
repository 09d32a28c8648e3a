"""Which book of shipped rules a store holds, as the store records it.

A store keeps the book its shipped rules were last brought to (seeded or refreshed), so that the
next finapp can tell its own rule from a rule the user changed or deleted, and a digest of it,
read on every open. Both live in the encrypted ``settings`` table, as JSON like every setting,
read and written in SQL: an open by the finapp that recorded them reads one short row and maps
no table (the ORM is not loaded for a store already up to date).
"""

from __future__ import annotations

import json

from sqlalchemy import Connection

from finapp.services.settings_sql import held_setting, record_settings
from finapp.services.shipped_rule_file import Book, book_fingerprint, shipped_key

FINGERPRINT_SETTING = "shipped_rules.fingerprint"
BOOK_SETTING = "shipped_rules.book"


def holds_current_book(conn: Connection) -> bool:
    """Whether the store's shipped rules are this finapp's book."""
    return held_setting(conn, FINGERPRINT_SETTING) == json.dumps(book_fingerprint())


def held_book(conn: Connection) -> Book | None:
    """The book the store recorded, or None: a store from before finapp recorded one."""
    text = held_setting(conn, BOOK_SETTING)
    if text is None:
        return None
    return {
        shipped_key(pattern, match, sign): (field, category)
        for pattern, match, sign, field, category in json.loads(text)
    }


def record_book(conn: Connection, book: Book) -> None:
    """Record ``book`` (this finapp's) as the one the store's shipped rules now follow."""
    rows = [[*key, *seeded] for key, seeded in book.items()]
    record_settings(
        conn,
        {
            BOOK_SETTING: json.dumps(rows, ensure_ascii=False),
            FINGERPRINT_SETTING: json.dumps(book_fingerprint()),
        },
    )
