"""The kinds of alert, and account health's own reasons: the keys of every table that words
or types an alert.

A leaf module (it imports nothing of finapp) because the tables keyed by these kinds
(:mod:`finapp.core.alert_facts`, :mod:`finapp.core.alert_sentences`) are themselves imported by
:mod:`finapp.core.alert_model`, which raises alerts of these kinds.
"""

from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    """What an alert is about; stored and printed as its value (the CLI's JSON says
    ``"low_balance"``), so a member compares equal to what a stored alert holds."""

    LOW_BALANCE = "low_balance"
    BUDGET = "budget"
    LARGE_CHARGE = "large_charge"
    UNUSUAL_CHARGE = "unusual_charge"
    DUPLICATE_CHARGE = "duplicate_charge"
    NEW_MERCHANT = "new_merchant"
    RENEWAL = "renewal"
    PRICE_INCREASE = "price_increase"
    CHARGED_AFTER_CANCEL = "charged_after_cancel"
    LAPSED = "lapsed"
    STALE_STATEMENTS = "stale_statements"
    INCOME_CHANGE = "income_change"
    # money health: activity a bank would flag
    PASS_THROUGH = "pass_through"
    STRUCTURING = "structuring"
    LATE_NIGHT = "late_night"
    NEW_COUNTERPARTIES = "new_counterparties"
    # money health: reserves, goals, cards, subscriptions, forecast
    EMERGENCY_FUND = "emergency_fund"
    GOAL_BEHIND = "goal_behind"
    GOAL_BEYOND_SURPLUS = "goal_beyond_surplus"
    CARD_UTILISATION = "card_utilisation"
    CARD_PAYMENT_DUE = "card_payment_due"
    SUBSCRIPTION_CAP = "subscription_cap"
    REVIEW_DUE = "review_due"
    UNREVIEWED = "unreviewed"
    FORECAST_LOW_BALANCE = "forecast_low_balance"


class HealthReason(StrEnum):
    """Why account health grades an account down, where no alert kind says it (the other
    reasons are alert kinds); stored in a reason's ``kind`` as its value."""

    NEGATIVE_BALANCE = "negative_balance"
    NO_BALANCE = "no_balance"
    STATEMENTS_OLD = "statements_old"
    #: not a fault: the statements are old because the account was replaced (a card's new
    #: number), its subscriptions carrying on from another account
    MOVED_ON = "moved_on"


def kind_named(text: str) -> Kind | HealthReason | None:
    """The kind a stored alert or reason names; None for one this version does not know (kept
    by a later version), which is then shown as it was stored rather than refused."""
    for vocabulary in (Kind, HealthReason):
        try:
            return vocabulary(text)
        except ValueError:
            continue
    return None
