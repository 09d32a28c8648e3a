"""Monthly bills with the same months off every year.

UK council tax is collected in ten instalments, April to January, with none in February and
March; school fees and some club dues pause over the summer. Such a bill is one monthly stream
whose missing months come back each year: not a stream that lapses every winter and another
that starts every spring, and its year holds ten charges, not twelve.

Months off are believed only when the history has passed over them at least twice, each time
with charges before and after, the same calendar months each time (one to three in a row), and
no charge ever falls in them: one pause of two months is a pause (the subscription lapsed and
came back), not a schedule. A tax collected in instalments is the exception (:func:`a_tax`):
the taxe foncière's "mensualisation", January to October, or the City of Toronto's property
tax, February to December, is set for a year and paid in a year's instalments, so the one
break a history of a year and a half holds is its months off, when it is the only break.

A bill paid a few times a year on set months unevenly apart (US estimated tax on 15 January,
April, June and September) is its cadence (quarterly) with the other months off: it is due in
the next of its months (:func:`calendar_months`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence
from datetime import date

#: the most months in a row a bill may take off each year and still be monthly
_MOST_OFF = 3
#: how many years the history must show the same months off
_TIMES_SEEN = 2
_MONTH_DAYS = 30.44
_LATE_DAYS = 3  # a posting a few days late does not make a month of its own
_MONTHS = 12
#: Words of a tax or levy paid out in instalments over a year, set anew each year: the
#: taxe foncière's "MENSUALISATION" (DGFIP, "FINANCES PUBLIQUES"), a city's or council's
#: property tax ("CITY OF TORONTO TAX", "COUNCIL TAX", "CTAX"), Germany's Grundsteuer, a Dutch
#: municipality's "Gemeentelijke belastingen … termijn 5/10" and the water board's, Spain's IBI;
#: a British council's direct debit ("MANCHESTER CITY COUNCIL") is its council tax
_A_TAX = re.compile(
    r"\bTAX(?:E|ES)?\b|\bCTAX\b|MENSUALISATION|\bIMP[OÔ]TS?\b|FINANCES\s+PUBLIQUES|\bDGFIP\b|"
    r"GRUNDSTEUER|\bBELASTING(?:EN)?\b|WATERSCHAP|\bIBI\b|IMPUESTO|\bCOUNCIL\b",
    re.IGNORECASE,
)


def a_tax(first: str, last: str, amount: int) -> bool:
    """Whether a stream whose first and last descriptors are ``first`` and ``last``, its
    latest ``amount`` paid out, is a tax paid in instalments (:data:`_A_TAX`): its one break
    in a year is its months off (see the module). A tax prints its words on every line, so
    two are read, however long the stream."""
    return amount < 0 and (_A_TAX.search(last) is not None or _A_TAX.search(first) is not None)


def missing_months(earlier: date, later: date) -> tuple[int, ...]:
    """The calendar months a monthly schedule passes over between two charges, in order."""
    steps = max(1, round(((later - earlier).days - _LATE_DAYS) / _MONTH_DAYS))
    return tuple((earlier.month - 1 + step) % 12 + 1 for step in range(1, steps))


def months_off(dates: Sequence[date], tax: bool = False) -> tuple[int, ...]:
    """The calendar months (1–12, sorted) a monthly stream charged on the sorted ``dates``
    takes off every year; empty when it takes none (see the module). A ``tax`` paid in
    instalments (:func:`a_tax`) needs its break seen once, when it is its only one."""
    passed = Counter(
        gap
        for earlier, later in itertools.pairwise(dates)
        if 0 < len(gap := missing_months(earlier, later)) <= _MOST_OFF
    )
    if not passed:
        return ()
    gap, seen = passed.most_common(1)[0]
    enough = seen >= _TIMES_SEEN or (tax and len(passed) == 1)
    if not enough or any(d.month in gap for d in dates):
        return ()
    return tuple(sorted(gap))


def periods_off(dates: Sequence[date], off: Sequence[int]) -> int:
    """How many of the months the sorted ``dates`` pass over are months off."""
    if not off:
        return 0
    return sum(
        sum(1 for month in missing_months(earlier, later) if month in off)
        for earlier, later in itertools.pairwise(dates)
    )


def charges_a_year(per_year: int, off: Sequence[int]) -> int:
    """A cadence's charges in a year (``per_year``), or with months ``off`` the months left:
    a monthly bill's year less its months off, four a year for taxes paid on four set months
    (:func:`calendar_months`)."""
    return _MONTHS - len(off) if off else per_year


def calendar_months(dates: Sequence[date]) -> tuple[int, ...]:
    """The calendar months (1–12, sorted) a stream charged on the sorted ``dates`` is charged in
    every year, when it keeps such a calendar: US estimated tax paid on 15 January, April, June
    and September, Australian BAS on 28 February, April, July and October. Each month must have
    been charged once a year, in every year between the first charge and the last, and all
    but one of them in two years or more: the calendar repeats (a history from March 2025
    holds February once), where five months of a monthly subscription and one more after a
    pause make no calendar. A posting on the 1st to 5th of a bill paid near a month's end
    belongs to the month before (28 February a Saturday, paid on 2 March). Empty when it keeps
    none."""
    month_end = max(d.day for d in dates) >= MONTH_END_DAY
    billed = [_billing_month(d, month_end) for d in dates]
    months = Counter(month for _, month in billed)
    once = sum(1 for count in months.values() if count < _TIMES_SEEN)
    if len(set(billed)) < len(billed) or once > 1:
        return ()
    first, last = billed[0], billed[-1]
    every_year = {
        (year, month)
        for year in range(first[0], last[0] + 1)
        for month in months
        if first <= (year, month) <= last
    }
    return tuple(sorted(months)) if len(every_year) == len(billed) else ()


#: a bill whose postings reach this day of the month is paid near the month's end
MONTH_END_DAY = 25
#: ... and a posting of it up to this day of the next month is late, not a month of its own
EARLY_DAY = 5


def _billing_month(day: date, month_end: bool) -> tuple[int, int]:
    """The (year, month) a posting on ``day`` pays for (see :func:`calendar_months`)."""
    if month_end and day.day <= EARLY_DAY:
        return (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    return day.year, day.month


def months_told(off: Sequence[int]) -> tuple[bool, tuple[int, ...]]:
    """How a schedule's months are best said: (False, the months off) for a bill that takes a
    few months off ("none in Feb, Mar"), (True, the months it is paid in) for one paid in a few
    ("in Jan, Apr, Jun, Sep": estimated taxes), whichever names fewer months."""
    paid = tuple(month for month in range(1, 13) if month not in off)
    return (True, paid) if len(paid) < len(off) else (False, tuple(off))
