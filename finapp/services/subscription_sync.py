"""Detection persisted: detected streams reconciled with the Subscription rows and user choices.

Each detected stream is matched to the row it already has — by its stream key (account,
merchant, direction, first charge), by a key the user merged into the row, or by shared
transactions; a row holds one stream unless the user merged more into it, and a stream parted
from a row (two incomes an earlier version saw as one) takes the row's word — so the user's
word survives re-runs: a dismissed stream stays dismissed (never
suggested again), a renamed one keeps its name, a cancelled one stays cancelled and any charge
on or after its cancellation — its merchant's at its price, on its schedule or not — is listed in
its details' ``charged_after_cancel``. Transactions a user split off into
their own subscription stay out of detection; that subscription adopts later charges of its
merchant at its price. Suggested rows whose stream is gone (an import undone, an earlier
``as_of``) are removed, their ids kept for the stream should it return
(:mod:`finapp.services.subscription_ids`); rows carrying a user decision are kept.

The persisted fields and the ``details`` JSON keys are the contract documented in
:mod:`finapp.services.subscriptions`.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from finapp.core.cadence import BY_NAME, BillingDay, roll_forward
from finapp.core.money import DEFAULT_CURRENCY, from_minor
from finapp.core.months_off import charges_a_year
from finapp.core.recurrence import Charge, Stream, describe, detect_streams
from finapp.core.subscription_states import (
    EXPECTED,
    Status,
    UserState,
    charged_after_cancelling,
)
from finapp.log import count, word
from finapp.services.coverage import Coverage, coverage_by_account, judged_as_of
from finapp.services.detection_inputs import SyncResult, fingerprint
from finapp.services.detection_scope import (
    Digests,
    Unit,
    changed_units,
    digests_as_of,
    keep_run,
    previous_run,
)
from finapp.services.payee_names import StoreNames, name_subscriptions
from finapp.services.subscription_fold import fold_rows_of_one_stream, rows_of_streams, take_word
from finapp.services.subscription_ids import RetiredIds
from finapp.store.schema import Account, Subscription, SubscriptionMember, Transaction
from finapp.store.subscription_details import (
    PriceChange,
    SubscriptionDetails,
    details_of,
    write_details,
)

log = logging.getLogger("finapp.detection")

#: How close to a split-off subscription's price a later charge must be to join it.
_ADOPT_AMOUNT = 0.05
#: The part of all charges at changed merchants from which a full run is cheaper.
_FULL_RUN_SHARE = 0.5


def sync(session: Session, as_of: date, *, full: bool = False) -> SyncResult:
    """Run detection as of ``as_of`` and bring the Subscription rows in line with it.

    Only the units whose charges changed since the last run are re-detected
    (:mod:`finapp.services.detection_scope`), with every row that shares charges or stream keys
    with them; the other rows keep their streams and only have their status judged again as of
    ``as_of``. ``full`` re-detects everything; both give the same rows.

    Each stream's status is judged as of the day its account's statements end (never later
    than ``as_of``): a monthly charge is not overdue on 30 November when the statements stop
    on 31 October, it is only not imported yet.
    """
    kept = None if full else previous_run(session)
    digests = digests_as_of(session, as_of, kept)
    previous = None if kept is None else kept.units
    rows = list(session.scalars(select(Subscription)))
    members = _members(session)
    #: looked up by a row's account too, which a manual subscription may lack (None)
    currencies: dict[int | None, str] = dict(
        session.execute(select(Account.id, Account.currency)).all()
    )
    pinned = [row for row in rows if details_of(row).pinned]
    pinned_ids = {tid for row in pinned for tid in members.get(row.id, ())}
    scope = (
        None if previous is None else _scope(session, rows, digests, previous, currencies, as_of)
    )
    charges = digests.charges(None if scope is None else scope.units)
    _log_scope(full, previous is None, scope, len(charges))
    by_id = {c.id: c for c in charges}
    streams = detect_streams((c for c in charges if c.id not in pinned_ids), as_of, currencies.get)
    owner = _owners(rows, members)
    names = StoreNames(session)
    ids = RetiredIds(session)
    assigned: dict[int, list[Stream]] = defaultdict(list)
    new = 0
    for stream, row, parted_from in rows_of_streams(
        streams, lambda stream: _match(stream, owner), members
    ):
        if row is None:
            sub_id, alerts = ids.id_for(stream)
            row = Subscription(
                id=sub_id,
                name=names.of_line(max(stream.transaction_ids)),
                stream_key=stream.key,
                user_state=UserState.SUGGESTED,
                details=write_details(SubscriptionDetails(detected_on=as_of)),
            )
            if parted_from is not None:
                take_word(row, parted_from)
            session.add(row)
            session.flush()
            ids.given_back(row.id, alerts)
            new += 1
        assigned[row.id].append(stream)
    fold_rows_of_one_stream(session, rows, assigned, members)
    rows = list(session.scalars(select(Subscription)))
    coverage = coverage_by_account(session)
    removed = 0
    latest: list[tuple[Subscription, int]] = []  # named at the end, in one read
    for row in rows:
        if row.manual:
            _roll_manual(row, as_of)
            continue
        if scope is not None and row.id in scope.kept:
            _rejudge(row, scope.kept[row.id], coverage, as_of)
            if scope.kept[row.id]:
                latest.append((row, scope.kept[row.id][-1][0]))
            continue
        found = assigned.get(row.id, [])
        if details_of(row).pinned:
            charges_of = _adopt(members.get(row.id, ()), by_id, streams, charges)
        elif found:
            charges_of = list({by_id[t] for s in found for t in s.transaction_ids})
        else:
            charges_of = [by_id[t] for t in sorted(members.get(row.id, ())) if t in by_id]
        if row.user_state == UserState.CANCELLED and not details_of(row).pinned:
            charges_of = _adopt({c.id for c in charges_of}, by_id, streams, charges)
        if not found and row.user_state == UserState.SUGGESTED and not _pinned(row):
            ids.retire(row, members.get(row.id, set()))  # its id, should the stream return
            session.delete(row)  # a suggestion whose stream is gone
            removed += 1
            continue
        if not charges_of:
            continue  # the user's decision stays, with what was known of it
        charges_of = sorted(charges_of, key=lambda c: (c.posted, c.id))
        cadence = found[0].cadence if len(found) == 1 else None
        as_added = details_of(row).as_added
        if as_added:
            cadence = row.cadence
        judged = stream_judged_as_of(charges_of, coverage, as_of)
        stream = describe(charges_of, judged, cadence=cadence)
        if as_added:
            stream = replace(stream, kind=row.kind)
        trial = any(s.started_after_trial for s in found)
        _apply(row, stream, charges_of, trial, currencies.get(stream.account, DEFAULT_CURRENCY))
        latest.append((row, charges_of[-1].id))
        if set(stream.transaction_ids) != members.get(row.id, set()):
            _set_members(session, row.id, stream.transaction_ids)
    name_subscriptions(latest, names)
    ids.keep()
    counts = _stream_counts(streams, digests, previous, scope)
    session.flush()  # what the run wrote is what the next one will read
    keep_run(session, digests, counts, fingerprint(session, as_of))
    return SyncResult(as_of, sum(counts.values()), new, removed)


def _log_scope(full: bool, first: bool, scope: _Scope | None, charges: int) -> None:
    """Which detection ran: every merchant (asked, the first run, or most units changed) or
    only the changed units, and over how many charges."""
    if scope is None:
        why = "asked" if full else "first-run" if first else "most-changed"
        log.debug("detection over every merchant (%s): %s charges", word(why), count(charges))
    else:
        units = count(len(scope.units))
        log.debug("detection over %s changed units: %s charges", units, count(charges))


@dataclass(frozen=True, slots=True)
class _Scope:
    """What an incremental run re-detects, and the rows it leaves with their streams."""

    units: set[Unit]
    #: rows outside the units: their member charges as (id, posted, account), in date order
    kept: dict[int, list[tuple[int, date, int]]]


def _scope(
    session: Session,
    rows: list[Subscription],
    digests: Digests,
    previous: dict[Unit, tuple[str, int]],
    currencies: dict[int | None, str],
    as_of: date,
) -> _Scope | None:
    """The changed units, grown by every row reaching into them until no row straddles the edge.

    A split-off row's units always count as changed: its adopting of later charges changes what
    detection sees there on the next run too. So does a row whose account changed currency.
    None when the changed units hold most of the charges (a month's statements touch most
    merchants): a full run then costs less than reading them apart.
    """
    own = _member_charges(session)
    units_of: dict[int, set[Unit]] = {}
    for row in rows:
        if row.manual:
            continue
        keys = [row.stream_key, *details_of(row).aliases]
        units = {unit for key in keys if (unit := _key_unit(key, digests)) is not None}
        units |= {digests.unit_of(account, name) for _, _, account, name in own.get(row.id, ())}
        units_of[row.id] = units
    touched = changed_units(digests, previous)
    for row in rows:
        if row.id in units_of and (
            _pinned(row) or currencies.get(row.account_id, DEFAULT_CURRENCY) != row.currency
        ):
            touched |= units_of[row.id]
    grown = True
    while grown:
        grown = False
        for units in units_of.values():
            if units & touched and not units <= touched:
                touched |= units
                grown = True
    if digests.share(touched) > _FULL_RUN_SHARE:
        return None
    kept = {
        row_id: sorted(
            (
                (tid, posted, account)
                for tid, posted, account, _ in own.get(row_id, ())
                if posted <= as_of
            ),
            key=lambda charge: (charge[1], charge[0]),
        )
        for row_id, units in units_of.items()
        if units and not units & touched
    }
    return _Scope(touched, kept)


def _rejudge(
    row: Subscription,
    charges: list[tuple[int, date, int]],
    coverage: dict[int, Coverage],
    as_of: date,
) -> None:
    """Judge again a row whose streams did not change: only its status can differ.

    The same as describing its charges afresh: the next date and cadence are what the last run
    found from the same charges, and only the status depends on the day they are judged by.
    """
    if not charges:
        return  # the user's decision stays, with what was known of it
    judged = judged_as_of(coverage.get(charges[-1][2]), as_of)
    grace = timedelta(days=BY_NAME[row.cadence].grace_days)
    assert row.next_date is not None  # a row with charges was described: it has a next date
    row.status = Status.INACTIVE if judged > row.next_date + grace else Status.ACTIVE
    details = details_of(row)
    _user_dependent(row, details, [(tid, posted) for tid, posted, _ in charges])
    row.details = write_details(details)


def _stream_counts(
    streams: list[Stream],
    digests: Digests,
    previous: dict[Unit, tuple[str, int]] | None,
    scope: _Scope | None,
) -> dict[Unit, int]:
    """How many streams each unit holds: counted afresh where detected, else as last time."""
    counts: dict[Unit, int] = defaultdict(int)
    if scope is not None and previous is not None:
        for unit in digests.of.keys() - scope.units:
            counts[unit] = previous.get(unit, ("", 0))[1]
    for stream in streams:
        # by its first charge's (account, merchant), which a detected stream's key names
        held_by = _key_unit(stream.key, digests)
        assert held_by is not None
        counts[held_by] += 1
    return counts


def _key_unit(key: str, digests: Digests) -> Unit | None:
    """The unit of a detected stream's key (account|merchant|direction|first id)."""
    parts = key.split("|", 1)
    if len(parts) != 2 or not parts[0].isdigit() or parts[1].count("|") < 2:
        return None
    return digests.unit_of(int(parts[0]), parts[1].rsplit("|", 2)[0])


def _member_charges(session: Session) -> dict[int, list[tuple[int, date, int, str]]]:
    """Each row's member charges as (id, posted, account, merchant)."""
    out: dict[int, list[tuple[int, date, int, str]]] = defaultdict(list)
    for sub_id, tid, posted, account, merchant in session.execute(
        select(
            SubscriptionMember.subscription_id,
            Transaction.id,
            Transaction.posted,
            Transaction.account_id,
            Transaction.merchant,
        ).join(Transaction, Transaction.id == SubscriptionMember.transaction_id)
    ):
        out[sub_id].append((tid, posted, account, merchant))
    return out


def stream_judged_as_of(
    charges: Sequence[Charge], coverage: dict[int, Coverage], as_of: date
) -> date:
    """The day to judge a stream by: where the statements of its latest charge's account end.

    The latest charge's account, not the first's: a card replaced mid-stream carries on in the
    new card's statements, and the old card's end says nothing about whether it stopped.
    """
    return judged_as_of(coverage.get(charges[-1].account), as_of)


def _pinned(row: Subscription) -> bool:
    return details_of(row).pinned


def _members(session: Session) -> dict[int, set[int]]:
    out: dict[int, set[int]] = defaultdict(set)
    for sub_id, tid in session.execute(
        select(SubscriptionMember.subscription_id, SubscriptionMember.transaction_id)
    ):
        out[sub_id].add(tid)
    return out


#: ``("key", stream key)`` or ``("txn", transaction id)``
_OwnerKey = tuple[str, str | int]


def _owners(
    rows: list[Subscription], members: dict[int, set[int]]
) -> dict[_OwnerKey, Subscription]:
    """Index of rows by stream key, merged-in keys and member transactions."""
    owner: dict[_OwnerKey, Subscription] = {}
    for row in rows:
        if row.manual or _pinned(row):
            continue
        for key in [row.stream_key, *details_of(row).aliases]:
            owner[("key", key)] = row
        for tid in members.get(row.id, ()):
            owner[("txn", tid)] = row
    return owner


def _match(stream: Stream, owner: dict[_OwnerKey, Subscription]) -> Subscription | None:
    row = owner.get(("key", stream.key))
    if row is not None:
        return row
    votes: dict[int, tuple[int, Subscription]] = {}
    for tid in stream.transaction_ids:
        candidate = owner.get(("txn", tid))
        if candidate is not None:
            count = votes.get(candidate.id, (0, candidate))[0]
            votes[candidate.id] = (count + 1, candidate)
    if not votes:
        return None
    return max(votes.values(), key=lambda pair: pair[0])[1]


def _adopt(
    own: Collection[int],
    by_id: dict[int, Charge],
    streams: list[Stream],
    charges: list[Charge],
) -> list[Charge]:
    """A subscription's charges plus later ones of its merchant at its price that no stream
    holds: a split-off subscription's next charges, and a cancelled one's charges after the
    cancellation, whether or not they keep its schedule (a renewal on the 2nd of a stream
    billed on the 12th is still the subscription that should have stopped)."""
    mine = sorted((by_id[t] for t in own if t in by_id), key=lambda c: (c.posted, c.id))
    if not mine:
        return []
    last = mine[-1]
    taken = {t for s in streams for t in s.transaction_ids}
    later = [
        c
        for c in charges
        if c.account == last.account
        and c.merchant == last.merchant
        and c.posted > last.posted
        and c.id not in taken
        and abs(c.amount_minor - last.amount_minor) <= _ADOPT_AMOUNT * abs(last.amount_minor)
    ]
    return mine + later


def _apply(
    row: Subscription, stream: Stream, charges: list[Charge], trial: bool, currency: str
) -> None:
    details = details_of(row)
    row.merchant = stream.merchant
    row.account_id = stream.account
    row.kind = stream.kind
    row.cadence = stream.cadence
    row.amount_minor = stream.amount_minor
    row.average_minor = stream.average_minor
    row.currency = currency
    row.next_date = stream.next_date
    row.status = stream.status
    row.confidence = stream.confidence
    row.stream_key = row.stream_key or stream.key
    _user_dependent(row, details, [(c.id, c.posted) for c in charges])
    details.price_changes = [
        PriceChange(
            change.date,
            from_minor(abs(change.old_minor), currency),
            from_minor(abs(change.new_minor), currency),
        )
        for change in stream.price_changes
    ]
    details.started_after_trial = trial or details.started_after_trial
    details.annual_cost = from_minor(stream.annual_minor, currency)
    details.first_date, details.last_date = stream.first_date, stream.last_date
    details.months_off = stream.months_off
    details.paused = stream.paused
    billing = stream.billing or BillingDay(0)
    details.billing_day, details.weekends = billing.day, billing.weekends
    row.details = write_details(details)


def restate(row: Subscription, as_of: date, charges: Sequence[tuple[int, date]] = ()) -> None:
    """Re-derive what hangs on the user's word alone, without running detection.

    A confirm, dismiss or cancel changes whether a stopped stream counts as lapsed and which
    charges came after the cancellation; ``charges`` are the row's (id, posted) in date order.
    """
    if row.manual:
        _roll_manual(row, as_of)
        return
    details = details_of(row)
    _user_dependent(row, details, charges)
    row.details = write_details(details)


def _user_dependent(
    row: Subscription, details: SubscriptionDetails, charges: Sequence[tuple[int, date]]
) -> None:
    cancelled_on = row.cancelled_on if row.user_state == UserState.CANCELLED else None
    details.charged_after_cancel = [
        tid
        for tid, posted in charges
        if cancelled_on and charged_after_cancelling(posted, cancelled_on)
    ]
    details.lapsed = row.status == Status.INACTIVE and row.user_state in EXPECTED


def _set_members(session: Session, sub_id: int, transaction_ids: tuple[int, ...]) -> None:
    session.execute(delete(SubscriptionMember).where(SubscriptionMember.subscription_id == sub_id))
    if transaction_ids:
        session.execute(
            insert(SubscriptionMember),
            [{"subscription_id": sub_id, "transaction_id": tid} for tid in transaction_ids],
        )


def _roll_manual(row: Subscription, as_of: date) -> None:
    """A manual subscription (paid in cash or elsewhere) renews on its schedule by itself.

    Its schedule starts at the first date the user gave (its details' ``start``); the next date is
    the first renewal on or after ``as_of``.
    """
    details = details_of(row)
    cadence = BY_NAME.get(row.cadence, BY_NAME["monthly"])
    per_year = charges_a_year(cadence.per_year, details.months_off)
    details.annual_cost = from_minor(abs(row.amount_minor) * per_year, row.currency)
    row.details = write_details(details)
    if row.user_state == UserState.CANCELLED:
        row.status = Status.INACTIVE
        return
    start = details.start or row.next_date or as_of  # a manual row always has its start
    row.next_date = roll_forward(start, cadence.name, as_of, details.months_off)
    row.status = Status.ACTIVE
