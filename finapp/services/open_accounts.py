"""Which accounts a day's totals, grades and warnings ask about: those still open on it.

An account the user closed (:mod:`finapp.services.account_closing`) holds nothing from its
closing day, so the net worth, the emergency fund, the cards, the forecast, money health and
the balance warnings as of that day or later leave it out; asked about an earlier day, it
counts as it did then.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from finapp.store.schema import Account


def open_on(day: date) -> ColumnElement[bool]:
    """Accounts not closed on or before ``day``."""
    return or_(Account.closed_on.is_(None), Account.closed_on > day)


def closing_days(session: Session, account_id: int | None = None) -> dict[int, date]:
    """The closing day of each closed account (of ``account_id`` alone when given), by id."""
    query = select(Account.id, Account.closed_on).where(Account.closed_on.is_not(None))
    if account_id is not None:
        query = query.where(Account.id == account_id)
    # None never comes (the query leaves it out); the column's type does not know it
    return {i: day for i, day in session.execute(query) if day is not None}


#: (name, closing day) of closed accounts, as a page names them
Closed = tuple[tuple[str, date], ...]


def closed_json(closed: Closed) -> list[dict[str, str]]:
    """``closed`` as the CLI contract lists it (``closed_accounts``)."""
    return [{"account": name, "closed_on": day.isoformat()} for name, day in closed]


def closed_by(session: Session, day: date) -> Closed:
    """(name, closing day) of each account closed on or before ``day``, by name: what the
    pages that leave them out name once, so an account never just vanishes."""
    rows = session.execute(
        select(Account.name, Account.closed_on)
        .where(Account.closed_on.is_not(None), Account.closed_on <= day)
        .order_by(Account.name)
    )
    return tuple((name, closed) for name, closed in rows if closed is not None)
