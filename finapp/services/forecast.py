"""The cash-flow forecast per account, and the alert before a projected dip.

Reads what the last detection left (:mod:`finapp.services.subscriptions`: the streams still
expected, at their typical amount), each account's balance where its statements end
(:mod:`finapp.services.coverage`, :mod:`finapp.services.balances`) and its low-balance threshold,
and projects them with :mod:`finapp.core.forecast`. Reading never writes: a forecast asked on
30 November of statements that end on 31 October starts from their balance of 31 October,
covers the days asked for from 30 November, and says the month between is estimated.

An account can only be forecast from a balance finapp knows; the others are listed with the
reason, so a user sees why a wallet is missing from the chart.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from sqlalchemy import and_, select
from sqlalchemy.orm import Session, aliased

from finapp.core import forecast as core
from finapp.core.alerts import Candidate, Kind
from finapp.core.forecast import DEFAULT_DAYS, MAX_DAYS
from finapp.core.money import format_minor, from_minor
from finapp.core.severity import Severity
from finapp.core.subscription_states import EXPECTED, Status
from finapp.errors import InvalidInputError
from finapp.services.balances import carry, daily_movements, known_balances, nearest_known
from finapp.services.coverage import coverage_by_account, judged_as_of
from finapp.services.open_accounts import open_on
from finapp.services.settings import Settings
from finapp.store.engine import Store
from finapp.store.schema import Account, Subscription, SubscriptionMember, Transaction
from finapp.store.subscription_details import details_of

NO_BALANCE = (
    "no balance known: import a statement that states one, or enter it with `finapp balance set`"
)


@dataclass(frozen=True, slots=True)
class ForecastEvent:
    """A projected charge or payment: negative amounts go out."""

    date: date
    name: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class DailyBalance:
    date: date
    balance: Decimal


@dataclass(frozen=True, slots=True)
class AccountForecast:
    """One account's forecast; ``reason`` instead of figures when it cannot be forecast."""

    account: str
    currency: str
    #: the day the forecast starts from: where the account's statements end
    start: date | None = None
    starting_balance: Decimal | None = None
    #: the first day ahead (the day asked about, or ``start`` when later): the days between
    #: ``start`` and it are estimated, their statements not imported yet
    today: date | None = None
    #: the balance projected for the end of ``today``
    balance_today: Decimal | None = None
    threshold: Decimal | None = None
    lowest: Decimal | None = None
    lowest_on: date | None = None
    #: the event that takes the balance to its lowest (None: it never falls below the start)
    lowest_after: str | None = None
    events: tuple[ForecastEvent, ...] = ()
    daily: tuple[DailyBalance, ...] = ()
    reason: str | None = None

    @property
    def estimated(self) -> bool:
        """Whether the statements end before today: the balance today is an estimate."""
        return self.start is not None and self.today is not None and self.start < self.today

    def as_json(self) -> dict[str, Any]:
        """The CLI contract: dates ISO, money as signed decimal strings."""
        if self.reason is not None:
            return {
                "account": self.account,
                "currency": self.currency,
                "from": None,
                "reason": self.reason,
            }
        return {
            "account": self.account,
            "currency": self.currency,
            "from": _iso(self.start),
            "starting_balance": _text(self.starting_balance),
            "today": _iso(self.today),
            "estimated": self.estimated,
            "balance_today": _text(self.balance_today),
            "threshold": _text(self.threshold),
            "lowest": {
                "balance": _text(self.lowest),
                "date": _iso(self.lowest_on),
                "after": self.lowest_after,
            },
            "events": [
                {"date": e.date.isoformat(), "name": e.name, "amount": str(e.amount)}
                for e in self.events
            ],
            "daily": [{"date": d.date.isoformat(), "balance": str(d.balance)} for d in self.daily],
        }


def coming_events(
    forecasts: list[AccountForecast],
) -> list[tuple[ForecastEvent, AccountForecast]]:
    """Every account's events from its first day ahead on, by day: the events between the
    day its statements end and today are in the estimate of today's balance, and past, so no
    list of what is coming shows them (the window's Health page, the report)."""
    return sorted(
        (
            (e, one)
            for one in forecasts
            if one.reason is None
            for e in one.events
            if one.today is None or e.date >= one.today
        ),
        key=lambda pair: (pair[0].date, pair[1].account),
    )


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _text(amount: Decimal | None) -> str | None:
    return None if amount is None else str(amount)


def forecast(
    store: Store, as_of: date | None = None, days: int = DEFAULT_DAYS, account: str | None = None
) -> list[AccountForecast]:
    """Every account's forecast over ``days`` days from ``as_of`` (default today), from the
    balance where its statements end; ``account`` (a name or number) asks for one."""
    from finapp.services.accounts import require_account  # alerts run only the check here

    _check_days(days)
    with store.read() as session:
        only = require_account(session, account).id if account is not None else None
        return account_forecasts(session, as_of or date.today(), days, only)


def _check_days(days: int) -> None:
    if not 1 <= days <= MAX_DAYS:
        raise InvalidInputError(f"A forecast covers 1 to {MAX_DAYS} days, not {days}")


def account_forecasts(
    session: Session, as_of: date, days: int = DEFAULT_DAYS, only: int | None = None
) -> list[AccountForecast]:
    """:func:`forecast` inside an open session (for the health page and checks)."""
    _check_days(days)
    accounts = _accounts(session, as_of, only)
    projections = {p.start.account_id: p for p in _projections(session, as_of, days, accounts)}
    return [
        _view(row, projections[row.id])
        if row.id in projections
        else AccountForecast(row.name, row.currency, reason=NO_BALANCE)
        for row in accounts
    ]


def forecast_low_balance_check(
    session: Session, as_of: date, settings: Settings
) -> list[Candidate]:
    """A projected fall below an account's threshold within the forecast, told once per
    account and day of the fall; resolved once the projection no longer falls (an income
    arrives first, the threshold changed)."""
    del settings  # the threshold is the account's own
    accounts = [row for row in _accounts(session, as_of, None) if row.low_balance_minor is not None]
    by_id = {row.id: row for row in accounts}
    found = []
    for projection in _projections(session, as_of, DEFAULT_DAYS, accounts):
        dip = core.first_dip(projection, as_of)
        if dip is not None:
            row = by_id[projection.start.account_id]
            found.append(_dip_alert(row, projection.start, dip, as_of))
    return found


def _dip_alert(row: Account, start: core.Start, dip: core.Dip, as_of: date) -> Candidate:
    """Dated the day the forecast starts from (where the statements end), so the inbox lists
    it now, ahead of the fall it warns of. It tells the lowest point the fall leads to (an
    overdraft is critical), and the day it first goes below the threshold when that is
    earlier; keyed by that first day, so a fall is told once."""
    currency = row.currency
    params = {
        "account": row.name,
        "balance": f"{format_minor(dip.lowest_minor, currency)} {currency}",
        "date": dip.lowest_day.isoformat(),
        "after": dip.lowest_cause.name,
        "threshold": f"{format_minor(dip.threshold_minor, currency)} {currency}",
    }
    if dip.day < dip.lowest_day and dip.day >= as_of:  # a first fall already past is not told
        params["below_on"] = dip.day.isoformat()
    return Candidate(
        Kind.FORECAST_LOW_BALANCE,
        f"forecast_low_balance:{row.id}:{dip.day.isoformat()}",
        start.day,
        Severity.CRITICAL if dip.lowest_minor < 0 else Severity.WARNING,
        account_id=row.id,
        amount_minor=dip.lowest_minor,
        currency=currency,
        params=params,
    )


def _accounts(session: Session, as_of: date, only: int | None) -> list[Account]:
    """The accounts open on ``as_of`` (a closed one has nothing ahead), or just ``only``."""
    query = select(Account).where(open_on(as_of)).order_by(Account.name)
    if only is not None:
        query = query.where(Account.id == only)
    return list(session.scalars(query))


def _projections(
    session: Session, as_of: date, days: int, accounts: list[Account]
) -> list[core.Projection]:
    starts = _starts(session, as_of, accounts)
    return core.project(starts, _streams(session), days, as_of) if starts else []


def _starts(session: Session, as_of: date, accounts: list[Account]) -> list[core.Start]:
    """Each account's balance at the end of the last day its statements cover."""
    coverage = coverage_by_account(session)
    known = known_balances(session)
    starts = []
    for row in accounts:
        day = judged_as_of(coverage.get(row.id), as_of)
        anchor = nearest_known(known.get(row.id, []), day)
        if anchor is None:
            continue
        balance = carry(anchor.as_of, anchor.amount_minor, daily_movements(session, row.id), day)
        starts.append(core.Start(row.id, day, balance, row.low_balance_minor))
    return starts


@dataclass(frozen=True, slots=True)
class _Member:
    posted: date
    amount_minor: int
    peer_id: int | None  # the other side of a transfer between own accounts
    peer_account_id: int | None
    #: the account whose line paid for this wallet row (:mod:`.wallet_funding`), if one did
    funded_from: int | None = None


def _streams(session: Session) -> list[core.Stream]:
    """The streams still expected, with the other side of own-account transfers."""
    rows = list(
        session.scalars(
            select(Subscription).where(
                Subscription.status == Status.ACTIVE,
                Subscription.user_state.in_(EXPECTED),
                Subscription.account_id.is_not(None),
                Subscription.next_date.is_not(None),
            )
        )
    )
    members = _members(session)
    # every stream's transactions, whatever its state: the other side "has a stream of its own"
    streamed = dict(
        session.execute(
            select(SubscriptionMember.transaction_id, Subscription.account_id).join(Subscription)
        ).all()
    )
    streams = []
    for row in rows:
        own = members.get(row.id, [])
        amount = (
            core.typical_amount([m.amount_minor for m in own], row.cadence)
            if own
            else row.amount_minor
        )
        # a wallet's subscription its latest charge had paid by a card is the card's to pay:
        # 爱奇艺 bought in Alipay with the 招商银行 debit card leaves that card's balance
        funder = own[-1].funded_from if own else None
        streams.append(
            core.Stream(
                name=row.user_name or row.name,
                account_id=funder or row.account_id,  # type: ignore[arg-type]  # filtered above
                cadence=row.cadence,
                amount_minor=amount,
                next_date=row.next_date,  # type: ignore[arg-type]  # filtered above
                history=tuple(m.posted for m in own),
                mirror_account_id=_mirror(row.account_id, own, streamed),
                months_off=details_of(row).months_off,
            )
        )
    return streams


def _members(session: Session) -> dict[int, list[_Member]]:
    """Each stream's charges, oldest first, with the account of a transfer's other side, and
    of the bank line that paid for a wallet row (a transfer pointing at a row that is none)."""
    peer = aliased(Transaction)
    funding = aliased(Transaction)
    rows = session.execute(
        select(
            SubscriptionMember.subscription_id,
            Transaction.posted,
            Transaction.amount_minor,
            Transaction.transfer_peer_id,
            peer.account_id,
            funding.account_id,
        )
        .join(Transaction, Transaction.id == SubscriptionMember.transaction_id)
        .outerjoin(peer, peer.id == Transaction.transfer_peer_id)
        .outerjoin(
            funding,
            and_(
                funding.transfer_peer_id == Transaction.id,
                funding.is_transfer.is_(True),
                Transaction.is_transfer.is_(False),
            ),
        )
        .order_by(Transaction.posted, Transaction.id)
    )
    out: dict[int, list[_Member]] = defaultdict(list)
    for sub_id, posted, amount, peer_id, peer_account, funder in rows:
        out[sub_id].append(_Member(posted, amount, peer_id, peer_account, funder))
    return out


def _mirror(
    account_id: int | None, own: list[_Member], streamed: dict[int, int | None]
) -> int | None:
    """The own account the stream's latest transfer went to or came from, when that side has
    no stream of its own for it (then the forecast moves the money there too)."""
    sides = [m for m in own if m.peer_account_id is not None and m.peer_account_id != account_id]
    if not sides:
        return None
    other = sides[-1].peer_account_id
    if any(streamed.get(m.peer_id) == other for m in sides if m.peer_id is not None):
        return None
    return other


def _view(row: Account, projection: core.Projection) -> AccountForecast:
    currency = row.currency
    lowest_on, lowest = projection.lowest
    cause = projection.lowest_cause
    start = projection.start
    return AccountForecast(
        account=row.name,
        currency=currency,
        start=start.day,
        starting_balance=from_minor(start.balance_minor, currency),
        today=projection.today,
        balance_today=from_minor(projection.ahead[0][1], currency),
        threshold=(
            None if start.threshold_minor is None else from_minor(start.threshold_minor, currency)
        ),
        lowest=from_minor(lowest, currency),
        lowest_on=lowest_on,
        lowest_after=cause.name if cause else None,
        events=tuple(
            ForecastEvent(e.day, e.name, from_minor(e.amount_minor, currency))
            for e in projection.events
        ),
        daily=tuple(DailyBalance(day, from_minor(b, currency)) for day, b in projection.daily),
    )
