"""Undo an import: its transactions go, and so does everything that followed from them.

Deleting a batch removes its transactions and stated balances (foreign keys cascade), but an
import also left marks elsewhere: the other side of transfers it paired, accounts it created,
subscriptions detected from its charges and alerts raised about them (a budget crossed, a low
balance, a price rise). Leaving those behind would show the user alerts about money that is no
longer in the store, so they go in the same undo:

* transfer partners in other imports are unpaired (they are ordinary lines again);
* an account the import created that is now empty is removed;
* detection runs again, which drops suggested subscriptions whose charges went (the user's
  decisions on other subscriptions stay);
* alerts raised since the import whose facts no longer hold are removed. Alerts that held
  before the import, or still hold without it, stay.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from finapp.core import alerts as core_alerts
from finapp.errors import NotFoundError
from finapp.services import changes
from finapp.services.alerts import gather_facts
from finapp.services.changes import Changes
from finapp.services.subscriptions import detect_subscriptions
from finapp.store.engine import Store
from finapp.store.schema import Account, Alert, BalanceSnapshot, ImportBatch, Transaction


@dataclass(frozen=True, slots=True)
class UndoResult:
    """What an undo removed."""

    batch_ids: tuple[int, ...]
    #: transactions removed
    removed: int
    #: alerts about the removed data
    alerts_removed: int
    #: accounts the import had created, empty without it
    accounts_removed: int

    @property
    def changes(self) -> Changes:
        return changes.IMPORT


def undo_import(store: Store, batch_id: int | None = None) -> UndoResult:
    """Undo one import: ``batch_id``, or the last one when None."""
    if batch_id is None:
        with store.read() as session:
            batch_id = session.scalar(select(func.max(ImportBatch.id)))
        if batch_id is None:
            raise NotFoundError("Nothing to undo: no import yet")
    return undo_imports(store, [batch_id])


def undo_imports(store: Store, batch_ids: Sequence[int], today: date | None = None) -> UndoResult:
    """Undo the imports ``batch_ids`` (one import of several files) as one change."""
    ids = tuple(dict.fromkeys(batch_ids))
    with store.write() as session:
        batches = session.scalars(select(ImportBatch).where(ImportBatch.id.in_(ids))).all()
        missing = set(ids) - {b.id for b in batches}
        if missing:
            raise NotFoundError(f"No import batch {min(missing)}")
        since: datetime = min(b.imported_at for b in batches)
        removed = sum(b.new_count for b in batches)
        gone = select(Transaction.id).where(Transaction.batch_id.in_(ids))
        session.execute(
            update(Transaction)
            .where(Transaction.transfer_peer_id.in_(gone), Transaction.batch_id.not_in(ids))
            .values(is_transfer=False, transfer_peer_id=None)
            .execution_options(synchronize_session=False)
        )
        touched = set(
            session.scalars(select(Transaction.account_id).where(Transaction.batch_id.in_(ids)))
        )
        session.execute(delete(ImportBatch).where(ImportBatch.id.in_(ids)))
        accounts_removed = _remove_emptied_accounts(session, touched, since)
    detect_subscriptions(store, today)
    alerts_removed = _remove_stale_alerts(store, since, today or date.today())
    return UndoResult(ids, removed, alerts_removed, accounts_removed)


# Creation times are compared in Python: SQLite keeps them as text without fractions
# ("2026-03-05 09:55:58"), which sorts before the same second bound as a parameter
# ("2026-03-05 09:55:58.000000").


def _remove_emptied_accounts(session: Session, account_ids: set[int], since: datetime) -> int:
    """Accounts created by the undone import that no longer hold anything."""
    if not account_ids:
        return 0
    has_rows = select(Transaction.id).where(Transaction.account_id == Account.id).exists()
    has_balance = (
        select(BalanceSnapshot.id).where(BalanceSnapshot.account_id == Account.id).exists()
    )
    empty = session.execute(
        select(Account.id, Account.created_at).where(
            Account.id.in_(account_ids), ~has_rows, ~has_balance
        )
    )
    created_since = [account_id for account_id, created in empty if created >= since]
    if created_since:
        session.execute(delete(Account).where(Account.id.in_(created_since)))
    return len(created_since)


def _remove_stale_alerts(store: Store, since: datetime, today: date) -> int:
    """Alerts raised since ``since`` that today's facts no longer raise."""
    with store.write() as session:
        still_raised = {c.key for c in core_alerts.evaluate(gather_facts(session, today))}
        stale = [
            alert_id
            for alert_id, key, created in session.execute(
                select(Alert.id, Alert.dedupe_key, Alert.created_at)
            )
            if created >= since and key not in still_raised
        ]
        if stale:
            session.execute(delete(Alert).where(Alert.id.in_(stale)))
        return len(stale)
