"""Cash-flow forecast: each account's balance carried forward by its recurring streams.

Plain facts in, plain results out, integer minor units. A forecast starts where an account's
knowledge ends (the last day its statements cover, with the balance known that day), and
covers the days asked for from *today*: between the two the statements are not imported yet,
so that stretch is estimated (its streams' charges projected like the rest) and said to be,
and the lowest point is looked for from today on, never on a day already past. From there each
recurring stream (income, bills, subscriptions, transfers) is projected on its schedule at its
typical amount; one-off spending is not, so a forecast is what the commitments alone do to the
balance. A transfer between two own accounts moves money on both sides: when the other account
has no stream of its own for it, the stream is mirrored there (``Stream.mirror_account_id``).

Balances are end-of-day, like the low-balance alert's: a salary and the rent on the same day
only count by their sum.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from finapp.core.cadence import (
    BY_NAME,
    Cadence,
    month_date,
    month_step,
    next_date,
    past_months_off,
)
from finapp.core.streams import average, is_variable

#: how many days ahead a forecast looks unless asked otherwise
DEFAULT_DAYS = 60
#: the longest forecast asked for: a year of streams, however far their schedules reach
MAX_DAYS = 366
#: the most past charges a schedule is continued from (a year of a monthly stream)
_HISTORY = 12
_DAY = timedelta(days=1)


@dataclass(frozen=True, slots=True)
class Stream:
    """A recurring stream as the forecast sees it; ``amount_minor`` is signed (negative: out)."""

    name: str
    account_id: int
    cadence: str
    amount_minor: int
    #: the next expected charge (an overdue one is expected on the forecast's first day)
    next_date: date
    #: posting dates of its past charges, oldest first (none for a stream added by hand)
    history: tuple[date, ...] = ()
    #: the own account on the other side of a transfer that has no stream of its own for it
    mirror_account_id: int | None = None
    #: calendar months a monthly bill is never charged in (:mod:`finapp.core.months_off`)
    months_off: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Start:
    """Where an account's forecast starts: the last day known and its end-of-day balance."""

    account_id: int
    day: date
    balance_minor: int
    #: the account's low-balance threshold (None: the user set none)
    threshold_minor: int | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One projected charge or payment on an account."""

    day: date
    name: str
    amount_minor: int


@dataclass(frozen=True, slots=True)
class Projection:
    """One account's forecast from ``start.day`` to ``days`` days after ``today``."""

    start: Start
    events: tuple[Event, ...]  # in date order; on one day, money in before money out
    #: end-of-day balance on every day from the start day (included) to the horizon
    daily: tuple[tuple[date, int], ...]
    #: the first day that is ahead, not past: the days before it (after the start day) are
    #: estimated, the statements that hold them not imported yet
    today: date

    @property
    def estimated(self) -> bool:
        """Whether the statements end before today (the days between are estimated)."""
        return self.start.day < self.today

    @property
    def ahead(self) -> tuple[tuple[date, int], ...]:
        """The end-of-day balances from today on (from the start day when that is later)."""
        return tuple(point for point in self.daily if point[0] >= self.today) or self.daily

    @property
    def lowest(self) -> tuple[date, int]:
        """The lowest end-of-day balance from today on and its day (the earliest on a tie): a
        low point on a day already past is not one the user can still act on."""
        return min(self.ahead, key=lambda point: (point[1], point[0]))

    @property
    def lowest_cause(self) -> Event | None:
        """The payment that takes the balance to its lowest (None: it never falls below its
        first balance ahead, the start's or, the statements ending before today, today's
        estimate)."""
        day, low = self.lowest
        return cause_on(self.events, day) if low < self.ahead[0][1] else None


@dataclass(frozen=True, slots=True)
class Dip:
    """The first projected day the balance falls below the account's threshold, and the lowest
    it is projected to reach from then on (the same day when the first fall is the worst)."""

    day: date
    balance_minor: int
    threshold_minor: int
    cause: Event
    lowest_day: date
    lowest_minor: int
    lowest_cause: Event


def typical_amount(amounts: Sequence[int], cadence: str) -> int:
    """What the next charge will be: the latest price, or for a metered bill whose amount
    changes every time the average of its last year (the rule of a stream's annual cost)."""
    per_year = BY_NAME.get(cadence, BY_NAME["monthly"]).per_year
    return average(list(amounts[-per_year:])) if is_variable(list(amounts)) else amounts[-1]


def occurrences(stream: Stream, after: date, until: date) -> list[date]:
    """The stream's expected dates in ``after`` < day <= ``until``.

    The schedule continues the stream's own history (its billing day of the month, the 31st
    landing on a month's last day, two pay days a month). A charge due on or before ``after``
    and not seen yet is late, not skipped: it is expected (once) on the first day forecast.
    """
    cadence = BY_NAME.get(stream.cadence, BY_NAME["monthly"])
    dates = list(stream.history[-_HISTORY:])
    due, late, found = stream.next_date, False, []
    while due <= until:
        if due <= after:
            late = True
        else:
            found.append(due)
        dates = [*dates[1 - _HISTORY :], due]
        due = _following(dates, cadence, stream.months_off)
    return [after + _DAY, *found] if late else found


def _following(dates: list[date], cadence: Cadence, off: tuple[int, ...]) -> date:
    """The charge after the last of ``dates`` (a single date: one period on), past the
    months ``off``."""
    if len(dates) >= 2:
        return next_date(dates, cadence, off)
    last = dates[-1]
    if cadence.months:
        return past_months_off(month_date(last, month_step(cadence, off), last.day), off, last.day)
    return last + timedelta(days=cadence.days)


def project(
    starts: Iterable[Start], streams: Iterable[Stream], days: int, today: date | None = None
) -> list[Projection]:
    """Each account's balance from its start to ``days`` days after ``today`` (after its start
    when that is later, or ``today`` is not given), by its streams' events."""
    starts = list(starts)
    by_account = {start.account_id: start for start in starts}
    events: dict[int, list[Event]] = defaultdict(list)
    for stream in streams:
        sides = [(stream.account_id, stream.amount_minor)]
        if stream.mirror_account_id is not None:
            sides.append((stream.mirror_account_id, -stream.amount_minor))
        for account_id, amount in sides:
            start = by_account.get(account_id)
            if start is None:
                continue  # an account whose balance is unknown is not forecast
            horizon = _first_day(start, today) + timedelta(days=days)
            events[account_id].extend(
                Event(day, stream.name, amount) for day in occurrences(stream, start.day, horizon)
            )
    return [
        _projection(start, events[start.account_id], days, _first_day(start, today))
        for start in starts
    ]


def _first_day(start: Start, today: date | None) -> date:
    return start.day if today is None else max(start.day, today)


def _projection(start: Start, events: list[Event], days: int, today: date) -> Projection:
    ordered = sorted(events, key=lambda e: (e.day, e.amount_minor < 0, e.name))
    net: dict[date, int] = defaultdict(int)
    for event in ordered:
        net[event.day] += event.amount_minor
    balance, daily = start.balance_minor, [(start.day, start.balance_minor)]
    for offset in range(1, (today - start.day).days + days + 1):
        day = start.day + timedelta(days=offset)
        balance += net.get(day, 0)
        daily.append((day, balance))
    return Projection(start, tuple(ordered), tuple(daily), today)


def cause_on(events: Sequence[Event], day: date) -> Event | None:
    """The largest payment out on ``day`` (what a fall that day is told after)."""
    out = [e for e in events if e.day == day and e.amount_minor < 0]
    return min(out, key=lambda e: e.amount_minor) if out else None


def first_dip(projection: Projection, today: date | None = None) -> Dip | None:
    """The first day the projected balance falls from at or above the threshold to below it,
    with the lowest it reaches from that day to the horizon.

    A balance already below it on the start day is the low-balance alert's news; a fall after
    it has recovered is this one's again. The lowest point is told with the first fall: a mild
    dip on the 3rd hiding an overdraft on the 13th told the user the worst was the mild one.

    ``today``: statements a month old start the forecast a month back, but a day before
    ``today`` is past, not projected: a fall projected to be over before ``today`` is not told,
    and the lowest point is taken from ``today`` on (after the payment that took it there,
    however long ago that was projected).
    """
    threshold = projection.start.threshold_minor
    if threshold is None:
        return None
    before = projection.daily[0][1]
    for index, (day, balance) in enumerate(projection.daily[1:], start=1):
        if balance < threshold <= before:
            # a fall before today counts while it lasts to today
            past = [b for d, b in projection.daily[index:] if today is not None and d <= today]
            ahead = [p for p in projection.daily[index:] if today is None or p[0] >= today]
            if ahead and all(b < threshold for b in past):
                low_day, low = min(ahead, key=lambda point: (point[1], point[0]))
                if low < threshold:
                    cause = cause_on(projection.events, day)
                    low_cause = _cause_by(projection.events, low_day)
                    assert cause is not None and low_cause is not None  # a fall has a payment
                    return Dip(day, balance, threshold, cause, low_day, low, low_cause)
        before = balance
    return None


def _cause_by(events: Sequence[Event], day: date) -> Event | None:
    """The largest payment out on the last day up to ``day`` that has one."""
    days = [e.day for e in events if e.day <= day and e.amount_minor < 0]
    return cause_on(events, max(days)) if days else None
