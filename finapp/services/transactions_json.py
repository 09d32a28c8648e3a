"""The transactions listing as JSON text, written by SQLite itself.

``finapp transactions --json`` on 300k transactions spent most of its time on Python objects:
a view per row, a ``Decimal`` per amount, then the encoder visiting each of them again. Here
the query writes each transaction's JSON object as text, with the layout and escaping the
CLI's encoder gives (two-space indent, ``ensure_ascii=False``), and Python only joins the
pieces: the same bytes as :func:`finapp.cli.output.print_json` of the listing, about half the
CPU time. ``json_quote`` escapes strings as orjson does (quote, backslash, control characters;
nothing else); amounts are spelled from their integer minor units as ``from_minor`` does; a
category's path comes from :func:`read_category_paths`, so there is one definition of it.

It reads with SQL alone on a plain connection (:meth:`Store.connect`), so the listing loads
neither SQLAlchemy's ORM nor finapp's mapped tables, a tenth of a second of every run; the
services that resolve a filter's account or category are imported only for a filter.
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy import Connection

from finapp.core.money import exponents_not_hundredths
from finapp.core.tags import normalize_tag
from finapp.services.listing_names import NAME_KEY, shown_names_json
from finapp.store.category_paths import read_category_paths
from finapp.store.engine import Store

#: rows fetched (and joined into one piece) at a time
_CHUNK = 10_000


def _amount_sql(places: int, minor: str = "t.amount_minor") -> str:
    """``minor`` (a line's or a part's amount) as ``from_minor`` writes it with ``places``
    decimals: ``-0.05``, ``12.30``, ``0.000``; whole units as the integer itself."""
    if places == 0:
        return f"CAST({minor} AS TEXT)"
    unit = 10**places
    return (
        f"printf('%s%d.%0{places}d', CASE WHEN {minor} < 0 THEN '-' ELSE '' END,"
        f" abs({minor}) / {unit}, abs({minor}) % {unit})"
    )


def _amount_by_currency(minor: str = "t.amount_minor") -> str:
    """A CASE choosing each currency's unit, the way ``exponent`` does (upper-cased code)."""
    by_places: dict[int, list[str]] = {}
    for code, places in exponents_not_hundredths().items():
        by_places.setdefault(places, []).append(code)
    branches = "".join(
        f" WHEN upper(t.currency) IN ({', '.join(repr(c) for c in sorted(codes))})"
        f" THEN {_amount_sql(places, minor)}"
        for places, codes in sorted(by_places.items())
    )
    return f"CASE{branches} ELSE {_amount_sql(2, minor)} END"


#: a transaction's tags as the encoder lays out a list inside an object of the top-level list
#: (one tag a line, six spaces in; ``[]`` when it has none), in the listing's order
_TAGS = """coalesce((
        SELECT '[' || char(10) || group_concat('      ' || json_quote(g.tag), ',' || char(10)
            ORDER BY g.tag) || char(10) || '    ]'
        FROM transaction_tags g WHERE g.transaction_id = t.id
    ), '[]')"""

#: a transaction's parts when it is split (``[]`` when not), in the user's order, each object
#: laid out as the encoder lays out an object in a list inside an object of the top-level list
_SPLITS = f"""coalesce((
        SELECT '[' || char(10) || group_concat(printf('      {{
        "category": %s,
        "amount": "%s",
        "memo": %s
      }}', json_quote(q.path), {_amount_by_currency("s.amount_minor")}, json_quote(s.memo)),
            ',' || char(10) ORDER BY s.position) || char(10) || '    ]'
        FROM transaction_splits s LEFT JOIN paths q ON q.id = s.category_id
        WHERE s.transaction_id = t.id
    ), '[]')"""


def _object(named: bool) -> str:
    """One transaction as the encoder lays it out inside the top-level list, as UTF-8 bytes (a
    str would be decoded here only to be encoded again on the way out); ``named`` puts the name
    the window shows after the payee. Dates and times are stored as ISO text (``YYYY-MM-DD``,
    ``HH:MM:SS.ffffff``), so the listing's ``date`` and ``HH:MM`` are the stored text or its
    first five characters."""
    name_field, name_value = (
        ('\n    "name": %s,', "\n    json_quote(n.name),") if named else ("", "")
    )
    return f"""CAST(printf('  {{
    "id": %d,
    "account": %s,
    "date": "%s",
    "time": %s,
    "amount": "%s",
    "currency": %s,
    "payee": %s,{name_field}
    "statement_text": %s,
    "memo": %s,
    "fitid": %s,
    "category": %s,
    "transfer": %s,
    "note": %s,
    "tags": %s,
    "splits": %s
  }}',
    t.id,
    json_quote(a.name),
    t.posted,
    json_quote(substr(t.posted_time, 1, 5)),
    {_amount_by_currency()},
    json_quote(t.currency),
    json_quote(t.payee),{name_value}
    json_quote(CASE WHEN t.original_payee != '' THEN t.original_payee ELSE t.payee END),
    json_quote(t.memo),
    json_quote(t.fitid),
    json_quote(p.path),
    CASE WHEN t.is_transfer THEN 'true' ELSE 'false' END,
    json_quote(t.note),
    {_TAGS},
    {_SPLITS}
) AS BLOB)"""


#: the category paths (and the names shown) arrive as JSON objects (id -> path, key -> name),
#: materialized once: left as a plain table-valued call, SQLite would parse them again for every
#: transaction
_SELECT = f"""WITH paths(id, path) AS MATERIALIZED (
    SELECT CAST(key AS INTEGER), value FROM json_each(:paths)
)
SELECT {_object(named=False)}
FROM transactions t
JOIN accounts a ON a.id = t.account_id
LEFT JOIN paths p ON p.id = t.category_id"""
_SELECT_NAMED = f"""WITH paths(id, path) AS MATERIALIZED (
    SELECT CAST(key AS INTEGER), value FROM json_each(:paths)
), names(k, name) AS MATERIALIZED (
    SELECT key, value FROM json_each(:names)
)
SELECT {_object(named=True)}
FROM transactions t
JOIN accounts a ON a.id = t.account_id
LEFT JOIN paths p ON p.id = t.category_id
LEFT JOIN names n ON n.k = {NAME_KEY}"""


def _account_id(conn: Connection, name: str) -> int:
    """The id of the account ``name`` names, or the services' refusal naming the choices."""
    from sqlalchemy.orm import Session

    from finapp.services.accounts import require_account

    with Session(bind=conn) as session:  # within the connection's transaction, left to it
        return require_account(session, name).id


def _category_ids(conn: Connection, path: str) -> list[int]:
    """The ids of the category at ``path`` and every category under it, or the services'
    refusal of a path that names none."""
    from sqlalchemy.orm import Session

    from finapp.services.categories import descendants, require_category

    with Session(bind=conn) as session:
        return sorted(descendants(session, require_category(session, path).id))


def _conditions(
    conn: Connection,
    since: date | None,
    until: date | None,
    account: str | None,
    tag: str | None = None,
    category: str | None = None,
) -> tuple[str, dict[str, object]]:
    """The WHERE clause and its parameters: the filters of ``list_transactions``."""
    clauses: list[str] = ["1"]
    params: dict[str, object] = {}
    if account is not None:
        clauses.append("t.account_id = :account")
        params["account"] = _account_id(conn, account)
    if since is not None:
        clauses.append("t.posted >= :since")
        params["since"] = since.isoformat()
    if until is not None:
        clauses.append("t.posted <= :until")
        params["until"] = until.isoformat()
    if tag is not None:
        clauses.append("t.id IN (SELECT transaction_id FROM transaction_tags WHERE tag = :tag)")
        params["tag"] = normalize_tag(tag)
    if category is not None:  # as ``filed_in``: its own category, or a part's for a split line
        clauses.append(
            "(t.category_id IN (SELECT value FROM json_each(:categories)) OR t.id IN ("
            "SELECT transaction_id FROM transaction_splits"
            " WHERE category_id IN (SELECT value FROM json_each(:categories))))"
        )
        params["categories"] = json.dumps(_category_ids(conn, category))
    return " AND ".join(clauses), params


def transactions_json(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    account: str | None = None,
    tag: str | None = None,
    category: str | None = None,
    names: bool = False,
) -> list[bytes]:
    """The listing of ``list_transactions`` (same filters, same order) as the CLI's JSON
    document in UTF-8, in pieces to be written one after another; all of it is read before it
    is returned, so a fault part-way leaves nothing written.

    ``names`` adds each line's name as the window shows it. It is asked for, not always given:
    naming takes the shipped namer once per distinct payee text, which on a realistic history
    (references that change on every charge) is most of the listing's own time again.
    """
    with store.connect() as conn:
        paths = json.dumps(read_category_paths(conn))
        where, params = _conditions(conn, since, until, account, tag, category)
        if names:
            params["names"] = shown_names_json(conn, where, params)
        params["paths"] = paths
        query = f"{_SELECT_NAMED if names else _SELECT} WHERE {where} ORDER BY t.posted, t.id"
        result = conn.exec_driver_sql(query, params)
        pieces: list[bytes] = []
        while rows := result.fetchmany(_CHUNK):
            lead = b",\n" if pieces else b"[\n"
            pieces.append(lead + b",\n".join([row[0] for row in rows]))
    return [*pieces, b"\n]\n"] if pieces else [b"[]\n"]
