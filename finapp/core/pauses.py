"""Day-based rhythms that pause and resume on the same beat.

A student's campus job pays every second Friday during the semesters and nothing over the
summer: the first payday of September falls on the fortnightly beat of April's last one, a
whole number of fortnights later. That is one wage with pauses, not a stream that lapses every
spring and another that starts every autumn. A weekly class that breaks for the holidays is
the same.

A gap is a pause when it passes over at least :data:`_MIN_MISSED` charges (a single missing
one is a skipped charge, :func:`finapp.core.cadence.fit_cadence`), lasts at most half a year,
and the runs on both sides show the rhythm on their own (:data:`_RUN_MIN` charges each). The
resumption must keep the beat, which the cadence's schedule check sees as it spans the pause.

Only day-based rhythms pause so: a monthly subscription stopped for months and taken again is
a lapse and a restart (its months off every year are :mod:`finapp.core.months_off`).

A break seen the year before comes again: when the latest charge falls within two weeks of a
year after the last one before a pause, the rhythm is paused now, not lapsed, and resumes as
many periods on as it did then (:func:`pause_ahead`): the wage last paid on 17 April 2026, as on
18 April 2025 before it came back on 5 September, is next paid on 4 September 2026.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date, timedelta

#: charges a pause passes over, at the least: one is a skipped charge
_MIN_MISSED = 2
#: the longest pause (a summer between two semesters is about twenty weeks)
_MAX_PAUSE_DAYS = 183
#: charges each run between pauses needs to show the rhythm on its own
_RUN_MIN = 4
#: days a late posting may add to a gap without making it a period longer
_LATE_DAYS = 3
#: days a break may begin earlier or later than the year before and still be the same break
_SAME_BREAK_DAYS = 14
_YEAR_DAYS = 365


def paused_charges(dates: Sequence[date], period_days: int) -> int:
    """How many charges of a rhythm every ``period_days`` days the sorted ``dates`` pass over in
    pauses (see the module); 0 when they hold none, or a run between two is too short to tell."""
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    missed = _missed(gaps, period_days)
    pauses = [i for i, count in enumerate(missed) if count >= _MIN_MISSED]
    if not pauses or any(gaps[i] > _MAX_PAUSE_DAYS for i in pauses):
        return 0
    edges = [-1, *pauses, len(gaps)]  # run k holds dates edges[k] + 1 .. edges[k + 1]
    if any(end - start < _RUN_MIN for start, end in itertools.pairwise(edges)):
        return 0
    return sum(missed[i] for i in pauses)


def _missed(gaps: Sequence[int], period_days: int) -> list[int]:
    """How many charges of a rhythm every ``period_days`` days each of ``gaps`` (days) passes
    over: one list made at once, as fitting a cadence asks it of every stream's gaps."""
    return [max(0, round((gap - _LATE_DAYS) / period_days) - 1) for gap in gaps]


def pause_ahead(dates: Sequence[date], period_days: int) -> int:
    """How many periods after the latest of the sorted ``dates`` a rhythm every ``period_days``
    days resumes, when it pauses now as it did the year before (see the module): the periods of
    the pause that began within two weeks of a year before its latest charge; 0 when none did,
    or the history holds no pause to believe (:func:`paused_charges`)."""
    if not paused_charges(dates, period_days):
        return 0
    last = dates[-1]
    gaps = [(b - a).days for a, b in itertools.pairwise(dates)]
    for before, missed in zip(dates, _missed(gaps, period_days), strict=False):
        began = abs((last - before).days - _YEAR_DAYS) <= _SAME_BREAK_DAYS
        if began and missed >= _MIN_MISSED:
            return missed + 1
    return 0


def yearly_charges(dates: Sequence[date], period_days: int, per_year: int) -> int:
    """How many charges a year of a day-based rhythm every ``period_days`` days holds:
    ``per_year``, or for one that pauses, those of the year to its latest charge once the
    sorted ``dates`` span a year (a campus wage is paid 17 fortnights a year, not 26)."""
    year = per_year * period_days  # 364 days: a year of the rhythm's periods, no more
    if (dates[-1] - dates[0]).days < year or not paused_charges(dates, period_days):
        return per_year
    since = dates[-1] - timedelta(days=year)
    return sum(1 for d in dates if d > since)
