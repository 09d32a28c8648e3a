"""Settings read and written in SQL on a bare connection.

What a store records of the finapp that last brought it up to date (its shipped rules, how its
lines are keyed, how its refunds were filed) is read on every open; read this way, an open that
finds it current maps no table (the ORM is not loaded). Values are JSON, like every setting.
"""

from __future__ import annotations

from sqlalchemy import Connection


def held_setting(conn: Connection, key: str) -> str | None:
    """The setting's stored JSON text, or None when the store holds none."""
    value = conn.exec_driver_sql("SELECT value FROM settings WHERE key = ?", (key,)).scalar()
    return None if value is None else str(value)


def record_settings(conn: Connection, values: dict[str, str]) -> None:
    """Store each key's JSON text, replacing what it held."""
    rows = ", ".join("(?, ?)" for _ in values)
    conn.exec_driver_sql(
        f"INSERT INTO settings (key, value) VALUES {rows} "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        tuple(part for pair in values.items() for part in pair),
    )
