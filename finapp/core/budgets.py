"""Budget arithmetic: months, rollover and threshold crossing, on integer minor units."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum


def month_of(day: date) -> date:
    """The first day of ``day``'s month: how months are keyed everywhere."""
    return day.replace(day=1)


def next_month(month: date) -> date:
    return date(month.year + month.month // 12, month.month % 12 + 1, 1)


@dataclass(frozen=True, slots=True)
class Progress:
    month: date
    spent: int
    available: int  # the month's amount plus what rolled over (may be below the amount)

    @property
    def remaining(self) -> int:
        return self.available - self.spent

    @property
    def percent(self) -> int | None:
        """Whole percent of ``available`` spent; None when nothing is available."""
        return None if self.available <= 0 else self.spent * 100 // self.available


def progress(
    amount: int,
    month: date,
    spent_by_month: Mapping[date, int],
    *,
    rollover: bool = False,
    since: date | None = None,
) -> Progress:
    """Spent against budget in ``month``.

    With rollover, each month since ``since`` passes its leftover (or overspending) to the next,
    so a quiet month makes room for a busy one.
    """
    available = amount
    if rollover and since is not None:
        current, carry = month_of(since), 0
        while current < month:
            carry += amount - spent_by_month.get(current, 0)
            current = next_month(current)
        available = amount + carry
    return Progress(month, spent_by_month.get(month, 0), available)


def crossed(spent: int, available: int, thresholds: Sequence[int]) -> int | None:
    """The highest threshold percentage ``spent`` has reached, or None."""
    reached = [t for t in thresholds if available > 0 and spent * 100 >= t * available]
    return max(reached) if reached else None


class Standing(StrEnum):
    """Where a month's spending stands against its budget, in words as well as colour: a bar
    that stayed blue at 90% and 100% told nothing until it was already over."""

    UNDER = "under"
    NEAR = "near"  # the first alert threshold reached (80% by default)
    USED = "used"  # all of it spent, to the cent
    OVER = "over"


def standing(spent: int, available: int, thresholds: Sequence[int]) -> Standing:
    """How ``spent`` stands against ``available``, judged by the budget alert ``thresholds``."""
    if spent > available:
        return Standing.OVER
    if spent == available and spent > 0:
        return Standing.USED
    return Standing.UNDER if crossed(spent, available, thresholds) is None else Standing.NEAR
