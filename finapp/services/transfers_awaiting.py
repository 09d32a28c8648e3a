"""A line of a known stream of the household's own money whose other account's statements end
before it: a transfer awaiting its other half.

Max sends Anna €600 from his DKB account to her ING account every month, and each month's two
halves pair as a transfer (:mod:`finapp.services.transfers`). With DKB's November statement in
and ING's not yet, November's €600 had nothing to pair with and counted as €600 of spending
until ING's statement came. It is the same stream, and what is missing is the statement, not
the money's other half. The rule, judged at every pairing (each import, each re-pairing, an
import undone):

- the line moves the same amount, under the same merchant key, in the same account as earlier
  lines that each paired with a line of one other account, in :data:`KNOWN_MONTHS` months or
  more: a stream of the household's own money between those two (a one-off payment to a
  person, a stream of payments that never paired, or two that paired by chance, is none);
- that other account's statements end before the line's day, and the stream's latest half in
  it is at most :data:`STILL_RUNNING` before their end: the stream ran up to where those
  statements stop, so they are what is missing;
- the line is later than the stream's latest paired line, pairs with nothing, was not filed by
  the user's hand, and neither account is a payment app (a wallet's funding is paired by
  :mod:`finapp.services.wallet_funding`) or closed (a closed account's statements have ended).

Such a line is a transfer without a peer, and stays among the lines pairing looks at: the other
account's statement pairs it once imported. A statement of that account covering the line's day
without its half makes it spending again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, aliased

from finapp.core.account_types import AccountType
from finapp.core.category_sources import CategorySource
from finapp.core.own_moves import moves_own_money
from finapp.services.coverage import Coverage, coverage_by_account
from finapp.store.schema import Account, Transaction

#: the months with a paired line that make a stream of the household's own money known (a
#: monthly saving after a quarter; two coincidences of one size and payee in a month are none)
KNOWN_MONTHS = 3
#: how long before the other account's statements end the stream's latest half there may be
#: (two months: a monthly stream missing one month of halves is still running)
STILL_RUNNING = timedelta(days=62)


@dataclass(frozen=True, slots=True)
class _Stream:
    """A known stream from one account: the other account its halves reach, and its latest
    paired line's day on each side."""

    there: int
    last: date
    there_last: date


@dataclass(frozen=True, slots=True)
class StreamLine:
    """An unpaired line of a known stream: whether it is marked a transfer now, and whether it
    awaits its other half (the other account's statements end before it)."""

    id: int
    is_transfer: bool
    awaiting: bool


_HERE, _THERE = aliased(Transaction, name="here"), aliased(Transaction, name="there")
#: The paired lines of each account, merchant key and amount, by the other account they reach,
#: in :data:`KNOWN_MONTHS` months or more. Built once: building it (two aliases of the lines'
#: table and their columns) cost more than running it on a household's store, and an import
#: asks twice for each file.
_KNOWN_STREAMS = (
    select(
        _HERE.account_id,
        _HERE.merchant,
        _HERE.amount_minor,
        _THERE.account_id,
        func.max(_HERE.posted),
        func.max(_THERE.posted),
    )
    .join(_THERE, _THERE.id == _HERE.transfer_peer_id)
    .where(_HERE.is_transfer.is_(True), _HERE.merchant != "", _HERE.amount_minor != 0)
    .group_by(_HERE.account_id, _HERE.merchant, _HERE.amount_minor, _THERE.account_id)
    .having(func.count(func.strftime("%Y-%m", _HERE.posted).distinct()) >= KNOWN_MONTHS)
)


def _streams(session: Session) -> dict[tuple[int, str, int], _Stream]:
    """The known streams by (account, merchant key, amount): the latest other account each
    reached in :data:`KNOWN_MONTHS` months or more."""
    rows = session.execute(_KNOWN_STREAMS).all()
    found: dict[tuple[int, str, int], _Stream] = {}
    for account, merchant, amount, other, last, other_last in rows:
        key = (account, merchant, amount)
        if key not in found or last > found[key].last:
            found[key] = _Stream(other, last, other_last)
    return found


def stream_lines(session: Session) -> list[StreamLine]:
    """Every unpaired line of a known stream later than its latest paired line (see the
    module's docstring), with whether it awaits its other half."""
    streams = _streams(session)
    if not streams:
        return []
    apps = set(session.scalars(select(Account.id).where(Account.type == AccountType.PAYMENT_APP)))
    coverage = coverage_by_account(session)
    rows = session.execute(
        select(
            Transaction.id,
            Transaction.account_id,
            Transaction.merchant,
            Transaction.amount_minor,
            Transaction.posted,
            Transaction.is_transfer,
            Transaction.source_kind,
            Transaction.original_payee,
            Transaction.payee,
        ).where(
            Transaction.transfer_peer_id.is_(None),
            Transaction.merchant.in_({merchant for _, merchant, _ in streams}),
            Transaction.category_source.is_distinct_from(CategorySource.MANUAL.value),
        )
    )
    out = []
    for row in rows:
        stream = streams.get((row.account_id, row.merchant, row.amount_minor))
        if stream is None or row.posted <= stream.last or {row.account_id, stream.there} & apps:
            continue
        if moves_own_money(row.source_kind, row.original_payee or row.payee):
            continue  # an app's own move: set apart by its type (:mod:`.transfers`)
        awaiting = _awaits(coverage.get(stream.there), stream, row.posted)
        out.append(StreamLine(row.id, row.is_transfer, awaiting))
    return out


def _awaits(covered: Coverage | None, stream: _Stream, day: date) -> bool:
    """Whether the other account's statements end before ``day`` with the stream running up to
    their end."""
    if covered is None or covered.closed_on is not None:
        return False
    end = covered.covered_until
    return end < day and stream.there_last >= end - STILL_RUNNING


def settle_awaiting(session: Session, lines: list[StreamLine]) -> None:
    """Mark each of ``lines`` a transfer while it awaits its other half, and spending once the
    other account's statements cover its day without one."""
    changed = [
        {"id": line.id, "is_transfer": line.awaiting}
        for line in lines
        if line.is_transfer != line.awaiting
    ]
    if changed:
        session.execute(update(Transaction), changed)
