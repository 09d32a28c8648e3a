"""Pair payment-app rows with the bank and card lines that funded them, in the store.

What a pair is, is in :mod:`finapp.core.wallet_funding`. Here: the bank line of a pair is
marked a transfer (``is_transfer``) whose ``transfer_peer_id`` is the wallet row, so every
report leaves it out as it does a move between the user's own accounts, while the wallet row
stays an ordinary line: the spending, with its merchant and category. Undoing the wallet's
import unpairs the bank line as it does any transfer's other side (its peer is gone); undoing
the bank's import takes the line away. A wallet row already paired is known by a bank line
pointing at it, so running again pairs nothing twice.

An import runs this around the days it added, before transfers are paired, whichever of the
two files comes first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache

from sqlalchemy import ColumnElement, Row, func, or_, select, update
from sqlalchemy.orm import Session, aliased

from finapp.core.account_types import AccountType
from finapp.core.category_sources import CategorySource
from finapp.core.wallet_funding import (
    MAX_DAYS,
    OWN_MOVE_WORDS,
    Line,
    Owned,
    all_markers,
    choose_funding,
    moves_own_money,
    names_account,
    paying_app,
    paying_source,
    starts_with_marker,
    wallet_markers,
)
from finapp.errors import Problem
from finapp.store.schema import Account, Transaction

#: SQL, of a row of ``transactions``: a bank line that paid a wallet's row, a transfer whose
#: peer is none (the wallet's purchase). The purchase is the spending and the charge; the line
#: that paid it, seen beside it, would be the same money twice (a payee's totals, a "transfer"
#: stream of the subscription's name).
FUNDED_A_WALLET = (
    "(transactions.is_transfer AND transactions.transfer_peer_id IS NOT NULL AND NOT EXISTS "
    "(SELECT 1 FROM transactions AS peer WHERE peer.id = transactions.transfer_peer_id "
    "AND peer.is_transfer))"
)


@dataclass(frozen=True, slots=True)
class Funded:
    """What one run found: pairs per wallet account's name, and own-money moves; of the
    pairs, those whose funding line is another payment app's row (``through_apps``)."""

    pairs: dict[str, int]
    own_moves: int
    through_apps: dict[str, int] = field(default_factory=dict)

    def notes(self) -> tuple[Problem, ...]:
        """What the import summary says of them, one sentence each: a bank's or card's lines
        and another app's rows apart, as each is told of in its own words."""
        by_banks = {w: n - self.through_apps.get(w, 0) for w, n in sorted(self.pairs.items())}
        said = [
            Problem(
                "import.wallet_funded",
                f"{count} bank or card line(s) are the {wallet} payments they funded: "
                "counted once, as the payments",
                count=count,
                wallet=wallet,
            )
            for wallet, count in by_banks.items()
            if count
        ]
        said += [
            Problem(
                "import.app_funded",
                f"{count} row(s) of another payment app (a 美团 order paid 微信支付) are the "
                f"{wallet} payments they paid: counted once, as the payments",
                count=count,
                wallet=wallet,
            )
            for wallet, count in sorted(self.through_apps.items())
        ]
        if self.own_moves:
            said.append(
                Problem(
                    "import.wallet_moves",
                    f"{self.own_moves} bank or card line(s) move money to or from your own "
                    "Alipay/WeChat Pay balance or credit (花呗还款, 零钱提现…): transfers, "
                    "not spending or income",
                    count=self.own_moves,
                )
            )
        return tuple(said)


def link_days_funding(session: Session, first: date, last: date) -> Funded:
    """Pair the wallet rows and bank lines posted around ``first`` to ``last`` (the days one
    import added), and mark the bank lines that move the user's own wallet money."""
    since, until = first - timedelta(days=MAX_DAYS), last + timedelta(days=MAX_DAYS)
    accounts = session.execute(
        select(Account.id, Account.name, Account.institution, Account.number_last4, Account.type)
    ).all()
    owned = [
        Owned(a.id, f"{a.name} {a.institution}", a.number_last4, a.type)
        for a in accounts
        if a.type != AccountType.PAYMENT_APP
    ]
    wallets = {
        a.id: (a.name, wallet_markers(f"{a.name} {a.institution}"))
        for a in accounts
        if a.type == AccountType.PAYMENT_APP
    }
    paying = [wallet_id for wallet_id, (_name, markers) in wallets.items() if markers]
    naming = _lines_naming_a_wallet(session, since, until, paying)
    moved = _mark_own_moves(session, naming)
    bank: dict[tuple[int, int, str], list[tuple[Line, tuple[str, ...]]]] = {}
    apps_rows = _lines_naming_a_wallet(session, since, until, paying, of_apps=True)
    for line, texts in _bank_lines([*naming, *apps_rows], moved):
        key = (line.account_id, line.amount_minor, line.currency)
        bank.setdefault(key, []).append((line, texts))
    found: list[tuple[Line, Line]] = []
    for row in _wallet_rows(session, since, until, list(wallets)):
        markers = wallets[row.account_id][1]
        if not markers:
            continue
        paid_by = _payers(row.source_kind, markers, owned, wallets)
        wallet = Line(row.id, row.account_id, row.posted, row.amount_minor, row.currency)
        found += [
            (wallet, line)
            for account_id in paid_by
            for line, texts in bank.get((account_id, wallet.amount_minor, wallet.currency), ())
            if abs((line.posted - wallet.posted).days) <= MAX_DAYS
            and starts_with_marker(texts, markers)
        ]
    pairs = choose_funding(found)
    if pairs:
        session.execute(
            update(Transaction),
            [{"id": b, "is_transfer": True, "transfer_peer_id": w} for w, b in pairs],
        )
    by_wallet: dict[str, int] = {}
    through_apps: dict[str, int] = {}
    wallet_of = {w.id: w.account_id for w, _ in found}
    app_rows = {r.id for r in apps_rows}
    for wallet_id, funding_id in pairs:
        name = wallets[wallet_of[wallet_id]][0]
        by_wallet[name] = by_wallet.get(name, 0) + 1
        if funding_id in app_rows:
            through_apps[name] = through_apps.get(name, 0) + 1
    return Funded(by_wallet, len(moved), through_apps)


def _payers(
    source_kind: str,
    markers: tuple[str, ...],
    owned: list[Owned],
    wallets: dict[int, tuple[str, tuple[str, ...]]],
) -> set[int]:
    """The accounts a wallet row's paying source names: the user's card or bank account, or
    another app's wallet (美团's ``微信支付``: each WeChat Pay wallet of the household, the one
    with the row of that money pairing); none for the wallet's own balance or credit."""
    source = paying_source(source_kind)
    if source is not None:
        return {a.id for a in owned if names_account(source, a)}
    app = paying_app(source_kind)
    if not app or app == markers:
        return set()
    return {wallet_id for wallet_id, (_name, its) in wallets.items() if its == app}


#: the lines' table again, for a line that names another as its peer (``_FUNDING``) and for a
#: wallet's row beside a bank line (``_WALLET``); made once, as each is costly to make
_FUNDING = aliased(Transaction, name="funding")
_WALLET = aliased(Transaction, name="wallet_row")


def _wallet_rows(
    session: Session, since: date, until: date, wallet_ids: list[int]
) -> Sequence[Row[int, int, date, int, str, str]]:
    """The wallets' rows paid from a source of the days, not paired yet."""
    # the lines some other line names as its peer, found once: asked per wallet row (a
    # correlated NOT EXISTS) each one read the whole table, as no index leads by the peer, and
    # an Alipay export of 10k rows took minutes
    paired = select(_FUNDING.transfer_peer_id).where(_FUNDING.transfer_peer_id.is_not(None))
    return (
        session.execute(
            select(
                Transaction.id,
                Transaction.account_id,
                Transaction.posted,
                Transaction.amount_minor,
                Transaction.currency,
                Transaction.source_kind,
            ).where(
                Transaction.account_id.in_(wallet_ids),
                Transaction.posted.between(since, until),
                Transaction.source_kind != "",
                Transaction.is_transfer.is_(False),
                Transaction.amount_minor != 0,
                Transaction.id.not_in(paired),
            )
        )
    ).all()


#: a bank or card line of the days naming a wallet, not a transfer yet, with what says whether
#: it moves the user's own money there or funded a wallet's row
_Naming = Row[int, int, date, int, str, str, str, str, str | None]


def _lines_naming_a_wallet(
    session: Session, since: date, until: date, wallet_ids: list[int], *, of_apps: bool = False
) -> Sequence[_Naming]:
    """The bank and card lines of the days that are not a transfer yet, name a wallet, and may
    be one of the two things looked for: read once for both what follows them (the own-money
    moves, then the funding of the rows of the wallets ``wallet_ids``). ``of_apps``: the
    payment apps' own rows instead, that may have funded another app's row (美团's order paid
    ``微信支付``), never an own-money move.

    A card statement can name a wallet on thousands of lines (every 支付宝-罗森 of years);
    only those that name an own-money move, or have a wallet row of their money within
    :data:`MAX_DAYS` days, can be either, and the store tells them apart without handing the
    others over.
    """
    maybe = [] if of_apps else [_naming_an_own_move()]
    if wallet_ids:
        maybe.append(_funding_alike(wallet_ids))
    if not maybe:
        return []
    kind = Account.type == AccountType.PAYMENT_APP
    return session.execute(
        select(
            Transaction.id,
            Transaction.account_id,
            Transaction.posted,
            Transaction.amount_minor,
            Transaction.currency,
            Transaction.original_payee,
            Transaction.payee,
            Transaction.memo,
            Transaction.category_source,
        )
        .join(Account)
        .where(
            kind if of_apps else ~kind,
            Transaction.posted.between(since, until),
            Transaction.is_transfer.is_(False),
            _naming_a_wallet(),
            or_(*maybe),
        )
    ).all()


def _bank_lines(naming: Sequence[_Naming], moved: set[int]) -> list[tuple[Line, tuple[str, ...]]]:
    """The lines of ``naming`` that may have funded a wallet's row, with their texts: not one
    marked an own-money move (``moved``), and moving some money."""
    return [
        (
            Line(r.id, r.account_id, r.posted, r.amount_minor, r.currency),
            (r.original_payee, r.payee, r.memo),
        )
        for r in naming
        if r.id not in moved and r.amount_minor != 0
    ]


def _mark_own_moves(session: Session, naming: Sequence[_Naming]) -> set[int]:
    """Mark the lines of ``naming`` that move the user's own wallet money; their ids.
    A line the user filed by hand keeps what they said."""
    moves = {
        r.id
        for r in naming
        if r.category_source != CategorySource.MANUAL.value
        and moves_own_money((r.original_payee, r.payee, r.memo))
    }
    if moves:
        session.execute(update(Transaction), [{"id": i, "is_transfer": True} for i in moves])
    return moves


@cache
def _naming_a_wallet() -> ColumnElement[bool]:
    """Lines whose payee or memo names a wallet somewhere: the few the checks in Python look at
    (a bank's other lines, most of years of history, never leave the database)."""
    return _naming(all_markers())


@cache
def _naming_an_own_move() -> ColumnElement[bool]:
    """Lines whose payee or memo holds a word of an own-money move somewhere (what
    :func:`~finapp.core.wallet_funding.moves_own_money` searches for)."""
    return _naming(OWN_MOVE_WORDS)


def _naming(words: tuple[str, ...]) -> ColumnElement[bool]:
    """Lines whose payee or memo holds one of ``words``, as Python's ``in`` finds it (``instr``:
    LIKE would also ignore the case of ASCII letters, and costs more on every line). Its
    callers build it once a process: its dozens of terms cost more to build than to run on a
    month's lines, and each file of an import asks twice."""
    columns = (Transaction.original_payee, Transaction.payee, Transaction.memo)
    return or_(*(func.instr(column, word) > 0 for column in columns for word in words))


def _funding_alike(wallet_ids: list[int]) -> ColumnElement[bool]:
    """Lines with a row of the wallets ``wallet_ids`` of the same money (amount and currency)
    at most :data:`MAX_DAYS` days away: all that can pair, and more (the row's paying source
    and whether it is paired yet are judged in Python). The wallet's index by account and day
    finds the row, so a line costs a lookup, not a pass."""
    return (
        select(_WALLET.id)
        .where(
            _WALLET.account_id.in_(wallet_ids),
            _WALLET.posted.between(
                func.date(Transaction.posted, f"-{MAX_DAYS} days"),
                func.date(Transaction.posted, f"+{MAX_DAYS} days"),
            ),
            _WALLET.amount_minor == Transaction.amount_minor,
            _WALLET.currency == Transaction.currency,
        )
        .exists()
    )
