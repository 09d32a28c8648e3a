"""Transfers between the user's own accounts, marked on both sides and left out of reports."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from finapp.core.transfers import Movement, match_transfers
from finapp.store.engine import Store
from finapp.store.schema import Account, Category, Transaction

MAX_DAYS = 4


def _link(session: Session, since: date | None = None, until: date | None = None) -> int:
    """Pair unpaired transactions (optionally posted within dates); both sides marked in bulk."""
    query = (
        select(
            Transaction.id,
            Transaction.account_id,
            Account.type,
            Transaction.posted,
            Transaction.amount_minor,
            Transaction.currency,
            Transaction.original_payee,
            Transaction.payee,
            Transaction.memo,
            Category.kind,
        )
        .join(Account)
        .outerjoin(Category, Category.id == Transaction.category_id)
        .where(Transaction.is_transfer.is_(False))
    )
    if since is not None:
        query = query.where(Transaction.posted >= since, Transaction.posted <= until)
    pairs = match_transfers(
        (
            Movement(
                r.id,
                r.account_id,
                r.type,
                r.posted,
                r.amount_minor,
                r.currency,
                f"{r.original_payee or r.payee} {r.memo}",
                r.kind,
            )
            for r in session.execute(query)
        ),
        MAX_DAYS,
    )
    marks = [
        {"id": side, "is_transfer": True, "transfer_peer_id": peer}
        for out_id, in_id in pairs
        for side, peer in ((out_id, in_id), (in_id, out_id))
    ]
    if marks:
        session.execute(update(Transaction), marks)
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
