"""What an account's balance is on any day, from the balances finapp knows.

Transactions alone never tell a balance: they tell how it moved. A balance is *known* on a
day from one of three sources, each the balance at the end of that day:

- ``ledger``: a statement stated it (OFX ``LEDGERBAL``, or the running-balance column of a
  CSV export whose balances add up, see :mod:`finapp.importers.csv.running_balance`);
- ``user``: the user entered it (``finapp balance set``, Accounts → Set balance…).

The balance on another day is the nearest known balance carried forward or back by the
transactions between. The user's word beats a statement's on the same day: it is entered to
put something right. Available balances are not the account's balance and anchor nothing.

An account the user closed holds nothing from its closing day on: that day is its last known
balance, zero, and anchors every day from it (never one before it: the bank may have moved the
money out without a line on the statement, as a replaced card's balance moves to the new card).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from finapp.core.balance_kinds import BalanceKind
from finapp.core.money import exact_minor, from_minor
from finapp.services.open_accounts import closing_days
from finapp.store.engine import Store
from finapp.store.schema import BalanceSnapshot, Transaction

#: Kinds of stored balance that are the account's own balance, and which wins on one day.
ANCHOR_KINDS: dict[str, int] = {BalanceKind.LEDGER: 0, BalanceKind.USER: 1}
#: The kind of a closed account's nothing from its closing day: read from the account, never a
#: stored balance (so no :class:`BalanceKind`)
CLOSING = "closed"


@dataclass(frozen=True, slots=True)
class KnownBalance:
    """An end-of-day balance finapp was told, in the account's minor units."""

    account_id: int
    as_of: date
    amount_minor: int
    kind: str  # BalanceKind.LEDGER or USER, or CLOSING


@dataclass(frozen=True, slots=True)
class EnteredBalance:
    """What ``set_user_balance`` stored, as the user sees it."""

    account: str
    currency: str
    amount: Decimal
    as_of: date


def known_balances(session: Session) -> dict[int, list[KnownBalance]]:
    """Every account's known balances, oldest first (on one day, the one that wins last)."""
    out: dict[int, list[KnownBalance]] = defaultdict(list)
    for known in _read_known(session):
        out[known.account_id].append(known)
    return dict(out)


def account_known_balances(session: Session, account_id: int) -> list[KnownBalance]:
    """One account's known balances, in :func:`known_balances`' order: read through the
    account's index, where every account's would be read to keep one (a household with a dozen
    cards and years of statements asks once per card)."""
    return _read_known(session, account_id)


def _read_known(session: Session, account_id: int | None = None) -> list[KnownBalance]:
    """The known balances of ``account_id`` (None: of every account), by account, then oldest
    first, a closed account's closing last."""
    rows = select(
        BalanceSnapshot.account_id,
        BalanceSnapshot.as_of,
        BalanceSnapshot.amount_minor,
        BalanceSnapshot.kind,
    ).where(BalanceSnapshot.kind.in_(ANCHOR_KINDS))
    if account_id is not None:
        rows = rows.where(BalanceSnapshot.account_id == account_id)
    known = [KnownBalance(*row) for row in session.execute(rows)]
    closings = closing_days(session, account_id).items()
    known += [KnownBalance(i, day, 0, CLOSING) for i, day in closings]
    known.sort(key=_order)
    return known


def _order(known: KnownBalance) -> tuple[int, bool, date, int]:
    """By account, oldest first (on one day the winning kind last), its closing after all."""
    closing = known.kind == CLOSING
    return known.account_id, closing, known.as_of, 0 if closing else ANCHOR_KINDS[known.kind]


def latest_known(session: Session) -> dict[int, KnownBalance]:
    """Each account's latest balance a statement or the user stated (what the Accounts list
    shows, and what the balance chart is drawn back from): a closed account's last, not the
    nothing it holds after closing, which anchors no day before it."""
    latest = {}
    for account_id, known in known_balances(session).items():
        stated = [k for k in known if k.kind != CLOSING]
        if stated:
            latest[account_id] = stated[-1]
    return latest


def nearest_known(known: Sequence[KnownBalance], day: date) -> KnownBalance | None:
    """The known balance to carry to ``day``: the closest in days, the earlier one on a tie.

    The closest leaves the fewest transactions to carry it by, so a month not imported yet
    bends it least. ``known`` is oldest first, as :func:`known_balances` gives it. A closed
    account's closing anchors its day and every day after, and no day before.
    """
    if known and known[-1].kind == CLOSING:
        if day >= known[-1].as_of:
            return known[-1]
        known = known[:-1]
    best: KnownBalance | None = None
    for candidate in known:
        if (
            best is None
            or _distance(candidate, day) < _distance(best, day)
            or (
                candidate.as_of == best.as_of  # the same day: the later in the list wins
            )
        ):
            best = candidate
    return best


def _distance(known: KnownBalance, day: date) -> tuple[int, int]:
    """Days away, then earlier (0) before later (1)."""
    return abs((known.as_of - day).days), int(known.as_of > day)


def carry(
    anchor_day: date, anchor_minor: int, movements: Iterable[tuple[date, int]], day: date
) -> int:
    """The end-of-day balance on ``day`` from one known on ``anchor_day`` and the movements
    (posted day, signed amount) of the account: forward adds the days after the anchor up to
    ``day``, back takes off those after ``day`` up to the anchor."""
    if day >= anchor_day:
        return anchor_minor + sum(a for d, a in movements if anchor_day < d <= day)
    return anchor_minor - sum(a for d, a in movements if day < d <= anchor_day)


def daily_movements(session: Session, account_id: int) -> list[tuple[date, int]]:
    """The account's net movement per posting day."""
    rows = session.execute(
        select(Transaction.posted, func.sum(Transaction.amount_minor))
        .where(Transaction.account_id == account_id)
        .group_by(Transaction.posted)
    )
    return [(day, amount) for day, amount in rows]


def carried(session: Session, account_id: int, anchor: KnownBalance, day: date) -> int:
    """:func:`carry` for one day, the lines between ``anchor`` and ``day`` summed in the store:
    only those few are read, not every day the account has moved (years of them)."""
    low, high = sorted((anchor.as_of, day))
    between = select(func.sum(Transaction.amount_minor)).where(
        Transaction.account_id == account_id, Transaction.posted > low, Transaction.posted <= high
    )
    moved = session.scalar(between) or 0  # None: no line between them
    return anchor.amount_minor + (moved if day >= anchor.as_of else -moved)


def balance_on(session: Session, account_id: int, day: date) -> int | None:
    """The account's end-of-day balance on ``day`` in minor units; None when no balance is
    known for it (its transactions alone cannot tell)."""
    anchor = nearest_known(account_known_balances(session, account_id), day)
    return None if anchor is None else carried(session, account_id, anchor, day)


def set_user_balance(store: Store, account: str, amount: Decimal, on: date) -> EnteredBalance:
    """Record that ``account``'s balance was ``amount`` at the end of ``on``.

    Replaces a balance the user entered for the same day; a statement's balance for that day
    stays (and is outranked). An amount with more decimals than the currency has is refused.
    """
    from finapp.services.accounts import require_account  # accounts lists what this knows

    with store.write() as session:
        row = require_account(session, account)
        minor = exact_minor(amount, row.currency)
        session.execute(
            delete(BalanceSnapshot).where(
                BalanceSnapshot.account_id == row.id,
                BalanceSnapshot.kind == BalanceKind.USER,
                BalanceSnapshot.as_of == on,
            )
        )
        session.add(
            BalanceSnapshot(
                account_id=row.id,
                batch_id=None,
                kind=BalanceKind.USER,
                amount_minor=minor,
                as_of=on,
            )
        )
        return EnteredBalance(row.name, row.currency, from_minor(minor, row.currency), on)
