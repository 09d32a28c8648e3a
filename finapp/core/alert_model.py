"""What alerts are made of: their kinds, the candidates evaluation raises, the user's limits and
the plain facts evaluation reads (charges, balances, budgets, streams, what statements cover).

Kept apart from the rules (:mod:`finapp.core.alerts` and the modules it calls) so each rule's
module, and every module that raises money-health alerts, shares one vocabulary without
importing the others.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from finapp.core.alert_facts import money_fact
from finapp.core.alert_kinds import Kind
from finapp.core.alert_messages import english_message
from finapp.core.cadence import BillingDay
from finapp.core.charges import Charge as Charge  # the vocabulary's, importable from here
from finapp.core.charges import Credit as Credit
from finapp.core.severity import Severity
from finapp.core.subscription_states import ENDED, Status, StreamKind, UserState


@dataclass(frozen=True, slots=True)
class Candidate:
    """An alert to raise unless its ``key`` was raised before."""

    kind: Kind
    key: str
    date: date
    severity: Severity
    account_id: int | None = None
    category_id: int | None = None
    subscription_id: int | None = None
    transaction_id: int | None = None
    amount_minor: int | None = None
    currency: str | None = None
    #: the facts the alert tells (names, money as text, percent, days): ``message`` words them
    #: in English for the CLI and JSON, and the GUI in the interface's language
    params: Mapping[str, str] = field(default_factory=dict)

    @property
    def message(self) -> str:
        return english_message(self.kind, self.params)


@dataclass(frozen=True, slots=True)
class Limits:
    """The user's settings that shape alerts; amounts in major units of each currency."""

    large_charge: Decimal = Decimal(500)
    new_merchant: Decimal = Decimal(100)
    unusual_factor: Decimal = Decimal(3)
    duplicate_days: int = 2
    window_days: int = 14
    subscription_window_days: int = 45
    budget_thresholds: Sequence[int] = (80, 100)
    reminder_offsets: Sequence[int] = (30, 7, 1)


@dataclass(frozen=True, slots=True)
class AccountBalance:
    """An account's threshold, the balances known of it and every movement of its money."""

    id: int
    name: str
    currency: str
    threshold_minor: int
    #: end-of-day balances known on dates (stated by a statement or entered by the user), one a
    #: date, oldest first; the balance of any other day is carried from the latest one before it
    #: (from the first one, carried back, for days before it)
    snapshots: Sequence[tuple[date, int]]
    movements: Sequence[tuple[date, int]]  # net movement per day: (posted, amount)


@dataclass(frozen=True, slots=True)
class BudgetMonth:
    """One budget in the as-of month: what is available and each day's net spending."""

    category_id: int
    category: str
    currency: str
    available_minor: int
    daily: Sequence[tuple[date, int]]  # (day, net spending that day), days on or before as_of


@dataclass(frozen=True, slots=True)
class SubscriptionFacts:
    """What the subscriptions engineer's table says about one stream."""

    id: int
    key: str  # stable across detection re-runs (the stream key), so a re-created row is no news
    name: str
    status: Status
    user_state: UserState
    next_date: date | None
    amount_minor: int
    currency: str
    account_id: int | None
    offsets: Sequence[int] | None
    #: its own charges, oldest first, none after ``as_of``: (posted, amount, transaction id)
    charges: Sequence[tuple[date, int, int]] = ()
    after_cancel: Sequence[Charge] = ()
    lapsed: bool = False
    kind: StreamKind = StreamKind.SUBSCRIPTION
    period_days: int | None = None  # of its cadence (about 30 for monthly), when known
    per_year: int | None = None  # charges a year, of its cadence
    grace_days: int | None = None  # how late a charge may come before the stream is overdue
    merchant: str = ""  # whose charges it is made of
    cancelled_on: date | None = None  # the day the user says it was cancelled
    #: calendar months a monthly bill is never charged in (:mod:`finapp.core.months_off`)
    months_off: tuple[int, ...] = ()
    #: the day of the month it is billed on and how its payee moves one on a weekend
    #: (:class:`finapp.core.cadence.BillingDay`): the renewals after ``next_date`` step from it
    billing: BillingDay | None = None


@dataclass(frozen=True, slots=True)
class Covered:
    """The last day an account's imported statements cover, and the holes between them."""

    account_id: int
    name: str
    until: date
    #: days between two imported statements that none covers: (first, last day), oldest first
    gaps: Sequence[tuple[date, date]] = ()


@dataclass(frozen=True, slots=True)
class Facts:
    as_of: date
    charges: Sequence[Charge]  # money out, posted on or before as_of, a year or so back
    seen_before: frozenset[str]  # merchants charged before the first of ``charges``
    history_start: date | None = None  # the oldest transaction the store holds
    balances: Sequence[AccountBalance] = ()
    budgets: Sequence[BudgetMonth] = ()
    subscriptions: Sequence[SubscriptionFacts] = ()
    limits: Limits = field(default_factory=Limits)
    #: accounts with imported statements (others, entered by hand, are judged as of ``as_of``)
    coverage: Sequence[Covered] = ()
    #: money-health alerts current at ``as_of``, evaluated by their own modules (flagged
    #: activity, reserves, goals, cards, subscription reviews, the forecast): each is open
    #: while it is raised again, and resolved on the first evaluation that no longer raises it
    health: Sequence[Candidate] = ()
    #: the keys of the alerts of charges after cancelling raised before: a cancellation marked
    #: late tells the old charges none of them told
    #: (:func:`~finapp.core.stream_alerts.since_cancel_alerts`)
    told: frozenset[str] = frozenset()
    #: the charges their merchant gave back in full, with the day it did: no news by their
    #: size, and an alert of one told before is settled (:mod:`finapp.core.refunds`)
    refunded: Mapping[int, date] = field(default_factory=dict)


def size_fact(minor: int, currency: str) -> str:
    """An amount's size as a money fact: alerts tell how much, the kind tells which way."""
    return money_fact(abs(minor), currency)


def payee_name(charge: Charge) -> str:
    return charge.payee or charge.merchant or "an unknown payee"


def live(sub: SubscriptionFacts) -> bool:
    return sub.user_state not in ENDED
