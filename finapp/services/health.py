"""The household's money health as of a day: what ``finapp health`` prints and the Health page
shows.

Each account is graded by :func:`finapp.core.health.judge` from the facts gathered here: its
balance where its statements end (never after the day asked), its card's utilisation, and the
open alerts about it in the inbox (read from the alert table, whichever check raised them).
The other sections come from their own services: reserves, cards, savings goals, subscriptions.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from finapp.core.health import ALERT_KINDS, AccountFacts, AccountHealth, CardFacts, Params, judge
from finapp.services.account_successors import successors
from finapp.services.alert_names import PayeesNow
from finapp.services.balances import balance_on
from finapp.services.cards import CardStatus, cards_status
from finapp.services.coverage import coverage_by_account, judged_as_of
from finapp.services.goals import GoalStatus, goals_status
from finapp.services.health_totals import FundFigure, HealthTotals, fund_figure, health_totals
from finapp.services.open_accounts import closed_by, closed_json, open_on
from finapp.services.read_once import kept_while_evaluating
from finapp.services.reserves import (
    EmergencyFund,
    InstitutionShare,
    emergency_fund,
    institution_shares,
)
from finapp.services.settings import load_settings
from finapp.services.subscription_audit import SubscriptionsHealth, subscriptions_health
from finapp.store.engine import Store
from finapp.store.schema import Account, Alert


@dataclass(frozen=True, slots=True)
class HealthReport:
    as_of: date
    accounts: tuple[AccountHealth, ...]
    emergency_fund: EmergencyFund
    institutions: tuple[InstitutionShare, ...]
    goals: tuple[GoalStatus, ...]
    cards: tuple[CardStatus, ...]
    subscriptions: SubscriptionsHealth
    #: the sections' totals across currencies, in the base currency
    totals: HealthTotals
    #: (name, closing day) of the accounts closed by ``as_of``: not graded, nothing counted
    closed: tuple[tuple[str, date], ...] = ()

    @property
    def fund(self) -> FundFigure:
        """The emergency fund's one figure, of every currency held (:func:`fund_figure`)."""
        return fund_figure(self.emergency_fund, self.totals.fund)

    def as_json(self) -> dict[str, Any]:
        fund = self.fund
        return {
            "accounts": [a.as_json() for a in self.accounts],
            "closed_accounts": closed_json(self.closed),
            "emergency_fund": {
                **self.emergency_fund.as_json(),
                "months": None if fund.months is None else str(fund.months),
                "below_target": fund.below_target,
            },
            "institutions": [i.as_json() for i in self.institutions],
            "goals": [g.as_json() for g in self.goals],
            "cards": [c.as_json() for c in self.cards],
            "subscriptions": self.subscriptions.as_json(),
            "totals": self.totals.as_json(),
        }


def open_alerts_by_account(session: Session, as_of: date) -> dict[int, list[tuple[str, Params]]]:
    """The (kind, params) of each alert open at ``as_of`` that counts against an account, its
    payee named as the inbox names it (:class:`PayeesNow`): the line's name or the user's,
    never the statement's raw words, so the Health page and the Alerts page agree."""
    rows = session.scalars(
        select(Alert)
        .where(
            Alert.account_id.is_not(None),
            Alert.kind.in_(ALERT_KINDS),
            Alert.dismissed.is_(False),
            Alert.date <= as_of,
            or_(Alert.resolved_on.is_(None), Alert.resolved_on > as_of),
        )
        .order_by(Alert.date, Alert.id)
    )
    names = PayeesNow(session)
    out: dict[int, list[tuple[str, Params]]] = defaultdict(list)
    for alert in rows:
        assert alert.account_id is not None  # the query keeps only alerts on an account
        out[alert.account_id].append((alert.kind, names.told(alert, as_of)[1]))
    return out


def account_health(
    session: Session, as_of: date, cards: list[CardStatus] | None = None
) -> list[AccountHealth]:
    """Every account's grade and reasons as of ``as_of``, by name."""
    thresholds = load_settings(session).card_utilisation_thresholds
    coverage = coverage_by_account(session)
    alerts = open_alerts_by_account(session, as_of)
    by_card = {
        c.account_id: c for c in (cards if cards is not None else cards_status(session, as_of))
    }
    accounts = list(session.scalars(select(Account).where(open_on(as_of)).order_by(Account.name)))
    names = dict(session.execute(select(Account.id, Account.name)).all())
    replaced_by = successors(session)
    out = []
    for account in accounts:
        covered = coverage.get(account.id)
        card = by_card.get(account.id)
        facts = AccountFacts(
            id=account.id,
            name=account.name,
            type=account.type,
            currency=account.currency,
            balance_minor=balance_on(session, account.id, judged_as_of(covered, as_of)),
            covered_until=covered.covered_until if covered else None,
            card=_card_facts(card),
            alerts=tuple(alerts.get(account.id, ())),
            moved_on_to=_name_of(replaced_by.get(account.id), names),
        )
        out.append(judge(facts, as_of, thresholds))
    return out


def _name_of(account_id: int | None, names: dict[int, str]) -> str | None:
    return None if account_id is None else names[account_id]


def _card_facts(card: CardStatus | None) -> CardFacts | None:
    if card is None or card.percent is None or card.limit_minor is None:
        return None
    return CardFacts(card.percent, card.limit_minor, card.owed_minor or 0)


def health_report(store: Store, as_of: date) -> HealthReport:
    """Everything the Health page and ``finapp health`` show, as of ``as_of``. Its sections
    ask the same questions (each card and account where its statements end, the currency totals
    are in), so each is read once (:mod:`finapp.services.read_once`)."""
    with store.read() as session, kept_while_evaluating(session):
        settings = load_settings(session)
        cards = cards_status(session, as_of)
        fund = emergency_fund(session, as_of, settings)
        goals = goals_status(session, as_of)
        subscriptions = subscriptions_health(session, as_of)
        return HealthReport(
            as_of=as_of,
            accounts=tuple(account_health(session, as_of, cards)),
            emergency_fund=fund,
            institutions=tuple(institution_shares(session, as_of, settings)),
            goals=tuple(goals),
            cards=tuple(cards),
            subscriptions=subscriptions,
            totals=health_totals(session, as_of, fund, cards, goals, subscriptions.audit.costs),
            closed=closed_by(session, as_of),
        )


def accounts_health(store: Store, as_of: date) -> list[AccountHealth]:
    """The accounts' grades alone (the Health page's accounts section)."""
    with store.read() as session:
        return account_health(session, as_of)


def closed_accounts(store: Store, as_of: date) -> tuple[tuple[str, date], ...]:
    """(name, closing day) of the accounts closed by ``as_of``, which are not graded."""
    with store.read() as session:
        return closed_by(session, as_of)
