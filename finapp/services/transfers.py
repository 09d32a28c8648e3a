"""Transfers between the user's own accounts, marked on both sides and left out of reports.

A line its app's own type calls a move of the user's own money (a Revolut exchange, a Monzo
pot transfer, a PayPal card deposit: :mod:`finapp.core.own_moves`) is a transfer even with no
other side imported: after pairing, those left alone are marked a transfer without a peer.
They stay among the lines pairing looks at, so the other side imported later (the card's
``PAYPAL *EBAY``) pairs with them then. So does a line of a known stream of the household's own
money whose other account's statements end before it: a transfer awaiting its other half
(:mod:`finapp.services.transfers_awaiting`).

A line whose statement names one of the household's own accounts as the other party's (ING's
``Tegenrekening NL60ABNA0512734690``, the couple's shared account) is money between the two
whatever its words. With no line of that account to pair with (its statements end before
the day) it is a transfer awaiting its other half all the same, neither spending nor income,
and stays among the lines pairing looks at until the other half comes
(:mod:`finapp.services.transfers_own_accounts`).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import (
    Column,
    ColumnElement,
    Index,
    Integer,
    MetaData,
    Row,
    String,
    Table,
    and_,
    cast,
    func,
    insert,
    or_,
    select,
    update,
)
from sqlalchemy.orm import Session, aliased

from finapp.core.account_holders import holder_names, holder_parties, is_holder
from finapp.core.across_currencies import SENT_WORDS, match_across_currencies
from finapp.core.bank_text import without_bank_text
from finapp.core.category_sources import CategorySource
from finapp.core.own_moves import TYPE_WORDS, moves_own_money
from finapp.core.transfers import Movement, holder_name, pick_pairs
from finapp.services.rates import rate_book
from finapp.services.transfers_awaiting import settle_awaiting, stream_lines
from finapp.services.transfers_own_accounts import (
    naming_own,
    own_numbers,
    settle_own_account_lines,
)
from finapp.services.wallet_funding import link_days_funding
from finapp.services.wallet_refunds import file_refunds_like_purchases
from finapp.store.engine import Store
from finapp.store.schema import Account, Category, Transaction

MAX_DAYS = 4


def _link(session: Session, since: date | None = None, until: date | None = None) -> int:
    """Pair unpaired transactions (optionally posted within dates); both sides marked in bulk.
    Then the moves of the user's own money that stay alone are set apart (see the module's
    docstring): the lines their type may say so of are read once, before pairing, for both.
    The lines awaiting their other half are among those paired, and are settled after it.

    The store finds the candidates itself (:func:`_candidates`) and hands them over in the
    order they pair in; payee, memo, account type and category, which judge a candidate, are
    read only for the lines in one.
    """
    days: list[ColumnElement[bool]] = []
    if since is not None:
        days += [Transaction.posted >= since, Transaction.posted <= until]
    set_apart = _typed_alone(days, Transaction.is_transfer.is_(True))
    typed = _typed_lines(session, _typed_alone(days))
    awaiting = [line.id for line in stream_lines(session) if line.is_transfer]
    own = own_numbers(session)
    unpaired = [
        or_(
            Transaction.is_transfer.is_(False),
            and_(*set_apart),
            Transaction.id.in_(awaiting),
            and_(*naming_own(own), Transaction.transfer_peer_id.is_(None)),
        ),
        *days,
    ]
    # a transfer alone for another reason (the user said so)
    kept_apart = {line.id for line in typed if line.is_transfer and not line.own_move}
    holders = _holders(session)
    with _lines_to_pair(session, unpaired):
        pairs = pick_pairs(
            (
                (out, into)
                for out, into in _candidates(session)
                if out.id not in kept_apart and into.id not in kept_apart
            ),
            holders,
        )
    _mark(session, pairs)
    pairs += _link_across_currencies(session, days)
    paired = {line for pair in pairs for line in pair}
    settle_own_account_lines(session)
    _set_apart(
        session,
        {
            line.id
            for line in typed
            if not line.is_transfer and line.own_move and line.id not in paired
        }
        | _to_oneself(session, days),
    )
    settle_awaiting(session, stream_lines(session))  # with the streams this pairing made known
    return len(pairs)


def _mark(session: Session, pairs: list[tuple[int, int]]) -> None:
    """Mark both sides of each of ``pairs`` a transfer, each the other's peer."""
    marks = [
        {"id": side, "is_transfer": True, "transfer_peer_id": peer}
        for out_id, in_id in pairs
        for side, peer in ((out_id, in_id), (in_id, out_id))
    ]
    if marks:
        session.execute(update(Transaction), marks)


#: Lines worded as a wire, transfer or remittance. Built once: its thirty terms cost more to
#: build than to run on the days of a month's statement, and each file of an import asks.
_WORDED_SENT = or_(
    *(
        text.like(f"%{word}%")
        for text in (Transaction.payee, Transaction.original_payee, Transaction.memo)
        for word in SENT_WORDS
    )
)


def _link_across_currencies(
    session: Session, days: list[ColumnElement[bool]]
) -> list[tuple[int, int]]:
    """Pair the wires between the user's own accounts in two currencies among the unpaired
    lines of ``days`` (:mod:`finapp.core.across_currencies`), and mark them.

    Only a household with accounts in two currencies has any, and only lines worded as a wire,
    transfer or remittance are read (SQLite's LIKE ignores the case of Latin letters)."""
    if (session.scalar(select(func.count(Account.currency.distinct()))) or 0) < 2:
        return []
    ids = session.scalars(
        select(Transaction.id).where(
            *days,
            Transaction.is_transfer.is_(False),
            Transaction.amount_minor != 0,
            _WORDED_SENT,
        )
    ).all()
    if not ids:
        return []
    banks = dict(session.execute(select(Account.id, Account.institution)).all())

    def convert(out: Movement, currency: str) -> int | None:
        done = rate_book(session, out.posted).convert(-out.amount_minor, out.currency, currency)
        return None if done is None else done.minor

    pairs = match_across_currencies(_movements(session, set(ids)).values(), banks, convert)
    _mark(session, pairs)
    return pairs


#: The lines one pairing looks at: a table of the connection's own, kept in memory like all its
#: temporary data (``temp_store``) and dropped when the pairing ends. Its index of the money-ins
#: by currency, size and day finds a money-out's candidates in the days around it. SQLite's own
#: index for a join of the lines with themselves keeps to currency and size, so one size moved
#: on many days (100.00 to savings twice a week for ten years) was compared with every line of
#: its size: 20,000 transfers of four sizes over ten years took 11 s to pair instead of 1.7.
_LINES = Table(
    "transfer_lines",
    MetaData(),
    Column("id", Integer),
    Column("account_id", Integer),
    Column("day", Integer),  # a day number
    Column("amount_minor", Integer),
    Column("currency", String),
    prefixes=["TEMPORARY"],
)
Index(
    "transfer_lines_in",
    _LINES.c.currency,
    _LINES.c.amount_minor,
    _LINES.c.day,
    sqlite_where=_LINES.c.amount_minor > 0,
)


@contextmanager
def _lines_to_pair(session: Session, unpaired: list[ColumnElement[bool]]) -> Iterator[None]:
    """:data:`_LINES` (and its index) filled with the lines ``unpaired`` selects, for the length
    of the block.

    Dropped after it; a pairing that fails leaves the table to its transaction's rollback,
    which takes it away with the rest (dropping it then would fail on the candidates still
    being read).
    """
    connection = session.connection()
    _LINES.create(connection)
    day = cast(func.julianday(Transaction.posted), Integer)
    lines = select(
        Transaction.id, Transaction.account_id, day, Transaction.amount_minor, Transaction.currency
    ).where(*unpaired, Transaction.amount_minor != 0)
    connection.execute(insert(_LINES).from_select(list(_LINES.c), lines))
    yield
    _LINES.drop(connection)


def _candidates(session: Session) -> Iterator[tuple[Movement, Movement]]:
    """Every money-out of :data:`_LINES` with every money-in of the same size and currency in
    another account at most ``MAX_DAYS`` days away, in the order they pair in
    (:func:`~finapp.core.transfers.preference`), read :data:`_CHUNK` at a time with the lines
    they name: however many there are, only those lines are held."""
    outgoing, incoming = _LINES.alias("out_line"), _LINES.alias("in_line")
    found = (
        select(outgoing.c.id, incoming.c.id)
        .join_from(
            outgoing,
            incoming,
            and_(
                incoming.c.currency == outgoing.c.currency,
                incoming.c.amount_minor == -outgoing.c.amount_minor,
                incoming.c.amount_minor > 0,  # implied by the line above; said, the index serves
                incoming.c.day.between(outgoing.c.day - MAX_DAYS, outgoing.c.day + MAX_DAYS),
                incoming.c.account_id != outgoing.c.account_id,
            ),
        )
        .where(outgoing.c.amount_minor < 0)
        .order_by(
            func.abs(incoming.c.day - outgoing.c.day),
            outgoing.c.day,
            outgoing.c.id,
            incoming.c.id,
        )
    )
    movements: dict[int, Movement] = {}
    own = own_numbers(session)
    result = session.connection().execute(found)
    while chunk := result.fetchmany(_CHUNK):
        movements |= _movements(
            session, {line for pair in chunk for line in pair if line not in movements}, own
        )
        yield from ((movements[out], movements[into]) for out, into in chunk)


#: Lines looked up per query (SQLite limits the parameters of one statement), and candidates
#: read at a time.
_CHUNK = 500


def _movements(
    session: Session, ids: set[int], own: frozenset[str] | None = None
) -> dict[int, Movement]:
    """The lines ``ids`` as the matcher judges them, by id; ``own``: the household's accounts'
    numbers (:func:`own_numbers`), when the caller has them."""
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
            Account.holder,
            Account.number_hash,
            Account.iban_hash,
            Transaction.other_account_hash,
            Category.kind,
        )
        .join(Account)
        .outerjoin(Category, Category.id == Transaction.category_id)
    )
    wanted = sorted(ids)
    own = own_numbers(session) if own is None else own
    return {
        r.id: _movement(r, own)
        for start in range(0, len(wanted), _CHUNK)
        for r in session.execute(query.where(Transaction.id.in_(wanted[start : start + _CHUNK])))
    }


def _movement(r: Row[*tuple[Any, ...]], own: frozenset[str]) -> Movement:
    """One line of :func:`_movements`' query as the matcher judges it."""
    numbers = tuple(n for n in (r.number_hash, r.iban_hash) if n)
    return Movement(
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
        " ".join((r.original_payee or r.payee).upper().split()),
        holder_names(r.holder),
        numbers,
        *_other_account(r.other_account_hash, numbers, own),
    )


def _other_account(other: str, numbers: tuple[str, ...], own: frozenset[str]) -> tuple[str, bool]:
    """A line's other party's account ``other`` as the matcher takes it, and whether it is one
    of the household's accounts ``own``: none when it is the line's own account (``numbers``:
    a bank's fee names its own account so)."""
    if not other or other in numbers:
        return "", False
    return other, other in own


def _named(line: type[Transaction]) -> ColumnElement[str]:
    """A line's payee as printed, in capitals (SQLite's ``upper``: Latin letters alone)."""
    return func.upper(func.coalesce(func.nullif(line.original_payee, ""), line.payee))


_OUT, _INTO = aliased(Transaction, name="out_side"), aliased(Transaction, name="in_side")
#: The paired transfers whose two sides print the same payee. Built once: building it (two
#: aliases of the lines' table and their columns) cost more than running it on a household's
#: store, and each file of an import asks.
_PAIRS_NAMED_ALIKE = (
    select(_OUT.id, _INTO.id)
    .join(_INTO, _INTO.id == _OUT.transfer_peer_id)
    .where(_OUT.amount_minor < 0, _OUT.is_transfer.is_(True), _named(_OUT) == _named(_INTO))
)


def _holders(session: Session) -> set[str]:
    """The names the household's accounts are held in: as their statements state them
    (WeChat Pay's ``微信昵称：[李娜]``, Santander's ``Titular``), and as transfers already paired
    show them, a person's name printed on both sides of one
    (:func:`~finapp.core.transfers.holder_name`).

    Only pairs whose two payees read alike are read (SQLite's ``upper`` folds Latin letters
    alone, so a name with an umlaut is compared again as the matcher compares it)."""
    rows = session.execute(_PAIRS_NAMED_ALIKE).all()
    found = _movements(session, {line for pair in rows for line in pair})
    stated = session.scalars(select(Account.holder).where(Account.holder != "").distinct())
    return {name for o, i in rows for name in holder_name(found[o], found[i])} | {
        name for holder in stated for name in holder_parties(holder)
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
        _TYPED,
        Transaction.category_source.is_distinct_from(CategorySource.MANUAL.value),
    ]


#: Lines whose app's own type may say a move of the user's own money; built once, as
#: :data:`_WORDED_SENT` is.
_TYPED = or_(*(Transaction.source_kind.like(f"{word}%") for word in TYPE_WORDS))


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


def _to_oneself(session: Session, days: list[ColumnElement[bool]]) -> set[int]:
    """The lines of ``days`` left unpaired whose other party is their own account's holder
    (:func:`~finapp.core.account_holders.is_holder`): money the holder moved to or from an
    account of theirs whose statements are not here. Only accounts whose holder is known are
    read, and the user's own filing stands."""
    rows = session.execute(
        select(Transaction.id, Transaction.original_payee, Transaction.payee, Account.holder)
        .join(Account)
        .where(
            *days,
            Account.holder != "",
            Transaction.is_transfer.is_(False),
            Transaction.category_source.is_distinct_from(CategorySource.MANUAL.value),
        )
    ).all()
    holders = {holder: holder_names(holder) for holder in {r.holder for r in rows}}
    return {
        r.id
        for r in rows
        if is_holder(without_bank_text((r.original_payee or r.payee).upper()), holders[r.holder])
    }


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
