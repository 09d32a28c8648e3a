"""The names the app shows for the lines of the JSON listing (``--json --names``), read with
SQL alone.

``finapp transactions --json`` is written by SQLite (:mod:`finapp.services.transactions_json`)
and loads no ORM, so it cannot use :class:`~finapp.services.payee_names.TableNames`; this names
the listing's lines the same way (the user's name for the merchant, else the shipped namer on the
first line of each merchant, account and payee text, oldest first; a line without a merchant by
its own text) with one naming per distinct key, handed to the query as one JSON object.
"""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import Connection

from finapp.core.display_names import shipped_namer

#: the key of a line's name, as SQL spells it; :func:`_key` spells it the same way in Python
NAME_KEY = (
    "(t.account_id || char(31) || t.merchant || char(31) || t.payee"
    " || CASE WHEN t.merchant = '' THEN char(31) || t.memo ELSE '' END)"
)


def _key(account_id: int, merchant: str, payee: str, memo: str) -> str:
    tail = f"\x1f{memo}" if not merchant else ""
    return f"{account_id}\x1f{merchant}\x1f{payee}{tail}"


def shown_names_json(conn: Connection, where: str, params: dict[str, Any]) -> str:
    """``{key: name}`` for the lines ``where`` selects, as JSON text for the listing's query."""
    chosen: dict[str, str] = {
        merchant: name
        for merchant, name in conn.exec_driver_sql("SELECT merchant, name FROM merchant_names")
    }
    issuers = {
        account: institution or name
        for account, institution, name in conn.exec_driver_sql(
            "SELECT id, institution, name FROM accounts"
        )
    }
    # the bare columns come from the group's first line (oldest, then lowest id), as the app's
    # table meets them
    firsts = conn.exec_driver_sql(
        "SELECT t.account_id, t.merchant, t.payee, t.memo,"
        " min(t.posted || printf('%020d', t.id)) FROM transactions t"
        f" WHERE {where} GROUP BY {NAME_KEY}",
        params,
    )
    namer = shipped_namer()
    names = {
        _key(account, merchant, payee, memo): chosen.get(merchant)
        or namer.name(payee, memo, issuers.get(account, ""))
        for account, merchant, payee, memo, _ in firsts
    }
    return json.dumps(names, ensure_ascii=False)
