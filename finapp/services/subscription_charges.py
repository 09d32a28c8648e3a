"""The charges a subscription is made of, for choosing which to split off."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from finapp.core.money import from_minor
from finapp.store.engine import Store
from finapp.store.schema import SubscriptionMember, Transaction


@dataclass(frozen=True, slots=True)
class MemberCharge:
    id: int
    posted: date
    amount: Decimal  # signed: negative = out
    currency: str
    payee: str


def member_charges(store: Store, sub_id: int) -> list[MemberCharge]:
    """The subscription's own charges, oldest first (none for one added by hand)."""
    with store.read() as session:
        rows = session.execute(
            select(
                Transaction.id,
                Transaction.posted,
                Transaction.amount_minor,
                Transaction.currency,
                Transaction.payee,
            )
            .join(SubscriptionMember, SubscriptionMember.transaction_id == Transaction.id)
            .where(SubscriptionMember.subscription_id == sub_id)
            .order_by(Transaction.posted, Transaction.id)
        ).all()
    return [
        MemberCharge(tid, posted, from_minor(minor, currency), currency, payee)
        for tid, posted, minor, currency, payee in rows
    ]
