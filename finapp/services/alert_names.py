"""Alerts told as things are now, not as they were when they were raised.

An alert keeps its facts (``params``) and English sentence from the day it was raised; a
subscription or payee the user renames later ("Rename payee…", ``finapp payees rename``) would
still be called by its old name, or by the statement's descriptor, and a renewal raised 30 days
ahead would still say "in 30 days" a week later. Alerts about a subscription or a line are told
again with the current name, and a count of days to a date is counted again from the day read,
the day it is then shown with (:func:`shown_day`).
"""

from __future__ import annotations

import json
from datetime import date

from sqlalchemy.orm import Session

from finapp.core.alert_kinds import Kind
from finapp.core.alert_messages import english_message
from finapp.core.balance_alerts import balance_is_old
from finapp.services.payee_names import StoreNames
from finapp.services.subscription_names import subscription_names
from finapp.store.schema import Alert


class PayeesNow:
    """The current names of subscriptions and lines, as one session reads them."""

    def __init__(self, session: Session) -> None:
        self._subscriptions = subscription_names(session)
        self._lines = StoreNames(session)

    def told(self, alert: Alert, day: date) -> tuple[str, dict[str, str]]:
        """The alert's English message and facts as of ``day``, naming its payee as it is
        named now."""
        params = json.loads(alert.params or "{}")
        changed = _count_days_again(alert.kind, params, shown_day(alert, day))
        changed = _date_an_old_balance(alert.kind, params, day) or changed
        changed = _date_a_charge(alert, params) or changed
        name = self._name_now(alert) if "name" in params else None
        if name and name != params["name"]:
            params["name"], changed = name, True
        if not changed:
            return alert.message, params
        try:
            return english_message(alert.kind, params), params
        except KeyError:  # a kind this version has no sentence for: told as it was stored
            return alert.message, params

    def _name_now(self, alert: Alert) -> str | None:
        if alert.subscription_id is not None:
            return self._subscriptions.get(alert.subscription_id)
        if alert.transaction_id is not None:
            return self._lines.of_line(alert.transaction_id)
        return None  # a goal's or an account's alert: its name is the user's already


#: kinds whose ``days`` count down to their ``date`` (a renewal, a card's payment due)
_COUNTING_DOWN = frozenset((Kind.RENEWAL, Kind.CARD_PAYMENT_DUE))


def _due(alert: Alert) -> date | None:
    """The day a counting-down alert counts to; None for other alerts."""
    if alert.kind not in _COUNTING_DOWN:
        return None
    due = json.loads(alert.params or "{}").get("date")
    return date.fromisoformat(due) if due else None


def shown_day(alert: Alert, day: date) -> date:
    """The day ``alert`` is shown with when read on ``day``: its own date, but for a renewal or
    a payment due read between its date and the day it is due, the day read. Its count of days
    is counted from that day, so the words agree with the dates beside them wherever it is
    shown (the list, the dashboard, a tray notification): "due in 3 days (2026-12-09)" is shown
    as of 2026-12-06, not beside the 2026-12-02 it was raised on; once due, it is shown as
    raised ("due in 7 days" on 2026-12-02)."""
    due = _due(alert)
    if due is not None and alert.date <= day <= due:
        return day
    return alert.date


def _count_days_again(kind: str, params: dict[str, str], day: date) -> bool:
    """Set ``days`` to the days from ``day`` (the day shown: :func:`shown_day`) to the alert's
    date; whether that changed it."""
    if kind not in _COUNTING_DOWN or "days" not in params or "date" not in params:
        return False
    days = (date.fromisoformat(params["date"]) - day).days
    if days < 0 or str(days) == params["days"]:
        return False
    params["days"] = str(days)
    return True


def _date_an_old_balance(kind: str, params: dict[str, str], day: date) -> bool:
    """Mark a low balance still below its threshold as the latest statement's when it is
    older than a few days on ``day`` (it is then told with its day); whether that changed it."""
    if kind != Kind.LOW_BALANCE or "recovered" in params or "date" not in params:
        return False
    old = balance_is_old(date.fromisoformat(params["date"]), day)
    if old == (params.get("latest") == "yes"):
        return False
    if old:
        params["latest"] = "yes"
    else:
        params.pop("latest", None)
    return True


def _date_a_charge(alert: Alert, params: dict[str, str]) -> bool:
    """Give a charge after cancelling stored before its day was kept that day (its alert's
    date), so two such charges a month apart never read as one told twice; whether it did."""
    if alert.kind != Kind.CHARGED_AFTER_CANCEL or "date" in params or "count" in params:
        return False
    params["date"] = alert.date.isoformat()
    return True
