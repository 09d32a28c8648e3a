"""Credit cards: the limit, what is owed against it, the next payment due, what the card pays.

The **limit** is the one the user set (``finapp accounts limit``, the Health page), else the one
the latest statement stating a limit gives (a later CSV export without one does not make it
unknown). **Owed** is the card's balance turned around (a card's balance is negative while money
is owed) at the end of the day its statements end, never after the day asked, from the balances
finapp knows; **utilisation** is owed over the limit.

The **next payment** is the due date and minimum the latest statement stating one gives; it is
reminded at the user's renewal reminder offsets (``reminder_offsets``) until it is paid (payments
into the card since that statement cover the amount) or the date passes. The **subscriptions**
each card pays are listed so they can be moved when the card is replaced.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.core.account_types import AccountType
from finapp.core.alert_facts import money_fact
from finapp.core.alerts import Candidate, Kind
from finapp.core.health import utilisation_percent
from finapp.core.limit_sources import LimitSource
from finapp.core.money import exact_minor, from_minor
from finapp.core.severity import Severity
from finapp.core.subscription_states import ENDED, SPENDING_KINDS, Status
from finapp.errors import InvalidInputError, Problem
from finapp.services.balances import balance_on
from finapp.services.coverage import Coverage, coverage_by_account, judged_as_of
from finapp.services.open_accounts import open_on
from finapp.services.settings import Settings
from finapp.services.subscription_groups import group_kinds
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Account, StatementPeriod, Subscription, Transaction

CARD_TYPES = (AccountType.CREDIT_CARD,)


@dataclass(frozen=True, slots=True)
class CardSubscription:
    """An active subscription or bill charged to a card (the card's own autopay is neither)."""

    id: int
    name: str
    amount_minor: int
    currency: str
    cadence: str
    next_date: date | None

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "amount": str(from_minor(self.amount_minor, self.currency)),
            "currency": self.currency,
            "cadence": self.cadence,
            "next_date": self.next_date.isoformat() if self.next_date else None,
        }


@dataclass(frozen=True, slots=True)
class CardStatus:
    """One card as of the day its statements end (never after the day asked)."""

    account_id: int
    account: str
    currency: str
    as_of: date
    limit_minor: int | None
    #: who set the limit: the user, else the latest statement giving one; None when neither
    limit_source: LimitSource | None
    #: money owed at the end of ``as_of``; None when no balance is known
    owed_minor: int | None
    #: the end of the latest statement (what a utilisation crossing is told once per)
    statement_end: date | None
    due_on: date | None
    minimum_due_minor: int | None
    subscriptions: tuple[CardSubscription, ...]

    @property
    def percent(self) -> int | None:
        if self.limit_minor is None or self.owed_minor is None:
            return None
        return utilisation_percent(self.owed_minor, self.limit_minor)

    def as_json(self) -> dict[str, Any]:
        def money(minor: int | None) -> str | None:
            return None if minor is None else str(from_minor(minor, self.currency))

        return {
            "account": self.account,
            "currency": self.currency,
            "as_of": self.as_of.isoformat(),
            "limit": money(self.limit_minor),
            "limit_source": self.limit_source,
            "owed": money(self.owed_minor),
            "utilisation_percent": self.percent,
            "payment_due_on": self.due_on.isoformat() if self.due_on else None,
            "minimum_due": money(self.minimum_due_minor),
            "subscriptions": [s.as_json() for s in self.subscriptions],
        }


def _latest_period(session: Session, account_id: int, *stating: Any) -> StatementPeriod | None:
    """The latest statement of the account (stating what ``stating`` asks for)."""
    return session.scalars(
        select(StatementPeriod)
        .where(StatementPeriod.account_id == account_id, *stating)
        .order_by(StatementPeriod.end.desc(), StatementPeriod.id.desc())
    ).first()


def _subscriptions_paid_by(session: Session, account_id: int) -> tuple[CardSubscription, ...]:
    """The subscriptions and bills the card pays: not the groceries it buys every month
    (regular spending, which has no kind of its own: :func:`group_kinds`)."""
    kinds = group_kinds(session)
    rows = session.scalars(
        select(Subscription)
        .where(
            Subscription.account_id == account_id,
            Subscription.status == Status.ACTIVE,
            Subscription.kind.in_(SPENDING_KINDS),
            Subscription.user_state.not_in(ENDED),
        )
        .order_by(Subscription.name)
    )
    return tuple(
        CardSubscription(
            s.id, s.user_name or s.name, abs(s.amount_minor), s.currency, s.cadence, s.next_date
        )
        for s in rows
        if s.id in kinds
    )


def card_status(
    session: Session, account: Account, as_of: date, covered: Coverage | None
) -> CardStatus:
    """The card as of ``as_of``, judged on the last day its statements (``covered``) reach."""
    day = judged_as_of(covered, as_of)
    stated = _latest_period(session, account.id, StatementPeriod.credit_limit_minor.is_not(None))
    source: LimitSource | None
    limit, source = account.credit_limit_minor, LimitSource.USER
    if limit is None:
        limit, source = (
            (stated.credit_limit_minor, LimitSource.STATEMENT) if stated else (None, None)
        )
    balance = balance_on(session, account.id, day)
    due = _latest_period(session, account.id, StatementPeriod.payment_due_on.is_not(None))
    latest = _latest_period(session, account.id)
    return CardStatus(
        account_id=account.id,
        account=account.name,
        currency=account.currency,
        as_of=day,
        limit_minor=limit,
        limit_source=source,
        owed_minor=None if balance is None else max(-balance, 0),
        statement_end=latest.end if latest else None,
        due_on=due.payment_due_on if due else None,
        minimum_due_minor=due.minimum_due_minor if due else None,
        subscriptions=_subscriptions_paid_by(session, account.id),
    )


def cards_status(session: Session, as_of: date) -> list[CardStatus]:
    """Every credit card, by name."""
    cards = session.scalars(
        select(Account).where(Account.type.in_(CARD_TYPES), open_on(as_of)).order_by(Account.name)
    )
    coverage = coverage_by_account(session)
    return [card_status(session, card, as_of, coverage.get(card.id)) for card in cards]


def list_cards(store: Store, as_of: date) -> list[CardStatus]:
    with store.read() as session:
        return cards_status(session, as_of)


@undoable("card_limit", lambda card, *_, **__: {"account": card.account})
def set_credit_limit(
    store: Store, account: str, amount: Decimal | None, as_of: date | None = None
) -> CardStatus:
    """Set the card's limit as the user knows it (None: clear it, the statement's counts again).

    Only a credit card has a limit; a limit must be above zero. Bad input changes nothing.
    """
    from finapp.services.accounts import require_account  # alerts run only the check here

    with store.write() as session:
        row = require_account(session, account)
        if row.type not in CARD_TYPES:
            raise InvalidInputError(
                Problem(
                    "card.not_a_card",
                    f"{row.name} is not a credit card: only a card has a limit",
                    account=row.name,
                )
            )
        if amount is not None and amount <= 0:
            raise InvalidInputError(
                Problem(
                    "card.limit_not_positive",
                    f"A credit limit must be above zero, got {amount}",
                    amount=amount,
                )
            )
        row.credit_limit_minor = None if amount is None else exact_minor(amount, row.currency)
        session.flush()
        covered = coverage_by_account(session).get(row.id)
        return card_status(session, row, as_of or date.today(), covered)


# -- health checks --------------------------------------------------------------------------------


def _severity(threshold: int, thresholds: list[int]) -> Severity:
    if threshold == max(thresholds):
        return Severity.CRITICAL
    return Severity.INFO if threshold == min(thresholds) else Severity.WARNING


def utilisation_check(session: Session, as_of: date, settings: Settings) -> list[Candidate]:
    """``card_utilisation`` for the highest threshold each card's balance has reached, keyed by
    card, threshold and statement: each crossing is told once, and again only after a newer
    statement (a new cycle) finds the card still there."""
    thresholds = settings.card_utilisation_thresholds
    out = []
    for card in cards_status(session, as_of):
        percent = card.percent
        reached = [t for t in thresholds if percent is not None and percent >= t]
        if not reached or card.limit_minor is None or card.owed_minor is None:
            continue
        threshold = max(reached)
        period = card.statement_end.isoformat() if card.statement_end else "no-statement"
        out.append(
            Candidate(
                Kind.CARD_UTILISATION,
                f"card_utilisation:{card.account_id}:{threshold}:{period}",
                card.as_of,
                _severity(threshold, thresholds),
                account_id=card.account_id,
                amount_minor=-card.owed_minor,  # owed: money out, as the card's balance
                currency=card.currency,
                params={
                    "account": card.account,
                    "percent": str(percent),
                    "limit": money_fact(card.limit_minor, card.currency),
                    "owed": money_fact(card.owed_minor, card.currency),
                },
            )
        )
    return out


def _paid_since(session: Session, account_id: int, after: date, until: date) -> int:
    """Money paid into the card after ``after`` up to ``until``."""
    paid = session.scalar(
        select(func.coalesce(func.sum(Transaction.amount_minor), 0)).where(
            Transaction.account_id == account_id,
            Transaction.amount_minor > 0,
            Transaction.posted > after,
            Transaction.posted <= until,
        )
    )
    return int(paid or 0)


def payment_due_check(session: Session, as_of: date, settings: Settings) -> list[Candidate]:
    """``card_payment_due`` at the nearest reminder offset before a statement's due date, while
    it is ahead and not yet paid."""
    out = []
    open_cards = select(Account).where(Account.type.in_(CARD_TYPES), open_on(as_of))
    for card in session.scalars(open_cards):
        period = _latest_period(session, card.id, StatementPeriod.payment_due_on.is_not(None))
        if period is None or period.payment_due_on is None or period.payment_due_on < as_of:
            continue
        due_on = period.payment_due_on
        days = (due_on - as_of).days
        offsets = [o for o in settings.reminder_offsets if days <= o]
        if not offsets:
            continue
        amount = period.minimum_due_minor
        if amount is None:
            balance = balance_on(session, card.id, period.end)
            amount = max(-balance, 0) if balance is not None else None
        if not amount or _paid_since(session, card.id, period.end, as_of) >= amount:
            continue
        offset = min(offsets)
        out.append(
            Candidate(
                Kind.CARD_PAYMENT_DUE,
                f"card_payment_due:{card.id}:{due_on.isoformat()}:{offset}",
                due_on - timedelta(days=offset),
                Severity.WARNING if offset <= 1 else Severity.INFO,
                account_id=card.id,
                amount_minor=-amount,  # a payment to make, as a bill's renewal
                currency=card.currency,
                params={
                    "account": card.name,
                    "amount": money_fact(amount, card.currency),
                    "date": due_on.isoformat(),
                    "days": str(days),
                },
            )
        )
    return out
