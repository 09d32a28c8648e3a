"""Cadences of recurring streams: recognising one from posting dates, and predicting the next.

Posting dates are noisy: card charges post one to three days late, banks shift weekend debits to
Monday, and a charge billed on the 31st lands on the 30th or the 28th in shorter months. So a
cadence is recognised in two steps: the *mean* interval (span / count) picks the candidate, which
is robust to jitter because jitter does not accumulate; then *every* interval and every date's
distance from the nominal schedule must stay within the cadence's tolerance, which is what tells
a subscription billed on the 5th apart from a haircut every four to six weeks.
"""

from __future__ import annotations

import calendar
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from finapp.core.months_off import (
    EARLY_DAY,
    MONTH_END_DAY,
    calendar_months,
    months_off,
    periods_off,
)
from finapp.core.pauses import paused_charges

#: statements this many days old are not up to date: a renewal due in their last days but not
#: in them, alive within its grace, may only not have posted yet, and the schedule rolls on past
#: it (the renewals the alerts remind of and those the lists show agree)
STALE_MIN_DAYS = 10

#: how many days after its expected day a charge may still post (card lag, a weekend)
POSTING_LAG_DAYS = 5


@dataclass(frozen=True, slots=True)
class Cadence:
    """A billing rhythm: either a fixed number of days or of calendar months."""

    name: str
    days: int  # period in days (nominal for month-based cadences)
    months: int  # 0 for day-based cadences
    mean_range: tuple[float, float]  # the span/count window that selects this cadence
    gap_range: tuple[int, int]  # every interval must fall here
    min_count: int  # occurrences needed before a stream is suggested
    established_count: int  # occurrences after which the stream is established
    per_year: int
    grace_days: int  # overdue by more than this past the next date: inactive


CADENCES: tuple[Cadence, ...] = (
    Cadence("weekly", 7, 0, (6.0, 8.5), (3, 11), 5, 10, 52, 10),
    Cadence("biweekly", 14, 0, (12.5, 14.6), (9, 19), 4, 8, 26, 12),
    Cadence("semimonthly", 15, 0, (14.6, 16.5), (10, 21), 4, 8, 24, 12),
    Cadence("four_weekly", 28, 0, (26.5, 29.2), (22, 34), 3, 6, 13, 16),
    Cadence("monthly", 30, 1, (29.2, 32.5), (24, 38), 3, 6, 12, 16),
    Cadence("bimonthly", 61, 2, (56.0, 66.0), (50, 72), 3, 5, 6, 25),
    Cadence("quarterly", 91, 3, (85.0, 97.0), (78, 104), 3, 4, 4, 35),
    Cadence("semiannual", 182, 6, (170.0, 195.0), (160, 205), 3, 4, 2, 50),
    Cadence("annual", 365, 12, (350.0, 380.0), (340, 390), 2, 3, 1, 60),
)
BY_NAME: dict[str, Cadence] = {c.name: c for c in CADENCES}
#: each cadence by its period in days, one a period: what a stream's facts that keep only its
#: period (the alerts') step by
BY_DAYS: dict[int, Cadence] = {c.days: c for c in CADENCES}

#: intervals a run needs before one of them may span a missing charge (four charges)
_MIN_GAPS_FOR_A_SKIP = 3
#: charges a monthly bill needs before its months off are looked for (two winters passed)
_MONTHS_OFF_MIN_CHARGES = 6

#: How far a posting may sit from its nominal billing date (lag, weekends, holidays).
_SCHEDULE_SLACK = 5
#: charges a bill on set months of the year needs (two years of four) to be believed
_CALENDAR_MIN_CHARGES = 6


def fit_cadence(dates: list[date], tax: bool = False) -> Cadence | None:
    """The cadence the sorted ``dates`` follow, or None when they are not regular.

    A missing charge (a gap of two periods) is tolerated once in eight periods, and once in a
    shorter run of at least four charges: statements get lost, a merchant skips a month, a
    member pauses and resumes (charged June to September, not in October, again in November:
    the November charge is the same subscription, not the start of another). It is counted as a
    period, so it does not stretch the mean. A monthly bill's months off every year
    (:mod:`finapp.core.months_off`: council tax's February and March) are no missing charges,
    nor are the pauses of a day-based rhythm that resumes on its beat
    (:mod:`finapp.core.pauses`: a campus wage paid fortnightly in the semesters only). A
    ``tax`` paid in instalments (:func:`finapp.core.months_off.a_tax`) has its months off
    from its one break.
    """
    if len(dates) < 2:
        return None
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    if min(gaps) <= 0:
        return None
    skips = _skips_allowed(len(gaps))
    fitted = next((c for c in CADENCES if _fits(dates, gaps, c, skips)), None)
    if fitted is None and len(dates) >= _MONTHS_OFF_MIN_CHARGES and (off := months_off(dates, tax)):
        monthly = BY_NAME["monthly"]
        if _fits(dates, gaps, monthly, skips + periods_off(dates, off)):
            return monthly
    return fitted or _paused_fit(dates, gaps, skips) or _calendar_fit(dates)


def _paused_fit(dates: list[date], gaps: list[int], skips: int) -> Cadence | None:
    """The day-based cadence ``dates`` keep through pauses (:mod:`finapp.core.pauses`: a wage
    paid every second Friday in the semesters only), or None."""
    for cadence in CADENCES:
        if cadence.months or cadence.name == "semimonthly":
            continue
        paused = paused_charges(dates, cadence.days)
        if paused and _fits(dates, gaps, cadence, skips + paused):
            return cadence
    return None


def _calendar_fit(dates: list[date]) -> Cadence | None:
    """The cadence of a bill paid on set months of the year unevenly apart, on one day of the
    month (:func:`finapp.core.months_off.calendar_months`: US estimated tax on 15 January,
    April, June and September is quarterly, though 61 to 122 days apart), or None."""
    if not (months := uneven_months(dates)):
        return None
    cadence = next(c for c in CADENCES if c.months > 1 and c.per_year == len(months))
    days = [d.day for d in dates]
    if max(days) >= MONTH_END_DAY:  # paid near a month's end: the 1st to 5th is late
        days = [day + 31 if day <= EARLY_DAY else day for day in days]
    return cadence if max(days) - min(days) <= 2 * _SCHEDULE_SLACK else None


def uneven_months(dates: list[date]) -> tuple[int, ...]:
    """The months of the year a stream charged on ``dates`` keeps, when they are as many as a
    month-based cadence's charges a year but not evenly apart (January, April, June,
    September), in six charges or more; else empty (an even calendar is its cadence's own)."""
    if len(dates) < _CALENDAR_MIN_CHARGES:
        return ()
    months = calendar_months(dates)
    if not any(c.months > 1 and c.per_year == len(months) for c in CADENCES):
        return ()
    steps = {(b - a) % 12 for a, b in zip(months, (*months[1:], months[0]), strict=True)}
    return months if len(steps) > 1 else ()


def months_off_of(dates: list[date], cadence: Cadence, tax: bool = False) -> tuple[int, ...]:
    """The calendar months a stream of ``cadence`` charged on ``dates`` takes off every year: a
    monthly bill's (:func:`finapp.core.months_off.months_off`; a ``tax``'s from one break),
    or those outside the set months of a bill paid on them unevenly apart
    (:func:`uneven_months`)."""
    if cadence.months == 1:
        return months_off(dates, tax)
    if cadence.months and len(months := uneven_months(dates)) == cadence.per_year:
        return tuple(m for m in range(1, 13) if m not in months)
    return ()


def month_step(cadence: Cadence, off: Sequence[int]) -> int:
    """How many months a month-based schedule steps at a time: its cadence's, or one with
    months ``off``, passed over to the next month it charges in (from September's estimated
    tax to January's, not December's)."""
    return 1 if off else cadence.months


def _fits(dates: list[date], gaps: list[int], cadence: Cadence, skips: int) -> bool:
    """Whether ``dates`` (with ``gaps`` between them) follow ``cadence``, missing at most
    ``skips`` charges."""
    span = (dates[-1] - dates[0]).days
    low, high = cadence.mean_range
    if span / (len(gaps) + skips) >= high or span / len(gaps) < low:
        return False  # no count of missing charges brings the mean into range
    steps = [_steps(gap, cadence) for gap in gaps]
    periods = sum(steps)
    if periods - len(gaps) > skips or not low <= span / periods < high:
        return False
    if cadence.name == "semimonthly" and not _two_days_of_month(dates):
        return False
    return _gaps_fit(gaps, steps, cadence) and _on_schedule(dates, cadence)


def _skips_allowed(gaps: int) -> int:
    """How many missing charges a run with ``gaps`` intervals may have: one in eight, and one
    in any run of four charges or more: three intervals show the rhythm the gap skips a beat of."""
    return max(gaps // 8, 1 if gaps >= _MIN_GAPS_FOR_A_SKIP else 0)


def _period_days(cadence: Cadence) -> float:
    return cadence.months * 30.44 if cadence.months else cadence.days


#: days a month-based billing day moves later, at the least, to be a move rather than lag
BILLING_MOVE_DAYS = 5
#: days one billing day's postings spread over (lag, a weekend)
_LAG_DAYS = 4


def _steps(gap: int, cadence: Cadence) -> int:
    """How many periods a gap spans; a late posting (up to a few days) does not add one."""
    return max(1, round((gap - 3) / _period_days(cadence)))


def _gaps_fit(gaps: list[int], steps: list[int], cadence: Cadence) -> bool:
    low, high = cadence.gap_range
    extra = round(_period_days(cadence))
    pairs = zip(gaps, steps, strict=True)
    misses = sum(1 for gap, step in pairs if not low <= gap - (step - 1) * extra <= high)
    return misses <= len(gaps) // 8  # one late posting in eight is forgiven


def _on_schedule(dates: list[date], cadence: Cadence) -> bool:
    if cadence.name == "semimonthly":
        return True  # checked by _two_days_of_month
    offsets = schedule_offsets(dates, cadence)
    spread = max(offsets) - min(offsets)
    return spread <= min(2 * _SCHEDULE_SLACK, cadence.days * 3 // 4)


def schedule_offsets(dates: list[date], cadence: Cadence) -> list[int]:
    """Each date's distance in days from the nominal schedule anchored on the first date."""
    first = dates[0]
    if cadence.months:
        day = nominal_day(dates)
        offsets = []
        for d in dates:
            steps = round(_month_index(d, first) / cadence.months) * cadence.months
            offsets.append((d - month_date(first, steps, day)).days)
        return offsets
    offsets, periods = [0], 0
    for previous, current in itertools.pairwise(dates):
        periods += _steps((current - previous).days, cadence)
        offsets.append((current - first).days - periods * cadence.days)
    return offsets


def _month_index(d: date, first: date) -> float:
    return (d.year - first.year) * 12 + (d.month - first.month) + (d.day - first.day) / 30.5


def nominal_day(dates: list[date]) -> int:
    """The day of month a month-based stream is billed on (31 stands for "the last day").

    Lag and weekends only ever delay a posting, so the billing day sits near the earliest posting
    days: the lower quartile resists one odd early posting. A charge near month-end that posts on
    the 1st to 5th of the next month counts as late, not early; unless most postings are on
    such a day and every other one came on the Friday before it when it fell on a weekend: a
    pension paid on the 1st, or on 31 October and 29 November, is paid on the 1st, not on the
    last day of the month. A subscription billed on the 29th that mostly posts on the 2nd is
    still billed at the month's end, not on the 2nd (late posting is no early payment).
    Likewise a payment due on the 5th that came on the Friday before each 5th on a weekend and
    on the 5th otherwise (Canada's GST/HST credit: 4 July, 3 October, 5 January, 5 October) is
    due on the 5th, the latest of its days, though most postings were on the 3rd.

    The most common posting day is the billing day only when the postings before it came on
    the Friday before it fell on a weekend (a salary, a pension): a card charge billed on the
    5th posts one to three days late, and its last six postings on the 8th, 7th, 8th, 6th, 8th
    and 6th make it due on the 6th, not the 8th (its reminder a week ahead came a day late).
    """
    days = [d.day for d in dates]
    if max(days) >= 25:
        days = [day + 31 if day <= 5 else day for day in days]
    typical = _typical_day(days)
    typical = _before_lag(dates, days, typical)
    if typical > 31 and _early_for_weekends(dates, typical - 31):
        return typical - 31
    latest = max(days)
    if (
        typical < latest <= _EARLY_DUE_MAX
        and days.count(latest) >= _EARLY_DUE_SEEN
        and _early_for_weekends(dates, latest)
    ):
        return latest
    if all(day >= 28 for day in days) and any(day >= 30 for day in days):
        return 31
    return min(typical, 31)


def _before_lag(dates: list[date], days: list[int], typical: int) -> int:
    """The billing day of postings most often on ``typical``: the lower quartile of those up
    to :data:`_LAG_DAYS` around it when some came a day or more before it, not on the Friday
    before it fell on a weekend (the 6th and 7th beside the 8th: the 8th is lag). Postings
    further before are of a billing day since moved (:func:`since_moved`)."""
    near = [(p, d) for p, d in zip(dates, days, strict=True) if abs(d - typical) <= _LAG_DAYS]
    earlier = [posted for posted, day in near if day < typical]
    if typical > 31 or not earlier or _early_for_weekends(earlier, typical):
        return typical
    return _lower_quartile([day for _, day in near])


def _early_for_weekends(dates: list[date], day: int) -> bool:
    """Whether every posting not on ``day`` came on the Friday before a ``day`` that fell on a
    Saturday or Sunday (a payer who pays early for a weekend, where lag only delays)."""
    for posted in dates:
        if posted.day == day:
            continue
        due = month_date(posted, 1 if posted.day > day else 0, day)
        if due.weekday() < _SATURDAY or posted.weekday() != _FRIDAY or (due - posted).days > 2:
            return False
    return True


_FRIDAY, _SATURDAY = 4, 5
#: the latest due day read as paid early for weekends: one on every month's calendar
_EARLY_DUE_MAX = 28
#: ... and how often it must have been paid on the day itself: one posting on a Friday and one
#: on a Monday two days later are lag as likely (an annual plan billed on the 13th)
_EARLY_DUE_SEEN = 2


def charge_missed(expected: date, until: date) -> bool:
    """Whether a charge expected on ``expected`` should be in statements ending on ``until``.

    One rule for every place that says what comes next (the subscription list, the dashboard's
    renewals, the renewal alerts): a charge due more than :data:`POSTING_LAG_DAYS` before the
    statements end and not in them is overdue, never silently rolled on to the next period;
    one due in their last days may only not have posted yet.
    """
    return expected + timedelta(days=POSTING_LAG_DAYS) < until


def due_after_statements(due: date, until: date | None, today: date, period_days: int) -> bool:
    """Whether a renewal due on ``due``, already past ``today``, is still the one to show.

    The one rule for every place that says what comes next (the subscription list, the
    dashboard's renewals, the renewal alerts): no active stream shows a past date, except a
    renewal of the last few days (:data:`POSTING_LAG_DAYS`, half a period for a weekly one)
    that falls after the day its account's statements end (``until``). Those statements cannot
    show whether it was paid, so it is neither overdue nor skipped: rent paid on the 1st of each
    month, statements to 18 November, asked on 2 December, is "due 1 December, after the
    statements end", not next due on 1 January. A past day the statements cover without the
    charge is :func:`charge_missed` (overdue) instead.
    """
    recent = min(POSTING_LAG_DAYS, period_days // 2)
    return until is not None and until < due < today and (today - due).days <= recent


def past_months_off(due: date, off: Sequence[int], day: int) -> date:
    """``due``, or the first month after it that is not one of the months ``off``, on ``day``."""
    while due.month in off:
        due = month_date(due, 1, day)
    return due


def month_date(start: date, months: int, day: int) -> date:
    """``start`` moved by ``months`` calendar months, on ``day`` (clamped to the month's end)."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return date(year, month + 1, min(day, last))


def roll_forward(
    start: date,
    cadence: str,
    day: date,
    off: Sequence[int] = (),
    billed: BillingDay | None = None,
) -> date:
    """The first renewal on or after ``day`` of a schedule that renews from ``start``.

    Month-based cadences keep ``start``'s day of the month and pass over the months ``off``; a
    start on the 30th or 31st that is its month's last day renews on the last day (interest
    paid on 30 November is next paid on 31 December, not the 30th). Twice-monthly streams
    alternate between two days of the month (:func:`_semimonthly_pair`): 15 days at a time
    drifted a salary paid on the 15th and the last day to the 30th. The others step by their
    days. A stream ``billed`` on a day of the month (:class:`BillingDay`) steps from that day,
    though ``start`` was moved off a weekend, and each renewal is moved as its payee moves it:
    a direct debit of the 1st due on Monday 3 November renews on Monday 1 December.
    """
    step_of = BY_NAME.get(cadence, BY_NAME["monthly"])
    if billed is None or not (step_of.months or cadence == "semimonthly"):
        billed = BillingDay(billing_day(start))
    else:
        start = billed.nominal(start)
    if cadence == "semimonthly":
        return _roll_semimonthly(start, day, billed)
    step, upcoming = 0, start
    while billed.moved(upcoming) < day or upcoming.month in off:
        step += 1
        upcoming = (
            month_date(start, step * month_step(step_of, off), billed.day)
            if step_of.months
            else start + timedelta(days=step * step_of.days)
        )
    return billed.moved(upcoming)


def billing_day(due: date) -> int:
    """The day of the month a month-based renewal due on ``due`` renews on (31: the last day).

    A date on the 30th or 31st that ends its month is the last day; the 28th of February may
    as well be a bill of the 28th, so it stays the 28th.
    """
    last = calendar.monthrange(due.year, due.month)[1]
    return 31 if due.day == last and due.day >= _MONTH_END_MIN else due.day


#: the earliest day of the month that, ending its month, stands for the month's last day
_MONTH_END_MIN = 30


def _semimonthly_pair(due: date) -> tuple[int, int]:
    """The two days a twice-monthly stream due on ``due`` is paid on (31: the last day): the
    15th and the last after a month's last day, else ``due``'s day and the day 15 from it."""
    if billing_day(due) == 31:
        return 15, 31
    if due.day <= 15:
        first, second = due.day, due.day + 15
    else:
        first, second = due.day - 15, due.day
    return first, 31 if second >= _MONTH_END_MIN else second


def _roll_semimonthly(start: date, day: date, billed: BillingDay) -> date:
    """The first payment on or after ``day`` of a twice-monthly stream billed on ``start``,
    moved off a weekend as ``billed`` says."""
    if billed.moved(start) >= day:
        return billed.moved(start)
    pair = _semimonthly_pair(start)
    for months in itertools.count():
        for paid in sorted(month_date(start, months, d) for d in pair):
            if billed.moved(paid) >= day:
                return billed.moved(paid)
    raise AssertionError("unreachable")  # itertools.count() never ends


def _two_days_of_month(dates: list[date]) -> bool:
    """Semi-monthly streams alternate between two fixed days of the month (1st/15th, 15th/last)."""
    days = _semimonthly_days(dates)
    return days is not None and 10 <= abs(days[1] - days[0]) <= 20


def _semimonthly_days(dates: list[date]) -> tuple[int, int] | None:
    """The two nominal days, from alternate postings; None when either half wanders.

    A half paid at the month's end, on the last day or on the Friday before it when it falls
    on a weekend (the 26th or 27th of February), is paid on the last day (31): read by its
    most common day, a tuition or a salary of the 15th and the last business day was due on
    the 29th, and rolled on, on the 14th and the 29th.
    """
    nominal = []
    for half in (dates[0::2], dates[1::2]):
        days = [d.day for d in half]
        month_end = max(days) >= 28
        if month_end:  # a late posting lands on the 1st to 3rd
            days = [day + 31 if day <= 5 else day for day in days]
        if max(days) - min(days) > 2 * _SCHEDULE_SLACK:
            return None
        at_end = month_end and all(d.day <= 5 or _ends_month(d) for d in half)
        nominal.append(31 if at_end else _typical_day(days))
    return nominal[0], nominal[1]


def _ends_month(posted: date) -> bool:
    """Whether a posting is a month-end payment's: on the 28th or later, or on the Friday
    before a last day of the month that fell on a weekend."""
    return posted.day >= 28 or _early_for_weekends([posted], 31)


def _typical_day(days: list[int]) -> int:
    """The billing day among posting days: the most common one when it clearly is (payroll
    moves early on weekends, cards post late), else the lower quartile (lag only delays)."""
    counts: dict[int, int] = {}
    for day in days:
        counts[day] = counts.get(day, 0) + 1
    common = max(counts, key=lambda day: (counts[day], -day))
    if counts[common] * 5 >= len(days) * 2:
        return common
    return _lower_quartile(days)


def _lower_quartile(days: list[int]) -> int:
    """The lower quartile of posting days: lag only delays, and it resists one early posting."""
    return sorted(days)[len(days) // 4]


def since_moved(dates: list[date]) -> list[date]:
    """The postings since the billing day last moved later for good, when at least two show
    it (a payment retried a week after it failed, a plan changed mid-cycle: billed on the 10th
    from then, no longer the 3rd); else all of ``dates``. A single late posting is lag. Only a
    move later needs it: the lower quartile of :func:`nominal_day` already follows one earlier.
    """
    days = [d.day for d in dates]
    if len(days) < 3 or max(days) >= 25:  # a month-end biller's days wrap: never read as moved
        return dates
    for moved in range(len(days) - 1, 1, -1):  # the longest run of postings since a move
        before, since = days[:-moved], days[-moved:]
        # each a billing day and its lag (a bill paid by hand on any day of a week moves not)
        steady = max(before) - min(before) <= _LAG_DAYS and max(since) - min(since) <= _LAG_DAYS
        # the billing day then: lag only ever delays a posting
        if steady and min(since) >= min(before) + BILLING_MOVE_DAYS:
            return dates[-moved:]
    return dates


def next_date(dates: list[date], cadence: Cadence, off: Sequence[int] = ()) -> date:
    """The next billing date after the last of the sorted ``dates``, past the stream's months
    ``off`` (:mod:`finapp.core.months_off`): the nominal one, moved off a weekend as this
    payee's postings were (:func:`billing_of`)."""
    if (billing := billing_of(dates, cadence, off)) is not None:
        nominal, billed = billing
        return billed.moved(nominal)
    offsets = schedule_offsets(dates, cadence)
    # drop the last posting's own lag: like the billing day above, the phase is a low offset
    phase = sorted(offsets)[len(offsets) // 4]
    return dates[-1] + timedelta(days=cadence.days - (offsets[-1] - phase))


#: how a posting left a billing date on a weekend: the Monday after, the Friday before
AFTER, BEFORE = 1, -1


@dataclass(frozen=True, slots=True)
class BillingDay:
    """The day of the month a month-based (or twice-monthly) stream is billed on (31: the
    last day), and ``weekends``, how its payee's postings leave a billing date that falls on a
    Saturday or Sunday (:data:`AFTER`: a bank's direct debit of the 1st taken on Monday the
    3rd; :data:`BEFORE`: a salary or a pension paid on the Friday; 0: as it falls, a card
    charge posting any day, or none seen on a weekend yet).

    The schedule steps from the billing day, not from the day the money moved: stepped from
    Monday the 3rd, every renewal after it would come on the 3rd.
    """

    day: int
    weekends: int = 0

    @staticmethod
    def kept(day: int, weekends: int) -> BillingDay | None:
        """The billing day a stored subscription keeps (``day`` 0: none)."""
        return BillingDay(day, weekends) if day else None

    def nominal(self, due: date) -> date:
        """The billing date a charge due on ``due`` (moved off a weekend or not) stands for."""
        return _nominal_of(due, (self.day,))

    def moved(self, nominal: date) -> date:
        """The day a charge billed on ``nominal`` is expected: off a weekend as the payee
        moves it (the Monday after, the Friday before), else ``nominal``."""
        if not self.weekends:
            return nominal
        while nominal.weekday() >= _SATURDAY:
            nominal += timedelta(days=self.weekends)
        return nominal


def billing_of(
    dates: list[date], cadence: Cadence, off: Sequence[int] = ()
) -> tuple[date, BillingDay] | None:
    """The next nominal billing date of a month-based (or twice-monthly) stream posted on the
    sorted ``dates``, and its billing day (how this payee's postings leave a weekend); None
    for a stream counted in days (weekly, every four weeks: always one weekday)."""
    if cadence.name == "semimonthly":
        days = _semimonthly_days(dates) or (1, 15)
        nominal = _next_semimonthly(dates[-1], days)
        return nominal, BillingDay(billing_day(nominal), weekend_move(dates[-12:], days))
    if not cadence.months:
        return None
    recent = since_moved(dates[-12:])
    day = nominal_day(recent[-6:])
    step = month_date(_nominal_of(dates[-1], (day,)), month_step(cadence, off), day)
    return past_months_off(step, off, day), BillingDay(day, weekend_move(recent, (day,)))


def _nominal_of(posted: date, days: Sequence[int]) -> date:
    """The billing date, on one of the ``days`` of the month, nearest to ``posted``."""
    return min(
        (month_date(posted, shift, day) for shift in (-1, 0, 1) for day in days),
        key=lambda d: abs((d - posted).days),
    )


def weekend_move(dates: Sequence[date], days: Sequence[int]) -> int:
    """How a payee billing on ``days`` of the month moves a billing date that falls on a
    weekend, read from its postings ``dates``: :data:`AFTER` when every such posting came on
    the Monday after (a bank's direct debit, an ACH bill), :data:`BEFORE` when on the Friday
    before (a salary, a pension), else 0 (none fell on a weekend yet, or they went both ways).

    A payee that posts on a weekend, or more than once off its day on a weekday (a card
    charge's lag), posts any day: its dates are left as they fall. A bank holiday moves one
    posting a weekday further, the same way as its weekends.
    """
    weekends: set[int] = set()
    holidays: list[int] = []
    for posted in dates:
        if posted.weekday() >= _SATURDAY:
            return 0  # posts any day
        nominal = _nominal_of(posted, days)
        if posted == nominal:
            continue
        if _business_days_between(nominal, posted) > _HOLIDAYS_PASSED:
            return 0  # lag, or a posting nowhere near its day
        way = AFTER if posted > nominal else BEFORE
        (weekends.add(way) if nominal.weekday() >= _SATURDAY else holidays.append(way))
    if len(weekends) != 1 or len(holidays) > _HOLIDAYS_PASSED or set(holidays) - weekends:
        return 0
    return weekends.pop()


#: weekdays a posting may move past its billing date, the weekend aside (a bank holiday)
_HOLIDAYS_PASSED = 1


def _business_days_between(nominal: date, posted: date) -> int:
    """Weekdays from ``nominal`` (left out) to ``posted`` (counted) in either direction, less
    the nominal day itself when it is a weekday; 0 when ``posted`` is the first weekday on the
    way (the Monday after a Saturday, the Friday before a Sunday)."""
    way = 1 if posted > nominal else -1
    count, day = 0, nominal
    while day != posted:
        day += timedelta(days=way)
        count += day.weekday() < _SATURDAY
    return count - (nominal.weekday() >= _SATURDAY)


def _next_semimonthly(last: date, days: Sequence[int]) -> date:
    candidates = [month_date(last, shift, day) for shift in (-1, 0, 1) for day in days]
    return min(d for d in candidates if (d - last).days >= 8)
