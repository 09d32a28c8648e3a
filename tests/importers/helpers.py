"""What the store holds after an import, as plain tuples a test can compare."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, select

from finapp.core.money import from_minor
from finapp.store.engine import Store
from finapp.store.schema import Account, BalanceSnapshot, ImportBatch, Transaction


def rows(store: Store, account: str | None = None) -> list[tuple[str, Decimal, str, str | None]]:
    """(date, amount, payee, fitid) of every stored transaction, sorted."""
    with store.read() as session:
        query = select(Transaction).join(Account)
        if account is not None:
            query = query.where(Account.name == account)
        return sorted(
            (t.posted.isoformat(), from_minor(t.amount_minor, t.currency), t.payee, t.fitid)
            for t in session.scalars(query)
        )


def counts(store: Store) -> tuple[int, int, int]:
    """(transactions, balances, batches) in the store."""
    with store.read() as session:
        return tuple(  # type: ignore[return-value]
            session.scalar(select(func.count()).select_from(table))
            for table in (Transaction, BalanceSnapshot, ImportBatch)
        )


def balances(store: Store) -> list[tuple[str, str, Decimal]]:
    with store.read() as session:
        return sorted(
            (b.kind, b.as_of.isoformat(), Decimal(b.amount_minor) / 100)
            for b in session.scalars(select(BalanceSnapshot))
        )
