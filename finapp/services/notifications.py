"""Which alerts the desktop app still has to show the user, each exactly once.

The alert engine stores alerts (deduplicated by occurrence); this module only hands over the
ones not yet notified and flags them in the same transaction, so a crash or a second window
never shows one twice. Only open alerts are news: one that was resolved before the app could
show it (raised by the command line, then past) is flagged silently. The exception is an alert
raised by this very check that is already resolved — a dip below a threshold that recovered
between two checks — which the user has not heard of otherwise. Qt-free: the GUI decides how to
show them (tray or banner).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import or_, select, update

from finapp.services.alert_names import PayeesNow, shown_day
from finapp.services.changes import Changes, Kind
from finapp.store.engine import Store
from finapp.store.schema import Alert


@dataclass(frozen=True, slots=True)
class AlertNote:
    id: int
    kind: str
    severity: str
    date: date
    message: str
    params: dict[str, str] = field(default_factory=dict)  # as in AlertView


def take_unnotified(
    store: Store, today: date, limit: int = 20, raised_now: Collection[int] = ()
) -> list[AlertNote]:
    """Open alerts never shown before (not dismissed), newest first, now marked as notified;
    ``raised_now`` (ids just raised) are news even when already resolved.

    ``limit`` caps one batch so a first evaluation cannot flood the desktop; the rest stay
    for the next check.
    """
    # an alert dated after today, or resolved after it (``alerts --as-of`` a day ahead), is
    # no news yet, nor old news: it waits for its day
    unshown = (Alert.notified.is_(False), Alert.dismissed.is_(False), Alert.date <= today)
    still_open = or_(Alert.resolved_on.is_(None), Alert.resolved_on > today)
    news = or_(still_open, Alert.id.in_(list(raised_now)))
    with store.write() as session:
        session.execute(update(Alert).where(*unshown, ~news).values(notified=True))
        rows = session.scalars(
            select(Alert)
            .where(*unshown, news)
            .order_by(Alert.date.desc(), Alert.id.desc())
            .limit(limit)
        ).all()
        payees = PayeesNow(session)  # a payee renamed since the alert was raised: its new name
        notes = [
            AlertNote(a.id, a.kind, a.severity, shown_day(a, today), *payees.told(a, today))
            for a in rows
        ]
        if notes:
            session.execute(
                update(Alert).where(Alert.id.in_([n.id for n in notes])).values(notified=True)
            )
        return notes


@dataclass(frozen=True, slots=True)
class CheckResult:
    """What the day's check found: the alerts to show, and what it changed."""

    notes: list[AlertNote]
    changes: Changes


def run_check(store: Store, today: date) -> CheckResult:
    """The check the desktop app runs at start, after imports and on a timer: an operation.

    Subscriptions are detected as of ``today`` (renewal dates move on, lapsed streams show,
    even without an import), alerts are evaluated, and the ones not yet shown are handed over.
    """
    from finapp.services.alerts import evaluate_alerts
    from finapp.services.subscriptions import detect_subscriptions

    sync = detect_subscriptions(store, today)
    raised = evaluate_alerts(store, today)
    notes = take_unnotified(store, today, raised_now=[alert.id for alert in raised])
    kinds = {Kind.ALERTS} if notes else set()
    if sync.new or sync.removed:
        kinds.add(Kind.SUBSCRIPTIONS)
    return CheckResult(notes, Changes(frozenset(kinds), tuple(note.id for note in notes)))
