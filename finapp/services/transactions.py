"""Listing and editing transactions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select

from finapp.core.money import from_minor
from finapp.services.accounts import require_account
from finapp.services.categories import category_paths
from finapp.store.engine import Store
from finapp.store.schema import Account, Transaction


@dataclass(frozen=True, slots=True)
class TransactionView:
    id: int
    account: str
    account_id: int
    date: date
    amount: Decimal
    currency: str
    payee: str
    memo: str
    fitid: str | None
    category: str | None
    category_source: str | None
    merchant: str
    is_transfer: bool


def list_transactions(
    store: Store,
    *,
    since: date | None = None,
    until: date | None = None,
    account: str | None = None,
) -> list[TransactionView]:
    """Transactions oldest first, optionally within dates (inclusive) and one account."""
    with store.read() as session:
        query = select(Transaction, Account.name).join(Account)
        if account is not None:
            query = query.where(Transaction.account_id == require_account(session, account).id)
        if since is not None:
            query = query.where(Transaction.posted >= since)
        if until is not None:
            query = query.where(Transaction.posted <= until)
        query = query.order_by(Transaction.posted, Transaction.id)
        paths = category_paths(session)
        return [
            TransactionView(
                id=txn.id,
                account=account_name,
                account_id=txn.account_id,
                date=txn.posted,
                amount=from_minor(txn.amount_minor, txn.currency),
                currency=txn.currency,
                payee=txn.payee,
                memo=txn.memo,
                fitid=txn.fitid,
                category=paths.get(txn.category_id) if txn.category_id else None,
                category_source=txn.category_source,
                merchant=txn.merchant,
                is_transfer=txn.is_transfer,
            )
            for txn, account_name in session.execute(query).tuples()
        ]
