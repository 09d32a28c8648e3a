"""Do an account's transactions move its balance the way its statements say?

A statement that states a balance (OFX ``LEDGERBAL``, a CSV's running-balance column) is a
claim finapp can check: between two stated balances the account moved by their difference, and
the transactions finapp holds for the days between must add up to the same. When they do not, a
statement is missing, a line was lost, or a line is there twice; the period and the difference
tell the user where to look.

Each pair of consecutive stated balances is checked on its own rather than every balance against
the first: one missing month then shows as one period with its difference, not as every later
balance being off by the same amount.

A balance stated for a day no imported statement covers is not checked yet: banks often state
the balance of the download day, after the statement's last line, and the lines of the days in
between arrive with the next statement.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from itertools import accumulate, pairwise

#: A run of days, first and last included.
Span = tuple[date, date]


@dataclass(frozen=True, slots=True)
class StatedBalance:
    """A balance a statement stated for the end of a day, in the account's minor units."""

    as_of: date
    amount_minor: int


@dataclass(frozen=True, slots=True)
class Difference:
    """A period over which the transactions do not move the balance as the statements say.

    The period runs from the day after one stated balance to the day of the next, both
    included. ``stated_move`` is what the two balances say the account moved by;
    ``books_move`` what finapp's transactions for those days add up to.
    """

    start: date
    end: date
    stated_move: int
    books_move: int
    #: days of the period no imported statement covers: the likely place of missing lines
    uncovered: tuple[Span, ...] = ()

    @property
    def difference(self) -> int:
        """What the transactions lack (positive: money in missing, or money out twice)."""
        return self.stated_move - self.books_move


class Books:
    """An account's transactions as running totals by day, to add up any period at once."""

    def __init__(self, movements: Iterable[tuple[date, int]]) -> None:
        by_day: dict[date, int] = {}
        for day, amount in movements:
            by_day[day] = by_day.get(day, 0) + amount
        self._days = sorted(by_day)
        self._totals = list(accumulate(by_day[day] for day in self._days))

    def total_through(self, day: date) -> int:
        """The sum of every amount posted on or before ``day``."""
        found = bisect_right(self._days, day)
        return self._totals[found - 1] if found else 0

    def move(self, after: date, through: date) -> int:
        """The sum of the amounts posted after ``after``, up to and including ``through``."""
        return self.total_through(through) - self.total_through(after)


def merged_spans(periods: Iterable[Span]) -> list[Span]:
    """Statement periods joined where they overlap or touch, oldest first."""
    spans: list[Span] = []
    for start, end in sorted(periods):
        if spans and start <= spans[-1][1] + timedelta(days=1):
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _covers(spans: Sequence[Span], day: date) -> bool:
    return any(start <= day <= end for start, end in spans)


def _uncovered(spans: Sequence[Span], start: date, end: date) -> tuple[Span, ...]:
    """The runs of days from ``start`` to ``end`` that no span covers."""
    holes: list[Span] = []
    cursor = start
    for span_start, span_end in spans:
        if span_end < cursor:
            continue
        if span_start > end:
            break
        if span_start > cursor:
            holes.append((cursor, span_start - timedelta(days=1)))
        cursor = max(cursor, span_end + timedelta(days=1))
        if cursor > end:
            break
    if cursor <= end:
        holes.append((cursor, end))
    return tuple(holes)


def checkable(stated: Iterable[StatedBalance], spans: Sequence[Span]) -> list[StatedBalance]:
    """The stated balances a check can use: those of days a statement covers, oldest first."""
    return sorted((s for s in stated if _covers(spans, s.as_of)), key=lambda s: s.as_of)


def differences(
    stated: Sequence[StatedBalance], books: Books, spans: Sequence[Span]
) -> list[Difference]:
    """Every period between consecutive ``stated`` balances (oldest first, as
    :func:`checkable` gives them) whose transactions do not add up to the balances' move."""
    found = []
    for before, after in pairwise(stated):
        stated_move = after.amount_minor - before.amount_minor
        books_move = books.move(before.as_of, after.as_of)
        if stated_move != books_move:
            start = before.as_of + timedelta(days=1)
            found.append(
                Difference(
                    start, after.as_of, stated_move, books_move,
                    _uncovered(spans, start, after.as_of),
                )
            )  # fmt: skip
    return found
