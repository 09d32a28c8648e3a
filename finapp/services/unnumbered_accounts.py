"""Giving a statement's account number to the account older imports kept without one.

finapp once read no account number from Sparkasse's, GLS Bank's, Lloyds' or NatWest's CSVs, so
their accounts were stored without one, found by name. Now that the number is read, a
statement carrying it would find no account by it and open a second one beside the old, into
which the same lines would be imported again. Instead the old account learns the number: one
of the statement's bank, currency and type with no number yet, whose stored lines share a day
and amount with the statement's, or, with none sharing any, the only such account of the
statement's bank (older finapp put all of a bank's files of one currency and type there). An
export naming no bank gives no such certainty, so there only shared lines tell.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.money import to_minor
from finapp.errors import Problem
from finapp.store.account_numbers import last_four
from finapp.store.schema import Account, Transaction

if TYPE_CHECKING:  # only the importers' types: reading the store needs no importer
    from finapp.importers.base import ParsedAccount, ParsedTransaction


def learn_number(
    session: Session, parsed: ParsedAccount, hashed: str, lines: Sequence[ParsedTransaction]
) -> tuple[Account, str] | None:
    """The account stored without a number that the statement is of, now given its number
    (``hashed`` and its last four), with what the user is told of it; None when there is no
    such account or several could be it."""
    alike = list(
        session.scalars(
            select(Account)
            .where(
                Account.number_hash == "",
                Account.number_last4 == "",
                Account.institution == parsed.institution,
                Account.currency == parsed.currency,
                Account.type == parsed.type,
            )
            .order_by(Account.id)
        )
    )
    if not alike:
        return None
    sharing = _sharing_lines(session, alike, parsed.currency, lines)
    if len(sharing) == 1:
        (account,) = sharing
    elif not sharing and len(alike) == 1 and parsed.institution:
        (account,) = alike
    else:
        return None
    return account, give_number(account, parsed, hashed)


def give_number(account: Account, parsed: ParsedAccount, hashed: str) -> str:
    """Give ``account`` the statement's number (``hashed``, "" for a masked one, and its last
    four) and return what the user is told of it."""
    account.number_hash = hashed
    account.number_last4 = last_four(parsed.number)
    return Problem(
        "import.number_learned",
        f'"{account.name}" now knows its account number (…{account.number_last4}), read from '
        "this file: its lines already there were not imported again",
        name=account.name,
        last4=account.number_last4,
    )


def _sharing_lines(
    session: Session, accounts: list[Account], currency: str, lines: Sequence[ParsedTransaction]
) -> list[Account]:
    """Those of ``accounts`` holding a line of the statement's day and amount."""
    wanted = {(t.posted, to_minor(t.amount, currency)) for t in lines}
    if not wanted:
        return []
    days = [day for day, _ in wanted]
    stored = session.execute(
        select(Transaction.account_id, Transaction.posted, Transaction.amount_minor).where(
            Transaction.account_id.in_([a.id for a in accounts]),
            Transaction.posted.between(min(days), max(days)),
        )
    )
    held = {account for account, day, minor in stored if (day, minor) in wanted}
    return [a for a in accounts if a.id in held]
