"""Transfers between the user's own accounts, marked on both sides and left out of reports."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from finapp.core.transfers import Movement, match_transfers
from finapp.store.engine import Store
from finapp.store.schema import Account, Category, Transaction

MAX_DAYS = 4


def _link(session: Session, since: date | None = None, until: date | None = None) -> int:
    query = (
        select(Transaction, Account.type, Category.kind)
        .join(Account)
        .outerjoin(Category, Category.id == Transaction.category_id)
        .where(Transaction.is_transfer.is_(False))
    )
    if since is not None:
        query = query.where(Transaction.posted >= since, Transaction.posted <= until)
    rows = session.execute(query).all()
    by_id = {txn.id: txn for txn, _, _ in rows}
    pairs = match_transfers(
        (
            Movement(
                txn.id,
                txn.account_id,
                account_type,
                txn.posted,
                txn.amount_minor,
                txn.currency,
                f"{txn.original_payee or txn.payee} {txn.memo}",
                kind,
            )
            for txn, account_type, kind in rows
        ),
        MAX_DAYS,
    )
    for out_id, in_id in pairs:
        out, into = by_id[out_id], by_id[in_id]
        out.is_transfer = into.is_transfer = True
        out.transfer_peer_id, into.transfer_peer_id = into.id, out.id
    return len(pairs)


def link_batch_transfers(session: Session, batch_id: int) -> int:
    """Pair what one import added with its other side, in any account (inside the import)."""
    low, high = session.execute(
        select(func.min(Transaction.posted), func.max(Transaction.posted)).where(
            Transaction.batch_id == batch_id
        )
    ).one()
    if low is None:
        return 0
    return _link(session, low - timedelta(days=MAX_DAYS), high + timedelta(days=MAX_DAYS))


def link_all_transfers(store: Store) -> int:
    """Look for transfers across all history; returns how many new pairs were found."""
    with store.write() as session:
        return _link(session)
