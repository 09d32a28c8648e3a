"""Which accounts a day's totals, grades and warnings ask about: those still open on it.

An account the user closed (:mod:`finapp.services.account_closing`) holds nothing from its
closing day, so the net worth, the emergency fund, the cards, the forecast, money health and
the balance warnings as of that day or later leave it out; asked about an earlier day, it
counts as it did then.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, or_

from finapp.store.schema import Account


def open_on(day: date) -> ColumnElement[bool]:
    """Accounts not closed on or before ``day``."""
    return or_(Account.closed_on.is_(None), Account.closed_on > day)
