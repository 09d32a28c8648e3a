"""Closing an account the household no longer has, and opening it again.

Ten years of statements hold accounts that ended: a card replaced by a new number, a bank left
for another, a savings account emptied into a house. Their last balance would otherwise count
in the net worth and the emergency fund for ever, and finapp would ask for their newer
statements every day. Closing one on a day says that its story ends there:

- its balance is nothing from that day on (:mod:`finapp.services.balances`), so totals,
  goals, the forecast and the cards leave it out, while every day before keeps its balance;
- its statements are complete (:func:`finapp.services.coverage.judged_as_of`): no "import
  newer ones", and a subscription it paid that carries on nowhere else has stopped;
- no low-balance warning, card payment or money-health grade is asked of it any more;
- its transactions stay where they are, in the lists, the reports and the exports.

Closing is an edit like any other: undone from the Edit menu or ``finapp undo``. The day
cannot come before the account's last line: a closed account whose statements go on would be
two stories at once, and finapp says which day would do.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.errors import InvalidInputError, Problem
from finapp.services.accounts import AccountView, require_account, view_of
from finapp.services.coverage import coverage_by_account
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Account, Transaction


def _named(view: AccountView, *_: object, **__: object) -> dict[str, str]:
    return {"account": view.name}


def last_line_day(session: Session, account: Account) -> date | None:
    """The day of the account's latest line, None when it has none."""
    return session.scalar(
        select(func.max(Transaction.posted)).where(Transaction.account_id == account.id)
    )


def suggested_closing_day(session: Session, account: Account, today: date) -> date:
    """The day to offer: where its statements end, else its last line, else ``today``."""
    covered = coverage_by_account(session).get(account.id)
    if covered is not None:
        return covered.covered_until
    return last_line_day(session, account) or today


@undoable("account_close", _named)
def close_account(
    store: Store, account: str, on: date | None = None, *, today: date | None = None
) -> AccountView:
    """Close ``account`` (a name or number) on ``on`` (None: the day
    :func:`suggested_closing_day` offers); closed already, it is closed on ``on`` instead.
    Refused, changing nothing, when the account has lines after ``on`` or ``on`` is after
    ``today`` (an account is closed once it is: until then it is open, and is shown so)."""
    today = today or date.today()
    with store.write() as session:
        row = require_account(session, account)
        on = on or suggested_closing_day(session, row, today)
        if on > today:
            english = f"{row.name} can be closed once it is: {on.isoformat()} is after today"
            raise InvalidInputError(
                Problem("account.closing_ahead", english, account=row.name, date=on)
            )
        last = last_line_day(session, row)
        if last is not None and last > on:
            english = (
                f"{row.name} has transactions up to {last.isoformat()}: close it on that day "
                "or later"
            )
            raise InvalidInputError(
                Problem("account.lines_after_closing", english, account=row.name, date=last)
            )
        row.closed_on = on
        session.flush()
        return view_of(session, row)


@undoable("account_reopen", _named)
def reopen_account(store: Store, account: str) -> AccountView:
    """Open ``account`` again: its balance, its statements and its warnings count as before."""
    with store.write() as session:
        row = require_account(session, account)
        if row.closed_on is None:
            english = f"{row.name} is not closed"
            raise InvalidInputError(Problem("account.not_closed", english, account=row.name))
        row.closed_on = None
        session.flush()
        return view_of(session, row)
