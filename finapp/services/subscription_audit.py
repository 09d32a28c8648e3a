"""Subscription cap and audit over the store: the monthly total against the cap, the audit of
every active subscription, keep or cancel decisions, review alerts and the annual review.

The figures come from :mod:`finapp.core.subscription_audit`; this module reads the stored
subscriptions as the last detection left them (like the Subscriptions page) with their charges up
to the day asked, and records decisions through :mod:`finapp.services.subscriptions` so a
cancellation here is the same as one anywhere else.

A decision is also kept in the subscription's details' ``reviews`` (``[{"on": ISO, "decision":
"keep"|"cancel", "next": ISO|null}]``): ``reviewed_on`` only holds the last one, and the annual
review tells every keep decision of its year.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core import subscription_audit as core
from finapp.core.alert_facts import Money
from finapp.core.alert_model import Charge
from finapp.core.alerts import Candidate
from finapp.core.dates import MAX_DATE
from finapp.core.history_findings import price_rises
from finapp.core.money import from_minor, to_minor
from finapp.core.stream_groups import HABIT
from finapp.core.subscription_states import (
    ENDED,
    Decision,
    Status,
    StreamKind,
    UserState,
    Verdict,
)
from finapp.errors import InvalidInputError, NotFoundError, Problem
from finapp.services import subscriptions as subs
from finapp.services.categories import category_paths
from finapp.services.refunded_charges import CHARGE_COLUMNS, refunded_charges
from finapp.services.settings import Settings, load_settings, main_currency_of
from finapp.services.subscription_groups import group_kinds
from finapp.services.subscriptions import SubscriptionView
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Account, Subscription, SubscriptionMember, Transaction
from finapp.store.subscription_details import Review, details_of, write_details


@dataclass(frozen=True, slots=True)
class Audit:
    """The audit as of a day: every active subscription, the totals, the cap and the overlaps."""

    as_of: date
    currency: str  # the main currency: the cap's
    cap_minor: int | None
    costs: tuple[core.CurrencyCost, ...]  # the main currency's first
    lines: tuple[core.AuditLine, ...]
    overlaps: tuple[core.Overlap, ...]

    @property
    def main_cost(self) -> core.CurrencyCost | None:
        return next((c for c in self.costs if c.currency == self.currency), None)

    @property
    def over_cap(self) -> bool:
        cost = self.main_cost
        return (
            self.cap_minor is not None and cost is not None and cost.monthly_minor > self.cap_minor
        )


@dataclass(frozen=True, slots=True)
class SubscriptionsHealth:
    """The Health page's and ``finapp health --json``'s view of subscriptions."""

    audit: Audit

    def as_json(self) -> dict[str, Any]:
        """Plain JSON values: money as decimal strings, dates as ISO strings."""
        audit = self.audit
        main = audit.main_cost
        currency = audit.currency
        return {
            "currency": currency,
            "monthly_total": str(from_minor(main.monthly_minor if main else 0, currency)),
            "cap": None if audit.cap_minor is None else str(from_minor(audit.cap_minor, currency)),
            "over_cap": audit.over_cap,
            "count": main.count if main else 0,
            "other_currencies": [
                {
                    "currency": c.currency,
                    "monthly_total": str(from_minor(c.monthly_minor, c.currency)),
                    "count": c.count,
                }
                for c in audit.costs
                if c.currency != currency
            ],
            "overlaps": [{"family": o.family, "names": list(o.names)} for o in audit.overlaps],
            "reviews_due": [
                {
                    "id": line.facts.id,
                    "name": line.facts.name,
                    "state": line.review_state,
                    "date": _iso(
                        line.facts.review_date if line.review_state == "due" else line.review_since
                    ),
                }
                for line in audit.lines
                if line.review_state in ("due", "unreviewed")
            ],
        }


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


# -- reading -----------------------------------------------------------------------------------


def audit(store: Store, as_of: date | None = None) -> Audit:
    """The audit as of ``as_of`` (default today), from the stored subscriptions."""
    with store.read() as session:
        return audit_of(session, as_of or date.today())


def audit_of(session: Session, as_of: date, settings: Settings | None = None) -> Audit:
    settings = settings or load_settings(session)
    facts = subscription_facts(session, as_of)
    currency = main_currency_of(session)
    cap = settings.subscription_cap
    return Audit(
        as_of=as_of,
        currency=currency,
        cap_minor=None if cap is None else to_minor(cap, currency),
        costs=tuple(sorted(core.costs(facts), key=lambda c: c.currency != currency)),
        lines=tuple(core.audit_lines(facts, as_of)),
        overlaps=tuple(core.overlaps(facts)),
    )


def subscriptions_health(session: Session, as_of: date) -> SubscriptionsHealth:
    """Monthly total against the cap, count, overlaps and the reviews due, as of ``as_of``."""
    return SubscriptionsHealth(audit_of(session, as_of))


def annual_review(store: Store, year: int) -> core.AnnualReview:
    """What was cancelled in ``year`` (and what that saves a year, or that it charged again),
    kept, stopped charging without being marked cancelled, and price increases.

    The subscriptions are read with every charge the store holds, those after the year too:
    a subscription cancelled in December and charged in January saves nothing, and one whose
    charges went on into the next year did not stop in this one."""
    if not 1 <= year <= 9999:
        raise InvalidInputError(f"Not a year: {year}")
    last = date(year, 12, 31)
    with store.read() as session:
        facts = subscription_facts(session, MAX_DATE)
        return core.annual_review(facts, year, year_price_rises(session, year, last))


def year_price_rises(session: Session, year: int, as_of: date) -> tuple[core.Increase, ...]:
    """The price rises of ``year`` up to ``as_of`` the alerts know of, oldest first: every
    charge of the year judged by the alerts' own rule (subscriptions and fixed bills, never a
    metered one), so the annual review and the year in review list what the alerts told."""
    # the alerts' facts read the health checks, which read this module
    from finapp.services.alert_facts import stream_facts

    found = []
    for rise in price_rises(stream_facts(session, as_of), as_of, date(year - 1, 12, 31)):
        code = rise.currency or ""
        old, new = (Money.parse(rise.params[word]).minor for word in ("old", "new"))
        yearly = rise.params.get("yearly")
        extra = Money.parse(yearly).minor if yearly is not None else new - old
        found.append(
            core.Increase(
                rise.subscription_id or 0, rise.params["name"], code, rise.date, old, new, extra
            )
        )
    return tuple(sorted(found, key=lambda i: (i.date, i.id)))


def subscription_check(session: Session, as_of: date, settings: Settings) -> list[Candidate]:
    """The health check: over the cap, reviews due, subscriptions unreviewed for a year."""
    found = audit_of(session, as_of, settings)
    cap = core.cap_candidate(found.main_cost, found.cap_minor, as_of)
    facts = [line.facts for line in found.lines]
    return ([cap] if cap else []) + core.review_candidates(facts, as_of)


def subscription_facts(session: Session, as_of: date) -> list[core.SubscriptionFacts]:
    """Every stored subscription with its charges up to ``as_of``, of the kind its group on
    the Subscriptions page says (:func:`~finapp.services.subscription_groups.group_kinds`):
    the one meaning of a subscription the audit, the Health page and the year in review share.
    A charge the merchant gave back in full by ``as_of`` is none of them
    (:mod:`.refunded_charges`): Hulu's 18.99 refunded was no more spent than paid."""
    accounts = dict(session.execute(select(Account.id, Account.name)).all())
    paths = category_paths(session)
    members = session.execute(
        select(SubscriptionMember.subscription_id, *CHARGE_COLUMNS)
        .join(Transaction, Transaction.id == SubscriptionMember.transaction_id)
        .where(Transaction.posted <= as_of)
        .order_by(Transaction.posted, Transaction.id)
    ).all()
    given_back = refunded_charges(session, [Charge(*m[1:]) for m in members], as_of)
    charges: dict[int, list[tuple[date, int]]] = defaultdict(list)
    categories: dict[int, Counter[str]] = defaultdict(Counter)
    for sub_id, tid, _, posted, amount, _, _, _, category_id in members:
        if tid in given_back:
            continue
        charges[sub_id].append((posted, amount))
        if category_id is not None:
            categories[sub_id][paths[category_id]] += 1
    kinds = group_kinds(session)
    return [
        _facts(row, kinds[row.id], accounts, charges.get(row.id, []), categories.get(row.id))
        for row in session.scalars(select(Subscription).order_by(Subscription.id))
        if row.id in kinds  # regular spending is neither a subscription nor a bill
    ]


def _facts(
    row: Subscription,
    kind: StreamKind,
    accounts: dict[int, str],
    charges: list[tuple[date, int]],
    categories: Counter[str] | None,
) -> core.SubscriptionFacts:
    details = details_of(row)
    currency = row.currency
    start = details.start if row.manual else None
    return core.SubscriptionFacts(
        id=row.id,
        name=row.user_name or row.name,
        merchant=row.merchant,
        kind=kind,
        cadence=row.cadence,
        amount_minor=row.amount_minor,
        currency=currency,
        status=Status(row.status),
        user_state=UserState(row.user_state),
        account=accounts.get(row.account_id) if row.account_id else None,
        category=categories.most_common(1)[0][0] if categories else None,
        charges=tuple(charges),
        price_changes=tuple(
            core.PriceChange(c.date, to_minor(c.old, currency), to_minor(c.new, currency))
            for c in details.price_changes
        ),
        started=charges[0][0] if charges else start,
        detected_on=details.detected_on,
        reviewed_on=row.reviewed_on,
        review_date=row.review_date,
        cancelled_on=row.cancelled_on,
        reviews=tuple(core.Review(r.on, r.decision, r.next) for r in details.reviews),
        months_off=details.months_off,
    )


# -- deciding ----------------------------------------------------------------------------------

#: the decision the edit history names an audit's verdict by
_TAKEN = {Verdict.KEEP: Decision.KEPT, Verdict.CANCEL: Decision.CANCELLED}


def _decided(
    _view: SubscriptionView, _store: Store, _sub: int, word: str, *_: object, **__: object
) -> dict[str, str]:
    """A review is named as the decision it took: kept, or cancelled."""
    return {"decision": _TAKEN[Verdict(word)]}


@undoable("subscription", _decided, before=subs.subscription_named)
def decide(
    store: Store,
    subscription_id: int,
    decision: str,
    next_review: date | None = None,
    as_of: date | None = None,
) -> SubscriptionView:
    """Keep (reviewed today, next review a quarter on or on ``next_review``) or cancel.

    Bad input (an unknown decision, a next review not after today, a subscription already
    cancelled or dismissed, a bill) is refused before anything changes.
    """
    today = as_of or date.today()
    if decision not in core.DECISIONS:
        raise InvalidInputError(f"Decide keep or cancel, not {decision!r}")
    if decision == Verdict.CANCEL and next_review is not None:
        raise InvalidInputError(
            Problem("review.cancelled_next", "A cancelled subscription has no next review")
        )
    upcoming = next_review or core.next_review(today)
    if upcoming <= today:
        raise InvalidInputError(
            Problem(
                "review.not_ahead",
                f"The next review must come after {today.isoformat()}",
                today=today.isoformat(),
            )
        )
    with store.write() as session:
        row = session.get(Subscription, subscription_id)
        if row is None:
            raise NotFoundError(f"No subscription {subscription_id}")
        name = row.user_name or row.name
        kind = group_kinds(session).get(row.id, HABIT)
        if kind != StreamKind.SUBSCRIPTION:
            raise InvalidInputError(
                Problem(
                    "review.not_subscription",
                    f"{name} is a {kind}, not a subscription",
                    name=name,
                )
            )
        if row.user_state in ENDED:
            cancelled = row.user_state == UserState.CANCELLED
            code = "review.cancelled" if cancelled else "review.dismissed"
            raise InvalidInputError(Problem(code, f"{name} is {row.user_state} already", name=name))
        suggested = row.user_state == UserState.SUGGESTED
        row.reviewed_on = today
        details = details_of(row)
        details.reviews.append(
            Review(today, decision, upcoming if decision == Verdict.KEEP else None)
        )
        row.details = write_details(details)
    if decision == Verdict.CANCEL:
        subs.cancel(store, subscription_id, today)
        return subs.set_review_date(store, subscription_id, None)
    if suggested:  # kept: the user says it is theirs
        subs.confirm(store, subscription_id)
    return subs.set_review_date(store, subscription_id, upcoming)
