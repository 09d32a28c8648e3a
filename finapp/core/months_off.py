"""Monthly bills with the same months off every year.

UK council tax is collected in ten instalments, April to January, with none in February and
March; school fees and some club dues pause over the summer. Such a bill is one monthly stream
whose missing months come back each year: not a stream that lapses every winter and another
that starts every spring, and its year holds ten charges, not twelve.

Months off are believed only when the history has passed over them at least twice, each time
with charges before and after, the same calendar months each time (one to three in a row), and
no charge ever falls in them: one pause of two months is a pause (the subscription lapsed and
came back), not a schedule.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence
from datetime import date

#: the most months in a row a bill may take off each year and still be monthly
_MOST_OFF = 3
#: how many years the history must show the same months off
_TIMES_SEEN = 2
_MONTH_DAYS = 30.44
_LATE_DAYS = 3  # a posting a few days late does not make a month of its own


def missing_months(earlier: date, later: date) -> tuple[int, ...]:
    """The calendar months a monthly schedule passes over between two charges, in order."""
    steps = max(1, round(((later - earlier).days - _LATE_DAYS) / _MONTH_DAYS))
    return tuple((earlier.month - 1 + step) % 12 + 1 for step in range(1, steps))


def months_off(dates: Sequence[date]) -> tuple[int, ...]:
    """The calendar months (1–12, sorted) a monthly stream charged on the sorted ``dates``
    takes off every year; empty when it takes none (see the module)."""
    passed = Counter(
        gap
        for earlier, later in itertools.pairwise(dates)
        if 0 < len(gap := missing_months(earlier, later)) <= _MOST_OFF
    )
    if not passed:
        return ()
    gap, seen = passed.most_common(1)[0]
    if seen < _TIMES_SEEN or any(d.month in gap for d in dates):
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
    """A cadence's charges in a year (``per_year``) less a monthly bill's months ``off`` (only
    a monthly stream has any)."""
    return per_year - len(off)
