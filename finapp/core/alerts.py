"""Alert evaluation as of a date: plain facts in, alert candidates out, no database.

Each candidate carries a *dedupe key* naming the occurrence (this charge, this budget month and
threshold, this renewal date and offset), so evaluating again — tomorrow, or after re-importing —
finds the same keys and raises nothing twice. Only what is current at ``as_of`` is raised:
charges within a recent window, the as-of month's budgets, the balance at ``as_of``, renewals
ahead and subscription events just past; years of imported history stay quiet.

The rules live in a module a job — low balances (:mod:`~finapp.core.balance_alerts`), budgets
(:mod:`~finapp.core.budget_alerts`), charges (:mod:`~finapp.core.charge_alerts`), price changes
(:mod:`~finapp.core.price_alerts`), renewals, lapses and stale statements
(:mod:`~finapp.core.stream_alerts`), over the facts of :mod:`~finapp.core.alert_model` — and this
module brings them together and says when each alert stops holding. Evaluation is one pass over
the data in date order, whatever its size.

An alert is *open* while what it tells is still true or still ahead, then resolved
(:meth:`Evaluation.resolved_on`): a charge alert after :attr:`Limits.window_days` (one of its
size as soon as the charge is told as charged after a cancellation), a price change
after :data:`PRICE_TERM_DAYS` or once its stream is no longer listed, a budget alert when its
month ends or its use falls back below it (a refund), a low balance when the balance is back at
the threshold, a renewal when its date passes or its charge arrives, a lapse when the charge
arrives or the stream has been quiet for the subscription window, a freshness notice when newer
statements arrive. Only open alerts are raised, except a dip below the threshold that recovered
before the day asked: it is news all the same.

Time is judged per account against what its statements cover: an account's balance and its
streams' lapses are judged as of the day its statements end (never later than ``as_of``), and an
account whose statements end earlier than its streams allow gets one freshness notice instead of
an alarm for every stream that merely has not been imported yet.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import (
    AccountBalance,
    BudgetMonth,
    Candidate,
    Charge,
    Covered,
    Facts,
    Limits,
    SubscriptionFacts,
)
from finapp.core.balance_alerts import coming_payments, dip_key, dips, low_balance_alerts
from finapp.core.budget_alerts import budget_alert, budget_alert_end
from finapp.core.budgets import next_month
from finapp.core.charge_alerts import charge_alerts
from finapp.core.price_alerts import PRICE_TERM_DAYS, SCHEDULE_SLACK_DAYS
from finapp.core.stream_alerts import stale_notice, subscription_alerts
from finapp.core.subscription_states import UserState

#: the vocabulary of alerts, importable from here as it always was
__all__ = [
    "ONGOING",
    "AccountBalance",
    "BudgetMonth",
    "Candidate",
    "Charge",
    "Covered",
    "Evaluation",
    "Facts",
    "Kind",
    "Limits",
    "Raised",
    "SubscriptionFacts",
    "assess",
    "budget_alert",
    "evaluate",
]


# --- evaluation and resolution ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Raised:
    """An alert raised before (or just now), as resolution needs to see it."""

    key: str
    kind: str
    date: date
    subscription_id: int | None
    params: Mapping[str, str]
    transaction_id: int | None = None


#: kinds open for a fixed number of days from their date (None: the charge window); those of
#: :data:`_STREAM_EVENTS` counted on their account's :func:`event_days`
_TERMS: dict[str, int | None] = {
    Kind.LARGE_CHARGE: None,
    Kind.UNUSUAL_CHARGE: None,
    Kind.DUPLICATE_CHARGE: None,
    Kind.NEW_MERCHANT: None,
    Kind.PRICE_INCREASE: PRICE_TERM_DAYS,
    Kind.INCOME_CHANGE: PRICE_TERM_DAYS,
    Kind.CHARGED_AFTER_CANCEL: PRICE_TERM_DAYS,
}
#: what a subscription's charges tell: open for their term from the day they were told, which
#: is later than the charge when its statement came late (:func:`told_params`)
_STREAM_EVENTS = frozenset((Kind.PRICE_INCREASE, Kind.INCOME_CHANGE, Kind.CHARGED_AFTER_CANCEL))
#: what a charge's size tells: superseded once the charge is told as charged after the user
#: cancelled its subscription (Hulu's 89.99, "unusual" until Hulu was marked cancelled in June)
_SIZES = frozenset((Kind.LARGE_CHARGE, Kind.UNUSUAL_CHARGE, Kind.NEW_MERCHANT))
#: the alerts a charge's refund in full settles
_OF_A_CHARGE = _SIZES | {Kind.DUPLICATE_CHARGE}
#: the fact naming the day an alert of :data:`_STREAM_EVENTS` was first raised
TOLD = "told"
#: kinds that tell how something stands rather than what happened: a renewal's amount, a
#: balance still below its threshold, a reserve still short of its target. While the same
#: occurrence (key) is still raised, its open alert tells it as the latest evaluation finds it
#: (figures, day, severity): a reserve told on the 3rd of a month and still short when the
#: month's last statement came was otherwise listed weeks later with the 3rd's figures and day,
#: and a balance told "at 9785.24 on 30 October (latest statement)" still said so after
#: November's statement showed 9261.65. A dip that is over is told once, with its lowest.
ONGOING = frozenset((Kind.RENEWAL, Kind.LOW_BALANCE, Kind.EMERGENCY_FUND))


def told_params(candidate: Candidate, as_of: date) -> Mapping[str, str]:
    """The facts an alert is stored with: for a subscription event, the day it was told too."""
    if candidate.kind not in _STREAM_EVENTS:
        return candidate.params
    return {**candidate.params, TOLD: max(candidate.date, as_of).isoformat()}


def event_days(facts: Facts) -> dict[int, date]:
    """The day each account's subscription events are judged as of: where its statements end,
    when that is within the subscription window before ``as_of``.

    Statements come late: one imported a month after it ends holds a price rise or a charge
    after cancelling that the user learns of only now, so it is told (and stays open for its
    term from that day: :func:`told_params`). An account whose statements ended longer ago than
    the window (a card closed years back) is judged as of ``as_of``, so its old events stay
    quiet.
    """
    window = timedelta(days=facts.limits.subscription_window_days)
    return {
        c.account_id: c.until
        for c in facts.coverage
        if c.account_id is not None and c.until is not None and facts.as_of - window <= c.until
        and c.until < facts.as_of
    }  # fmt: skip


@dataclass(frozen=True, slots=True)
class Evaluation:
    """What is current at ``facts.as_of``, and when earlier alerts stopped being so."""

    facts: Facts
    candidates: list[Candidate]
    #: every dip's key -> the day it recovered (None: still below)
    recovered: Mapping[str, date | None]
    current: frozenset[str]  # the candidates' keys
    subscriptions: Mapping[int, SubscriptionFacts]  # by id
    #: the charges the candidates tell as charged after a cancellation
    after_cancel: frozenset[int] = frozenset()

    def resolved_on(self, alert: Raised) -> date | None:
        """The first day ``alert`` no longer holds, if that is on or before ``as_of``."""
        day = self._end(alert)
        if day is None:
            return None
        return max(alert.date, min(day, self.facts.as_of))

    def taken_back(self, alert: Raised) -> bool:
        """Whether ``alert`` tells a charge after a cancellation the user took back (an undo of
        the cancel, or another cancel day): it never held, so it is no alert at all. One whose
        subscription is gone or dismissed is resolved instead (:meth:`resolved_on`)."""
        if alert.kind != Kind.CHARGED_AFTER_CANCEL:
            return False
        sub = self.subscriptions.get(alert.subscription_id or -1)
        if sub is None:
            return False
        if sub.user_state != UserState.CANCELLED:
            return True
        if sub.cancelled_on is None:  # cancelled on no day told: its charges stand as listed
            return False
        if "since" in alert.params:
            return alert.params["since"] != sub.cancelled_on.isoformat()
        after = {charge.id for charge in sub.after_cancel}
        return alert.transaction_id is not None and alert.transaction_id not in after

    def _end(self, alert: Raised) -> date | None:
        as_of = self.facts.as_of
        if alert.kind in _STREAM_EVENTS and alert.subscription_id not in self.subscriptions:
            return as_of  # its stream is gone (a shop's baskets are no subscription) or dismissed
        if alert.kind in _SIZES and alert.transaction_id in self.after_cancel:
            return as_of  # the subscription was cancelled before it: told as charged after
        refunded = self.facts.refunded.get(alert.transaction_id or 0)
        if alert.kind in _OF_A_CHARGE and refunded is not None:
            return refunded  # the shop gave the money back
        if self._given_way(alert):
            return as_of  # "charged you 7 times since" when "8 times" is told
        if alert.kind in _TERMS:
            term = _TERMS[alert.kind] or self.facts.limits.window_days
            start = alert.date
            if alert.kind in _STREAM_EVENTS and TOLD in alert.params:
                start = max(start, date.fromisoformat(alert.params[TOLD]))
            end = start + timedelta(days=term)
            return end if end <= as_of else None
        if alert.kind == Kind.BUDGET:
            end = next_month(alert.date.replace(day=1))
            if end <= as_of:
                return end
            return budget_alert_end(alert.key, alert.date, self.facts.budgets, as_of)
        if alert.kind == Kind.LOW_BALANCE:
            return self.recovered.get(alert.key, as_of)  # an unknown dip no longer holds
        if alert.key in self.current:
            return None
        if alert.kind in (Kind.RENEWAL, Kind.LAPSED):
            return self._charged_or_passed(alert)
        return as_of  # no longer raised: superseded, cancelled, newer statements came

    def _given_way(self, alert: Raised) -> bool:
        """Whether ``alert`` tells every charge since a cancel day up to one, and a later such
        alert of the same cancellation is current (:func:`~.stream_alerts.every_charge_since`)."""
        if alert.kind != Kind.CHARGED_AFTER_CANCEL or "since" not in alert.params:
            return False
        start = alert.key.rpartition(":")[0] + ":"
        return alert.key not in self.current and any(k.startswith(start) for k in self.current)

    def _charged_or_passed(self, alert: Raised) -> date:
        """A renewal or an expected charge ends when the charge comes, or the day after it."""
        due = date.fromisoformat(alert.params.get("date", alert.date.isoformat()))
        sub = self.subscriptions.get(alert.subscription_id or -1)
        if sub is not None and sub.charges:
            last = sub.charges[-1][0]
            if last >= due - timedelta(days=SCHEDULE_SLACK_DAYS + (sub.period_days or 0) // 2):
                return last
        if alert.kind == Kind.RENEWAL and self.facts.as_of > due:
            return due + timedelta(days=1)
        return self.facts.as_of


def assess(facts: Facts, charged: Sequence[Candidate] | None = None) -> Evaluation:
    """Every alert current at ``facts.as_of`` (oldest first), and how to resolve earlier ones.

    ``charged``: the charge alerts of ``facts`` when already judged (merchant by merchant,
    keeping those of merchants that did not change: :mod:`finapp.services.alert_scope`).
    """
    until = {c.account_id: c.until for c in facts.coverage}

    def judged(account_id: int | None) -> date:
        return min(until.get(account_id, facts.as_of), facts.as_of) if account_id else facts.as_of

    by_account: dict[int | None, list[SubscriptionFacts]] = defaultdict(list)
    for sub in facts.subscriptions:
        by_account[sub.account_id].append(sub)
    notices = [stale_notice(c, by_account[c.account_id], facts.as_of) for c in facts.coverage]
    stale = {n.account_id for n in notices if n is not None and n.account_id is not None}
    events = event_days(facts)
    recovered: dict[str, date | None] = {}
    lows: list[Candidate] = []
    for account in facts.balances:
        day = judged(account.id)
        found_dips = dips(account, day)
        recovered |= {dip_key(account, d): d.recovered_on for d in found_dips}
        coming = coming_payments(account.id, facts.subscriptions, day)
        lows += low_balance_alerts(account, found_dips, day, coming)
    found: Iterable[Candidate | None] = [
        *lows,
        *notices,
        *(budget_alert(b, facts.limits.budget_thresholds) for b in facts.budgets),
        *(charge_alerts(facts) if charged is None else charged),
        *subscription_alerts(facts, judged, stale, events),
        *facts.health,
    ]
    candidates = sorted((c for c in found if c is not None), key=lambda c: (c.date, c.key))
    return Evaluation(
        facts,
        candidates,
        recovered,
        frozenset(c.key for c in candidates),
        {s.id: s for s in facts.subscriptions},
        frozenset(
            c.transaction_id
            for c in candidates
            if c.kind == Kind.CHARGED_AFTER_CANCEL and c.transaction_id is not None
        ),
    )


def evaluate(facts: Facts) -> list[Candidate]:
    """Every alert current at ``facts.as_of``, oldest first."""
    return assess(facts).candidates
