"""Which way of making merchant keys a store's lines were keyed by, as the store records it.

A line's merchant key is computed once, when it is imported, and kept: a finapp that makes keys
better (:data:`finapp.core.merchant.KEY_VERSION`) must key the lines an older one stored again.
The version the lines follow lives in the encrypted ``settings`` table, as JSON like every
setting, read and written in SQL: an open by a finapp of the same version reads one short row
and maps no table.
"""

from __future__ import annotations

import json

from sqlalchemy import Connection

from finapp.core.merchant import KEY_VERSION
from finapp.services.settings_sql import held_setting, record_settings

KEY_VERSION_SETTING = "merchant_keys.version"


def holds_current_keys(conn: Connection) -> bool:
    """Whether the store's lines are keyed as this finapp keys them. A store from before the
    record holds none, and is keyed again once (a pass that finds its keys current changes
    nothing)."""
    return held_setting(conn, KEY_VERSION_SETTING) == json.dumps(KEY_VERSION)


def record_keys(conn: Connection) -> None:
    """Record that the store's lines are keyed as this finapp keys them."""
    record_settings(conn, {KEY_VERSION_SETTING: json.dumps(KEY_VERSION)})
