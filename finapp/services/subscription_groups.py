"""Recurring streams placed in their group, with the account (or card) that pays each.

The grouping itself is :mod:`finapp.core.stream_groups`; here the store is read for what it
needs: the category most of a stream's charges are filed under, which charges are linked to
charges on another of the user's accounts, for a payment app (Alipay, WeChat Pay) the paying
source its importer kept on each charge (``source_kind``: ``"支付方式: 零钱"``), and, for a
stream at one price filed under Food or Shopping, the same account's other purchases at its
merchant (a coffee shop's coffees at other prices make a "monthly 5.95" regular spending).

An own-account transfer has two streams, one on each account; both are placed (the CLI lists
every stored row), and :func:`one_per_transfer` keeps the outgoing side of each pair, which
names both accounts ("Everyday Checking → Sapphire Visa").
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import NamedTuple

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from finapp.core.account_types import AccountType
from finapp.core.stream_groups import (
    GROUP_KINDS,
    GROUPS,
    HABITS,
    TRANSFERS,
    StreamFacts,
    TransferSide,
    cut_from_purchases,
    pair_transfers,
    stream_group,
    turns_on_purchases,
)
from finapp.core.streams import VARIABLE_HISTORY, settles_on_price
from finapp.core.subscription_states import StreamKind
from finapp.services.categories import SEPARATOR, category_paths
from finapp.services.read_once import read_once
from finapp.services.subscriptions import (
    SubscriptionView,
    Totals,
    after_statements,
    counted,
    sum_totals,
    upcoming_renewal,
)
from finapp.store.engine import Store
from finapp.store.schema import Account, Category, Subscription, SubscriptionMember, Transaction


@dataclass(frozen=True, slots=True)
class PlacedStream:
    """One stream with its group and what pays it (or, for a transfer, from where to where)."""

    view: SubscriptionView
    group: str
    #: "Everyday Checking", "Checking → Sapphire Visa", "Alipay · 招商银行信用卡(1234)"; "" when
    #: added by hand without an account
    paid_from: str
    #: the other side when this is one side of an own-account transfer pair
    other_side: SubscriptionView | None = None
    #: the next renewal on or after the day asked about, statements a month old or not (None:
    #: lapsed, cancelled, or no schedule): :func:`~finapp.services.subscriptions.upcoming_renewal`
    upcoming: date | None = None
    #: ``upcoming`` is past, after the day the statements end: shown with words saying so
    #: (:func:`~finapp.services.subscriptions.after_statements`)
    after_statements: bool = False


@dataclass(frozen=True, slots=True)
class GroupSummary:
    """A group's rows and what its active streams come to a year, per currency."""

    group: str
    count: int
    totals: list[Totals] = field(default_factory=list)


@dataclass
class _Charges:
    """What one stream's charges say, read once."""

    categories: Counter[int] = field(default_factory=Counter)
    peers: list[int] = field(default_factory=list)
    latest_source: str = ""
    #: its amounts, oldest first
    amounts: list[int] = field(default_factory=list)
    #: the day of each of them
    days: list[date] = field(default_factory=list)


def place(store: Store, views: Sequence[SubscriptionView], day: date) -> list[PlacedStream]:
    """Every one of ``views`` with its group, payer and next renewal from ``day``, in the same
    order."""
    with store.read() as session:
        return _place(session, views, day)


def one_per_transfer(placed: Iterable[PlacedStream]) -> list[PlacedStream]:
    """The streams as a person counts them: an own-account transfer once, by its outgoing side."""
    return [p for p in placed if p.other_side is None or p.view.amount < 0]


def summaries(placed: Sequence[PlacedStream]) -> list[GroupSummary]:
    """Each group's row count and the yearly cost of its active streams (every group listed)."""
    return [
        GroupSummary(
            group,
            sum(1 for p in placed if p.group == group),
            sum_totals(p.view for p in placed if p.group == group and counted(p.view)),
        )
        for group in GROUPS
    ]


def _place(session: Session, views: Sequence[SubscriptionView], day: date) -> list[PlacedStream]:
    owns = {v.id: _Own(v.kind, v.amount > 0, v.manual, v.cadence) for v in views}
    charges = _charges(session, list(owns))
    groups = _groups(session, owns, charges)
    owner = {tid: v.id for v in views for tid in v.transaction_ids}
    peer_accounts = _accounts_of(session, {p for c in charges.values() for p in c.peers})
    paying_apps = select(Account.name).where(Account.type == AccountType.PAYMENT_APP)
    apps = set(session.scalars(paying_apps))

    sides: dict[int, TransferSide] = {}
    for view in views:
        seen = charges.get(view.id, _Charges())
        if groups[view.id] == TRANSFERS:
            linked = Counter(owner[p] for p in seen.peers if p in owner and owner[p] != view.id)
            sides[view.id] = TransferSide(outgoing=view.amount < 0, linked=linked)
    pairs = pair_transfers(sides)
    by_id = {view.id: view for view in views}
    other = {**pairs, **{in_id: out_id for out_id, in_id in pairs.items()}}

    placed = []
    for view in views:
        seen = charges.get(view.id, _Charges())
        if groups[view.id] == TRANSFERS:
            paid_from = _route(view, [peer_accounts[p] for p in seen.peers if p in peer_accounts])
        elif view.account in apps and seen.latest_source:
            paid_from = f"{view.account} · {seen.latest_source}"
        else:
            paid_from = view.account or ""
        side = by_id[other[view.id]] if view.id in other else None
        upcoming = upcoming_renewal(view, day)
        placed.append(
            PlacedStream(
                view,
                groups[view.id],
                paid_from,
                side,
                upcoming,
                after_statements(view, upcoming, day),
            )
        )
    return placed


def group_kinds(session: Session) -> dict[int, StreamKind]:
    """Every stored stream's kind as its group on the Subscriptions page says
    (:data:`~finapp.core.stream_groups.GROUP_KINDS`): what the audit, the Health page, the year
    in review and the alerts count it as, so the pages agree on how many subscriptions there
    are and an alert never calls rent a renewal. Regular spending (a monthly taxi ride, the
    grocery shop: :data:`~finapp.core.stream_groups.HABITS`) has no kind and is not in it:
    nothing to remind of, audit or cost. Read once while alerts are evaluated (the alerts'
    facts and the audit's health check both ask)."""
    return read_once(session, "group kinds", lambda: _group_kinds(session))


def _group_kinds(session: Session) -> dict[int, StreamKind]:
    rows = session.execute(
        select(
            Subscription.id,
            Subscription.kind,
            Subscription.amount_minor,
            Subscription.manual,
            Subscription.cadence,
        )
    ).all()
    owns = {
        sub_id: _Own(kind, amount > 0, manual, cadence)
        for sub_id, kind, amount, manual, cadence in rows
    }
    groups = _groups(session, owns, _charges(session, list(owns)))
    return {sub_id: GROUP_KINDS[group] for sub_id, group in groups.items() if group != HABITS}


def _groups(
    session: Session, owns: dict[int, _Own], charges: dict[int, _Charges]
) -> dict[int, str]:
    """Each stream's group; the purchases beside it at its merchant are read only for a stream
    whose group turns on them (one price, filed under Food or Shopping)."""
    paths, kinds = category_paths(session), _category_kinds(session)
    facts = {
        sub_id: _facts(own, charges.get(sub_id, _Charges()), paths, kinds)
        for sub_id, own in owns.items()
    }
    open_ = [sub_id for sub_id, seen in facts.items() if turns_on_purchases(seen, SEPARATOR)]
    beside = _purchases_beside(session, open_)
    for sub_id in open_:
        seen = charges.get(sub_id, _Charges())
        own = list(zip(seen.days, seen.amounts, strict=True))
        cut = cut_from_purchases(own, beside.get(sub_id, []), facts[sub_id].cadence)
        facts[sub_id] = replace(facts[sub_id], among_purchases=cut)
    return {sub_id: stream_group(seen, SEPARATOR) for sub_id, seen in facts.items()}


def _purchases_beside(session: Session, ids: list[int]) -> dict[int, list[tuple[date, int]]]:
    """Each stream's account's purchases at its merchant (days and amounts), its own among them:
    what :func:`~finapp.core.stream_groups.cut_from_purchases` sets it beside."""
    found: dict[int, list[tuple[date, int]]] = defaultdict(list)
    if not ids:
        return found
    at_its_merchant = and_(
        Transaction.account_id == Subscription.account_id,
        Transaction.merchant == Subscription.merchant,
    )
    rows = session.execute(
        select(Subscription.id, Transaction.posted, Transaction.amount_minor)
        .join(Transaction, at_its_merchant)
        .where(Subscription.id.in_(ids), Subscription.merchant != "", Transaction.amount_minor < 0)
    )
    for sub_id, posted, amount in rows:
        found[sub_id].append((posted, amount))
    return found


class _Own(NamedTuple):
    """What a stream's row says of it: the detector's (or the user's) kind, whether its latest
    amount is money in, whether it was added by hand, its cadence."""

    kind: str
    incoming: bool
    manual: bool
    cadence: str


def _facts(own: _Own, seen: _Charges, paths: dict[int, str], kinds: dict[int, str]) -> StreamFacts:
    """What the grouping reads of one stream: its own facts, and its charges' filing."""
    category = seen.categories.most_common(1)[0][0] if seen.categories else None
    return StreamFacts(
        kind=own.kind,
        incoming=own.incoming,
        manual=own.manual,
        cadence=own.cadence,
        category=paths.get(category) if category else None,
        category_kind=kinds.get(category) if category else None,
        linked_transfer=bool(seen.peers),
        no_price=bool(seen.amounts) and not settles_on_price(seen.amounts[-VARIABLE_HISTORY:]),
    )


def _category_kinds(session: Session) -> dict[int, str]:
    return dict(session.execute(select(Category.id, Category.kind)).all())


#: the latest charges whose other account a transfer row names
_LATEST_PEERS = 3


def _route(view: SubscriptionView, peer_accounts: list[str]) -> str:
    """ "Checking → Visa card": from the paying account to the one most of its latest charges
    reach (``peer_accounts`` oldest first): a card replaced by a new number is paid as the new
    one, however many payments the old one took."""
    here = view.account or ""
    if not peer_accounts:
        return here
    there = Counter(peer_accounts[-_LATEST_PEERS:]).most_common(1)[0][0]
    return f"{here} → {there}" if view.amount < 0 else f"{there} → {here}"


def _charges(session: Session, ids: list[int]) -> dict[int, _Charges]:
    """Each stream's categories, linked peers, latest paying source and amounts, oldest charge
    first."""
    found: dict[int, _Charges] = defaultdict(_Charges)
    rows = session.execute(
        select(
            SubscriptionMember.subscription_id,
            Transaction.category_id,
            Transaction.is_transfer,
            Transaction.transfer_peer_id,
            Transaction.source_kind,
            Transaction.amount_minor,
            Transaction.posted,
        )
        .join(Transaction, Transaction.id == SubscriptionMember.transaction_id)
        .where(SubscriptionMember.subscription_id.in_(ids))
        .order_by(Transaction.posted, Transaction.id)
    )
    for sub_id, category, is_transfer, peer, source, amount, posted in rows:
        seen = found[sub_id]
        seen.amounts.append(amount)
        seen.days.append(posted)
        if category is not None:
            seen.categories[category] += 1
        if is_transfer and peer is not None:
            seen.peers.append(peer)
        seen.latest_source = _source_name(source) or seen.latest_source
    return found


def _source_name(source_kind: str) -> str:
    """``"支付方式: 零钱"`` → ``"零钱"`` (the importer writes the column's name before it)."""
    return source_kind.partition(": ")[2].strip() if ": " in source_kind else ""


def _accounts_of(session: Session, transaction_ids: set[int]) -> dict[int, str]:
    """The account name of each transaction."""
    if not transaction_ids:
        return {}
    rows = session.execute(
        select(Transaction.id, Account.name)
        .join(Account, Account.id == Transaction.account_id)
        .where(Transaction.id.in_(transaction_ids))
    )
    return dict(rows.all())
