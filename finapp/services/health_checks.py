"""Money-health alerts: each area (activity a bank would flag, reserves, goals, cards,
subscription reviews, the forecast) reads what it needs from the store and evaluates its own
alerts as of a day; alert evaluation gathers them here with the rest of its facts.

A check returns only what is current at ``as_of``, keyed by occurrence like every alert, so the
inbox's de-duplication and resolution rules apply to them unchanged (see
:attr:`finapp.core.alerts.Facts.health`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from finapp.core.alerts import Candidate
from finapp.services.cards import payment_due_check, utilisation_check
from finapp.services.flagged_activity import flagged_activity_check
from finapp.services.forecast import forecast_low_balance_check
from finapp.services.goals import goal_behind_check
from finapp.services.health_totals import emergency_fund_check
from finapp.services.settings import Settings
from finapp.services.subscription_audit import subscription_check

HealthCheck = Callable[[Session, date, Settings], list[Candidate]]

#: every money-health check, run on each alert evaluation
CHECKS: tuple[HealthCheck, ...] = (
    flagged_activity_check,
    subscription_check,
    goal_behind_check,
    forecast_low_balance_check,
    emergency_fund_check,
    utilisation_check,
    payment_due_check,
)


def health_candidates(session: Session, as_of: date, settings: Settings) -> list[Candidate]:
    """What each check finds current at ``as_of``."""
    return [candidate for check in CHECKS for candidate in check(session, as_of, settings)]
