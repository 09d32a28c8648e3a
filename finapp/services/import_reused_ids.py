"""A bank id the account already holds, given this time to another transaction.

Some banks number a download's lines (``1``, ``2``, ``3`` in every file) or build ids from the
day and a sequence (``20261105-2``) that shifts when a late line posts: the same FITID then
names a different transaction in the next download. Taking the id alone at its word drops that
transaction as a duplicate, and no balance may ever show it. So a line whose id the account holds
is the stored line only when it is that transaction: the same amount, or the same payee (an
amount corrected after a tip), within :data:`SAME_WITHIN_DAYS` days. Otherwise the id was reused:

* the line is known by its id and its fingerprint (day, amount, payee), as the same id on two
  different lines of one file already is (:mod:`finapp.services.import_keys`), so it is added,
  and a re-import of the same download adds it no second time;
* the stored line whose id moved to another line may still be in this download under a new id
  (``20261105-3`` now, after the late line took ``-2``): a line new by its id with the stored
  line's day, amount and payee is that line, one to one, and counted as a duplicate.

The import says which ids were reused, so the user knows why lines were added under known ids.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.dedupe import compared_payee, fingerprints
from finapp.errors import Problem
from finapp.importers.base import ParsedStatement
from finapp.services.held_keys import CHUNK, Key, held_keys
from finapp.store.schema import Transaction

#: a bank may move a line's posting day between downloads by this many days and keep its id
SAME_WITHIN_DAYS = 10
#: the reused ids named one by one; past these, only counted
_IDS_SAID = 5

#: (posting day, amount in minor units, payee as compared)
_Content = tuple[date, int, str]


def rekey_reused_ids(
    session: Session,
    account_id: int,
    stmt: ParsedStatement,
    keys: list[Key],
    held: set[Key],
    minors: Sequence[int],
) -> tuple[list[Key], Problem | None]:
    """``keys`` with each line under a reused id keyed anew and each line the reuse moved keyed
    as its stored line (see the module), and what to tell the user; ``held`` gains the new keys
    the account already holds (a download imported a second time)."""
    lines = stmt.transactions
    ids_held = [i for i, key in enumerate(keys) if key in held and _plain_id(key[0])]
    if not ids_held:
        return keys, None
    stored = _stored_lines(session, account_id, sorted({keys[i][0] for i in ids_held}))
    keys = list(keys)
    moved: dict[_Content, list[Key]] = {}
    reused: list[int] = []
    for i in ids_held:
        was = stored.get(keys[i][0])
        now = (lines[i].posted, minors[i], compared_payee(lines[i].payee))
        if was is None or _same_transaction(was, now):
            continue
        moved.setdefault(was, []).append(keys[i])
        reused.append(i)
    if not reused:
        return keys, None
    prints = fingerprints((lines[i].posted, minors[i], lines[i].payee) for i in reused)
    for i, print_ in zip(reused, prints, strict=True):
        keys[i] = (f"{keys[i][0]}|{print_}", 0)
    for i, key in enumerate(keys):
        content = (lines[i].posted, minors[i], compared_payee(lines[i].payee))
        if key not in held and moved.get(content):
            keys[i] = moved[content].pop()  # the stored line, under the id it was stored with
    held |= held_keys(session, account_id, [keys[i] for i in reused])[0]
    return keys, _told([lines[i].fitid or "" for i in reused])


def _plain_id(name: str) -> bool:
    """Whether a key is a bank id alone (not an id made distinct by its fingerprint)."""
    return name.startswith("fitid:") and "|" not in name


def _same_transaction(was: _Content, now: _Content) -> bool:
    """One transaction in two downloads: its day moved a few days at most, and its amount or
    its payee stayed."""
    near = abs((was[0] - now[0]).days) <= SAME_WITHIN_DAYS
    return near and (was[1] == now[1] or was[2] == now[2])


def _chunks(names: Sequence[str]) -> Iterator[Sequence[str]]:
    for start in range(0, len(names), CHUNK):
        yield names[start : start + CHUNK]


def _stored_lines(session: Session, account_id: int, names: Sequence[str]) -> dict[str, _Content]:
    """The stored line of each id key in ``names`` (its first occurrence)."""
    query = select(
        Transaction.dedupe_key,
        Transaction.posted,
        Transaction.amount_minor,
        Transaction.original_payee,
    ).where(Transaction.account_id == account_id, Transaction.occurrence == 0)
    found: dict[str, _Content] = {}
    for chunk in _chunks(names):
        for name, posted, amount, payee in session.execute(
            query.where(Transaction.dedupe_key.in_(chunk))
        ):
            found[name] = (posted, amount, compared_payee(payee or ""))
    return found


def _told(ids: list[str]) -> Problem:
    """``the bank gave transaction ids 1, 2 to other transactions than before: …``."""
    shown = ", ".join(ids[:_IDS_SAID]) + (
        f" and {len(ids) - _IDS_SAID} more" if len(ids) > _IDS_SAID else ""
    )
    english = (
        f"the bank gave transaction id(s) {shown} to other transactions than before (its ids "
        f"are numbers within a download): {len(ids)} line(s) added as transactions of their own"
    )
    return Problem("import.reused_ids", english, ids=shown, count=len(ids))
