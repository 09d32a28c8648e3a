"""Calendar rules of billing and posting, as banks apply them.

A merchant bills on a day of the month (clamped to the month's end) or every N days; the charge
then *posts* later: card networks take zero to three days, and banks post only on business days,
so weekend charges post on Monday. Payroll does the opposite: a payday on a weekend is paid on the
Friday before.
"""

from __future__ import annotations

import calendar
import random
from datetime import date, timedelta

_CARD_LAG = (0, 1, 1, 1, 2, 2, 3)


def add_months(start: date, months: int, day: int) -> date:
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day, calendar.monthrange(year, month + 1)[1]))


def billing_dates(first: date, cadence: str, day: int, until: date) -> list[date]:
    """Nominal billing dates from ``first`` (inclusive) to ``until`` (inclusive)."""
    months = {"monthly": 1, "bimonthly": 2, "quarterly": 3, "semiannual": 6, "annual": 12}
    days = {"weekly": 7, "biweekly": 14, "four_weekly": 28}
    out: list[date] = []
    if cadence in months:
        step = 0
        while (d := add_months(first, step * months[cadence], day)) <= until:
            out.append(d)
            step += 1
    elif cadence in days:
        d = first
        while d <= until:
            out.append(d)
            d += timedelta(days=days[cadence])
    else:  # semimonthly: the 1st and 15th, or the 15th and the last day
        low, high = (1, 15) if day < 15 else (15, 31)
        step = 0
        while (d := add_months(first, step, low)) <= until:
            out.extend(x for x in (d, add_months(first, step, high)) if first <= x <= until)
            step += 1
    return [d for d in out if d >= first]


def next_business_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def previous_business_day(day: date) -> date:
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def card_posting(rng: random.Random, day: date) -> date:
    return next_business_day(day + timedelta(days=rng.choice(_CARD_LAG)))
