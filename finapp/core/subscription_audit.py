"""Subscription cap and audit: plain facts about each subscription in, figures and alerts out.

*What counts.* Only streams of kind ``subscription`` that are active and that the user has not
dismissed or cancelled: bills, income and transfers are not subscriptions, and a stopped stream
costs nothing any more.

*Monthly figure, exact in minor units.* A subscription's yearly cost is its latest charge times
its cadence's charges a year (52 weekly, 1 annual), an exact integer of minor units. A monthly
figure is a yearly sum divided by twelve and rounded once, half-even, to the minor unit: the
monthly total of a currency divides the sum of its yearly costs, so weekly and annual charges add
up without a cent of rounding per subscription. Each currency is totalled apart; the cap, set in
the main currency, is compared with that currency's total only (no invented exchange rates).

*Overlaps.* Two services of one family (music, video streaming, cloud storage, news, fitness)
are likely one too many. Which family a service is of is told by
:mod:`finapp.core.service_families`, from its words and its category.

*Reviews.* A keep decision records the day (``reviewed_on``) and the next review (a quarterly
audit by default); the review date coming round raises ``review_due``. A subscription not
reviewed for a year raises ``unreviewed``, counted from its last review or, never reviewed, from
the day finapp first found it (``detected_on``; added by hand: the day it was added). Not from
its first charge: importing fourteen months of old statements shows the user a subscription
today, and one met today cannot have gone "a year without a review". Rows kept before finapp
noted that day count from the first charge, as they always did.
A subscription with a review date ahead is not "unreviewed": its review is planned.

*Cap.* Over the cap, ``subscription_cap`` is raised once per month (its key names the month) and
resolves on the first evaluation back under it.

*The annual review.* What the user cancelled in the year saves its yearly cost, unless it charged
again on or after the day (:func:`~finapp.core.subscription_states.charged_after_cancelling`):
then it saves nothing yet, and the review says so with those charges rather than leave it out.
Apart from those, the subscriptions that *stopped charging* in the year without the user marking
them cancelled: finapp's reading of the statements, not the user's word. A stream is stopped when
detection judged it inactive (a charge well overdue where its account's statements end, never
merely because they end: :func:`finapp.services.coverage.judged_as_of`) and its last charge
fell in the year; what it no longer costs is its yearly cost.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_EVEN, Decimal

from finapp.core.alert_facts import money_fact
from finapp.core.alerts import Candidate, Kind
from finapp.core.cadence import BY_NAME, month_date
from finapp.core.months_off import charges_a_year
from finapp.core.service_families import FAMILIES, service_family
from finapp.core.severity import Severity
from finapp.core.subscription_states import (
    EXPECTED,
    Status,
    StreamKind,
    UserState,
    Verdict,
    charged_after_cancelling,
)

#: the default gap between two audits: a quarterly audit
REVIEW_MONTHS = 3
#: how long a subscription may go without a review before it is called unreviewed
UNREVIEWED_MONTHS = 12
#: what the user may decide about a subscription in an audit
DECISIONS: tuple[Verdict, ...] = tuple(Verdict)


@dataclass(frozen=True, slots=True)
class PriceChange:
    date: date
    old_minor: int  # magnitudes
    new_minor: int


@dataclass(frozen=True, slots=True)
class Review:
    """One audit decision, as recorded when it was made."""

    on: date
    decision: str  # a Verdict's value
    next_review: date | None = None


@dataclass(frozen=True, slots=True)
class SubscriptionFacts:
    """What the audit needs to know of one recurring stream, as of a day."""

    id: int
    name: str
    merchant: str
    kind: StreamKind
    cadence: str
    amount_minor: int  # the latest charge, signed (negative = out)
    currency: str
    status: Status
    user_state: UserState
    account: str | None = None  # the card or account that pays
    category: str | None = None  # the category most of its charges carry
    charges: Sequence[tuple[date, int]] = ()  # (posted, amount), oldest first, none after as_of
    price_changes: Sequence[PriceChange] = ()
    started: date | None = None  # first charge (or a manual one's start)
    detected_on: date | None = None  # the day finapp first found it (or it was added by hand)
    reviewed_on: date | None = None
    review_date: date | None = None
    cancelled_on: date | None = None
    reviews: Sequence[Review] = ()
    #: calendar months a monthly bill is never charged in (:mod:`finapp.core.months_off`)
    months_off: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class CurrencyCost:
    """What the counted subscriptions of one currency cost."""

    currency: str
    monthly_minor: int
    annual_minor: int
    count: int


@dataclass(frozen=True, slots=True)
class Overlap:
    """Two or more active services of one family."""

    family: str
    ids: tuple[int, ...]
    names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class AuditLine:
    """One active subscription in the audit."""

    facts: SubscriptionFacts
    annual_minor: int
    monthly_minor: int
    spent_minor: int  # what its charges came to so far (magnitude)
    last_charge: tuple[date, int] | None  # (posted, amount magnitude)
    family: str | None
    overlaps_with: tuple[str, ...]  # names of the other services of its family
    review_state: str  # due, unreviewed, scheduled, reviewed, new
    review_since: date | None  # last reviewed, else first charge


@dataclass(frozen=True, slots=True)
class Cancelled:
    id: int
    name: str
    currency: str
    on: date
    annual_minor: int  # what cancelling it saves a year


@dataclass(frozen=True, slots=True)
class CancelledYetCharged:
    """A subscription the user cancelled in the year that charged again on or after that day:
    it saves nothing while the charges come."""

    id: int
    name: str
    currency: str
    on: date  # the day the user cancelled it
    annual_minor: int  # what it would save a year once the charges stop
    charges: tuple[tuple[date, int], ...]  # (posted, magnitude) since ``on``, oldest first


@dataclass(frozen=True, slots=True)
class Stopped:
    """A subscription whose charges stopped in the year though the user never marked it
    cancelled: what the statements show, not what the user said."""

    id: int
    name: str
    currency: str
    last_charge: date
    last_minor: int  # the last charge's magnitude
    annual_minor: int  # what it no longer costs a year
    account: str | None


@dataclass(frozen=True, slots=True)
class Kept:
    id: int
    name: str
    currency: str
    on: date
    annual_minor: int
    next_review: date | None


@dataclass(frozen=True, slots=True)
class Increase:
    id: int
    name: str
    currency: str
    date: date
    old_minor: int
    new_minor: int
    extra_annual_minor: int  # what the increase adds a year


@dataclass(frozen=True, slots=True)
class AnnualReview:
    year: int
    cancelled: tuple[Cancelled, ...]
    kept: tuple[Kept, ...]
    increases: tuple[Increase, ...]
    saved_per_year: dict[str, int]  # per currency: the cancelled ones' yearly cost
    increases_per_year: dict[str, int]  # per currency: what the increases add a year
    #: cancelled in the year, yet charged again since: they save nothing yet
    cancelled_yet_charged: tuple[CancelledYetCharged, ...] = ()
    #: stopped charging in the year, not marked cancelled
    stopped: tuple[Stopped, ...] = ()
    #: per currency: what the stopped ones no longer cost a year
    stopped_per_year: dict[str, int] = field(default_factory=dict)


# -- cost --------------------------------------------------------------------------------------


def is_counted(facts: SubscriptionFacts) -> bool:
    """An active subscription the user has not dismissed or cancelled."""
    return (
        facts.kind == StreamKind.SUBSCRIPTION
        and facts.status == Status.ACTIVE
        and facts.user_state in EXPECTED
    )


def annual_minor(facts: SubscriptionFacts) -> int:
    """Its latest charge times its charges a year: exact in minor units."""
    cadence = BY_NAME.get(facts.cadence, BY_NAME["monthly"])
    return abs(facts.amount_minor) * charges_a_year(cadence.per_year, facts.months_off)


def monthly_of(annual: int) -> int:
    """A yearly amount of minor units as a monthly one, rounded once, half-even."""
    return int((Decimal(annual) / 12).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def costs(subscriptions: Iterable[SubscriptionFacts]) -> list[CurrencyCost]:
    """What the counted subscriptions cost per currency, each currency apart, sorted by code."""
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for facts in subscriptions:
        if is_counted(facts):
            sums[facts.currency][0] += annual_minor(facts)
            sums[facts.currency][1] += 1
    return [
        CurrencyCost(currency, monthly_of(year), year, count)
        for currency, (year, count) in sorted(sums.items())
    ]


def cap_candidate(
    cost: CurrencyCost | None, cap_minor: int | None, as_of: date
) -> Candidate | None:
    """``subscription_cap`` when the main currency's monthly total is over the cap.

    Keyed by month: raised once a month while over, resolved once back under it.
    """
    if cost is None or cap_minor is None or cost.monthly_minor <= cap_minor:
        return None
    return Candidate(
        kind=Kind.SUBSCRIPTION_CAP,
        key=f"subscription_cap:{as_of:%Y-%m}",
        date=as_of,
        severity=Severity.WARNING,
        amount_minor=cost.monthly_minor,
        currency=cost.currency,
        params={
            "count": str(cost.count),
            "total": money_fact(cost.monthly_minor, cost.currency),
            "cap": money_fact(cap_minor, cost.currency),
        },
    )


# -- overlaps ----------------------------------------------------------------------------------


def family_of(facts: SubscriptionFacts) -> str | None:
    """The family of a well-known service: by its words first, else by its category."""
    return service_family(f"{facts.name} {facts.merchant}", facts.category)


def overlaps(subscriptions: Iterable[SubscriptionFacts]) -> list[Overlap]:
    """Families with two or more counted services, in the table's order."""
    members: dict[str, list[SubscriptionFacts]] = defaultdict(list)
    for facts in subscriptions:
        family = family_of(facts) if is_counted(facts) else None
        if family is not None:
            members[family].append(facts)
    return [
        Overlap(family.name, tuple(f.id for f in found), tuple(f.name for f in found))
        for family in FAMILIES
        if len(found := sorted(members[family.name], key=lambda f: f.name.casefold())) > 1
    ]


# -- reviews -----------------------------------------------------------------------------------


def next_review(day: date) -> date:
    """The default next review after a decision on ``day``: a quarter later."""
    return month_date(day, REVIEW_MONTHS, day.day)


def review_since(facts: SubscriptionFacts) -> date | None:
    """Since when it has gone unreviewed: its last review, else the day finapp first found it
    (its first charge for a row kept before that day was noted)."""
    return facts.reviewed_on or facts.detected_on or facts.started


def review_state(facts: SubscriptionFacts, as_of: date) -> str:
    """``due`` (its review date has come), ``scheduled`` (a review date ahead), ``unreviewed``
    (a year without a review), ``reviewed`` (reviewed within the year) or ``new`` (under a year
    old, never reviewed)."""
    if facts.review_date is not None:
        return "due" if facts.review_date <= as_of else "scheduled"
    since = review_since(facts)
    if since is not None and month_date(since, UNREVIEWED_MONTHS, since.day) <= as_of:
        return "unreviewed"
    return "reviewed" if facts.reviewed_on is not None else "new"


def review_candidates(subscriptions: Iterable[SubscriptionFacts], as_of: date) -> list[Candidate]:
    """``review_due`` and ``unreviewed`` for the counted subscriptions, as of ``as_of``."""
    out: list[Candidate] = []
    for facts in subscriptions:
        if not is_counted(facts):
            continue
        state = review_state(facts, as_of)
        if state == "due" and facts.review_date is not None:
            out.append(
                Candidate(
                    kind=Kind.REVIEW_DUE,
                    key=f"review_due:{facts.id}:{facts.review_date.isoformat()}",
                    date=facts.review_date,
                    severity=Severity.INFO,
                    subscription_id=facts.id,
                    params={"name": facts.name, "date": facts.review_date.isoformat()},
                )
            )
        since = review_since(facts)
        if state == "unreviewed" and since is not None:
            out.append(
                Candidate(
                    kind=Kind.UNREVIEWED,
                    key=f"unreviewed:{facts.id}:{since.isoformat()}",
                    date=as_of,  # the news is today's, however long ago the last review was
                    severity=Severity.INFO,
                    subscription_id=facts.id,
                    params={"name": facts.name, "since": since.isoformat()},
                )
            )
    return out


# -- the audit ---------------------------------------------------------------------------------


def audit_lines(subscriptions: Sequence[SubscriptionFacts], as_of: date) -> list[AuditLine]:
    """Every counted subscription with its audit figures, dearest first."""
    found = overlaps(subscriptions)
    others = {
        i: tuple(n for j, n in zip(o.ids, o.names, strict=True) if j != i)
        for o in found
        for i in o.ids
    }
    lines = []
    for facts in subscriptions:
        if not is_counted(facts):
            continue
        year = annual_minor(facts)
        last = facts.charges[-1] if facts.charges else None
        lines.append(
            AuditLine(
                facts=facts,
                annual_minor=year,
                monthly_minor=monthly_of(year),
                spent_minor=sum(abs(amount) for _, amount in facts.charges),
                last_charge=(last[0], abs(last[1])) if last else None,
                family=family_of(facts),
                overlaps_with=others.get(facts.id, ()),
                review_state=review_state(facts, as_of),
                review_since=review_since(facts),
            )
        )
    return sorted(lines, key=lambda line: (line.facts.currency, -line.annual_minor, line.facts.id))


def charges_since_cancelled(facts: SubscriptionFacts) -> tuple[tuple[date, int], ...]:
    """Its charges (posted, magnitude) on or after the day it was cancelled, oldest first."""
    cancelled_on = facts.cancelled_on
    if cancelled_on is None:
        return ()
    return tuple(
        (posted, abs(amount))
        for posted, amount in facts.charges
        if charged_after_cancelling(posted, cancelled_on)
    )


def stopped_in(facts: SubscriptionFacts, year: int) -> Stopped | None:
    """A subscription the user still expects that detection judged inactive, its last charge in
    ``year``: it stopped charging that year (judged where its statements end, so statements not
    imported yet never stop one)."""
    if (
        facts.status != Status.INACTIVE
        or facts.user_state not in EXPECTED
        or not facts.charges
        or facts.charges[-1][0].year != year
    ):
        return None
    last, amount = facts.charges[-1]
    return Stopped(
        facts.id, facts.name, facts.currency, last, abs(amount), annual_minor(facts), facts.account
    )


def _per_currency(items: Iterable[tuple[str, int]]) -> dict[str, int]:
    """Amounts of minor units summed per currency, sorted by code."""
    sums: dict[str, int] = defaultdict(int)
    for currency, minor in items:
        sums[currency] += minor
    return dict(sorted(sums.items()))


def annual_review(
    subscriptions: Iterable[SubscriptionFacts], year: int, increases: Sequence[Increase]
) -> AnnualReview:
    """What was cancelled in ``year`` and what that saves a year (or that it charged again
    since), what was kept (subscriptions only; dismissed ones were never subscriptions), what
    stopped charging without being marked cancelled, and ``increases``, the price rises of the
    year as the alerts find them (:func:`finapp.core.history_findings.price_rises`): a rise told
    in the alerts is never missing from the review, nor a metered bill's dearer month in it.

    ``subscriptions`` carry every charge known, those after the year too: a cancellation
    charged again in January saves nothing, and one still charging later did not stop."""
    cancelled: list[Cancelled] = []
    charged: list[CancelledYetCharged] = []
    kept: list[Kept] = []
    stopped: list[Stopped] = []
    for facts in subscriptions:
        if facts.kind != StreamKind.SUBSCRIPTION or facts.user_state == UserState.DISMISSED:
            continue
        per_year = annual_minor(facts)
        on = facts.cancelled_on if facts.user_state == UserState.CANCELLED else None
        if on is not None:
            if on.year == year and (since := charges_since_cancelled(facts)):
                charged.append(
                    CancelledYetCharged(facts.id, facts.name, facts.currency, on, per_year, since)
                )
            elif on.year == year:
                cancelled.append(Cancelled(facts.id, facts.name, facts.currency, on, per_year))
            continue
        if keeps := [r for r in facts.reviews if r.decision == Verdict.KEEP and r.on.year == year]:
            last = max(keeps, key=lambda r: r.on)
            kept.append(
                Kept(facts.id, facts.name, facts.currency, last.on, per_year, last.next_review)
            )
        if (stop := stopped_in(facts, year)) is not None:
            stopped.append(stop)
    return AnnualReview(
        year=year,
        cancelled=tuple(sorted(cancelled, key=lambda c: (c.on, c.id))),
        kept=tuple(sorted(kept, key=lambda k: (k.on, k.id))),
        increases=tuple(sorted(increases, key=lambda i: (i.date, i.id))),
        saved_per_year=_per_currency((c.currency, c.annual_minor) for c in cancelled),
        increases_per_year=_per_currency((i.currency, i.extra_annual_minor) for i in increases),
        cancelled_yet_charged=tuple(sorted(charged, key=lambda c: (c.on, c.id))),
        stopped=tuple(sorted(stopped, key=lambda s: (s.last_charge, s.id))),
        stopped_per_year=_per_currency((s.currency, s.annual_minor) for s in stopped),
    )
