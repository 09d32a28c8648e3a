"""A payment app's refund is filed where its purchase is, so the purchase's category nets.

Alipay books a partial refund as a row of its own (see
:mod:`finapp.importers.csv.payment_apps`), whose order number is its purchase's with a suffix
(``…9999_2024041212345``). The rules file it by its words (``退款``: a refund as income); filed
in its purchase's category instead, it lowers what the purchase counts there, as the month
report counts any refund in a spending category: 200 spent on shoes and 50 back is 150 spent.
The purchase may be in an earlier import (the refund comes in next month's export). A refund
the user filed by hand, or whose purchase has no category, keeps its filing.

The filing is the rules' (``category_source`` ``rule``): a later re-run of every rule files the
refund by its words again.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select, update
from sqlalchemy.orm import Session, aliased

from finapp.core.account_types import AccountType
from finapp.core.category_sources import KEPT, CategorySource
from finapp.importers.csv.payment_apps import trade_of
from finapp.store.schema import Account, Transaction


def file_refunds_like_purchases(session: Session, first: date, last: date) -> int:
    """File the payment apps' refunds posted from ``first`` to ``last`` in their purchases'
    categories; how many changed."""
    purchase = aliased(Transaction)
    refunds = session.execute(
        select(Transaction.id, Transaction.account_id, Transaction.fitid, Transaction.category_id)
        .join(Account)
        .where(
            Account.type == AccountType.PAYMENT_APP,
            Transaction.posted.between(first, last),
            Transaction.amount_minor > 0,
            Transaction.fitid.contains("_"),
            Transaction.category_source.not_in([s.value for s in KEPT])
            | Transaction.category_source.is_(None),
        )
    ).all()
    changes = []
    for refund in refunds:
        category = session.scalar(
            select(purchase.category_id).where(
                purchase.account_id == refund.account_id,
                purchase.fitid == trade_of(refund.fitid or ""),
                purchase.amount_minor < 0,
                purchase.category_id.is_not(None),
            )
        )
        if category is not None and category != refund.category_id:
            changes.append(
                {
                    "id": refund.id,
                    "category_id": category,
                    "category_source": CategorySource.RULE.value,
                }
            )
    if changes:
        session.execute(update(Transaction), changes)
    return len(changes)
