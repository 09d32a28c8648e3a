"""Alerts naming their payee as it is named now, not as it was when they were raised.

An alert keeps its facts (``params``) and English sentence from the day it was raised; a
subscription or payee the user renames later ("Rename payee…", ``finapp payees rename``) would
still be called by its old name, or by the statement's descriptor. Alerts about a subscription
or a line are told again with the current name when they are read.
"""

from __future__ import annotations

import json

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.core.alert_messages import english_message
from finapp.services.payee_names import StoreNames
from finapp.store.schema import Alert, Subscription


class PayeesNow:
    """The current names of subscriptions and lines, as one session reads them."""

    def __init__(self, session: Session) -> None:
        self._subscriptions = dict(
            session.execute(
                select(Subscription.id, func.coalesce(Subscription.user_name, Subscription.name))
            ).all()
        )
        self._lines = StoreNames(session)

    def told(self, alert: Alert) -> tuple[str, dict[str, str]]:
        """The alert's English message and facts, naming its payee as it is named now."""
        params = json.loads(alert.params or "{}")
        if "name" not in params:
            return alert.message, params
        if alert.subscription_id is not None:
            name = self._subscriptions.get(alert.subscription_id)
        elif alert.transaction_id is not None:
            name = self._lines.of_line(alert.transaction_id)
        else:  # a goal's or an account's alert: its name is the user's already
            return alert.message, params
        if not name or name == params["name"]:
            return alert.message, params
        params["name"] = name
        try:
            return english_message(alert.kind, params), params
        except KeyError:  # a kind this version has no sentence for: told as it was stored
            return alert.message, params
