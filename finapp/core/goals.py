"""Savings-goal arithmetic on integer minor units: the path to a target, the pace still needed,
and whether a goal has fallen behind.

A goal runs on a straight line from what its accounts held at the end of the day it was set
(the *start*) to the target on the target date. It is **behind** when what is saved on the day
judged is below where that line stood one month earlier: more than a month's saving behind
schedule. A month of slack keeps the ordinary swing within a month (salary in, rent and card out
of a linked current account) from raising it, and means a goal is never judged in its first
month. A goal that reached its target is done; one whose date has passed short of it is
*missed*: both are shown as they are and never called behind again.

Keeping pace so far is not enough: a goal on pace is **beyond the surplus** when the monthly
saving it still needs is more than the household has had left over a month lately (income
minus spending, see :mod:`finapp.services.surplus`). A car fund needing 900 a month on a
surplus of 250 will not be reached by carrying on as before, however well it started.

Goals **share** the surplus: the same 250 cannot go to the car and to the holiday. They are
served one after the other, the goal due soonest first (finapp keeps no order of the user's own,
and a nearer date is the one that cannot wait), each taking the monthly saving it still needs
from what the goals before it left (:func:`surplus_left`). Three goals each "on track" against
the whole surplus are not, when together they need more than it: the ones it does not reach are
beyond the surplus, each short by what is missing for it, and the shortfalls add up to what the
household would have to save more a month.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from finapp.core.budgets import next_month
from finapp.core.cadence import month_date

#: the average length of a month in days (the Gregorian year over twelve)
DAYS_PER_MONTH = Decimal("365.2425") / 12


class GoalState(StrEnum):
    REACHED = "reached"
    ON_TRACK = "on_track"
    BEHIND = "behind"
    #: on pace, but needing more a month than the household has left over lately
    BEYOND_SURPLUS = "beyond_surplus"
    #: the target date has passed short of the target
    MISSED = "missed"
    #: a linked account has no known balance, so nothing can be measured
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class GoalPlan:
    """What a goal asks for, in the goal's minor units."""

    target_minor: int
    created_on: date
    target_date: date
    #: saved at the end of ``created_on``: where the straight line starts
    start_minor: int

    def expected_on(self, day: date) -> int:
        """Where the straight line from the start to the target stands at the end of ``day``."""
        if day <= self.created_on:
            return self.start_minor
        if day >= self.target_date:
            return self.target_minor
        total = (self.target_date - self.created_on).days
        elapsed = (day - self.created_on).days
        return self.start_minor + (self.target_minor - self.start_minor) * elapsed // total

    def is_behind(self, saved_minor: int, day: date) -> bool:
        """Saved on ``day`` is below where the line stood a month before (see module doc).

        Only from a month after the goal was set until its date, and only short of the target.
        """
        month_before = month_date(day, -1, day.day)
        if month_before < self.created_on or day > self.target_date:
            return False
        return saved_minor < self.expected_on(month_before)

    def state(
        self, saved_minor: int, day: date, today: date, surplus_minor: int | None = None
    ) -> GoalState:
        """The goal's state with ``saved_minor`` saved on ``day`` (its accounts' statements end
        there), asked on ``today``: the date passing is judged by the calendar, not the
        statements, so a goal stops nagging once its date is over. ``surplus_minor`` is what
        the household has left over a month lately, less what the goals served before this one
        take of it (:func:`surplus_left`; None: not known, not judged)."""
        if saved_minor >= self.target_minor:
            return GoalState.REACHED
        if today > self.target_date:
            return GoalState.MISSED
        if self.is_behind(saved_minor, day):
            return GoalState.BEHIND
        needed = needed_per_month(self.target_minor, saved_minor, today, self.target_date)
        if surplus_minor is not None and needed > surplus_minor:
            return GoalState.BEYOND_SURPLUS
        return GoalState.ON_TRACK


def surplus_left(needed_minor: Sequence[int], surplus_minor: int) -> list[int]:
    """What is left of the monthly surplus for each goal, in the order they are served, after
    the goals before it took the monthly saving they need (``needed_minor``, in that order).

    The first goal has the whole surplus, even one below zero (it is then short by more than
    it needs: the household spends more than it earns); the later ones what remains of it,
    never below zero."""
    left, shares = surplus_minor, []
    for needed in needed_minor:
        shares.append(left)
        left = max(0, left - needed)
    return shares


def months_left(today: date, target_date: date) -> int:
    """Whole months from ``today`` to ``target_date``, to the nearest month, at least one: the
    instalments still to save (a target 45 days away is one month's saving, 46 days two)."""
    days = Decimal(max(0, (target_date - today).days))
    return max(1, int((days / DAYS_PER_MONTH).to_integral_value(rounding=ROUND_HALF_UP)))


def needed_per_month(target_minor: int, saved_minor: int, today: date, target_date: date) -> int:
    """The monthly saving, rounded up to the minor unit, that reaches the target by its date;
    nothing once it is reached. Past the date, the whole shortfall (one month left)."""
    shortfall = target_minor - saved_minor
    if shortfall <= 0:
        return 0
    return -(-shortfall // months_left(today, target_date))


def month_ends(since: date, until: date) -> list[date]:
    """The last day of each month from ``since``'s month on, that is not after ``until``."""
    ends = []
    month = since.replace(day=1)
    while (end := next_month(month) - timedelta(days=1)) <= until:
        ends.append(end)
        month = next_month(month)
    return ends
