"""Transfers between the user's own accounts, marked on both sides and left out of reports.

A line its app's own type calls a move of the user's own money (a Revolut exchange, a Monzo
pot transfer, a PayPal card deposit: :mod:`finapp.core.own_moves`) is a transfer even with no
other side imported: after pairing, those left alone are marked a transfer without a peer.
They stay among the lines pairing looks at, so the other side imported later (the card's
``PAYPAL *EBAY``) pairs with them then.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, Integer, and_, cast, func, or_, select, update
from sqlalchemy.orm import Session

from finapp.core.category_sources import CategorySource
from finapp.core.own_moves import TYPE_WORDS, moves_own_money
from finapp.core.transfers import Movement, choose_pairs
from finapp.services.wallet_funding import link_days_funding
from finapp.services.wallet_refunds import file_refunds_like_purchases
from finapp.store.engine import Store
from finapp.store.schema import Account, Category, Transaction

MAX_DAYS = 4


def _link(session: Session, since: date | None = None, until: date | None = None) -> int:
    """Pair unpaired transactions (optionally posted within dates); both sides marked in bulk.
    Then the moves of the user's own money that stay alone are set apart (see the module's
    docstring): the lines their type may say so of are read once, before pairing, for both.

    The store finds the candidates itself, in one join of money-outs with money-ins of the same
    size and currency in another account at most ``MAX_DAYS`` days away (what
    :func:`~finapp.core.transfers.candidate_pairs` says in Python): SQLite indexes the unpaired
    lines by size for the join, so ten years of history cost a pass and a sort, and no line
    without a partner is handed over. The unpaired lines are read from the table once, into a
    materialized list both sides of the join share (read twice, ten years of history cost a
    third more). Payee, memo, account type and category, which judge a candidate, are read only
    for the lines in one.
    """
    days: list[ColumnElement[bool]] = []
    if since is not None:
        days += [Transaction.posted >= since, Transaction.posted <= until]
    set_apart = _typed_alone(days, Transaction.is_transfer.is_(True))
    typed = _typed_lines(session, _typed_alone(days))
    unpaired = [or_(Transaction.is_transfer.is_(False), and_(*set_apart)), *days]
    lines = (
        select(
            Transaction.id,
            Transaction.account_id,
            cast(func.julianday(Transaction.posted), Integer).label("day"),  # a day number
            Transaction.amount_minor,
            Transaction.currency,
        )
        .where(*unpaired, Transaction.amount_minor != 0)
        .cte("lines")
        .prefix_with("MATERIALIZED")
    )
    outgoing, incoming = lines.alias("out_line"), lines.alias("in_line")
    found = (
        select(outgoing.c.id, incoming.c.id)
        .join_from(
            outgoing,
            incoming,
            and_(
                incoming.c.currency == outgoing.c.currency,
                incoming.c.amount_minor == -outgoing.c.amount_minor,
                # implied by the line above; said, it keeps SQLite's index of the candidates
                # for an other side to the money-ins, a few in a hundred lines
                incoming.c.amount_minor > 0,
                incoming.c.account_id != outgoing.c.account_id,
                incoming.c.day.between(outgoing.c.day - MAX_DAYS, outgoing.c.day + MAX_DAYS),
            ),
        )
        .where(outgoing.c.amount_minor < 0)
    )
    # a transfer alone for another reason (the user said so)
    kept_apart = {line.id for line in typed if line.is_transfer and not line.own_move}
    candidates = [
        (out_id, in_id)
        for out_id, in_id in session.connection().execute(found)
        if out_id not in kept_apart and in_id not in kept_apart
    ]
    movements = _movements(session, {line for pair in candidates for line in pair})
    pairs = choose_pairs((movements[out], movements[into]) for out, into in candidates)
    marks = [
        {"id": side, "is_transfer": True, "transfer_peer_id": peer}
        for out_id, in_id in pairs
        for side, peer in ((out_id, in_id), (in_id, out_id))
    ]
    if marks:
        session.execute(update(Transaction), marks)
    paired = {line for pair in pairs for line in pair}
    _set_apart(
        session,
        {
            line.id
            for line in typed
            if not line.is_transfer and line.own_move and line.id not in paired
        },
    )
    return len(pairs)


#: Lines looked up per query (SQLite limits the parameters of one statement).
_CHUNK = 500


def _movements(session: Session, ids: set[int]) -> dict[int, Movement]:
    """The lines ``ids`` as the matcher judges them, by id."""
    query = (
        select(
            Transaction.id,
            Transaction.account_id,
            Account.type,
            Transaction.posted,
            Transaction.amount_minor,
            Transaction.currency,
            Transaction.original_payee,
            Transaction.payee,
            Transaction.memo,
            Transaction.source_kind,
            Account.institution,
            Category.kind,
        )
        .join(Account)
        .outerjoin(Category, Category.id == Transaction.category_id)
    )
    wanted = sorted(ids)
    return {
        r.id: Movement(
            r.id,
            r.account_id,
            r.type,
            r.posted,
            r.amount_minor,
            r.currency,
            f"{r.original_payee or r.payee} {r.memo}",
            r.kind,
            moves_own_money(r.source_kind, r.original_payee or r.payee),
            r.institution,
        )
        for start in range(0, len(wanted), _CHUNK)
        for r in session.execute(query.where(Transaction.id.in_(wanted[start : start + _CHUNK])))
    }


def link_days_transfers(session: Session, first: date, last: date) -> int:
    """Pair the lines posted from ``first`` to ``last`` (those one import added) with their
    other side, in any account, inside the import. The import says the days of the lines it
    has just written: found in the store, they took a pass over every line (a batch's lines
    have no index of their own)."""
    since, until = first - timedelta(days=MAX_DAYS), last + timedelta(days=MAX_DAYS)
    return _link(session, since, until)


def _typed_alone(
    days: list[ColumnElement[bool]], *marked: ColumnElement[bool]
) -> list[ColumnElement[bool]]:
    """Lines of ``days`` that ``marked`` selects, if said, with no transfer peer, an app's own
    type that may say a move of the user's own money (SQLite's LIKE ignores the case of its
    letters) and a category not filed by hand (the user's word stands): the few whose type is
    read."""
    return [
        *days,
        *marked,
        Transaction.transfer_peer_id.is_(None),
        or_(*(Transaction.source_kind.like(f"{word}%") for word in TYPE_WORDS)),
        Transaction.category_source.is_distinct_from(CategorySource.MANUAL.value),
    ]


@dataclass(frozen=True, slots=True)
class _Typed:
    """A line whose app's own type may say a move of the user's own money."""

    id: int
    is_transfer: bool
    own_move: bool  # its type (and words) say it is one


def _typed_lines(session: Session, lines: list[ColumnElement[bool]]) -> list[_Typed]:
    """The ``lines``, each with whether its app's own type calls it a move of the user's own
    money."""
    rows = session.execute(
        select(
            Transaction.id,
            Transaction.is_transfer,
            Transaction.source_kind,
            Transaction.original_payee,
        ).where(*lines)
    ).all()
    return [
        _Typed(r.id, r.is_transfer, moves_own_money(r.source_kind, r.original_payee)) for r in rows
    ]


def set_apart_own_moves(session: Session, days: list[ColumnElement[bool]]) -> None:
    """Mark the moves of the user's own money among ``days`` (conditions on the lines; none:
    all history) that no other side paired a transfer alone (an import's undo calls this for
    those whose other side it took away)."""
    typed = _typed_lines(session, _typed_alone(days, Transaction.is_transfer.is_(False)))
    _set_apart(session, {line.id for line in typed if line.own_move})


def _set_apart(session: Session, alone: set[int]) -> None:
    """Mark the lines ``alone`` transfers without a peer."""
    if alone:
        session.execute(
            update(Transaction), [{"id": i, "is_transfer": True} for i in sorted(alone)]
        )


def link_all_transfers(store: Store) -> int:
    """Look for transfers across all history; returns how many new pairs were found.

    Payment-app rows are paired with the bank lines that funded them first (a store imported
    before finapp knew them gets them now), and their refunds filed with their purchases
    again (a re-run of the rules files them by their words).
    """
    with store.write() as session:
        first, last = session.execute(
            select(func.min(Transaction.posted), func.max(Transaction.posted))
        ).one()
        funded = 0
        if first is not None:
            funded = sum(link_days_funding(session, first, last).pairs.values())
            file_refunds_like_purchases(session, first, last)
        return funded + _link(session)
