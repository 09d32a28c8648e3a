"""A yearly chain is told a year apart by counting days before asking the calendar: the count
must never turn away a pair the calendar calls a year apart (leap days, month ends), nor take
one it does not."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import product
from typing import NamedTuple

from finapp.core.cadence import month_date
from finapp.core.stream_split import _YEAR_SLACK_DAYS, _yearly


class _Charge(NamedTuple):
    id: int
    posted: date
    amount_minor: int = -13900
    text: str = "AMAZON PRIME"
    is_transfer: bool = False


def _by_the_calendar(first: date, second: date) -> bool:
    """The rule itself: within a few days of the first's anniversary."""
    anniversary = month_date(first, 12, first.day)
    return abs((second - anniversary).days) <= _YEAR_SLACK_DAYS


def test_the_day_count_tells_a_year_as_the_calendar_does() -> None:
    # every day of four years (a leap year among them), each paired with the days around
    # its anniversary and well away from it
    firsts = [date(2023, 1, 1) + timedelta(days=n) for n in range(4 * 366)]
    offsets = [*range(355, 376), 1, 30, 182, 300, 400, 730]
    told = 0
    for first, days in product(firsts, offsets):
        second = first + timedelta(days=days)
        pair = [_Charge(1, first), _Charge(2, second)]
        assert _yearly(pair) == _by_the_calendar(first, second), (first, second)
        told += _by_the_calendar(first, second)
    assert told > len(firsts) * 6  # the year-apart pairs are there to be told


def test_a_chain_is_yearly_only_when_every_pair_is() -> None:
    days = [date(2023, 2, 27), date(2024, 2, 29), date(2025, 3, 1), date(2026, 2, 26)]
    chain = [_Charge(n, day) for n, day in enumerate(days)]
    assert _yearly(chain)
    assert not _yearly([*chain, _Charge(9, date(2026, 8, 1))])
