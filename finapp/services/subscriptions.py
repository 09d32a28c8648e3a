"""Subscriptions: recurring charges found in the history, and the user's decisions about them.

:func:`detect_subscriptions` runs after every import: it detects the recurring streams as of a
date (:mod:`finapp.core.recurrence`) and reconciles them with the stored rows
(:mod:`finapp.services.subscription_sync`). :func:`list_subscriptions` detects as of the date it
is asked about (the CLI's ``--as-of``); :func:`stored_subscriptions` only reads what the last
detection left, which is what the window shows: detection takes seconds on years of history, and
a decision must show at once. The user confirms, dismisses (never
suggested again), renames, merges, splits, cancels, adds manual subscriptions, and sets
reminder offsets and an auto-renew review date.

Persisted contract (other services, e.g. alerts, read these rows):

- ``Subscription.status``: ``active`` | ``inactive`` (a charge is overdue well past its cadence);
  ``next_date``: next expected charge; ``amount_minor``: latest amount (signed, minor units);
  ``user_state``: ``suggested`` | ``confirmed`` | ``dismissed`` | ``cancelled``; ``cancelled_on``;
  ``reminder_offsets``: ``"30,7,1"`` (days before renewal; None means the default 30,7,1);
  ``review_date``: when to review an auto-renewal; ``manual``: added by hand.
- ``Subscription.details``: price changes, charges after cancelling, lapsed, trial, annual cost,
  first and last charge, merged aliases, pinned, the day it was found, reviews; typed and
  documented in :mod:`finapp.store.subscription_details`.

``as_of`` always means: detection as of that date, ignoring later transactions; each stream's
status is judged as of the day its account's statements end when that is earlier
(:func:`finapp.services.coverage.judged_as_of`), so statements not imported yet never make a
live stream look lapsed.

Detection's machinery (:mod:`~finapp.services.subscription_sync`, with the recurrence rules and
the payee names) is imported by the functions that detect or re-derive, not with this module:
the reports and the listings read the stored rows only, and would pay for it on every run.
"""

from __future__ import annotations

import logging
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from finapp.core.cadence import (
    BY_NAME,
    POSTING_LAG_DAYS,
    STALE_MIN_DAYS,
    BillingDay,
    charge_missed,
    due_after_statements,
    roll_forward,
)
from finapp.core.merchant import merchant_key
from finapp.core.money import DEFAULT_CURRENCY, exact_minor, from_minor
from finapp.core.stream_groups import GROUP_KINDS
from finapp.core.streams import KINDS
from finapp.core.subscription_states import (
    EXPECTED,
    SPENDING_KINDS,
    Decision,
    Status,
    StreamKind,
    UserState,
)
from finapp.errors import InvalidInputError, NotFoundError, Problem
from finapp.log import count
from finapp.services.coverage import coverage_by_account
from finapp.services.detection_inputs import SyncResult, unchanged_since_last_run
from finapp.services.subscription_links import link_past_charges, past_charges
from finapp.services.undoable import undoable
from finapp.store.engine import Store
from finapp.store.schema import Account, Subscription, SubscriptionMember, Transaction
from finapp.store.subscription_details import SubscriptionDetails, details_of, write_details

log = logging.getLogger("finapp.detection")

DEFAULT_REMINDERS: tuple[int, ...] = (30, 7, 1)


@dataclass(frozen=True, slots=True)
class PriceChangeView:
    date: date
    old: Decimal
    new: Decimal


@dataclass(frozen=True, slots=True)
class SubscriptionView:
    """One subscription as the CLI and GUI show it. Amounts are signed (negative = out)."""

    id: int
    name: str
    merchant: str
    account: str | None
    kind: str
    cadence: str
    amount: Decimal
    average_amount: Decimal
    currency: str
    next_date: date | None
    status: str
    confidence: str
    user_state: str
    manual: bool
    annual_cost: Decimal
    price_changes: tuple[PriceChangeView, ...]
    #: lapsed, paused (as the year before: ``next_date`` is when it resumes), overdue (see
    #: :func:`overdue`), charged_after_cancel, started_after_trial, price_increase
    flags: tuple[str, ...]
    charged_after_cancel: tuple[int, ...]
    cancelled_on: date | None
    reminder_offsets: tuple[int, ...]
    review_date: date | None
    transaction_ids: tuple[int, ...]
    #: the last day its account's statements cover (None: no statements, e.g. a manual one);
    #: status and next date are judged as of this day when it is earlier than the day asked
    covered_until: date | None = None
    #: calendar months a monthly bill is never charged in (:mod:`finapp.core.months_off`)
    months_off: tuple[int, ...] = ()
    #: the day of the month it is billed on and how its payee moves one on a weekend: the
    #: renewals after ``next_date`` step from that day (:class:`~finapp.core.cadence.BillingDay`)
    billing: BillingDay | None = None


@dataclass(frozen=True, slots=True)
class Totals:
    """What the active subscriptions and bills cost, per currency."""

    currency: str
    per_month: Decimal
    per_year: Decimal
    count: int


def detect_subscriptions(
    store: Store, as_of: date | None = None, *, full: bool = False
) -> SyncResult:
    """Detect recurring streams as of ``as_of`` (default today) and persist them.

    Only merchants whose transactions changed since the last detection are detected again;
    ``full`` detects every merchant afresh (the same rows result, in seconds instead of less).
    """
    return _detect(store, as_of or date.today(), full=full, unless_unchanged=False)


def refresh_subscriptions(
    store: Store, as_of: date | None = None, *, full: bool = False
) -> SyncResult:
    """Detect as :func:`detect_subscriptions` does, unless nothing detection reads changed since
    its last run (:mod:`finapp.services.detection_inputs`): the rows are then what it would
    leave, and a listing or an alerts check asked again finds them as they are."""
    return _detect(store, as_of or date.today(), full=full, unless_unchanged=not full)


def _detect(store: Store, as_of: date, *, full: bool, unless_unchanged: bool) -> SyncResult:
    """Detection in one write transaction: the check that nothing changed and the run it
    spares see the same store, so no write can slip in between."""
    start = time.perf_counter()
    with store.write() as session:
        result = unchanged_since_last_run(session, as_of) if unless_unchanged else None
        if result is None:
            from finapp.services.subscription_sync import sync

            result = sync(session, as_of, full=full)
    _keep_calendar_in_step(store)
    log.debug(
        "detection done in %.3f s: %s streams, %d new, %d removed",
        time.perf_counter() - start,
        count(result.streams),
        result.new,
        result.removed,
    )
    return result


def list_subscriptions(
    store: Store, as_of: date | None = None, *, include_dismissed: bool = False, full: bool = False
) -> list[SubscriptionView]:
    """Detect as of ``as_of`` (default today), then every subscription, soonest renewal first.

    ``full`` detects every merchant afresh (see :func:`detect_subscriptions`).
    """
    refresh_subscriptions(store, as_of, full=full)
    return stored_subscriptions(store, include_dismissed=include_dismissed)


def stored_subscriptions(
    store: Store, *, include_dismissed: bool = False
) -> list[SubscriptionView]:
    """Every subscription as the last detection left it, soonest renewal first (reads only)."""
    with store.read() as session:
        views = _views(session)
    shown = [v for v in views if include_dismissed or v.user_state != UserState.DISMISSED]
    return sorted(shown, key=lambda v: (v.status != Status.ACTIVE, v.next_date or date.max, v.id))


def subscription_totals(store: Store, as_of: date | None = None) -> list[Totals]:
    """What they cost as of ``as_of`` (detected first, like :func:`list_subscriptions`): the
    streams the Subscriptions page groups as subscriptions and bills, as its header says, so
    regular spending (a monthly taxi ride, the grocery shop) is not in it."""
    from finapp.services.subscription_groups import place  # it reads this module's views

    placed = place(store, list_subscriptions(store, as_of), as_of or date.today())
    return totals_of([p.view for p in placed if GROUP_KINDS.get(p.group) in SPENDING_KINDS])


def totals_of(views: Sequence[SubscriptionView]) -> list[Totals]:
    """Monthly and yearly cost of active, non-dismissed, non-cancelled subscriptions and bills."""
    return sum_totals(v for v in views if v.kind in SPENDING_KINDS and counted(v))


def counted(view: SubscriptionView) -> bool:
    """Still running and still the user's: active, neither dismissed nor cancelled."""
    return view.status == Status.ACTIVE and view.user_state in EXPECTED


def sum_totals(views: Iterable[SubscriptionView]) -> list[Totals]:
    """What ``views`` come to a month and a year, per currency (each counted as it is)."""
    years: dict[str, Decimal] = defaultdict(Decimal)
    counts: Counter[str] = Counter()
    for view in views:
        years[view.currency] += view.annual_cost
        counts[view.currency] += 1
    return [
        Totals(currency, (year / 12).quantize(Decimal("0.01")), year, counts[currency])
        for currency, year in sorted(years.items())
    ]


def upcoming_renewal(view: SubscriptionView, day: date) -> date | None:
    """The next renewal on or after ``day`` of an active subscription the user still expects
    (None when there is none: stopped, cancelled, dismissed).

    ``next_date`` is the renewal after the last charge the statements show. A renewal after
    the statements end is not imported yet, so the schedule rolls on past it: Spotify last seen
    on 14 October is next due on 14 December when asked on 30 November with statements up to
    31 October. A renewal the statements cover but do not show is overdue (the ``overdue``
    flag) and stays as it is, a day already past, never a renewal two months on; unless the
    statements are old (:data:`~finapp.core.cadence.STALE_MIN_DAYS`) and it fell in their last
    days (:func:`~finapp.core.cadence.charge_missed`): a charge of 3 November in statements
    ending on the 5th may only not have posted, and asked on 2 December the next is 3 December,
    as the alerts say.

    A renewal of the last few days after the statements end is the one shown, though past
    (:func:`~finapp.core.cadence.due_after_statements`, see :func:`after_statements`): rent of
    1 December asked on the 2nd with statements to 18 November, not the rent of 1 January.
    """
    if view.status != Status.ACTIVE or view.next_date is None or view.user_state not in EXPECTED:
        return None
    until = view.covered_until
    if until is not None and view.next_date <= until and not _may_post_later(view, until, day):
        return view.next_date
    period = BY_NAME.get(view.cadence, BY_NAME["monthly"]).days
    lagged = day - timedelta(days=POSTING_LAG_DAYS)
    recent = roll_forward(view.next_date, view.cadence, lagged, view.months_off, view.billing)
    if due_after_statements(recent, until, day, period):
        return recent
    return roll_forward(view.next_date, view.cadence, day, view.months_off, view.billing)


def after_statements(view: SubscriptionView, upcoming: date | None, day: date) -> bool:
    """Whether the renewal shown for ``day`` (``upcoming``, from :func:`upcoming_renewal`) is
    already past and after the day the statements end: the list, the dashboard and the CLI
    (the ``after_statements`` flag) then say so beside it, never showing it bare or overdue."""
    until = view.covered_until
    return upcoming is not None and until is not None and until < upcoming < day


def _may_post_later(view: SubscriptionView, until: date, day: date) -> bool:
    return (
        view.next_date is not None
        and (day - until).days >= STALE_MIN_DAYS
        and not charge_missed(view.next_date, until)
    )


def overdue(
    status: str, user_state: str, next_date: date | None, covered_until: date | None
) -> bool:
    """Whether an expected charge is missing from statements that cover its day: the charge
    the user should look for (a subscription stopped, a card expired), while it is still
    within its cadence's grace (past it, detection marks the stream lapsed)."""
    return (
        status == Status.ACTIVE
        and user_state in EXPECTED
        and next_date is not None
        and covered_until is not None
        and charge_missed(next_date, covered_until)
    )


def get_subscription(store: Store, sub_id: int) -> SubscriptionView:
    with store.read() as session:
        _require(session, sub_id)
        return next(v for v in _views(session) if v.id == sub_id)


# -- the user's decisions ----------------------------------------------------------------------


def subscription_named(store: Store, sub_id: int, *_: object, **__: object) -> dict[str, str]:
    """A decision is named by the subscription's name as shown before it (a rename's old
    name); "" for an unknown one, which the decision refuses."""
    with store.read() as session:
        row = session.get(Subscription, sub_id)
        return {"name": (row.user_name or row.name) if row is not None else ""}


def decision(word: Decision) -> Callable[..., dict[str, str]]:
    """The facts of a decision ``word`` (e.g. cancelled), beside the name read before it."""
    return lambda *_, **__: {"decision": word}


@undoable("subscription", decision(Decision.CONFIRMED), before=subscription_named)
def confirm(store: Store, sub_id: int) -> SubscriptionView:
    return _set(store, sub_id, user_state=UserState.CONFIRMED, cancelled_on=None)


@undoable("subscription", decision(Decision.NOT_SUBSCRIPTION), before=subscription_named)
def dismiss(store: Store, sub_id: int) -> SubscriptionView:
    """Not a subscription: hidden, and never suggested again however often detection runs."""
    return _set(store, sub_id, user_state=UserState.DISMISSED)


@undoable("subscription", decision(Decision.RENAMED), before=subscription_named)
def rename(store: Store, sub_id: int, name: str) -> SubscriptionView:
    if not name.strip():
        raise InvalidInputError(Problem("subscription.no_name", "A subscription needs a name"))
    return _set(store, sub_id, user_name=name.strip())


@undoable("subscription", decision(Decision.CANCELLED), before=subscription_named)
def cancel(store: Store, sub_id: int, on: date | None = None) -> SubscriptionView:
    """Mark cancelled from ``on`` (default today); a later charge is flagged."""
    return _set(store, sub_id, user_state=UserState.CANCELLED, cancelled_on=on or date.today())


@undoable("subscription", decision(Decision.REMINDERS), before=subscription_named)
def set_reminders(store: Store, sub_id: int, offsets: Sequence[int] | None) -> SubscriptionView:
    """Days before each renewal to be reminded; None restores the default (30, 7, 1)."""
    if offsets is not None:
        if not offsets or any(not 0 <= days <= 366 for days in offsets):
            raise InvalidInputError(
                Problem(
                    "subscription.bad_reminders",
                    "Reminder offsets are days before renewal, from 0 to 366",
                )
            )
        text = ",".join(str(days) for days in sorted(set(offsets), reverse=True))
    return _set(store, sub_id, reminder_offsets=None if offsets is None else text)


@undoable("subscription", decision(Decision.REVIEWED), before=subscription_named)
def set_review_date(store: Store, sub_id: int, review: date | None) -> SubscriptionView:
    """When to decide whether an auto-renewal should go on (None clears it)."""
    return _set(store, sub_id, review_date=review)


@undoable("subscription", lambda view, *_, **__: {"name": view.name, "decision": Decision.ADDED})
def add_manual(
    store: Store,
    name: str,
    amount: Decimal,
    cadence: str,
    next_date: date,
    *,
    account: str | None = None,
    kind: str = StreamKind.SUBSCRIPTION,
    currency: str = DEFAULT_CURRENCY,
    payee: str | None = None,
) -> SubscriptionView:
    """A subscription paid in cash or elsewhere; it renews on its schedule by itself.

    Unless its charges are in the store already (found by ``payee``, else by its name; see
    :mod:`finapp.services.subscription_links`): then they are its history, and it shows its
    latest amount, last charge and next renewal from them.
    """
    from finapp.services.accounts import require_account  # alerts detect, never add one

    with store.write() as session:
        account_row = require_account(session, account) if account else None
        row, history = write_manual(
            session, name, amount, cadence, next_date, account_row, kind, currency, payee
        )
        sub_id = row.id
    if history:
        return _refreshed(store, sub_id)
    _keep_calendar_in_step(store)
    return get_subscription(store, sub_id)


def write_manual(
    session: Session,
    name: str,
    amount: Decimal,
    cadence: str,
    next_date: date,
    account_row: Account | None,
    kind: str = StreamKind.SUBSCRIPTION,
    currency: str = DEFAULT_CURRENCY,
    payee: str | None = None,
) -> tuple[Subscription, bool]:
    """:func:`add_manual` within ``session`` (also how an export's hand-added subscriptions
    come back); returns the row and whether charges in the store became its history."""
    from finapp.services.subscription_sync import restate

    if cadence not in BY_NAME:
        raise InvalidInputError(f"Unknown cadence {cadence!r}; one of {', '.join(BY_NAME)}")
    if kind not in KINDS:
        raise InvalidInputError(f"Unknown kind {kind!r}; one of {', '.join(KINDS)}")
    if not name.strip():
        raise InvalidInputError(Problem("subscription.no_name", "A subscription needs a name"))
    currency = account_row.currency if account_row else currency
    size = abs(exact_minor(amount, currency))
    minor = size if kind == StreamKind.INCOME else -size
    row = Subscription(
        name=name.strip(),
        merchant=merchant_key(name),
        account_id=account_row.id if account_row else None,
        kind=kind,
        cadence=cadence,
        amount_minor=minor,
        average_minor=minor,
        currency=currency,
        next_date=next_date,
        status=Status.ACTIVE,
        confidence="established",
        user_state=UserState.CONFIRMED,
        manual=True,
        stream_key=f"manual:{name.strip()}",
        details=write_details(SubscriptionDetails(start=next_date, detected_on=date.today())),
    )
    session.add(row)
    session.flush()
    history = past_charges(session, payee or name, minor, row.account_id)
    if history:
        link_past_charges(session, row, history)
    restate(row, date.today())
    return row, bool(history)


@undoable("subscription", decision(Decision.MERGED), before=subscription_named)
def merge(store: Store, keep_id: int, other_id: int) -> SubscriptionView:
    """One subscription the detector saw as two (a new descriptor, a plan change)."""
    if keep_id == other_id:
        raise InvalidInputError(
            Problem("subscription.merge_itself", "Cannot merge a subscription with itself")
        )
    with store.write() as session:
        keep, other = _require(session, keep_id), _require(session, other_id)
        if keep.manual or other.manual:
            raise InvalidInputError(
                Problem(
                    "subscription.merge_manual", "Manual subscriptions have no charges to merge"
                )
            )
        details = details_of(keep)
        aliases = {*details.aliases, *details_of(other).aliases, other.stream_key}
        details.aliases = sorted(aliases)
        keep.details = write_details(details)
        moved = session.scalars(
            select(SubscriptionMember.transaction_id).where(
                SubscriptionMember.subscription_id == other_id
            )
        ).all()
        session.delete(other)
        session.flush()
        session.add_all(
            SubscriptionMember(subscription_id=keep_id, transaction_id=tid) for tid in moved
        )
    return _refreshed(store, keep_id)


@undoable("subscription", decision(Decision.SPLIT), before=subscription_named)
def split(store: Store, sub_id: int, transaction_ids: Sequence[int]) -> SubscriptionView:
    """Move some charges into a subscription of their own (two plans the detector joined)."""
    wanted = set(transaction_ids)
    with store.write() as session:
        source = _require(session, sub_id)
        own = set(
            session.scalars(
                select(SubscriptionMember.transaction_id).where(
                    SubscriptionMember.subscription_id == sub_id
                )
            )
        )
        if not wanted or not wanted <= own or wanted == own:
            raise InvalidInputError(
                "Name some, not all, of the subscription's own transactions to split off"
            )
        row = Subscription(
            name=f"{source.user_name or source.name} (split)",
            merchant=source.merchant,
            account_id=source.account_id,
            currency=source.currency,
            user_state=UserState.CONFIRMED,
            stream_key=f"split:{sub_id}:{min(wanted)}",
            details=write_details(
                SubscriptionDetails(pinned=True, detected_on=details_of(source).detected_on)
            ),
        )
        session.add(row)
        session.flush()
        new_id = row.id
        for member in session.scalars(
            select(SubscriptionMember).where(
                SubscriptionMember.subscription_id == sub_id,
                SubscriptionMember.transaction_id.in_(wanted),
            )
        ):
            member.subscription_id = new_id
    return _refreshed(store, new_id)


# -- helpers -----------------------------------------------------------------------------------


def _refreshed(store: Store, sub_id: int) -> SubscriptionView:
    """Detect afresh after a merge or split: which streams a row owns changed by hand."""
    detect_subscriptions(store, full=True)
    return get_subscription(store, sub_id)


def _require(session: Session, sub_id: int) -> Subscription:
    row = session.get(Subscription, sub_id)
    if row is None:
        raise NotFoundError(f"No subscription {sub_id}")
    return row


def _set(store: Store, sub_id: int, **fields: object) -> SubscriptionView:
    """Record a decision; no detection: only what the decision itself changes is re-derived."""
    from finapp.services.subscription_sync import restate

    with store.write() as session:
        row = _require(session, sub_id)
        for name, value in fields.items():
            setattr(row, name, value)
        restate(row, date.today(), _member_dates(session, sub_id))
    _keep_calendar_in_step(store)
    return get_subscription(store, sub_id)


def _keep_calendar_in_step(store: Store) -> None:
    """Rewrite the calendar file the user keeps, if any (imported here: it imports us)."""
    from finapp.services.kept_calendar import refresh_kept_calendar

    refresh_kept_calendar(store)


def _member_dates(session: Session, sub_id: int) -> list[tuple[int, date]]:
    rows = session.execute(
        select(Transaction.id, Transaction.posted)
        .join(SubscriptionMember, SubscriptionMember.transaction_id == Transaction.id)
        .where(SubscriptionMember.subscription_id == sub_id)
        .order_by(Transaction.posted, Transaction.id)
    ).all()
    return [(txn_id, posted) for txn_id, posted in rows]


def reminder_offsets(row_value: str | None) -> tuple[int, ...]:
    if row_value is None:
        return DEFAULT_REMINDERS
    return tuple(int(part) for part in row_value.split(",") if part.strip())


def _views(session: Session) -> list[SubscriptionView]:
    accounts = dict(session.execute(select(Account.id, Account.name)).all())
    members: dict[int, list[int]] = defaultdict(list)
    for sub_id, tid in session.execute(
        select(SubscriptionMember.subscription_id, SubscriptionMember.transaction_id).order_by(
            SubscriptionMember.transaction_id
        )
    ):
        members[sub_id].append(tid)
    until = {a: c.covered_until for a, c in coverage_by_account(session).items()}
    rows = session.scalars(select(Subscription))
    return [_view(row, accounts, members.get(row.id, []), until) for row in rows]


def _view(
    row: Subscription, accounts: dict[int, str], members: list[int], until: dict[int, date]
) -> SubscriptionView:
    details = details_of(row)
    currency = row.currency
    covered_until = until.get(row.account_id) if row.account_id else None
    changes = tuple(PriceChangeView(c.date, c.old, c.new) for c in details.price_changes)
    after_cancel = tuple(details.charged_after_cancel)
    flags = [
        name
        for name, on in (
            ("lapsed", details.lapsed),
            ("paused", details.paused and row.status == Status.ACTIVE),
            ("overdue", overdue(row.status, row.user_state, row.next_date, covered_until)),
            ("charged_after_cancel", after_cancel),
            ("started_after_trial", details.started_after_trial),
            ("price_increase", any(c.new > c.old for c in changes)),
        )
        if on
    ]
    return SubscriptionView(
        id=row.id,
        name=row.user_name or row.name,
        merchant=row.merchant,
        account=accounts.get(row.account_id) if row.account_id else None,
        kind=row.kind,
        cadence=row.cadence,
        amount=from_minor(row.amount_minor, currency),
        average_amount=from_minor(row.average_minor, currency),
        currency=currency,
        next_date=row.next_date,
        status=row.status,
        confidence=row.confidence,
        user_state=row.user_state,
        manual=row.manual,
        annual_cost=details.annual_cost or Decimal(0),
        price_changes=changes,
        flags=tuple(flags),
        charged_after_cancel=after_cancel,
        cancelled_on=row.cancelled_on,
        reminder_offsets=reminder_offsets(row.reminder_offsets),
        review_date=row.review_date,
        transaction_ids=tuple(members),
        covered_until=covered_until,
        months_off=details.months_off,
        billing=BillingDay.kept(details.billing_day, details.weekends),
    )
