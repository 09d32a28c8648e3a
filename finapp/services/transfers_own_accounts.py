"""A line whose statement names one of the household's own accounts as the other party's: a
transfer, and, with no line of that account to pair with, a transfer awaiting its other half.

Sanne's ING line "S. de Jong en D. Bakker", ``Tegenrekening NL60ABNA0512734690``, is 1400.00
into the couple's shared ABN AMRO account, whatever its words say. Pairing finds the shared
account's line when it is in (:mod:`finapp.services.transfers`). When it is not, because the
shared account's statements end before the day (or start after it), the line is money on its
way between two of the household's accounts: neither spending nor income, marked a transfer
without a peer, and paired once that statement is imported. Where that account's statements
cover the days its other half would be on and hold none, the statements disagree: the line is
spending or income again, as a stream's line is (:mod:`finapp.services.transfers_awaiting`).
The user's own filing stands, and so does a line its app's own type sets apart.

The account is known by the keyed hashes kept of its number (and of its IBAN, where its
statements write a national number); the lines by the keyed hash of the account they name
(:mod:`finapp.store.account_numbers`). Only the lines naming an account are read, by their index.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import ColumnElement, false, select, update
from sqlalchemy.orm import Session

from finapp.core.category_sources import CategorySource
from finapp.core.own_moves import moves_own_money
from finapp.services.coverage import Coverage, coverage_by_account
from finapp.store.schema import Account, Transaction

#: how far apart the two halves of a transfer may be booked (as pairing allows)
_HALF_DAYS = timedelta(days=4)


def own_numbers(session: Session) -> frozenset[str]:
    """The keyed hashes the household's accounts are known by: their numbers', and their IBANs'
    where their statements write a national number."""
    rows = session.execute(select(Account.number_hash, Account.iban_hash)).all()
    return frozenset(number for row in rows for number in row if number)


def naming_own(own: frozenset[str]) -> list[ColumnElement[bool]]:
    """Conditions on the lines whose statement names one of the accounts ``own`` as the other
    party's (SQLite finds them by the index of the lines naming an account)."""
    if not own:
        return [false()]
    return [Transaction.other_account_hash != "", Transaction.other_account_hash.in_(own)]


def settle_own_account_lines(session: Session) -> None:
    """Mark each unpaired line naming another of the household's accounts a transfer while that
    account's statements leave out the days of its other half, and no transfer once they cover
    them without it (see the module's docstring). All history is read: the lines naming an
    account imported after them are found once it is."""
    own = own_numbers(session)
    rows = session.execute(
        select(
            Transaction.id,
            Transaction.posted,
            Transaction.is_transfer,
            Transaction.other_account_hash,
            Transaction.source_kind,
            Transaction.original_payee,
        )
        .join(Account)
        .where(
            *naming_own(own),
            Transaction.transfer_peer_id.is_(None),
            Transaction.other_account_hash != Account.number_hash,
            Transaction.other_account_hash != Account.iban_hash,
            Transaction.category_source.is_distinct_from(CategorySource.MANUAL.value),
        )
    ).all()
    if not rows:
        return
    accounts = _accounts_by_number(session)
    coverage = coverage_by_account(session)
    changed = []
    for row in rows:
        awaiting = not _covered(coverage.get(accounts[row.other_account_hash]), row.posted)
        if row.is_transfer == awaiting:
            continue
        if not awaiting and moves_own_money(row.source_kind, row.original_payee):
            continue  # set apart by its type, whatever the other account's statements hold
        changed.append({"id": row.id, "is_transfer": awaiting})
    if changed:
        session.execute(update(Transaction), changed)


def _accounts_by_number(session: Session) -> dict[str, int]:
    """Each account's id by the keyed hashes it is known by."""
    found: dict[str, int] = {}
    for account_id, number, iban in session.execute(
        select(Account.id, Account.number_hash, Account.iban_hash).order_by(Account.id)
    ):
        for hashed in (number, iban):
            if hashed:
                found.setdefault(hashed, account_id)
    return found


def _covered(covered: Coverage | None, day: date) -> bool:
    """Whether an account's statements cover every day the other half of a line of ``day``
    could be booked on."""
    if covered is None:
        return False
    first, last = day - _HALF_DAYS, day + _HALF_DAYS
    if first < covered.covered_from or last > covered.covered_until:
        return False
    return not any(start <= last and first <= end for start, end in covered.gaps)
