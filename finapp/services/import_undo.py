"""Undo an import: its transactions go, and so does everything that followed from them.

Deleting a batch removes its transactions and stated balances (foreign keys cascade), but an
import also left marks elsewhere: the other side of transfers it paired, accounts it created,
subscriptions detected from its charges and alerts raised about them (a budget crossed, a low
balance, a price rise). Leaving those behind would show the user alerts about money that is no
longer in the store, so they go in the same undo:

* transfer partners in other imports are unpaired (they are ordinary lines again, except a
  move its app's own type calls the user's own money, a PayPal card deposit: a transfer alone);
* an account the import created that is now empty is removed;
* detection runs again, which drops suggested subscriptions whose charges went (the user's
  decisions on other subscriptions stay);
* stored lines the import's bank corrections replaced or withdrew are put back as they were
  (:mod:`finapp.services.import_corrections`);
* the lines taken out are recorded as erased on purpose (:mod:`finapp.services.erase_record`),
  so ``finapp check`` does not call the undo a loss next to a backup that still holds them;
* alerts raised since the import whose facts no longer hold are removed. Alerts that held
  before the import, or still hold without it, stay. "Hold" is judged from the facts each kind
  rests on, not by evaluating again (an alert resolved since is no longer raised, yet it was
  founded): a charge alert goes with its transaction (the database cascades), a subscription's
  alert with its subscription, a budget alert when its month no longer reaches its level, a
  low balance when its dip is gone, a freshness notice when the statements no longer reach
  the day it names.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from finapp.core import alerts as core_alerts
from finapp.core.alert_kinds import Kind
from finapp.core.budgets import next_month
from finapp.errors import NotFoundError, Problem
from finapp.services import changes
from finapp.services.changes import Changes
from finapp.services.erase_record import record_erase
from finapp.services.import_corrections import restore_corrected
from finapp.services.import_empty import holds_something
from finapp.services.subscriptions import detect_subscriptions
from finapp.services.transfers import set_apart_own_moves
from finapp.services.transfers_awaiting import settle_awaiting, stream_lines
from finapp.services.transfers_own_accounts import settle_own_account_lines
from finapp.services.undoable import forget_edits
from finapp.store.engine import Store
from finapp.store.schema import (
    Account,
    Alert,
    BalanceSnapshot,
    ImportBatch,
    Subscription,
    Transaction,
)


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
    """Undo one import: ``batch_id``, or the last one when None (the last that added
    something: see :mod:`finapp.services.import_empty`)."""
    if batch_id is None:
        with store.read() as session:
            batch_id = session.scalar(select(func.max(ImportBatch.id)).where(holds_something()))
        if batch_id is None:
            raise NotFoundError(Problem("undo.nothing", "Nothing to undo: no import yet"))
    return undo_imports(store, [batch_id])


def undo_imports(store: Store, batch_ids: Sequence[int], today: date | None = None) -> UndoResult:
    """Undo the imports ``batch_ids`` (one import of several files) as one change."""
    ids = tuple(dict.fromkeys(batch_ids))
    with store.read() as session:
        alerts_before = _alert_count(session)
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
        # a move of own money whose other side goes (a PayPal deposit) stays a transfer
        set_apart_own_moves(session, [Transaction.batch_id.not_in(ids)])
        touched = set(
            session.scalars(select(Transaction.account_id).where(Transaction.batch_id.in_(ids)))
        )
        lines = session.scalar(select(func.count()).select_from(gone.subquery())) or 0
        session.execute(delete(ImportBatch).where(ImportBatch.id.in_(ids)))
        restore_corrected(session, ids)  # the stored lines the bank's corrections changed
        # a line naming an account whose statement went awaits its other half again
        settle_own_account_lines(session)
        # a stream's line whose other half went with its statement awaits it again
        settle_awaiting(session, stream_lines(session))
        record_erase(session, lines, datetime.now())  # ``finapp check``: taken back, not lost
        accounts_removed = _remove_emptied_accounts(session, touched, since)
    detect_subscriptions(store, today)
    with store.write() as session:
        remove_unfounded_alerts(session, since, today or date.today())
        alerts_removed = alerts_before - _alert_count(session)
    forget_edits(store)  # edits of the lines gone cannot be undone or redone
    return UndoResult(ids, removed, alerts_removed, accounts_removed)


def _alert_count(session: Session) -> int:
    return int(session.scalar(select(func.count(Alert.id))) or 0)


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


#: alerts about a subscription: without it (detection dropped it with the charges) they go
_ABOUT_SUBSCRIPTION = frozenset(
    {
        Kind.RENEWAL,
        Kind.LAPSED,
        Kind.PRICE_INCREASE,
        Kind.INCOME_CHANGE,
        Kind.CHARGED_AFTER_CANCEL,
    }
)


def remove_unfounded_alerts(session: Session, since: datetime, as_of: date) -> int:
    """Delete the alerts raised since ``since`` whose facts the store no longer holds.

    The alert service is loaded here, once an alert is to be judged: ``finapp import`` loads
    this module for its ``--undo`` and would otherwise pay a twenty-fifth of a second to load
    what it never runs.
    """
    recent = [a for a in session.scalars(select(Alert)) if a.created_at >= since]
    if not recent:
        return 0
    from finapp.services.alert_facts import gather_facts

    evaluation = core_alerts.assess(gather_facts(session, as_of))
    until = {c.account_id: c.until for c in evaluation.facts.coverage}
    budgets = [a for a in recent if a.kind == Kind.BUDGET]
    reached = _budget_levels(session, budgets, evaluation.facts.limits.budget_thresholds, as_of)
    renewals = _next_renewals(session)
    gone = [a.id for a in recent if not _holds(a, evaluation.recovered, until, reached, renewals)]
    if gone:
        session.execute(delete(Alert).where(Alert.id.in_(gone)))
    return len(gone)


def _next_renewals(session: Session) -> dict[int, date | None]:
    """Each subscription's next renewal as detection now sees it."""
    rows = session.execute(select(Subscription.id, Subscription.next_date)).all()
    return {sub_id: next_date for sub_id, next_date in rows}


def _holds(
    alert: Alert,
    dips: Mapping[str, date | None],
    until: Mapping[int, date],
    reached: Mapping[str, int],
    renewals: Mapping[int, date | None],
) -> bool:
    if alert.kind == Kind.RENEWAL:
        # Founded while the subscription still renews on the day the reminder names: the
        # undone charges may have been what moved its next date there.
        named = date.fromisoformat(alert.dedupe_key.rsplit(":", 2)[1])
        return alert.subscription_id is not None and renewals.get(alert.subscription_id) == named
    if alert.kind in _ABOUT_SUBSCRIPTION:
        return alert.subscription_id is not None
    if alert.kind == Kind.LOW_BALANCE:
        return alert.dedupe_key in dips
    if alert.kind == Kind.STALE_STATEMENTS:
        named = date.fromisoformat(alert.dedupe_key.rsplit(":", 1)[1])
        account = alert.account_id
        return account is not None and account in until and until[account] >= named
    if alert.kind == Kind.BUDGET:
        prefix, level = alert.dedupe_key.rsplit(":", 1)
        return reached.get(prefix, -1) >= int(level)
    return True  # a charge alert: its transaction is still there, or the cascade took it


def _budget_levels(
    session: Session, alerts: list[Alert], thresholds: Sequence[int], as_of: date
) -> dict[str, int]:
    """The highest threshold each budget month of ``alerts`` reaches now, by the key's prefix
    (``budget:CATEGORY:MONTH``)."""
    from finapp.services.alert_facts import budget_months  # see remove_unfounded_alerts

    out: dict[str, int] = {}
    for month in {a.date.replace(day=1) for a in alerts}:
        month_end = min(next_month(month) - timedelta(days=1), as_of)
        for budget in budget_months(session, month_end):
            found = core_alerts.budget_alert(budget, thresholds)
            if found is not None:
                prefix, level = found.key.rsplit(":", 1)
                out[prefix] = int(level)
    return out
