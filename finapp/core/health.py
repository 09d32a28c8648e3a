"""Account health: a grade per account, and the reasons for it, from plain facts.

The grading rule, worst reason wins:

- **at risk** when what a bank might act on or what already costs money is true: money passing
  straight through the account or deposits split under a reporting threshold (open
  ``pass_through`` / ``structuring`` alerts: banks freeze accounts for these), a deposit account
  overdrawn (a negative balance), or a card at or above the highest utilisation threshold;
- **needs attention** for any other reason: another open alert about the account (low balance,
  a projected dip, late-night transfers, a burst of new counterparties), a card at or above the
  lowest utilisation threshold, statements out of date, or no balance known at all (nothing
  about the balance can be judged);
- **healthy** when there is no reason.

Reasons carry a kind and the facts (``params``) like alerts do; a reason of an alert's kind is
worded by the alert's own sentence, so the two never tell different stories.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_DOWN, Decimal
from enum import StrEnum
from typing import Any

from finapp.core.account_types import AccountType
from finapp.core.alert_facts import ENGLISH, money_fact, worded
from finapp.core.alert_kinds import HealthReason, Kind
from finapp.core.alert_messages import english_message

Params = Mapping[str, str]

#: accounts holding the user's own money: a negative balance there is an overdraft
DEPOSIT_TYPES = frozenset(
    {AccountType.CHECKING, AccountType.SAVINGS, AccountType.PAYMENT_APP, AccountType.CASH}
)
#: open alerts (by kind) that count against the account they concern
ALERT_KINDS = frozenset({
    Kind.LOW_BALANCE, Kind.FORECAST_LOW_BALANCE, Kind.PASS_THROUGH, Kind.STRUCTURING,
    Kind.LATE_NIGHT, Kind.NEW_COUNTERPARTIES, Kind.CARD_UTILISATION, Kind.STALE_STATEMENTS,
})  # fmt: skip
#: alert kinds a bank may freeze an account for
AT_RISK_ALERTS = frozenset({Kind.PASS_THROUGH, Kind.STRUCTURING})
#: statements that end this many days before the day judged are out of date: a monthly
#: statement arrives a few days after its period, so by then at least one is missing
STATEMENTS_OUT_OF_DATE_DAYS = 45


class Grade(StrEnum):
    HEALTHY = "healthy"
    NEEDS_ATTENTION = "needs_attention"
    AT_RISK = "at_risk"

    @property
    def rank(self) -> int:
        return list(Grade).index(self)


#: the English of account health's own reasons (the others are worded as their alerts)
_SENTENCES: dict[str, Callable[[Params], str]] = {
    HealthReason.NEGATIVE_BALANCE: lambda p: (
        f"{p['account']} is overdrawn: its balance is {p['balance']}."
    ),
    HealthReason.NO_BALANCE: lambda p: (
        f"No balance is known for {p['account']}: import a statement with one or set it."
    ),
    HealthReason.STATEMENTS_OLD: lambda p: (
        f"{p['account']}'s statements end on {p['date']}, {p['days']} days ago: import newer "
        "ones, or close the account if you no longer have it."
    ),
    HealthReason.MOVED_ON: lambda p: (
        f"{p['account']}'s statements end on {p['date']}; its subscriptions carry on from "
        f"{p['successor']}. If it was replaced, close it: its last balance still counts."
    ),
}


@dataclass(frozen=True, slots=True)
class Reason:
    """One reason an account is not healthy, or a fact that excuses it (graded healthy): its
    kind, its facts and how much it weighs."""

    kind: str
    params: Params
    grade: Grade

    @property
    def message(self) -> str:
        own = _SENTENCES.get(self.kind)
        if own is None:
            return english_message(self.kind, self.params)
        try:
            return own(worded(self.kind, self.params, ENGLISH))
        except ValueError:  # a fact stored in another form: told as it was kept
            return own(self.params)

    def as_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "grade": self.grade.value,
            "params": dict(self.params),
            "message": self.message,
        }


@dataclass(frozen=True, slots=True)
class CardFacts:
    """What a card owes against its limit on the day judged."""

    percent: int
    limit_minor: int
    owed_minor: int


@dataclass(frozen=True, slots=True)
class AccountFacts:
    """What account health looks at for one account, as of the day it is judged."""

    id: int
    name: str
    type: str
    currency: str
    #: the balance at the end of the day judged; None when no balance is known
    balance_minor: int | None
    #: where its statements end; None for an account without statements
    covered_until: date | None
    #: the account its running subscriptions all carry on from (a card replaced by a new
    #: number), if any: its statements ending is then no fault
    moved_on_to: str | None = None
    card: CardFacts | None = None
    #: (kind, params) of each open alert about the account
    alerts: Sequence[tuple[str, Params]] = field(default_factory=tuple)


@dataclass(frozen=True, slots=True)
class AccountHealth:
    account_id: int
    account: str
    grade: Grade
    reasons: tuple[Reason, ...]

    def as_json(self) -> dict[str, Any]:
        return {
            "account": self.account,
            "grade": self.grade.value,
            "reasons": [reason.as_json() for reason in self.reasons],
        }


def grade_of(reasons: Sequence[Reason]) -> Grade:
    """The worst grade among ``reasons``; healthy without any."""
    return max((r.grade for r in reasons), key=lambda g: g.rank, default=Grade.HEALTHY)


def card_reason(
    name: str, currency: str, card: CardFacts, thresholds: Sequence[int]
) -> Reason | None:
    """A card at or above the lowest threshold needs attention; at the highest it is at risk."""
    if not thresholds or card.percent < min(thresholds):
        return None
    grade = Grade.AT_RISK if card.percent >= max(thresholds) else Grade.NEEDS_ATTENTION
    params = {
        "account": name,
        "percent": str(card.percent),
        "limit": money_fact(card.limit_minor, currency),
        "owed": money_fact(card.owed_minor, currency),
    }
    return Reason(Kind.CARD_UTILISATION, params, grade)


def _own_reasons(facts: AccountFacts, as_of: date, thresholds: Sequence[int]) -> list[Reason]:
    reasons = []
    if facts.balance_minor is None:
        if facts.type != AccountType.PAYMENT_APP:  # its exports never state a balance
            reasons.append(
                Reason(HealthReason.NO_BALANCE, {"account": facts.name}, Grade.NEEDS_ATTENTION)
            )
    elif facts.type in DEPOSIT_TYPES and facts.balance_minor < 0:
        balance = money_fact(facts.balance_minor, facts.currency)
        reasons.append(
            Reason(
                HealthReason.NEGATIVE_BALANCE,
                {"account": facts.name, "balance": balance},
                Grade.AT_RISK,
            )
        )
    if facts.covered_until is not None:
        days = (as_of - facts.covered_until).days
        if days >= STATEMENTS_OUT_OF_DATE_DAYS:
            reasons.append(_statements_ended(facts, facts.covered_until, days))
    if facts.card is not None:
        card = card_reason(facts.name, facts.currency, facts.card, thresholds)
        if card is not None:
            reasons.append(card)
    return reasons


def _statements_ended(facts: AccountFacts, until: date, days: int) -> Reason:
    """Statements ending ``days`` ago: newer ones to import, unless the account was replaced
    by the one its subscriptions carry on from (said, not graded down)."""
    params = {"account": facts.name, "date": until.isoformat()}
    if facts.moved_on_to is not None:
        params["successor"] = facts.moved_on_to
        return Reason(HealthReason.MOVED_ON, params, Grade.HEALTHY)
    return Reason(HealthReason.STATEMENTS_OLD, {**params, "days": str(days)}, Grade.NEEDS_ATTENTION)


#: an alert of this kind says what a reason of account health's own already says
_SAID_BY: dict[str, str] = {
    Kind.CARD_UTILISATION: Kind.CARD_UTILISATION,
    Kind.STALE_STATEMENTS: HealthReason.STATEMENTS_OLD,
}


def judge(facts: AccountFacts, as_of: date, thresholds: Sequence[int]) -> AccountHealth:
    """The account's grade and reasons as of ``as_of`` (``thresholds``: card utilisation %).

    An open alert counts once, and not at all where a reason of the account's own already
    tells the same (a card's utilisation measured now, statements out of date).
    """
    reasons = _own_reasons(facts, as_of, thresholds)
    own_kinds = {r.kind for r in reasons}
    told: set[tuple[str, tuple[tuple[str, str], ...]]] = set()
    for kind, params in facts.alerts:
        said = (kind, tuple(sorted(params.items())))
        if kind not in ALERT_KINDS or _SAID_BY.get(kind, "") in own_kinds or said in told:
            continue
        told.add(said)
        grade = Grade.AT_RISK if kind in AT_RISK_ALERTS else Grade.NEEDS_ATTENTION
        reasons.append(Reason(kind, params, grade))
    reasons.sort(key=lambda r: -r.grade.rank)
    return AccountHealth(facts.id, facts.name, grade_of(reasons), tuple(reasons))


def utilisation_percent(owed_minor: int, limit_minor: int) -> int:
    """Owed as a whole percentage of the limit, rounded down (79.9% has not reached 80%)."""
    return owed_minor * 100 // limit_minor if limit_minor > 0 else 0


def months_covered(liquid_minor: int, monthly_minor: int) -> Decimal | None:
    """Liquid money over monthly spending, to one decimal, rounded down; None without
    spending to divide by."""
    if monthly_minor <= 0:
        return None
    return (Decimal(max(liquid_minor, 0)) / Decimal(monthly_minor)).quantize(
        Decimal("0.1"), rounding=ROUND_DOWN
    )
