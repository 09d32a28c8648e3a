"""Which charges of subscriptions and bills their merchant gave back in full: no bill paid.

A month's "subscriptions and bills paid", the audit's spent and the year in review's paid add
up a stream's charges; a charge refunded in full (Hulu's 18.99 given back a fortnight on,
:func:`~finapp.core.refunds.refunded_in_full`) is in none of them, as it is in no spending.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from finapp.core.category_kinds import CategoryKind
from finapp.core.charges import Charge, Credit
from finapp.core.refunds import REFUND_DAYS, refunded_in_full
from finapp.store.schema import Category, Transaction

#: a line's columns in the order of :class:`~finapp.core.charges.Charge`'s fields
CHARGE_COLUMNS = (
    Transaction.id,
    Transaction.account_id,
    Transaction.posted,
    Transaction.amount_minor,
    Transaction.currency,
    func.coalesce(Transaction.merchant, ""),
    Transaction.payee,
    Transaction.category_id,
)


def refunded_charges(session: Session, charges: Sequence[Charge], until: date) -> set[int]:
    """The ids of ``charges`` a later credit of their merchant, posted up to ``until``, gives
    back in full."""
    merchants = {c.merchant for c in charges if c.merchant}
    if not merchants:
        return set()
    first = min(c.posted for c in charges)
    last = min(until, max(c.posted for c in charges) + timedelta(days=REFUND_DAYS))
    rows = session.execute(
        select(
            Transaction.id,
            Transaction.posted,
            Transaction.amount_minor,
            Transaction.currency,
            Transaction.merchant,
        )
        .outerjoin(Category, Category.id == Transaction.category_id)
        .where(
            Transaction.posted >= first,
            Transaction.posted <= last,
            Transaction.amount_minor > 0,
            Transaction.is_transfer.is_(False),
            Transaction.merchant.in_(merchants),
            or_(Category.id.is_(None), Category.kind == CategoryKind.EXPENSE),
        )
    ).all()
    return set(refunded_in_full(charges, [Credit(*row) for row in rows]))
