"""The bank's corrections of lines an earlier import stored, applied in the import's own write.

An OFX statement may replace or withdraw a line the bank sent in an earlier download
(``<CORRECTACTION>REPLACE`` / ``DELETE`` with ``<CORRECTFITID>``: a restaurant's 100.00
pre-authorisation replaced by the 90.00 charged with the tip, a charge made in error withdrawn).
Keeping the stored line beside the replacing one counted the meal twice; so, when the statement's
account holds the line of that bank id:

* REPLACE: the replacing line takes the stored line's place. The stored line keeps its id and
  what the user put on it (a category chosen by hand or by a split, the note, the tags, the
  transfer pairing, its subscription) and takes the bank's day, time, amount, payee, memo and
  id; a category the rules gave is the one the rules give the replacing line. A split whose
  parts no longer add up to the new amount becomes one line in its largest part's category,
  and the import's note says so.
* DELETE: the stored line goes, with its tags and parts; a transfer it was a side of leaves
  its other side an ordinary line. It is recorded as erased on purpose
  (:mod:`finapp.services.erase_record`), so ``finapp check`` does not call it a loss.

Each correction applied is said in the import's notes. What it changed is kept with its import
(the settings table, key ``import_corrections:<batch id>``), and undoing the import puts the
stored line back as it was: its id, values, tags, parts and pairing
(:func:`restore_corrected`). A correction of a line the store does not hold (one never imported,
or one an earlier import of the same file corrected already) changes nothing: a replacing line
is then added as any new line, and nothing is said. An older download imported again does not
bring back a line the bank corrected since (:func:`without_corrected`).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session
from sqlalchemy.orm.util import identity_key

from finapp.core.category_sources import AUTOMATIC, CategorySource
from finapp.core.money import from_minor
from finapp.errors import Problem
from finapp.importers.base import ParsedStatement
from finapp.services.erase_record import record_erase
from finapp.services.import_row_layout import ABSENT, COLUMNS, Row
from finapp.services.settings_sql import held_setting, record_settings
from finapp.store.schema import Account, Transaction

#: The settings key of what an import's corrections changed, by its batch id.
SETTING = "import_corrections:{}"
#: A stored line's columns that take the replacing line's values.
_BANKS = (
    "posted",
    "posted_time",
    "amount_minor",
    "payee",
    "original_payee",
    "memo",
    "fitid",
    "source_kind",
    "dedupe_key",
    "occurrence",
    "merchant",
)
_FILING = ("category_id", "category_source")
_AT = {name: COLUMNS.index(name) for name in (*_BANKS, *_FILING)}
#: What goes with a line: its rows in these tables, by the column naming it.
_BELONGING = (
    ("transaction_tags", "transaction_id"),
    ("transaction_splits", "transaction_id"),
    ("subscription_members", "transaction_id"),
)
#: One change kept for the undo: the action, the stored line's row, its rows in
#: :data:`_BELONGING` (by table), and its transfer partner's row of pairing.
Kept = dict[str, Any]


@dataclass
class Corrections:
    """A statement's corrections of stored lines: the replacements made, the withdrawals to
    make once the new lines are written (so no new line takes a withdrawn line's id, which its
    undo puts back), and what to tell the user."""

    kept: list[Kept] = field(default_factory=list)
    withdrawing: list[dict[str, Any]] = field(default_factory=list)
    said: list[Problem] = field(default_factory=list)

    def finish(self, session: Session, batch_id: int) -> tuple[Problem, ...]:
        """Withdraw the lines the bank withdrew and keep what undoes every correction with the
        import ``batch_id``; what to tell the user, in the file's order."""
        conn = session.connection()
        self.kept += [_withdraw(conn, stored) for stored in self.withdrawing]
        if self.kept:
            key = SETTING.format(batch_id)
            earlier = held_setting(conn, key)  # the file's statements of other accounts
            kept = (json.loads(earlier) if earlier else []) + self.kept
            record_settings(conn, {key: json.dumps(kept)})
            _forget_loaded(session, [change["line"]["id"] for change in self.kept])
        # ``finapp check``: withdrawn on purpose, not lost
        record_erase(session, len(self.withdrawing), datetime.now())
        return tuple(self.said)


def _forget_loaded(session: Session, line_ids: Sequence[int]) -> None:
    """Have the session read the corrected lines again if it holds them: they were changed in
    SQL (as the import writes), and the pairing of transfers after the writing reads lines
    through the session."""
    for line_id in line_ids:
        loaded = session.identity_map.get(identity_key(Transaction, line_id))
        if loaded is not None:
            session.expire(loaded)


def apply_corrections(
    session: Session,
    stmt: ParsedStatement,
    account: Account,
    keys: Sequence[tuple[str, int]],
    rows: list[Row],
) -> tuple[list[Row], Corrections]:
    """Give the stored lines ``stmt`` replaces their replacing lines' values, and find those it
    withdraws; the new ``rows`` left to write (less the replacing lines that took a stored
    line's place), and the corrections to finish once they are written.

    ``keys`` are the statement's lines' (dedupe key, occurrence), as the new rows carry them."""
    found = Corrections()
    if not stmt.corrections:
        return rows, found
    conn = session.connection()
    where = {t.line: key for t, key in zip(stmt.transactions, keys, strict=True)}
    number = f"…{stmt.account.number[-4:]}" if stmt.account.number else account.name
    for correction in stmt.corrections:
        stored = _stored_line(conn, account.id, correction.corrected)
        if stored is None or any(s["id"] == stored["id"] for s in found.withdrawing):
            continue
        if correction.action == "DELETE":
            found.withdrawing.append(stored)
            found.said.append(_withdrawn(correction.line, stored, number, account.currency))
            continue
        row = _new_row(rows, where.get(correction.line))
        if row is None:
            continue  # the replacing line is stored already: this file was imported before
        rows.remove(row)
        change, unsplit = _replace(conn, stored, row)
        found.kept.append(change)
        found.said.append(
            _replaced(correction.line, stored, row, number, account.currency, unsplit)
        )
    return rows, found


def without_corrected(
    session: Session, account_id: int, rows: list[Row]
) -> tuple[list[Row], Problem | None]:
    """``rows`` less the lines the bank has replaced or withdrawn since an earlier import of
    them (an older download imported again: the 100.00 pre-authorisation the 90.00 replaced,
    the charge withdrawn), and what to say of those left out."""
    if not rows:
        return rows, None
    texts = session.connection().exec_driver_sql(
        "SELECT value FROM settings WHERE key LIKE ?", (SETTING.format("%"),)
    )
    gone = {
        (change["line"]["dedupe_key"], change["line"]["occurrence"])
        for (text,) in texts
        for change in json.loads(text)
        if change["line"]["account_id"] == account_id
    }
    if not gone:
        return rows, None
    at_key, at_occurrence = _AT["dedupe_key"], _AT["occurrence"]
    kept = [r for r in rows if (r[at_key], r[at_occurrence]) not in gone]
    left = len(rows) - len(kept)
    if not left:
        return rows, None
    english = (
        f"{left} line{'s' if left > 1 else ''} the bank has replaced or withdrawn since an "
        "earlier import of them were not added again"
    )
    return kept, Problem("import.corrected_since", english, count=left)


def _new_row(rows: list[Row], key: tuple[str, int] | None) -> Row | None:
    """The new row of the line of ``key``, None when it is stored already (or has none)."""
    if key is None:
        return None
    at_key, at_occurrence = _AT["dedupe_key"], _AT["occurrence"]
    return next((r for r in rows if (r[at_key], r[at_occurrence]) == key), None)


def _stored_line(conn: Connection, account_id: int, fitid: str) -> dict[str, Any] | None:
    """The stored row of the account's line of bank id ``fitid`` (the latest if several)."""
    found = (
        conn.exec_driver_sql(
            "SELECT * FROM transactions WHERE account_id = ? AND fitid = ? "
            "ORDER BY id DESC LIMIT 1",
            (account_id, fitid),
        )
        .mappings()
        .first()
    )
    return dict(found) if found is not None else None


def _belonging(conn: Connection, line_id: int) -> dict[str, list[dict[str, Any]]]:
    """The line's rows in the tables of :data:`_BELONGING`, as stored."""
    return {
        table: [
            dict(r)
            for r in conn.exec_driver_sql(
                f"SELECT * FROM {table} WHERE {column} = ?", (line_id,)
            ).mappings()
        ]
        for table, column in _BELONGING
    }


def _partner(conn: Connection, stored: dict[str, Any]) -> list[Any] | None:
    """The transfer partner's (id, is_transfer, transfer_peer_id) where the line has one."""
    peer = stored["transfer_peer_id"]
    if peer is None:
        return None
    found = conn.exec_driver_sql(
        "SELECT id, is_transfer, transfer_peer_id FROM transactions WHERE id = ?", (peer,)
    ).first()
    return list(found) if found is not None else None


def _withdraw(conn: Connection, stored: dict[str, Any]) -> Kept:
    """Delete the stored line (its tags, parts and memberships go with it); what undoes it."""
    line_id = stored["id"]
    change: Kept = {
        "action": "DELETE",
        "line": stored,
        "belonging": _belonging(conn, line_id),
        "partner": _partner(conn, stored),
    }
    conn.exec_driver_sql(
        "UPDATE transactions SET is_transfer = 0, transfer_peer_id = NULL "
        "WHERE transfer_peer_id = ?",
        (line_id,),
    )
    conn.exec_driver_sql("DELETE FROM transactions WHERE id = ?", (line_id,))
    return change


def _replace(conn: Connection, stored: dict[str, Any], row: Row) -> tuple[Kept, bool]:
    """Give the stored line the replacing ``row``'s values, keeping what the user put on it;
    what undoes it, and whether a split of it was made one line (its parts no longer add up)."""
    line_id = stored["id"]
    change: Kept = {"action": "REPLACE", "line": stored, "belonging": _belonging(conn, line_id)}
    values = {name: _value(name, row) for name in _BANKS}
    if stored["category_source"] is None or stored["category_source"] in AUTOMATIC:
        values.update({name: _value(name, row) for name in _FILING})
    parts = change["belonging"]["transaction_splits"]
    unsplit = bool(parts) and values["amount_minor"] != stored["amount_minor"]
    if unsplit:
        largest = max(parts, key=lambda p: (abs(p["amount_minor"]), -p["position"]))
        values["category_id"] = largest["category_id"]
        values["category_source"] = CategorySource.MANUAL.value
        conn.exec_driver_sql("DELETE FROM transaction_splits WHERE transaction_id = ?", (line_id,))
    _update(conn, line_id, values)
    return change, unsplit


def _value(name: str, row: Row) -> Any:
    """The column's value in a new row, its stand-in for NULL read as None."""
    value = row[_AT[name]]
    return None if name in ABSENT and value == ABSENT[name] else value


def _update(conn: Connection, line_id: int, values: dict[str, Any]) -> None:
    names = list(values)
    conn.exec_driver_sql(
        f"UPDATE transactions SET {', '.join(f'{n} = ?' for n in names)} WHERE id = ?",
        (*(values[n] for n in names), line_id),
    )


def _insert(conn: Connection, table: str, row: dict[str, Any]) -> None:
    """Insert ``row`` as it was stored, less what went since the correction: a category the
    user deleted leaves the line (or part) uncategorized, as deleting it did the others; a
    membership of a subscription detection dropped is not put back."""
    if row.get("category_id") is not None and not _held(conn, "categories", row["category_id"]):
        row = {**row, "category_id": None}
    if "subscription_id" in row and not _held(conn, "subscriptions", row["subscription_id"]):
        return
    names = list(row)
    conn.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
        tuple(row[n] for n in names),
    )


def _held(conn: Connection, table: str, row_id: object) -> bool:
    found = conn.exec_driver_sql(f"SELECT 1 FROM {table} WHERE id = ?", (row_id,)).first()
    return found is not None


def forget_corrections(session: Session, batch_id: int) -> None:
    """Forget what corrections a former import of the id ``batch_id`` made: a new import may be
    given the id of one erased without its undo (``wipe --import``), and must not inherit it."""
    key = SETTING.format(batch_id)
    session.connection().exec_driver_sql("DELETE FROM settings WHERE key = ?", (key,))


def restore_corrected(session: Session, batch_ids: Sequence[int]) -> int:
    """Put back the stored lines the imports ``batch_ids`` corrected, as they were, once the
    imports' own lines are deleted; how many lines were put back. A line whose own import was
    undone since stays gone with it."""
    conn = session.connection()
    restored = 0
    for batch_id in sorted(batch_ids, reverse=True):  # the latest correction is undone first
        key = SETTING.format(batch_id)
        text = held_setting(conn, key)
        if text is None:
            continue
        for change in reversed(json.loads(text)):
            restored += _restore(conn, change)
        conn.exec_driver_sql("DELETE FROM settings WHERE key = ?", (key,))
    return restored


def _restore(conn: Connection, change: Kept) -> int:
    line: dict[str, Any] = change["line"]
    line_id = line["id"]
    if change["action"] == "DELETE":
        if line["batch_id"] is not None and not _held(conn, "import_batches", line["batch_id"]):
            return 0  # its own import was undone since: it is gone with it
        line_id = _put_back(conn, line)
        partner = change["partner"]
        if partner is not None:
            conn.exec_driver_sql(
                "UPDATE transactions SET is_transfer = ?, transfer_peer_id = ? WHERE id = ?",
                (partner[1], partner[2], partner[0]),
            )
    else:
        if not _held(conn, "transactions", line_id):
            return 0  # its own import was undone since: it is gone with it
        _update(conn, line_id, {n: v for n, v in line.items() if n != "id"})
        conn.exec_driver_sql("DELETE FROM transaction_splits WHERE transaction_id = ?", (line_id,))
    belonging: dict[str, list[dict[str, Any]]] = change["belonging"]
    # a replaced line kept its tags and memberships; only its parts may have gone
    tables = [t for t, _ in _BELONGING] if change["action"] == "DELETE" else ["transaction_splits"]
    for table in tables:
        for row in belonging[table]:
            # a part's own id is no one's reference, and one stored since may hold it
            kept = {
                n: v for n, v in row.items() if not (table == "transaction_splits" and n == "id")
            }
            _insert(conn, table, {**kept, "transaction_id": line_id})
    return 1


def _put_back(conn: Connection, line: dict[str, Any]) -> int:
    """Insert a withdrawn line as it was stored; under a new id only when a line stored since
    took its id (an import after the correcting one that added the line of the highest id)."""
    if not _held(conn, "transactions", line["id"]):
        _insert(conn, "transactions", line)
        return int(line["id"])
    _insert(conn, "transactions", {n: v for n, v in line.items() if n != "id"})
    return int(conn.exec_driver_sql("SELECT last_insert_rowid()").scalar_one())


def _described(stored: dict[str, Any], currency: str) -> str:
    """``RESTAURANT PREAUTH -100.00 on 2026-11-03``: a stored line as the user knows it."""
    amount: Decimal = from_minor(stored["amount_minor"], currency)
    return f"{stored['payee'] or stored['original_payee']} {amount} on {str(stored['posted'])[:10]}"


def _withdrawn(line: int, stored: dict[str, Any], account: str, currency: str) -> Problem:
    was = _described(stored, currency)
    english = (
        f"line {line}: the bank withdrew its earlier transaction {stored['fitid']!r} of account "
        f"{account} ({was}); it was removed from the books (undoing this import puts it back)"
    )
    return Problem(
        "import.correction_deleted",
        english,
        line=line,
        id=stored["fitid"],
        account=account,
        was=was,
    )


def _replaced(
    line: int, stored: dict[str, Any], row: Row, account: str, currency: str, unsplit: bool
) -> Problem:
    was = _described(stored, currency)
    now = _described(
        {n: _value(n, row) for n in ("payee", "original_payee", "posted", "amount_minor")}, currency
    )
    facts = {"line": line, "id": stored["fitid"], "account": account, "was": was, "now": now}
    english = (
        f"line {line}: the bank replaced its earlier transaction {stored['fitid']!r} of account "
        f"{account} ({was}) with {now}; the stored line was corrected, keeping its category, "
        "note and tags"
    )
    if unsplit:
        english = (
            f"line {line}: the bank replaced its earlier transaction {stored['fitid']!r} of "
            f"account {account} ({was}) with {now}; the stored line was corrected, and its split "
            "no longer adds up, so it is one line in its largest part's category: split it again"
        )
        return Problem("import.correction_unsplit", english, **facts)
    return Problem("import.correction_replaced", english, **facts)
