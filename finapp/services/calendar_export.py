"""Upcoming renewals as an iCalendar (RFC 5545) file, with alarms at the reminder offsets.

One all-day event per subscription or bill that will renew: at its next date, repeating on its
cadence (RRULE) so a calendar keeps showing later renewals, with one VALARM per reminder offset
(default 30, 7 and 1 days before). The ``icalendar`` package writes the file, so escaping, line
folding and CRLF line ends follow the RFC. UIDs are stable per subscription: importing the file
again updates the events instead of duplicating them.

Each event starts at the subscription's next renewal on or after the day asked
(:func:`~finapp.services.subscriptions.upcoming_renewal`), never at one already past: a stream
whose statements end weeks ago rolls on along its schedule, and a charge that is late (its day
is covered by statements that do not show it) is left to the alerts, the calendar starting at
the renewal after it.

A subscription's review date (when the user means to decide whether it goes on) is an event of
its own on that day, with an alarm on the morning, saying by when to cancel: before the first
renewal after it. The model has no separate "cancel by" deadline; the review date is that
deadline as the user set it.

The file is written whole or not at all (a temporary file in the same folder, then a rename),
readable by the user alone: it names subscriptions and amounts, and it may sit in a synced
folder a calendar app subscribes to (:mod:`finapp.services.kept_calendar`).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from icalendar import Alarm, Calendar, Event, vRecur

from finapp.core.cadence import roll_forward
from finapp.core.subscription_states import EXPECTED, SPENDING_KINDS, StreamKind
from finapp.errors import InvalidInputError, Problem
from finapp.services.plain_outputs import CALENDAR_PRODID
from finapp.services.private_file import replace_privately
from finapp.services.subscription_groups import group_kinds
from finapp.services.subscriptions import (
    SubscriptionView,
    list_subscriptions,
    upcoming_renewal,
)
from finapp.store.engine import Store

#: RRULE of each cadence; semi-monthly renewals repeat on two days, given by the next two dates.
_RULES: dict[str, dict[str, object]] = {
    "weekly": {"FREQ": "WEEKLY", "INTERVAL": 1},
    "biweekly": {"FREQ": "WEEKLY", "INTERVAL": 2},
    "four_weekly": {"FREQ": "WEEKLY", "INTERVAL": 4},
    "monthly": {"FREQ": "MONTHLY", "INTERVAL": 1},
    "bimonthly": {"FREQ": "MONTHLY", "INTERVAL": 2},
    "quarterly": {"FREQ": "MONTHLY", "INTERVAL": 3},
    "semiannual": {"FREQ": "MONTHLY", "INTERVAL": 6},
    "annual": {"FREQ": "YEARLY", "INTERVAL": 1},
}


def renewals_calendar(
    subscriptions: list[SubscriptionView],
    stamp: datetime,
    day: date,
    bills: Collection[int] = frozenset(),
) -> Calendar:
    """A VCALENDAR of the renewals on or after ``day`` of active, wanted subscriptions and
    bills; those whose ids are in ``bills`` are "due" rather than renewing."""
    calendar = Calendar()
    calendar.add("prodid", CALENDAR_PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "finapp renewals")
    for sub in subscriptions:
        when = _next_renewal(sub, day)
        if when is not None:
            calendar.add_component(_event(sub, when, stamp, due=sub.id in bills))
        review = _review_event(sub, day, stamp)
        if review is not None:
            calendar.add_component(review)
    return calendar


def calendar_bytes(
    store: Store, subscriptions: list[SubscriptionView], day: date, *, allow_empty: bool = False
) -> tuple[bytes, int]:
    """The calendar file's bytes and how many events it holds; a stream the Subscriptions page
    shows as a bill (rent, a phone plan) is due on its day, a subscription renews, and regular
    spending (a monthly taxi ride, the grocery shop) is not in it.

    RFC 5545 wants at least one component, so an empty calendar is refused unless
    ``allow_empty``: a calendar kept in step must still be rewritten when its last renewal
    goes, or the calendar app would go on showing it.
    """
    with store.read() as session:
        kinds = group_kinds(session)
    kept = [sub for sub in subscriptions if sub.id in kinds]  # regular spending renews nothing
    bills = frozenset(sub_id for sub_id, kind in kinds.items() if kind == StreamKind.BILL)
    calendar = renewals_calendar(kept, datetime.now(UTC), day, bills)
    events = len(calendar.walk("VEVENT"))
    if not events and not allow_empty:
        raise InvalidInputError(
            Problem(
                "calendar.empty", "No upcoming renewals to put in a calendar; nothing was written"
            )
        )
    return calendar.to_ical(), events


def check_calendar_path(path: Path) -> None:
    """Refuse a folder, or a file in a folder that does not exist, before anything is written."""
    if path.is_dir():
        raise InvalidInputError(
            Problem(
                "calendar.is_folder",
                f"{path} is a directory; name the .ics file to write",
                path=path,
            )
        )
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise InvalidInputError(
            Problem(
                "calendar.no_folder",
                f"No folder {folder} to write {path.name} into",
                folder=folder,
                name=path.name,
            )
        )


def write_calendar(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` atomically (temp file beside it, then rename), 0600."""
    replace_privately(path, data)


def export_renewals(store: Store, path: Path, as_of: date | None = None) -> int:
    """Write the renewals calendar to ``path`` (atomically); returns how many events it has."""
    check_calendar_path(path)
    day = as_of or date.today()
    data, events = calendar_bytes(store, list_subscriptions(store, day), day)
    write_calendar(path, data)
    return events


def _next_renewal(sub: SubscriptionView, day: date) -> date | None:
    """The first renewal on or after ``day`` of a subscription or bill the user keeps."""
    if sub.kind not in SPENDING_KINDS or sub.user_state not in EXPECTED:
        return None
    when = upcoming_renewal(sub, day)
    if when is not None and when < day:  # late: the alerts tell it, the calendar looks ahead
        when = roll_forward(when, sub.cadence, day, sub.months_off, sub.billing)
    return when


def _event(sub: SubscriptionView, when: date, stamp: datetime, *, due: bool) -> Event:
    price = f"{abs(sub.amount)} {sub.currency}"
    renews = "is due" if due else "renews"
    event = Event()
    event.add("uid", f"subscription-{sub.id}@finapp")
    event.add("dtstamp", stamp)
    event.add("dtstart", when)
    event.add("dtend", when + timedelta(days=1))
    event.add("summary", f"{sub.name} {'due' if due else 'renews'}: {price}")
    event.add(
        "description",
        f"{sub.name} ({sub.cadence.replace('_', '-')}) {renews} for {price}; "
        f"about {sub.annual_cost} {sub.currency} a year.",
    )
    event.add("transp", "TRANSPARENT")
    rule = _RULES.get(sub.cadence)
    if rule:
        # months off: every month it charges in, a tax's January, April, June and September
        on_months = [m for m in range(1, 13) if m not in sub.months_off]
        monthly = {**rule, "INTERVAL": 1, "BYMONTH": on_months}
        event.add("rrule", vRecur(monthly if sub.months_off else rule))
    for days in sub.reminder_offsets:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        soon = "today" if days == 0 else "tomorrow" if days == 1 else f"in {days} days"
        alarm.add("description", f"{sub.name} {renews} {soon} ({price})")
        alarm.add("trigger", timedelta(days=-days))
        event.add_component(alarm)
    return event


def _review_event(sub: SubscriptionView, day: date, stamp: datetime) -> Event | None:
    """The day the user means to decide whether ``sub`` goes on, when it is still ahead."""
    review = sub.review_date
    if review is None or review < day or sub.user_state not in EXPECTED:
        return None
    price = f"{abs(sub.amount)} {sub.currency}"
    renews = _next_renewal(sub, review)
    event = Event()
    event.add("uid", f"review-{sub.id}@finapp")
    event.add("dtstamp", stamp)
    event.add("dtstart", review)
    event.add("dtend", review + timedelta(days=1))
    event.add("summary", f"Review {sub.name}: keep it or cancel")
    deadline = (
        f"Cancel before {renews.isoformat()} if you no longer want it: it renews then for {price}."
        if renews is not None
        else f"It costs {price} ({sub.cadence.replace('_', '-')})."
    )
    event.add("description", f"You meant to review {sub.name} today. {deadline}")
    event.add("transp", "TRANSPARENT")
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", f"Review {sub.name} today")
    alarm.add("trigger", timedelta(hours=9))  # the morning of the day (all-day start + 9 h)
    event.add_component(alarm)
    return event
