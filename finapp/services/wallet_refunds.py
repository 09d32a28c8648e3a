"""A payment app's refund is filed where its purchase is, so the purchase's category nets.

Alipay books a partial refund as a row of its own (see
:mod:`finapp.importers.csv.payment_apps`), whose order number is its purchase's with a suffix
(``…9999_2024041212345``). WeChat Pay's refund row (``美团平台商户-退款``) has an order number
of its own; its purchase is the same shop's earlier line whose status said what came back
(kept in its memo: ``(已全额退款)`` for the whole amount, ``(已退款: 20.00)`` for a part no
smaller than the refund), the latest of them within :data:`REFUND_DAYS`. A shop that sells
several things (美团: meals and bike passes) writes no goods on its refund rows, so the rules,
reading its words, would file every refund alike.

The rules file a refund by its words (``退款``: money back); filed in its purchase's category
instead, it lowers what the purchase counts there, as the month report counts any refund in a
spending category: 200 spent on shoes and 50 back is 150 spent, and a purchase refunded whole
counts nothing. The purchase may be in an earlier import (the refund comes in next month's
export). A refund the user filed by hand, or whose purchase has no category, keeps its filing.

The filing is the rules' (``category_source`` ``rule``): a later re-run of every rule files the
refund by its words again.

A store an older finapp filled holds refunds it never filed so (imported before finapp did
this, or before the statement of their purchase): the first open by this finapp files them all
once (:func:`file_stored_refunds`, recorded by :mod:`.refund_filing_record`).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session, aliased

from finapp.core.account_types import AccountType
from finapp.core.category_sources import KEPT, CategorySource
from finapp.core.money import from_minor
from finapp.importers.csv.payment_apps import refund_stated, trade_of
from finapp.services.refund_filing_record import holds_filed_refunds, record_filed_refunds
from finapp.services.undoable import forget_edits
from finapp.store.engine import Store
from finapp.store.schema import Account, Transaction

log = logging.getLogger("finapp.store")

#: how long after its purchase a refund is looked for (a return within a year)
REFUND_DAYS = 366


def file_refunds_like_purchases(session: Session, first: date, last: date) -> int:
    """File the payment apps' refunds posted from ``first`` to ``last`` in their purchases'
    categories; how many changed."""
    return len(_file_refunds(session, [Transaction.posted.between(first, last)]))


def refunds_follow(session: Session, purchases: Sequence[int]) -> list[int]:
    """File again the refunds of the shops of ``purchases``, lines the user just refiled, so
    that a refund stays with its order: filing a 美团外卖 order under 餐饮 takes its ¥42
    back there too. The ids of the refunds that moved."""
    if not purchases:
        return []
    shops = session.execute(
        select(
            Transaction.account_id,
            Transaction.original_payee,
            func.min(Transaction.posted),
            func.max(Transaction.posted),
        )
        .where(Transaction.id.in_(purchases), Transaction.amount_minor < 0)
        .group_by(Transaction.account_id, Transaction.original_payee)
    ).all()
    moved: list[int] = []
    for account_id, payee, first, last in shops:
        moved += _file_refunds(
            session,
            [
                Transaction.account_id == account_id,
                Transaction.original_payee == payee,
                Transaction.posted.between(first, last + timedelta(days=REFUND_DAYS)),
            ],
        )
    return moved


def _file_refunds(session: Session, where: Sequence[ColumnElement[bool]]) -> list[int]:
    """File the payment apps' refunds ``where`` selects in their purchases' categories; the
    ids of those that changed."""
    refunds = session.execute(
        select(
            Transaction.id,
            Transaction.account_id,
            Transaction.fitid,
            Transaction.category_id,
            Transaction.posted,
            Transaction.amount_minor,
            Transaction.currency,
            Transaction.original_payee,
        )
        .join(Account)
        .where(
            Account.type == AccountType.PAYMENT_APP,
            *where,
            Transaction.amount_minor > 0,
            Transaction.fitid.contains("_") | Transaction.memo.contains("退款"),
            Transaction.category_source.not_in([s.value for s in KEPT])
            | Transaction.category_source.is_(None),
        )
    ).all()
    changes = []
    for refund in refunds:
        if "_" in (refund.fitid or ""):
            category = _by_order(session, refund.account_id, refund.fitid or "")
        else:
            back = from_minor(refund.amount_minor, refund.currency)
            category = _by_status(
                session, refund.account_id, refund.original_payee, refund.posted, back
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
    return [change["id"] for change in changes]


def file_stored_refunds(store: Store) -> int:
    """File every stored refund with its purchase, once a store (see the module docstring);
    how many were filed anew. A refund the user filed by hand keeps its filing."""
    with store.write() as session:
        conn = session.connection()
        if holds_filed_refunds(conn):
            return 0  # another finapp opening the store filed them meanwhile
        first, last = session.execute(
            select(func.min(Transaction.posted), func.max(Transaction.posted))
        ).one()
        filed = 0 if first is None else file_refunds_like_purchases(session, first, last)
        record_filed_refunds(conn)
    if filed:
        log.info("payment-app refunds filed with their purchases: %d", filed)
        forget_edits(store)  # the journal's statements name the refunds' old categories
    return filed


def _by_order(session: Session, account_id: int, fitid: str) -> int | None:
    """The category of an Alipay refund's purchase: the trade its order number names."""
    purchase = aliased(Transaction)
    return session.scalar(
        select(purchase.category_id).where(
            purchase.account_id == account_id,
            purchase.fitid == trade_of(fitid),
            purchase.amount_minor < 0,
            purchase.category_id.is_not(None),
        )
    )


def _by_status(
    session: Session, account_id: int, payee: str, posted: date, back: Decimal
) -> int | None:
    """The category of a WeChat Pay refund of ``back`` from ``payee`` on ``posted``: its
    purchase is the shop's latest line before it whose status said at least that came back."""
    purchase = aliased(Transaction)
    candidates = session.execute(
        select(purchase.category_id, purchase.memo, purchase.amount_minor, purchase.currency)
        .where(
            purchase.account_id == account_id,
            purchase.original_payee == payee,
            purchase.posted.between(posted - timedelta(days=REFUND_DAYS), posted),
            purchase.amount_minor < 0,
            purchase.memo.contains("退款"),
            purchase.category_id.is_not(None),
        )
        .order_by(purchase.posted.desc(), purchase.posted_time.desc(), purchase.id.desc())
    ).all()
    for category, memo, amount_minor, currency in candidates:
        stated = refund_stated(memo, -from_minor(amount_minor, currency))
        if stated is not None and stated >= back and category is not None:
            return category
    return None
