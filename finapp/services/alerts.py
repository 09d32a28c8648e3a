"""Alerts: gather the facts as of a date, evaluate them, store each occurrence once, list them.

Evaluation is pure (:mod:`finapp.core.alerts`); this module only reads what it needs — ignoring
everything posted after ``as_of`` — and writes new alerts by their unique dedupe key, so running
it again (or after importing the same months again) raises nothing twice, and a dismissed alert
stays dismissed.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import Session

from finapp.core import alerts as core
from finapp.core.budgets import month_of, progress
from finapp.core.cadence import BY_NAME
from finapp.core.money import from_minor, to_minor
from finapp.errors import NotFoundError
from finapp.services.budgets import spent_by_month
from finapp.services.categories import category_paths, descendants
from finapp.services.settings import Settings, load_settings
from finapp.services.subscriptions import detect_subscriptions
from finapp.store.engine import Store
from finapp.store.schema import (
    Account,
    Alert,
    BalanceSnapshot,
    Budget,
    Category,
    Subscription,
    Transaction,
)

#: how far back charges are read to learn what is usual for a merchant or category
LOOKBACK_DAYS = 400


@dataclass(frozen=True, slots=True)
class AlertView:
    id: int
    kind: str
    date: date
    severity: str
    message: str
    account: str | None
    category: str | None
    subscription_id: int | None
    transaction_id: int | None
    amount: Decimal | None
    currency: str | None
    read: bool
    dismissed: bool
    #: the facts of ``message`` by name (see :class:`finapp.core.alerts.Candidate`), so the
    #: GUI can word them in the user's language; empty for alerts stored without them
    params: dict[str, str] = field(default_factory=dict)


def _limits(settings: Settings) -> core.Limits:
    return core.Limits(
        large_charge=settings.large_charge_limit,
        new_merchant=settings.new_merchant_limit,
        unusual_factor=settings.unusual_factor,
        duplicate_days=settings.duplicate_window_days,
        window_days=settings.alert_window_days,
        subscription_window_days=settings.subscription_window_days,
        budget_thresholds=tuple(settings.budget_thresholds),
        reminder_offsets=tuple(settings.reminder_offsets),
    )


#: the columns of :class:`core.Charge`, in its order: read as plain rows, not whole records,
#: because the lookback holds a year of every charge
_CHARGE_COLUMNS = (
    Transaction.id,
    Transaction.account_id,
    Transaction.posted,
    Transaction.amount_minor,
    Transaction.currency,
    Transaction.merchant,
    Transaction.payee,
    Transaction.category_id,
)


def _read_charges(session: Session, *where: ColumnElement[bool]) -> list[core.Charge]:
    return [core.Charge(*row) for row in session.execute(select(*_CHARGE_COLUMNS).where(*where))]


#: money out that is spending: not a transfer, not in a transfer category
_SPENDING = (
    Transaction.amount_minor < 0,
    Transaction.is_transfer.is_(False),
    Transaction.category_id.is_(None)
    | Transaction.category_id.not_in(select(Category.id).where(Category.kind == "transfer")),
)


def _charges(session: Session, as_of: date) -> tuple[list[core.Charge], frozenset[str]]:
    start = as_of - timedelta(days=LOOKBACK_DAYS)
    charges = _read_charges(session, *_SPENDING, Transaction.posted >= start,
                            Transaction.posted <= as_of)  # fmt: skip
    seen = session.scalars(
        select(Transaction.merchant).distinct().where(*_SPENDING, Transaction.posted < start)
    )
    return charges, frozenset(seen)


def _daily_movements(session: Session, account_ids: list[int]) -> dict[int, list[tuple[date, int]]]:
    """Each account's net movement per day, in one query for all of them."""
    out: dict[int, list[tuple[date, int]]] = defaultdict(list)
    rows = session.execute(
        select(Transaction.account_id, Transaction.posted, func.sum(Transaction.amount_minor))
        .where(Transaction.account_id.in_(account_ids))
        .group_by(Transaction.account_id, Transaction.posted)
    )
    for account_id, posted, amount in rows:
        out[account_id].append((posted, amount))
    return out


def _balances(session: Session, as_of: date) -> list[core.AccountBalance]:
    out = []
    watched = list(session.scalars(select(Account).where(Account.low_balance_minor.is_not(None))))
    movements = _daily_movements(session, [a.id for a in watched])
    for account in watched:
        ledger = select(BalanceSnapshot).where(
            BalanceSnapshot.account_id == account.id, BalanceSnapshot.kind == "ledger"
        )
        snapshot = (
            session.scalars(
                ledger.where(BalanceSnapshot.as_of <= as_of).order_by(BalanceSnapshot.as_of.desc())
            ).first()
            or session.scalars(ledger.order_by(BalanceSnapshot.as_of)).first()
        )
        if snapshot is None:
            continue  # no stated balance: the transactions alone cannot tell the balance
        out.append(
            core.AccountBalance(
                account.id,
                account.name,
                account.currency,
                account.low_balance_minor or 0,
                snapshot.as_of,
                snapshot.amount_minor,
                movements[account.id],
            )
        )
    return out


def _budgets(session: Session, as_of: date) -> list[core.BudgetMonth]:
    month = month_of(as_of)
    paths = category_paths(session)
    out = []
    for budget in session.scalars(select(Budget)):
        by_month = spent_by_month(session, budget.category_id, budget.currency, as_of)
        available = progress(
            budget.amount_minor, month, by_month, rollover=budget.rollover, since=budget.since
        ).available
        daily = session.execute(
            select(Transaction.posted, -func.sum(Transaction.amount_minor))
            .where(
                Transaction.category_id.in_(descendants(session, budget.category_id)),
                Transaction.currency == budget.currency,
                Transaction.is_transfer.is_(False),
                Transaction.posted >= month,
                Transaction.posted <= as_of,
            )
            .group_by(Transaction.posted)
        ).all()
        out.append(
            core.BudgetMonth(
                budget.category_id,
                paths[budget.category_id],
                budget.currency,
                available,
                list(daily),
            )
        )
    return out


def _price_changes(raw: list[dict], currency: str) -> list[tuple[date, int, int]]:
    """Price changes as the detector stores them: amounts in minor units or decimal strings."""

    def minor(value: int | str | float) -> int:
        return value if isinstance(value, int) else to_minor(Decimal(str(value)), currency)

    return [(date.fromisoformat(c["date"]), minor(c["old"]), minor(c["new"])) for c in raw]


def _subscriptions(session: Session) -> list[core.SubscriptionFacts]:
    out = []
    for sub in session.scalars(select(Subscription).where(Subscription.user_state != "dismissed")):
        details = json.loads(sub.details or "{}")
        after_ids = [int(i) for i in details.get("charged_after_cancel", [])]
        after = _read_charges(session, Transaction.id.in_(after_ids)) if after_ids else []
        offsets = (
            [int(o) for o in sub.reminder_offsets.split(",") if o.strip()]
            if sub.reminder_offsets
            else None
        )
        out.append(
            core.SubscriptionFacts(
                id=sub.id,
                key=sub.stream_key or f"#{sub.id}",
                name=sub.user_name or sub.name,
                status=sub.status,
                user_state=sub.user_state,
                next_date=sub.next_date,
                amount_minor=sub.amount_minor,
                currency=sub.currency,
                account_id=sub.account_id,
                offsets=offsets,
                price_changes=_price_changes(details.get("price_changes", []), sub.currency),
                after_cancel=after,
                lapsed=bool(details.get("lapsed", False)),
                kind=sub.kind,
                period_days=BY_NAME[sub.cadence].days if sub.cadence in BY_NAME else None,
            )
        )
    return out


def gather_facts(session: Session, as_of: date) -> core.Facts:
    """Everything alerts look at, as the store stood on ``as_of`` (later lines ignored)."""
    charges, seen = _charges(session, as_of)
    return core.Facts(
        as_of=as_of,
        charges=charges,
        seen_before=seen,
        history_start=session.scalar(select(func.min(Transaction.posted))),
        balances=_balances(session, as_of),
        budgets=_budgets(session, as_of),
        subscriptions=_subscriptions(session),
        limits=_limits(load_settings(session)),
    )


def _views(session: Session, rows: list[Alert]) -> list[AlertView]:
    paths = category_paths(session)
    names = dict(session.execute(select(Account.id, Account.name)).all())
    return [
        AlertView(
            id=a.id,
            kind=a.kind,
            date=a.date,
            severity=a.severity,
            message=a.message,
            account=names.get(a.account_id) if a.account_id is not None else None,
            category=paths.get(a.category_id) if a.category_id is not None else None,
            subscription_id=a.subscription_id,
            transaction_id=a.transaction_id,
            amount=None
            if a.amount_minor is None or a.currency is None
            else from_minor(a.amount_minor, a.currency),
            currency=a.currency,
            read=a.read,
            dismissed=a.dismissed,
            params=json.loads(a.params or "{}"),
        )
        for a in rows
    ]


def evaluate_alerts(store: Store, as_of: date | None = None) -> list[AlertView]:
    """Raise the alerts current at ``as_of`` (default today) not raised before; returns them."""
    as_of = as_of or date.today()
    with store.write() as session:
        candidates = core.evaluate(gather_facts(session, as_of))
        known = set(session.scalars(select(Alert.dedupe_key)))
        new = [
            Alert(
                dedupe_key=c.key,
                kind=c.kind.value,
                severity=c.severity,
                date=c.date,
                message=c.message,
                params=json.dumps(dict(c.params), ensure_ascii=False),
                account_id=c.account_id,
                category_id=c.category_id,
                subscription_id=c.subscription_id,
                transaction_id=c.transaction_id,
                amount_minor=c.amount_minor,
                currency=c.currency,
            )
            for c in candidates
            if c.key not in known
        ]
        session.add_all(new)
        session.flush()
        return _views(session, new)


def refresh_alerts(store: Store, as_of: date | None = None) -> list[AlertView]:
    """Re-detect subscriptions as of ``as_of``, then raise what is new: what a user asks for."""
    detect_subscriptions(store, as_of)
    return evaluate_alerts(store, as_of)


def list_alerts(
    store: Store, *, as_of: date | None = None, include_dismissed: bool = False
) -> list[AlertView]:
    """Stored alerts dated on or before ``as_of``, newest first; dismissed ones on request."""
    with store.read() as session:
        query = select(Alert).order_by(Alert.date.desc(), Alert.id.desc())
        if as_of is not None:
            query = query.where(Alert.date <= as_of)
        if not include_dismissed:
            query = query.where(Alert.dismissed.is_(False))
        return _views(session, list(session.scalars(query)))


def _set_flag(store: Store, alert_id: int, **flags: bool) -> None:
    with store.write() as session:
        alert = session.get(Alert, alert_id)
        if alert is None:
            raise NotFoundError(f"No alert with id {alert_id}")
        for name, value in flags.items():
            setattr(alert, name, value)


def mark_read(store: Store, alert_id: int) -> None:
    _set_flag(store, alert_id, read=True)


def dismiss(store: Store, alert_id: int) -> None:
    """Hide an alert for good: its dedupe key stays, so it is never raised again."""
    _set_flag(store, alert_id, dismissed=True, read=True)
