"""What an import's history holds that the alerts, rightly, never announce: price rises,
large or unusual charges, subscriptions that stopped and charges after cancelling, older than
the alert windows.

The alert rules find them, run over the whole history instead of their recent windows
(:func:`~finapp.core.price_alerts.price_alerts` from the first charge,
:func:`~finapp.core.charge_alerts.charge_alerts` with a window from the import's first charge,
over the charges the caller read from the alerts' lookback before it,
:func:`~finapp.core.stream_alerts.lapse_alert` and
:func:`~finapp.core.stream_alerts.after_cancel_alerts` without a window), so a finding is the
alert the event would have raised, under the alert's own key. That key says what the alerts
already tell (``told``: an alert raised, or current now): those are left to the alerts. And only
what the import itself brought in is told (``new``: the finding's charge is one of its lines), so
importing overlapping statements again, or the next month's, tells nothing twice.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum

from finapp.core.alert_facts import Money
from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import Candidate, Charge, Facts, SubscriptionFacts, live, size_fact
from finapp.core.alerts import event_days
from finapp.core.budgets import Progress, month_of, next_month, progress
from finapp.core.charge_alerts import A_MONTH, charge_alerts
from finapp.core.price_alerts import price_alerts
from finapp.core.stream_alerts import after_cancel_alerts, every_charge_since, lapse_alert
from finapp.core.subscription_states import SPENDING_KINDS, UserState

#: how many findings of each part are shown; the rest are counted
PART_SIZE = 5


class Part(StrEnum):
    """The parts of the summary, in the order it shows them."""

    PRICE_RISES = "price_rises"
    LARGE_CHARGES = "large_charges"
    LAPSED = "lapsed"
    AFTER_CANCEL = "after_cancel"
    OVER_BUDGET = "over_budget"


@dataclass(frozen=True, slots=True)
class Finding:
    """One event of the history: the alert kind it would have been, its day and its facts
    (money and days typed as :data:`finapp.core.history_sentences.TYPES` says)."""

    kind: Kind
    date: date
    params: dict[str, str]
    #: the line it tells of, so a face can name its payee as the user names it now
    transaction_id: int | None = None


@dataclass(frozen=True, slots=True)
class FoundPart:
    """A part's most telling findings (at most :data:`PART_SIZE`) and how many more there are."""

    part: Part
    shown: tuple[Finding, ...]
    more: int


def find_in_history(
    facts: Facts, history: Sequence[Charge], new: frozenset[int], told: frozenset[str]
) -> tuple[FoundPart, ...]:
    """The parts that found something, each with its findings most telling first.

    ``history``: every charge of spending the import's lines are judged against, from the
    alerts' lookback before the first of them (``facts.charges`` reach only a year or so back
    from today); ``new``: the ids of the lines the import added; ``told``: the keys of the
    alerts raised or current.
    """

    def fresh(candidate: Candidate, evidence: int | None) -> bool:
        return evidence in new and candidate.key not in told

    subs = [s for s in facts.subscriptions if s.user_state != UserState.DISMISSED]
    spending = [s for s in subs if s.kind in SPENDING_KINDS and s.charges]
    kept = [s for s in spending if s.user_state != UserState.CANCELLED]
    rises = [
        (_extra(c), _found(c))
        for c in price_rises(kept, facts.as_of, date.min)
        if fresh(c, c.transaction_id)
    ]
    stream_lines = {txn for s in subs for _, _, txn in s.charges}
    sized = [
        c
        for c in charge_alerts(_whole(facts, history, new))
        if c.kind in (Kind.LARGE_CHARGE, Kind.UNUSUAL_CHARGE)
        and c.transaction_id not in stream_lines  # a stream's rises are the price part's
        and fresh(c, c.transaction_id)
    ]
    monthly = _paid_again_a_month_on(history, {c.transaction_id for c in sized})
    large = [
        (abs(c.amount_minor or 0), _found(c)) for c in sized if c.transaction_id not in monthly
    ]
    lapsed = [
        (s.charges[-1][0].toordinal(), _stopped(c, s))
        for s, c in _lapses(facts, spending)
        if fresh(c, s.charges[-1][2])
    ]
    after = [
        (c.date.toordinal(), _found(c))
        for s in subs
        for c in after_cancel_alerts(s, _after_every_told(s, told), _before_alerted(facts, s))
        if fresh(c, c.transaction_id)
    ]
    parts = zip((Part.PRICE_RISES, Part.LARGE_CHARGES, Part.LAPSED, Part.AFTER_CANCEL),
                (rises, large, lapsed, after), strict=True)  # fmt: skip
    return tuple(_part(part, found) for part, found in parts if found)


def _paid_again_a_month_on(history: Sequence[Charge], ids: set[int | None]) -> set[int]:
    """Of the charges ``ids``, those their account paid the same merchant again, the same
    amount, about a month later: the first of a monthly payment, no large charge (a first
    download's mortgage of its first month, which no earlier one measures). One pass over the
    history, for the few charges found large."""
    if not ids:
        return set()
    found = {c.id: c for c in history if c.id in ids}
    keys = {(c.account_id, c.merchant, c.amount_minor): c for c in found.values() if c.merchant}
    again = set()
    for later in history:
        first = keys.get((later.account_id, later.merchant, later.amount_minor))
        if first is not None and A_MONTH[0] <= (later.posted - first.posted).days <= A_MONTH[1]:
            again.add(first.id)
    return again


def _before_alerted(facts: Facts, sub: SubscriptionFacts) -> date:
    """The last day of the charges after cancelling older than those the alerts tell one by
    one: the window before the day its account's events are told as of
    (:func:`~finapp.core.alerts.event_days`)."""
    told_as_of = event_days(facts).get(sub.account_id or -1, facts.as_of)
    return told_as_of - timedelta(days=facts.limits.subscription_window_days + 1)


def _after_every_told(sub: SubscriptionFacts, told: frozenset[str]) -> date:
    """The first day of the charges after cancelling that no alert of every charge since the
    cancel day tells or told (``told``): such an alert tells all of them up to the day its key
    ends with. Spotify charging on after its cancel day, downloaded months later, is one alert
    of "4 times since you cancelled it", not that and its three older charges listed again in
    the summary."""
    if sub.cancelled_on is None:
        return date.min
    start = every_charge_since(sub, sub.cancelled_on)
    days = [date.fromisoformat(key[len(start) :]) for key in told if key.startswith(start)]
    return max(days) + timedelta(days=1) if days else date.min


def price_rises(subs: Iterable[SubscriptionFacts], as_of: date, since: date) -> list[Candidate]:
    """Every price rise the alerts tell or would have told of a charge after ``since`` up to
    ``as_of``: the one source of the rises an import's history and the year in review list,
    so neither says "no price rises" of a year the alerts told one in. Streams of spending the
    user has not dismissed (one cancelled since still rose while it ran). A rise dated before
    ``since`` is another year's, even while its price is still in force: a liability policy
    renewed at 67.18 in October 2026 rose in October 2025, and 2026 in review says nothing of
    it."""
    return [
        c
        for s in subs
        if s.kind in SPENDING_KINDS and s.user_state != UserState.DISMISSED
        for c in price_alerts(s, as_of, since=since)
        if c.kind == Kind.PRICE_INCREASE and c.date > since
    ]


def _whole(facts: Facts, history: Sequence[Charge], new: frozenset[int]) -> Facts:
    """``facts`` with every charge of the history, judged from the first the import added.

    The charges before it are what its merchants and categories showed before, taken in at
    once as the alerts take in those before their window: an import of this month into a store
    of ten years judges a month's charges, not ten years' again."""
    first = min((c.posted for c in history if c.id in new), default=facts.as_of)
    days = max(facts.limits.window_days, (facts.as_of - first).days)
    return replace(facts, charges=history, limits=replace(facts.limits, window_days=days))


def _lapses(
    facts: Facts, subs: Iterable[SubscriptionFacts]
) -> Iterable[tuple[SubscriptionFacts, Candidate]]:
    """Each live stream that stopped, with the lapse alert it raised or would have raised when
    its charge did not come (judged, as the alerts judge it, where its statements end)."""
    until = {c.account_id: c.until for c in facts.coverage}
    gaps = {c.account_id: c.gaps for c in facts.coverage}
    for sub in subs:
        if not live(sub):
            continue
        judged = min(until.get(sub.account_id or -1, facts.as_of), facts.as_of)
        since_first = (judged - sub.charges[0][0]).days
        lapse = lapse_alert(sub, judged, since_first, gaps.get(sub.account_id or -1, ()))
        if lapse is not None:
            yield sub, lapse


def _found(candidate: Candidate) -> Finding:
    params = {**candidate.params, "date": candidate.date.isoformat()}
    return Finding(candidate.kind, candidate.date, params, candidate.transaction_id)


def _stopped(candidate: Candidate, sub: SubscriptionFacts) -> Finding:
    """A stream that stopped, told by its last charge: what it cost, and when."""
    last, amount, _ = sub.charges[-1]
    params = {"name": sub.name, "amount": size_fact(amount, sub.currency), "date": last.isoformat()}
    return Finding(candidate.kind, last, params, sub.charges[-1][2])


def _extra(candidate: Candidate) -> int:
    """What a price rise costs a year (the rise itself when its cadence is unknown), in minor
    units: the rises that cost the most come first."""
    yearly = candidate.params.get("yearly")
    if yearly is not None:
        return Money.parse(yearly).minor
    return Money.parse(candidate.params["new"]).minor - Money.parse(candidate.params["old"]).minor


@dataclass(frozen=True, slots=True)
class BudgetHistory:
    """One budget and its category's net spending by month (minor units, money out positive):
    all of it, and what the import's lines added."""

    category_id: int
    category: str
    currency: str
    amount_minor: int
    rollover: bool
    since: date | None  # the month it was set (None: set by an older finapp, before any)
    spent: Mapping[date, int]
    added: Mapping[date, int]


def over_budget(
    budgets: Iterable[BudgetHistory], as_of: date, told: frozenset[str]
) -> tuple[FoundPart, ...]:
    """The months before ``as_of``'s that the import's lines took over their budget: a month's
    statements downloaded after it ended, which no budget alert (of the month it runs in)
    ever tells. Only a month the import took over, so the next download of the same month
    tells it no more, and not one whose budget alert was told at its full threshold."""
    current = month_of(as_of)
    found = []
    for budget in budgets:
        for month, added in budget.added.items():
            set_by_then = budget.since is None or budget.since <= month
            if not set_by_then or month >= current or added <= 0:
                continue
            at = progress(
                budget.amount_minor,
                month,
                budget.spent,
                rollover=budget.rollover,
                since=budget.since,
            )
            if at.available <= 0 or not at.spent - added <= at.available < at.spent:
                continue
            if _budget_told(told, budget.category_id, month):
                continue
            found.append((at.spent * 100 // at.available, _gone_over(budget, month, at)))
    return (_part(Part.OVER_BUDGET, found),) if found else ()


def _budget_told(told: frozenset[str], category_id: int, month: date) -> bool:
    """Whether a budget alert of the category's month told it used up (:func:`budget_alert`'s
    key ends with its threshold)."""
    start = f"budget:{category_id}:{month:%Y-%m}"
    return any(key.startswith(start) and int(key.rsplit(":", 1)[1]) >= 100 for key in told)


def _gone_over(budget: BudgetHistory, month: date, at: Progress) -> Finding:
    last_day = next_month(month) - timedelta(days=1)
    params = {
        "category": budget.category,
        "month": f"{month:%Y-%m}",
        "spent": size_fact(at.spent, budget.currency),
        "budget": size_fact(at.available, budget.currency),
        "percent": str(at.spent * 100 // at.available),
    }
    return Finding(Kind.BUDGET, last_day, params)


def _part(part: Part, found: list[tuple[int, Finding]]) -> FoundPart:
    found.sort(key=lambda f: (f[0], f[1].date), reverse=True)
    shown = tuple(f for _, f in found[:PART_SIZE])
    return FoundPart(part, shown, len(found) - len(shown))
