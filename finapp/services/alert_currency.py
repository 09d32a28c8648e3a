"""Alerts about an account tell its money in the account's currency, also after it changed.

An alert keeps its money as facts written when it was raised (``"10.99 EUR"``,
:func:`~finapp.core.alert_facts.money_fact`). When the user sets the currency an import had to
guess (:mod:`finapp.services.account_currency`), or undoes that, the alerts already raised about
the account would go on saying euros of a card that is in dollars: each evaluation first relabels
them. Only the code changes, as it did for the lines; alerts of no account (a budget, the
emergency fund) are in the household's currency and stay as they are.
"""

from __future__ import annotations

import json
import re

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.store.schema import Account, Alert


def tell_in_account_currency(session: Session) -> None:
    """Relabel the money of every alert whose currency is no longer its account's."""
    stale = session.execute(
        select(Alert, Account.currency)
        .join(Account, Account.id == Alert.account_id)
        .where(Alert.currency.is_not(None), Alert.currency != Account.currency)
    ).all()
    for alert, currency in stale:
        old = alert.currency or ""
        alert.message = _relabelled(alert.message, old, currency)
        facts = json.loads(alert.params or "{}")
        told = {name: _relabelled(str(value), old, currency) for name, value in facts.items()}
        alert.params = json.dumps(told, ensure_ascii=False)
        alert.currency = currency


def _relabelled(text: str, old: str, new: str) -> str:
    """``text`` with each amount in ``old`` (``"10.99 EUR"``) said in ``new`` (``"10.99 USD"``)."""
    return re.sub(rf"(?<=\d) {re.escape(old)}\b", f" {new}", text)
