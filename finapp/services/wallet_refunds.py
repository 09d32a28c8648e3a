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
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import ColumnElement, func, select, update
from sqlalchemy.orm import Session

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
#: order numbers or shops asked about in one query (SQLite's limit on a query's values)
_CHUNK = 500


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
    by_order = [r for r in refunds if "_" in (r.fitid or "")]
    categories = _by_orders(session, by_order)
    categories.update(_by_statuses(session, [r for r in refunds if "_" not in (r.fitid or "")]))
    changes = [
        {
            "id": refund.id,
            "category_id": category,
            "category_source": CategorySource.RULE.value,
        }
        for refund in refunds
        if (category := categories.get(refund.id)) is not None and category != refund.category_id
    ]
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


def _by_orders(session: Session, refunds: Sequence[Any]) -> dict[int, int]:
    """The categories of Alipay refunds' purchases, by refund id: the trade each order number
    names (the earliest line of it, should the account hold several). One query for every
    refund of an import, not one per refund: each read the whole account."""
    trades = {(r.account_id, trade_of(r.fitid or "")) for r in refunds}
    accounts = {account for account, _ in trades}
    found: dict[tuple[int, str], int] = {}
    wanted = sorted({trade for _, trade in trades})
    for start in range(0, len(wanted), _CHUNK):
        rows = session.execute(
            select(Transaction.account_id, Transaction.fitid, Transaction.category_id)
            .where(
                Transaction.account_id.in_(accounts),
                Transaction.fitid.in_(wanted[start : start + _CHUNK]),
                Transaction.amount_minor < 0,
                Transaction.category_id.is_not(None),
            )
            .order_by(Transaction.posted, Transaction.id)
        ).all()
        for account, fitid, category in rows:
            if fitid is not None and category is not None:
                found.setdefault((account, fitid), category)
    return {
        r.id: found[key]
        for r in refunds
        if (key := (r.account_id, trade_of(r.fitid or ""))) in found
    }


@dataclass(frozen=True, slots=True)
class _Purchase:
    """A purchase whose status said what came back: when, in what category, and how much."""

    day: int  # the posted day's ordinal
    category: int
    stated: Decimal


def _by_statuses(session: Session, refunds: Sequence[Any]) -> dict[int, int]:
    """The categories of WeChat Pay refunds' purchases, by refund id: for a refund of ``back``
    from a shop on a day, the shop's latest line before it, within :data:`REFUND_DAYS`, whose
    status said at least that came back. The shops' purchases saying so are read in one query
    for every refund of an import (one per refund took 30 ms each)."""
    if not refunds:
        return {}
    first = min(r.posted for r in refunds) - timedelta(days=REFUND_DAYS)
    last = max(r.posted for r in refunds)
    shops = {(r.account_id, r.original_payee) for r in refunds}
    payees = sorted({payee for _, payee in shops if payee is not None})
    latest_first: dict[tuple[int, str], list[_Purchase]] = {}
    for start in range(0, len(payees), _CHUNK):
        rows = session.execute(
            select(
                Transaction.account_id,
                Transaction.original_payee,
                Transaction.posted,
                Transaction.category_id,
                Transaction.memo,
                Transaction.amount_minor,
                Transaction.currency,
            )
            .where(
                Transaction.account_id.in_({account for account, _ in shops}),
                Transaction.original_payee.in_(payees[start : start + _CHUNK]),
                Transaction.posted.between(first, last),
                Transaction.amount_minor < 0,
                Transaction.memo.contains("退款"),
                Transaction.category_id.is_not(None),
            )
            .order_by(
                Transaction.posted.desc(), Transaction.posted_time.desc(), Transaction.id.desc()
            )
        ).all()
        for account, payee, posted, category, memo, amount_minor, currency in rows:
            stated = refund_stated(memo, -from_minor(amount_minor, currency))
            if stated is not None and category is not None:
                purchase = _Purchase(posted.toordinal(), category, stated)
                latest_first.setdefault((account, payee), []).append(purchase)
    found: dict[int, int] = {}
    for refund in refunds:
        back = from_minor(refund.amount_minor, refund.currency)
        day = refund.posted.toordinal()
        for purchase in latest_first.get((refund.account_id, refund.original_payee), ()):
            if purchase.day > day:
                continue
            if purchase.day < day - REFUND_DAYS:
                break
            if purchase.stated >= back:
                found[refund.id] = purchase.category
                break
    return found
