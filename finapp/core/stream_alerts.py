"""Alerts of recurring streams: renewals ahead; price changes, charges after cancelling and
lapses just past; and one freshness notice for an account whose statements end before its
streams' next charges (instead of an alarm for every stream not imported yet).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from datetime import date, timedelta

from finapp.core.alert_kinds import Kind
from finapp.core.alert_model import (
    Candidate,
    Charge,
    Covered,
    Facts,
    SubscriptionFacts,
    live,
    size_fact,
)
from finapp.core.cadence import BY_DAYS, STALE_MIN_DAYS, charge_missed, roll_forward
from finapp.core.price_alerts import PRICE_TERM_DAYS, SCHEDULE_SLACK_DAYS, due_charge, price_alerts
from finapp.core.severity import Severity, after_cancel_severity, renewal_severity
from finapp.core.subscription_states import SPENDING_KINDS, Status, StreamKind, UserState


def _ahead(sub: SubscriptionFacts, as_of: date) -> date | None:
    """The stream's first renewal on or after ``as_of`` on its schedule, from its next date
    (for an account whose statements end before ``as_of``: the charges between are only not
    imported yet); None when its cadence is not known.

    The schedule is the one the Subscriptions page rolls on (:func:`roll_forward`), so the
    reminder names the day the page shows: stepped here apart, a tuition drafted on the 15th
    and the last day went fifteen days at a time, reminded on the 14th and the 29th.
    """
    cadence = BY_DAYS.get(sub.period_days or 0)
    if sub.next_date is None or cadence is None:
        return None
    return roll_forward(sub.next_date, cadence.name, as_of, sub.months_off, sub.billing)


def _renewal(
    sub: SubscriptionFacts,
    as_of: date,
    default: Sequence[int],
    ahead: date | None = None,
    price_rose: bool = False,
) -> Candidate | None:
    """A reminder of the stream's next charge (``ahead``, else its next date) if it is near: a
    notice, a warning when its price went up lately (``price_rose``)."""
    next_date = ahead or sub.next_date
    if next_date is None or next_date < as_of or sub.status != Status.ACTIVE:
        return None
    days = (next_date - as_of).days
    # default reminders as far ahead as the whole period would fire after every monthly charge
    offsets = sub.offsets or [o for o in default if not sub.period_days or o < sub.period_days]
    due = [o for o in offsets if days <= o]
    if not due:
        return None
    offset = min(due)
    return Candidate(
        Kind.RENEWAL,
        f"renewal:{sub.key}:{next_date.isoformat()}:{offset}",
        next_date - timedelta(days=offset),
        renewal_severity(price_rose),
        account_id=sub.account_id,
        subscription_id=sub.id,
        amount_minor=sub.amount_minor,
        currency=sub.currency,
        params={
            "name": sub.name,
            "bill": "yes" if sub.kind == StreamKind.BILL else "no",
            "days": str(days),
            "date": next_date.isoformat(),
            "amount": size_fact(sub.amount_minor, sub.currency),
        },
    )


#: how early a charge may post before its expected day (the Friday before a weekend)
EARLY_DAYS = 2


def _in_gap(day: date, gaps: Sequence[tuple[date, date]]) -> bool:
    """Whether a charge expected on ``day`` could have posted on a day no statement covers."""
    late, early = timedelta(days=SCHEDULE_SLACK_DAYS), timedelta(days=EARLY_DAYS)
    return any(first - late <= day <= last + early for first, last in gaps)


def lapse_alert(
    sub: SubscriptionFacts,
    judged: date,
    window_days: int,
    gaps: Sequence[tuple[date, date]] = (),
    came: Sequence[tuple[date, int, int]] = (),
) -> Candidate | None:
    """A charge expected by the day its account is judged that has not come.

    It is not missing when it was due on days no imported statement covers (a month the user
    never imported): the first charge due after the gap is the one that should have come. Nor
    when a charge at the stream's merchant came on the day (``came``: at a price too different
    for detection to keep in the stream, an intro rate ending).
    """
    expected = sub.next_date
    if not sub.lapsed or expected is None or came:
        return None
    for gap in gaps:  # oldest first: step over each gap the expected day falls in
        if not _in_gap(expected, [gap]):
            continue
        if not sub.period_days:
            return None
        while _in_gap(expected, [gap]):
            expected += timedelta(days=sub.period_days)
    if not judged - timedelta(days=window_days) <= expected <= judged:
        return None
    return Candidate(
        Kind.LAPSED,
        f"lapsed:{sub.key}:{expected.isoformat()}",
        expected,
        Severity.INFO,
        account_id=sub.account_id,
        subscription_id=sub.id,
        amount_minor=sub.amount_minor,
        currency=sub.currency,
        params={"name": sub.name, "date": expected.isoformat()},
    )


def charged_after(sub: SubscriptionFacts, charge: Charge) -> Candidate:
    """One charge of a stream the user cancelled, posted after the cancel day."""
    return Candidate(
        Kind.CHARGED_AFTER_CANCEL,
        after_cancel_key(sub, charge),
        charge.posted,
        after_cancel_severity(charge.amount_minor, charge.currency),
        account_id=charge.account_id,
        subscription_id=sub.id,
        transaction_id=charge.id,
        amount_minor=charge.amount_minor,
        currency=charge.currency,
        params={
            "name": sub.name,
            "amount": size_fact(charge.amount_minor, charge.currency),
            "date": charge.posted.isoformat(),  # two charges a month apart read apart
        },
    )


def after_cancel_key(sub: SubscriptionFacts, charge: Charge) -> str:
    """The occurrence of one charge after cancelling: told once, whenever it is told."""
    return f"charged_after_cancel:{sub.key}:{charge.id}"


def after_cancel_alerts(sub: SubscriptionFacts, recent: date, as_of: date) -> list[Candidate]:
    """Each charge of a stream the user cancelled, posted from ``recent`` to ``as_of``."""
    return [charged_after(sub, c) for c in sub.after_cancel if recent <= c.posted <= as_of]


def since_cancel_alerts(
    sub: SubscriptionFacts,
    recent: date,
    as_of: date,
    *,
    current: bool = False,
    told: frozenset[str] = frozenset(),
) -> list[Candidate]:
    """What a cancellation marked late tells of the charges too old for an alert of their own
    (before ``recent``): one alert for every charge since the cancel day.

    A cancellation marked late (the gym cancelled on 08-15, marked on 12-02) finds charges too
    old for an alert of their own: the household still wants to know all it paid since, so one
    alert names how many charges, what they came to, and the first and last day, raised once
    per cancel day; the charges of the recent window are also told one by one. When the
    merchant stopped charging before the window (NetEase Cloud Music cancelled on 07-20,
    marked in December, charged once more on 07-28), the charges no alert told yet are news
    all the same: a single one is told as itself, several as that one alert, dated by the
    last charge. Only on an account whose statements are ``current`` (ending within the window
    before ``as_of``): the old charges of a card closed years back stay quiet, as their own
    alerts do. ``told``: the keys of the charges after cancelling told before.

    The alert of every charge tells the recent ones too, so they are not told one by one beside
    it (the gym cancelled in March and marked in December: "charged you 7 times since …", not
    that and "charged 29.99 on Oct 3"). Its key ends with the day of the last charge it tells:
    the merchant's next charge is told by the next such alert ("8 times"), which the one before
    gives way to (:func:`every_charge_since`).
    """
    cancelled = sub.cancelled_on
    charges = sorted(
        (c for c in sub.after_cancel if c.posted <= as_of), key=lambda c: (c.posted, c.id)
    )
    old = [c for c in charges if c.posted < recent]
    if cancelled is None or not old:
        return []
    every = _every_charge_since(sub, cancelled, charges)
    if recent <= charges[-1].posted:
        return [every]  # the merchant still charges: told as a whole, the recent ones with it
    if not current or every.key in told or all(after_cancel_key(sub, c) in told for c in old):
        return []
    return [charged_after(sub, charges[0]) if len(charges) == 1 else every]


def every_charge_since(sub: SubscriptionFacts, cancelled: date) -> str:
    """The start of the keys of the alerts of every charge since ``cancelled``, each ending
    with the day of its last charge: the one with the latest is current, the earlier ones have
    given way to it."""
    return f"charged_after_cancel:{sub.key}:since:{cancelled.isoformat()}:"


def _every_charge_since(
    sub: SubscriptionFacts, cancelled: date, charges: Sequence[Charge]
) -> Candidate:
    """One alert of every charge since the cancel day: how many, what they came to, when."""
    last = charges[-1]
    total = sum(c.amount_minor for c in charges)
    return Candidate(
        Kind.CHARGED_AFTER_CANCEL,
        f"{every_charge_since(sub, cancelled)}{last.posted.isoformat()}",
        last.posted,
        after_cancel_severity(total, last.currency),
        account_id=last.account_id,
        subscription_id=sub.id,
        amount_minor=total,
        currency=last.currency,
        params={  # "amount" and "date": all of them, and the last one's day
            "name": sub.name,
            "count": str(len(charges)),
            "amount": size_fact(total, last.currency),
            "since": cancelled.isoformat(),
            "first": charges[0].posted.isoformat(),
            "date": last.posted.isoformat(),
        },
    )


def _alive_at(sub: SubscriptionFacts, until: date | None) -> bool:
    """Whether the stream was alive where its account's statements end: its next charge not
    overdue then (a charge they should show but do not is not rolled on to a later renewal:
    :func:`~finapp.core.cadence.charge_missed`, as the subscription list decides)."""
    return (
        until is not None
        and live(sub)
        and sub.next_date is not None
        and sub.grace_days is not None
        and sub.next_date + timedelta(days=sub.grace_days) >= until
        and not charge_missed(sub.next_date, until)
    )


def stale_notice(
    covered: Covered, subs: Sequence[SubscriptionFacts], as_of: date
) -> Candidate | None:
    """One notice for an account whose statements end before its streams' next charges.

    The account is stale when its statements are at least :data:`STALE_MIN_DAYS` old and a
    stream alive where they end (its next charge not overdue then) should have charged again
    by ``as_of``: the charge is not missing, only not imported yet.
    """
    until = covered.until
    if (as_of - until).days < STALE_MIN_DAYS:
        return None
    due = [
        sub.next_date
        for sub in subs
        if live(sub) and sub.next_date is not None and sub.grace_days is not None
        and sub.next_date + timedelta(days=sub.grace_days) >= until
        and sub.next_date + timedelta(days=SCHEDULE_SLACK_DAYS) < as_of
    ]  # fmt: skip
    if not due:
        return None
    since = max(
        until + timedelta(days=STALE_MIN_DAYS), min(due) + timedelta(SCHEDULE_SLACK_DAYS + 1)
    )
    return Candidate(
        Kind.STALE_STATEMENTS,
        f"stale_statements:{covered.account_id}:{until.isoformat()}",
        min(since, as_of),
        Severity.INFO,
        account_id=covered.account_id,
        params={"account": covered.name, "date": until.isoformat()},
    )


def subscription_alerts(
    facts: Facts,
    judged: Callable[[int | None], date],
    stale: set[int],
    event_days: Mapping[int, date],
) -> list[Candidate]:
    """Renewals ahead; price changes, charges after cancelling and lapses just past.

    A stream's price changes and charges after cancelling are told as of its account's day in
    ``event_days`` (where statements imported late end), else as of ``as_of``.
    """
    lim, as_of = facts.limits, facts.as_of
    window = timedelta(days=lim.subscription_window_days)
    gaps = {c.account_id: c.gaps for c in facts.coverage}
    until = {c.account_id: c.until for c in facts.coverage}
    # charges at each merchant as far back as a lapse or a price rise is told
    since = min([as_of, *event_days.values()]) - timedelta(
        days=max(PRICE_TERM_DAYS, lim.subscription_window_days) + SCHEDULE_SLACK_DAYS
    )
    at_merchant: dict[tuple[int | None, str], list[Charge]] = defaultdict(list)
    for charge in facts.charges:
        if charge.posted > since and charge.merchant:
            at_merchant[(charge.account_id, charge.merchant)].append(charge)
    for charges in at_merchant.values():
        charges.sort(key=lambda c: (c.posted, c.id))
    in_streams = frozenset(txn for sub in facts.subscriptions for _, _, txn in sub.charges)
    out: list[Candidate] = []
    for sub in facts.subscriptions:
        if sub.user_state == UserState.DISMISSED:
            continue
        due = due_charge(sub, at_merchant, in_streams) if sub.kind != StreamKind.INCOME else []
        prices: list[Candidate] = []
        ended = sub.user_state == UserState.CANCELLED
        told_as_of = event_days.get(sub.account_id or -1, as_of)
        if not ended and sub.kind in (*SPENDING_KINDS, StreamKind.INCOME):
            prices = price_alerts(sub, told_as_of, due)
            out.extend(prices)
        rose = any(p.kind == Kind.PRICE_INCREASE for p in prices)
        if not ended and sub.kind in SPENDING_KINDS and sub.amount_minor < 0:
            ahead = None
            if sub.account_id in stale and _alive_at(sub, until.get(sub.account_id or -1)):
                ahead = _ahead(sub, as_of)  # its statements end before: roll on its schedule
            renewal = _renewal(sub, as_of, lim.reminder_offsets, ahead, rose)
            lapse = None
            if sub.account_id not in stale:
                lapse = lapse_alert(
                    sub,
                    judged(sub.account_id),
                    lim.subscription_window_days,
                    gaps.get(sub.account_id or -1, ()),
                    [c for c in due if c[0] <= judged(sub.account_id)],
                )
            out.extend(c for c in (renewal, lapse) if c)
        ends = until.get(sub.account_id or -1)
        current = ends is None or as_of - window <= ends
        every = since_cancel_alerts(
            sub, told_as_of - window, told_as_of, current=current, told=facts.told
        )
        if not any(c.transaction_id is None for c in every):  # no alert of every charge since
            out.extend(after_cancel_alerts(sub, told_as_of - window, told_as_of))
        out.extend(every)
    return out
