"""The past charges of a subscription the user adds by hand.

Detection misses what renews too seldom to show a pattern yet (a domain renewed once a year,
seen twice). When the user adds such a subscription naming the payee its charges carry, the
charges already in the store are its history: they are linked to it, so it shows its latest
amount, last charge and next renewal from them, and detection neither suggests them again nor
loses them (the row is pinned, as a split-off one is, and adopts its later renewals).

A charge is one of them when its merchant key is the payee's, it goes the same way (out for a
subscription or bill), its amount is within :data:`AMOUNT_TOLERANCE` of the amount given (a
renewal's price moves a little from year to year), it is in the account named (any, when none
is), and no other subscription holds it already.
"""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.merchant import merchant_key
from finapp.store.schema import Subscription, SubscriptionMember, Transaction
from finapp.store.subscription_details import read_details, write_details

#: how far a past charge's amount may be from the one given, as a share of it
AMOUNT_TOLERANCE = Decimal("0.2")


def past_charges(
    session: Session, payee: str, amount_minor: int, account_id: int | None
) -> list[int]:
    """The ids of the store's charges that are the subscription's history, oldest first."""
    key = merchant_key(payee)
    if not key or amount_minor == 0:
        return []
    held = select(SubscriptionMember.transaction_id)
    query = select(Transaction.id, Transaction.amount_minor).where(
        Transaction.merchant == key,
        Transaction.is_transfer.is_(False),
        Transaction.id.not_in(held),
    )
    if account_id is not None:
        query = query.where(Transaction.account_id == account_id)
    query = query.order_by(Transaction.posted, Transaction.id)
    slack = abs(amount_minor) * AMOUNT_TOLERANCE
    return [
        txn_id
        for txn_id, minor in session.execute(query)
        if (minor < 0) == (amount_minor < 0) and abs(minor - amount_minor) <= slack
    ]


def link_past_charges(session: Session, row: Subscription, transaction_ids: list[int]) -> None:
    """Make ``row`` (flushed, with the user's cadence) the owner of its past charges.

    The next detection describes it from them (keeping the cadence the user gave) and adopts
    its later renewals; it is no longer a manual row rolling on its own schedule.
    """
    details = read_details(row.details)
    details.pinned = details.as_added = True
    row.details = write_details(details)
    row.manual = False
    session.add_all(
        SubscriptionMember(subscription_id=row.id, transaction_id=txn_id)
        for txn_id in transaction_ids
    )
