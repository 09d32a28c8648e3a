"""Alerts: evaluate the facts as of a date, store each occurrence once, list them.

Evaluation is pure (:mod:`finapp.core.alerts`) and the facts are read by
:mod:`finapp.services.alert_facts`, ignoring everything posted after ``as_of``; this module
writes new alerts by their unique dedupe key, so running it again (or after importing the same
months again) raises nothing twice, and a dismissed alert stays dismissed. Each evaluation also
resolves the open alerts that no longer hold as of its day (``resolved_on``), so the inbox
empties itself; an alert's state as of a day follows from its ``resolved_on`` and
``dismissed``.
"""

from __future__ import annotations

import datetime
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from finapp.core import alerts as core
from finapp.core.money import from_minor
from finapp.errors import NotFoundError
from finapp.services.alert_currency import tell_in_account_currency
from finapp.services.alert_inputs import keep_evaluation, unchanged_since_last_evaluation
from finapp.services.alert_names import PayeesNow, shown_day
from finapp.services.categories import category_paths
from finapp.services.export_alerts import keep_restored_states
from finapp.services.subscriptions import refresh_subscriptions
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.page_cache import larger_page_caches
from finapp.store.schema import Account, Alert


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
    #: open (still true or ahead), resolved (no longer holds) or dismissed, as of the day listed
    state: str
    resolved_on: datetime.date | None  # ``date`` here is the field above
    #: the facts of ``message`` by name (see :class:`finapp.core.alerts.Candidate`), so the
    #: GUI can word them in the user's language; empty for alerts stored without them
    params: dict[str, str] = field(default_factory=dict)


def state_of(alert: Alert, as_of: date) -> str:
    """open, resolved or dismissed, as of ``as_of``: an alert resolved after that day (an
    evaluation of a later day) was still open on it."""
    if alert.dismissed:
        return "dismissed"
    resolved = alert.resolved_on
    if resolved is not None and resolved <= as_of:
        return "resolved"
    return "open"


def _views(session: Session, rows: list[Alert], as_of: date) -> list[AlertView]:
    """``rows`` as read on ``as_of``, newest first: a count of days to a date is counted from
    the day shown beside it (:func:`~finapp.services.alert_names.shown_day`)."""
    paths = category_paths(session)
    names = dict(session.execute(select(Account.id, Account.name)).all())
    payees = PayeesNow(session)
    views = [
        AlertView(
            id=a.id,
            kind=a.kind,
            date=shown_day(a, as_of),
            severity=a.severity,
            message=message,
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
            state=state_of(a, as_of),
            resolved_on=a.resolved_on,
            params=params,
        )
        for a, (message, params) in zip(rows, (payees.told(a, as_of) for a in rows), strict=True)
    ]
    return sorted(views, key=lambda view: (view.date, view.id), reverse=True)


def _row(candidate: core.Candidate, as_of: date) -> Alert:
    return Alert(
        dedupe_key=candidate.key,
        kind=candidate.kind.value,
        severity=candidate.severity,
        date=candidate.date,
        message=candidate.message,
        params=json.dumps(dict(core.told_params(candidate, as_of)), ensure_ascii=False),
        account_id=candidate.account_id,
        category_id=candidate.category_id,
        subscription_id=candidate.subscription_id,
        transaction_id=candidate.transaction_id,
        amount_minor=candidate.amount_minor,
        currency=candidate.currency,
    )


def _raised(row: Alert) -> core.Raised:
    return core.Raised(
        row.dedupe_key,
        row.kind,
        row.date,
        row.subscription_id,
        json.loads(row.params or "{}"),
        row.transaction_id,
    )


def _take_back(session: Session, evaluation: core.Evaluation) -> None:
    """Remove the alerts of charges after a cancellation the user took back (undid, or moved
    to another day): "Vodafone charged 44.99 after you cancelled it" is no longer true once
    the cancel is undone. A dismissed one stays, dismissed."""
    rows = session.scalars(
        select(Alert).where(
            Alert.kind == core.Kind.CHARGED_AFTER_CANCEL, Alert.dismissed.is_(False)
        )
    )
    for row in rows:
        if evaluation.taken_back(_raised(row)):
            session.delete(row)
    session.flush()


def _resolve(evaluation: core.Evaluation, rows: list[Alert]) -> None:
    """Set ``resolved_on`` on each of ``rows`` that no longer holds as of the evaluation."""
    for row in rows:
        row.resolved_on = evaluation.resolved_on(_raised(row))


def _reopen(session: Session, evaluation: core.Evaluation, as_of: date) -> list[Alert]:
    """Open again the alerts resolved by ``as_of`` that hold again, as they would be had they
    never been resolved: a low-balance threshold lowered under the balance, then raised back
    above it; a budget raised, then lowered back. Their keys are known, so they would not be
    raised anew. A dismissed one stays dismissed."""
    keys = [candidate.key for candidate in evaluation.candidates]
    resolved = session.scalars(
        select(Alert).where(
            Alert.dedupe_key.in_(keys), Alert.resolved_on <= as_of, Alert.dismissed.is_(False)
        )
    ).all()
    again = [row for row in resolved if evaluation.resolved_on(_raised(row)) is None]
    for row in again:
        row.resolved_on = None
    return again


def _follow_current(candidates: list[core.Candidate], rows: Sequence[Alert], as_of: date) -> None:
    """An open alert of how something stands (:data:`~finapp.core.alerts.ONGOING`) tells it as
    it stands now: a renewal reminder raised before a newer statement showed a new price (Duke
    Energy 87.58, then 93.28) tells the new amount, a balance or a reserve still short tells the
    latest figures and their day, not the ones of the day it was first raised. So does any open
    alert an evaluation of a later day left dated after ``as_of`` (``alerts --as-of`` a day
    ahead): it is told as this day finds it, not hidden from it."""
    current = {c.key: c for c in candidates}
    for row in rows:
        candidate = current.get(row.dedupe_key)
        if candidate is None or row.resolved_on is not None:
            continue
        if candidate.kind not in core.ONGOING and row.date <= as_of:
            continue
        fresh = _row(candidate, as_of)
        row.message, row.params = fresh.message, fresh.params
        row.amount_minor, row.currency = fresh.amount_minor, fresh.currency
        row.date, row.severity = fresh.date, fresh.severity


def _open_on(session: Session, as_of: date, current: set[str]) -> Sequence[Alert]:
    """The alerts open on ``as_of``, to be judged again as of it: those dated on or before it
    not resolved by then, whatever an evaluation of a later day found (it resolved a renewal
    that day passes, and raised what is ahead of this day), and those of a later date that
    this day raises too (``current``: the same occurrence, told as of this day)."""
    not_resolved = or_(Alert.resolved_on.is_(None), Alert.resolved_on > as_of)
    dated = or_(Alert.date <= as_of, Alert.dedupe_key.in_(current))
    return session.scalars(
        select(Alert).where(not_resolved, dated, Alert.dismissed.is_(False))
    ).all()


def evaluate_alerts(
    store: Store, as_of: date | None = None, *, full: bool = False
) -> list[AlertView]:
    """Raise the alerts current at ``as_of`` (default today) not raised before, and resolve the
    open ones that no longer hold; returns the newly raised ones.

    Nothing is evaluated when nothing an evaluation reads changed since the last one, as of the
    same day (:mod:`finapp.services.alert_inputs`): it would raise and resolve nothing. Charges
    are judged again only at the merchants whose charges changed since the last evaluation
    (:mod:`finapp.services.alert_scope`); ``full`` evaluates and judges every merchant afresh.
    All three raise and resolve the same alerts.

    The evaluation's checks read the lookback's lines again and again (its spending, its other
    lines, the months the emergency fund averages): the connection keeps up to 32 MB of the
    store's pages decrypted meanwhile (:func:`~finapp.store.page_cache.larger_page_caches`), so
    each is decrypted once, not at each read (a tenth of the evaluation of 100k lines).
    """
    as_of = as_of or date.today()
    with larger_page_caches(store.engine), store.write() as session:
        tell_in_account_currency(session)  # an account's currency set since: its alerts follow
        if not full and unchanged_since_last_evaluation(session, as_of):
            return []
        # loaded only to evaluate: a check that finds nothing changed does without them
        from finapp.services.alert_facts import gather_with_spending
        from finapp.services.alert_scope import judged_charges
        from finapp.services.automatic_currency import keep_in

        keep_in(session)  # the checks' totals read it, and the pages after them
        facts, spending = gather_with_spending(session, as_of)
        evaluation = core.assess(facts, judged_charges(session, facts, spending, full=full))
        _take_back(session, evaluation)
        known = set(session.scalars(select(Alert.dedupe_key)))
        new = [_row(c, as_of) for c in evaluation.candidates if c.key not in known]
        keep_restored_states(session, new)  # read or dismissed before an export's round trip
        still_open = _open_on(session, as_of, known & evaluation.current)
        _resolve(evaluation, [*still_open, *new])
        reopened = _reopen(session, evaluation, as_of)
        _follow_current(evaluation.candidates, [*still_open, *reopened], as_of)
        session.add_all(new)
        session.flush()
        keep_evaluation(session, as_of)
        return _views(session, new, as_of)


def refresh_alerts(
    store: Store, as_of: date | None = None, *, full: bool = False
) -> list[AlertView]:
    """Re-detect subscriptions as of ``as_of``, then raise what is new: what a user asks for.
    ``full`` detects every merchant's streams and judges every merchant's charges afresh.
    Detection is skipped when nothing it reads changed since it last ran; the evaluation after
    it finds the pages it read still decrypted, as its own reads do (:func:`evaluate_alerts`)."""
    with larger_page_caches(store.engine):
        refresh_subscriptions(store, as_of, full=full)
        return evaluate_alerts(store, as_of, full=full)


def list_alerts(
    store: Store, *, as_of: date | None = None, include_closed: bool = False
) -> list[AlertView]:
    """Alerts dated on or before ``as_of`` (default today), newest first: the open ones (the
    inbox), or with ``include_closed`` the resolved and dismissed ones too (the history).

    What an evaluation of another day stored never changes the list of this one: an alert dated
    after the day is not listed, and one resolved after it is open on it."""
    as_of = as_of or date.today()
    with store.read() as session:
        query = select(Alert).where(Alert.date <= as_of)
        if not include_closed:
            still_open = or_(Alert.resolved_on.is_(None), Alert.resolved_on > as_of)
            query = query.where(Alert.dismissed.is_(False), still_open)
        return _views(session, list(session.scalars(query)), as_of)


def _set_flag(store: Store, alert_id: int, **flags: bool) -> None:
    with store.write() as session:
        alert = session.get(Alert, alert_id)
        if alert is None:
            raise NotFoundError(f"No alert with id {alert_id}")
        for name, value in flags.items():
            setattr(alert, name, value)


def mark_read(store: Store, alert_id: int) -> None:
    _set_flag(store, alert_id, read=True)


def _alert_words(_result: None, store: Store, alert_ids: Sequence[int]) -> dict[str, str]:
    """What names a dismissal or a restore in the Edit menu and ``finapp edits``: how many
    alerts, and one alone by what it said (its kind, facts and English sentence, as listed)."""
    named = {"count": str(len(alert_ids))}
    if len(alert_ids) != 1:
        return named
    with store.read() as session:
        alert = session.get(Alert, alert_ids[0])
        if alert is None:
            return named
        (view,) = _views(session, [alert], date.today())
    facts = json.dumps(view.params, ensure_ascii=False)
    return {**named, "kind": str(view.kind), "message": view.message, "facts": facts}


@undoable("alert_dismiss", _alert_words)
def dismiss_alerts(store: Store, alert_ids: Sequence[int]) -> None:
    """Hide alerts for good: their dedupe keys stay, so they are never raised again. One edit
    (Edit ▸ Undo brings them all back, read, as Restore does)."""
    for alert_id in alert_ids:
        _set_flag(store, alert_id, dismissed=True, read=True)


def dismiss(store: Store, alert_id: int) -> None:
    """Hide an alert for good, as :func:`dismiss_alerts` (an edit that can be undone)."""
    dismiss_alerts(store, [alert_id])


@undoable("alert_restore", _alert_words)
def _bring_back(store: Store, alert_ids: Sequence[int]) -> None:
    """Dismissed no more: one edit, so Undo dismisses them again (and an earlier Dismiss's undo
    does not meet them brought back behind its back)."""
    for alert_id in alert_ids:
        _set_flag(store, alert_id, dismissed=False)


def restore(store: Store, alert_ids: Sequence[int], as_of: date | None = None) -> list[str]:
    """Bring dismissed alerts back (dismissed by mistake, or wanted again): each open as long as
    it still holds, judged at once as of ``as_of`` (default today) in one evaluation, resolved
    if it no longer does, as it would have been had it never been dismissed; returns their
    states in order. Read stays read: they were seen."""
    _bring_back(store, alert_ids)
    evaluate_alerts(store, as_of)
    with store.read() as session:
        alerts = [session.get(Alert, alert_id) for alert_id in alert_ids]
        missing = [i for i, alert in zip(alert_ids, alerts, strict=True) if alert is None]
        if missing:  # erased meanwhile (the window and the CLI share the store)
            raise NotFoundError(f"No alert with id {missing[0]}")
        day = as_of or date.today()
        return [state_of(alert, day) for alert in alerts if alert is not None]
