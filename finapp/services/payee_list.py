"""The payee list: every payee by the name shown, its usual category, how many lines it has
and what went out to it and came in from it, per currency.

A payee is what the user would name: the merchants (keys) shown by one name are one row. Keys
keep apart what a statement tells apart ("DD *DOORDASH 5H7W2Z96" and "DD *DOORDASH HKDSIRIJ",
the card's and the checking account's side of "Chase card payment"), and rules stay per key;
the list adds them up, so the user meets one DoorDash, and subscription detection groups an
account's charges the same way (:func:`payee_keys`).

Ten years of history hold tens of thousands of merchants, so the figures come from one query
grouped by merchant, currency and category, and the names from one read of each merchant's
latest line, never a query per payee. Lines of different currencies are never added together:
a merchant paid in euros and in dollars has a total for each. Money moved between the user's
own accounts is no payee's spending or income, as in every report: a payee whose every line is
such a move is one of the transfers, and another's totals leave such lines out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Protocol

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from finapp.core.both_ways import may_go_against, said_way, without_way
from finapp.core.category_kinds import CategoryKind
from finapp.core.display_names import made_name
from finapp.core.money import from_minor
from finapp.services.categories import category_paths
from finapp.services.payee_names import (
    NAMED_BY,
    chosen_names,
    issuers,
    latest_lines,
    line_name,
)
from finapp.services.wallet_funding import FUNDED_A_WALLET
from finapp.store.engine import Store
from finapp.store.schema import Category, Transaction

#: the made names of money moved between one's own accounts ("Transfer to Savings", "Chase card
#: payment"); a payment to or from a person, a salary or interest is a payee's
_OWN_TRANSFERS = frozenset({"card_payment", "transfer_to", "transfer_from", "transfer_either_way"})


@dataclass(frozen=True, slots=True)
class PayeeTotal:
    """What went out to a payee (negative or zero) and came in from it, in one currency."""

    currency: str
    spent: Decimal
    received: Decimal


@dataclass(frozen=True, slots=True)
class PayeeSummary:
    """One payee in the list: the merchants shown by one name."""

    #: the key of the payee's busiest merchant (what a rename or merge by key names)
    merchant: str
    name: str
    #: the user chose ``name`` (else it is found from the lines)
    chosen: bool
    #: the latest line's payee exactly as the statement had it
    statement_text: str
    transactions: int
    #: the category most of its lines have (full path; empty: none of them has one)
    category: str
    #: by currency, in currency order
    totals: list[PayeeTotal] = field(default_factory=list)
    #: every merchant key shown by ``name``, ``merchant`` first
    merchants: tuple[str, ...] = ()
    #: money moved between the user's own accounts (a transfer, a card's payment), by the
    #: line's own name whatever the user calls it, or every line of it a transfer: neither spent
    #: nor received. Another payee's ``totals`` leave out its lines that are transfers
    own_transfer: bool = False


@dataclass(slots=True)
class _Tally:
    """One payee's figures as its merchants' lines are added up."""

    #: merchant key → its number of lines
    merchants: Counter[str] = field(default_factory=Counter)
    categories: Counter[int] = field(default_factory=Counter)
    #: by currency: out and in of the lines that are spending or income, then of the moves
    #: between the user's own accounts
    minor: dict[str, list[int]] = field(default_factory=dict)
    #: how many of its lines are moves between the user's own accounts
    moved: int = 0

    def add(self, currency: str, out: int, came: int, *, moved: bool) -> None:
        """Money of a group of lines, as spending and income or as moves of one's own money."""
        sums = self.minor.setdefault(currency, [0, 0, 0, 0])
        at = 2 if moved else 0
        sums[at] += out
        sums[at + 1] += came

    def totals(self, *, with_moves: bool) -> list[PayeeTotal]:
        """What went out and came in by currency; the moves between one's own accounts only
        ``with_moves`` (a payee that is one: a card's payment, the household's own transfer)."""
        return [
            PayeeTotal(c, from_minor(s + ms * with_moves, c), from_minor(r + mr * with_moves, c))
            for c, (s, r, ms, mr) in sorted(self.minor.items())
        ]


def list_payees(store: Store) -> list[PayeeSummary]:
    """Every payee of the store with its figures, by name shown."""
    with store.read() as session:
        paid_a_wallet = text(FUNDED_A_WALLET)  # the wallet's row counts that money
        spent = func.sum(
            case(
                (paid_a_wallet, 0),
                (Transaction.amount_minor < 0, Transaction.amount_minor),
                else_=0,
            )
        )
        received = func.sum(
            case(
                (paid_a_wallet, 0),
                (Transaction.amount_minor > 0, Transaction.amount_minor),
                else_=0,
            )
        )
        groups = session.execute(
            select(
                Transaction.merchant,
                Transaction.currency,
                Transaction.category_id,
                Transaction.is_transfer,
                func.count(),
                spent,
                received,
            )
            .where(Transaction.merchant != "")
            # merchant last: grouped by it first, SQLite walks the merchant index and reads each
            # line from a page found through it, which on 300k lines is four times slower than
            # reading the table through once (1.8 s against 0.5 s)
            .group_by(
                Transaction.currency,
                Transaction.category_id,
                Transaction.is_transfer,
                Transaction.merchant,
            )
        ).all()
        lines, own = _own_names(session)
        chosen = chosen_names(session)
        paths = category_paths(session)
        transfer_kind = set(
            session.scalars(select(Category.id).where(Category.kind == CategoryKind.TRANSFER))
        )
    names = {merchant: chosen.get(merchant) or name for merchant, name in own.items()}
    tallies: dict[str, _Tally] = {}
    for merchant, currency, category, transfer, count, out, came in groups:
        tally = tallies.setdefault(names[merchant].casefold(), _Tally())
        tally.merchants[merchant] += count
        if category is not None:
            tally.categories[category] += count
        # a move between one's own accounts, as every report tells it: the line marked a
        # transfer, or filed under a category of the transfer kind
        moved = bool(transfer) or category in transfer_kind
        tally.moved += count if moved else 0
        tally.add(currency, out or 0, came or 0, moved=moved)
    summaries = []
    for tally in tallies.values():
        # the busiest merchant names the payee; the latest line of any shows the statement's words
        keys = sorted(tally.merchants, key=lambda key: (-tally.merchants[key], key))
        latest = lines[max(keys, key=lambda key: (lines[key].posted, lines[key].id))]
        usual = min(
            tally.categories.items(), key=lambda kv: (-kv[1], paths[kv[0]]), default=None
        )  # fmt: skip
        # named as one ("Chase card payment"), or every line of it one (李娜's 5,000 a month
        # from her card to her husband's, 财付通-微信零钱充值 topping up her own wallet)
        own_transfer = _own_transfer(own[keys[0]]) or tally.moved == tally.merchants.total()
        summaries.append(
            PayeeSummary(
                merchant=keys[0],
                name=names[keys[0]],
                chosen=keys[0] in chosen,
                statement_text=latest.original_payee or latest.payee,
                transactions=tally.merchants.total(),
                category=paths[usual[0]] if usual else "",
                totals=tally.totals(with_moves=own_transfer),
                merchants=tuple(keys),
                own_transfer=own_transfer,
            )
        )
    return sorted(summaries, key=lambda v: (v.name.casefold(), v.merchant))


def payee_keys(session: Session) -> dict[str, str]:
    """Each merchant key's payee: the name it is shown by, casefolded, as the list groups them.

    Subscription detection groups charges by it too, so "Spotify USA" and "SPOTIFY P1A2B3C4D5
    STOCKHOLM" (two keys, one payee) are one stream there as they are one row here.
    """
    chosen = chosen_names(session)
    return {
        merchant: (chosen.get(merchant) or name).casefold()
        for merchant, name in _own_names(session)[1].items()
    }


def _own_names(session: Session) -> tuple[dict[str, Any], dict[str, str]]:
    """Each merchant's latest line and the name that line gives it (the user's left aside)."""
    latest = select(latest_lines().subquery().c.line)
    lines = {
        row.merchant: row
        for row in session.execute(
            select(Transaction.id, Transaction.posted, *NAMED_BY).where(Transaction.id.in_(latest))
        )
    }  # fmt: skip
    banks = issuers(session)
    own = {merchant: _name_of(line, banks) for merchant, line in lines.items()}
    own |= _either_way(session, own, banks)
    return lines, own


class _Line(Protocol):
    """A line as read with :data:`NAMED_BY`."""

    original_payee: str
    payee: str
    memo: str
    account_id: int


def _name_of(line: _Line, banks: dict[int, str]) -> str:
    """A line's own name."""
    return line_name(line.original_payee, line.payee, line.memo, banks.get(line.account_id, ""))


def _either_way(session: Session, own: dict[str, str], banks: dict[int, str]) -> dict[str, str]:
    """The names of the merchants whose latest line says which way money went ("Payment from
    Kowalski") and another line went the other way: without the way.

    A line is named only if its text may say the other way, and a merchant's lines no more
    once one did: a payee paid by Zelle for years has thousands of lines, each its own text.
    """
    ways = {merchant: way for merchant, name in own.items() if (way := said_way(name))}
    if not ways:
        return {}
    both: set[str] = set()
    query = select(*NAMED_BY).where(Transaction.merchant.in_(ways)).distinct()
    for line in session.execute(query):
        merchant = line.merchant
        way = ways[merchant]
        if (
            merchant not in both
            and may_go_against(way, (line.original_payee, line.payee, line.memo))
            and said_way(_name_of(line, banks)) not in (None, way)
        ):
            both.add(merchant)
    return {merchant: without_way(own[merchant]) for merchant in both}


def _own_transfer(name: str) -> bool:
    made = made_name(name)
    return made is not None and made.kind in _OWN_TRANSFERS


def payee_of(store: Store, merchant: str) -> tuple[str, ...]:
    """Every merchant key of the payee ``merchant`` is shown as part of (just itself when it
    has no lines): what a rename from one line reaches, so the list keeps it one payee."""
    found = (row.merchants for row in list_payees(store) if merchant in row.merchants)
    return next(found, (merchant,))


def payee_transaction_ids(store: Store, merchants: Sequence[str]) -> list[int]:
    """The lines of a payee's merchants (by their keys), for showing them on the transactions
    page."""
    with store.read() as session:
        found = select(Transaction.id).where(Transaction.merchant.in_(merchants))
        return list(session.scalars(found))
