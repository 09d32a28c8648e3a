"""A pension paid on the 1st, or on the Friday before when the 1st falls on a weekend, is paid
on the 1st: its next payment is the 1st of the next month, not the last day of this one.

Arizona's state pension (``ASRS BENEFIT PYMT``) reaches a retired couple's credit union on the
1st; in months whose 1st is a Saturday or Sunday it comes on the Friday before (31 October
2025, 29 November 2025, 28 February 2026…). Read as a month-end stream, it was expected on
31 December when the 1st of December was right, and the forecast put it a day early each month.
"""

from __future__ import annotations

from datetime import date, timedelta

from finapp.core.recurrence import Charge, detect_streams


def _paid_on_the_first_or_the_friday_before(first: date, months: int) -> list[date]:
    paid = []
    year, month = first.year, first.month
    for _ in range(months):
        day = date(year, month, 1)
        while day.weekday() >= 5:  # Saturday, Sunday: the Friday before
            day -= timedelta(days=1)
        paid.append(day)
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return paid


def test_the_next_pension_is_on_the_first() -> None:
    days = _paid_on_the_first_or_the_friday_before(date(2025, 1, 1), 23)  # to November 2026
    assert any(d.day != 1 for d in days)  # some came the Friday before
    charges = [
        Charge(n, 1, day, 184522, "ASRS BENEFIT PYMT", "ASRS BENEFIT PYMT ARIZONA STATE RETIREMENT")
        for n, day in enumerate(days)
    ]

    (pension,) = detect_streams(charges, date(2026, 11, 20))

    assert pension.cadence == "monthly" and pension.status == "active"
    assert pension.next_date == date(2026, 12, 1)


def test_interest_on_the_last_day_stays_on_the_last_day() -> None:
    """A stream of month ends (some posted a day or two late, on the 1st) is still the last day."""
    ends = [date(2026, m, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31) for m in range(1, 11)]
    late = [d + timedelta(days=1) if d.month in (5, 8) else d for d in ends]
    charges = [
        Charge(n, 1, day, 412, "INTEREST PAID", "INTEREST PAID") for n, day in enumerate(late)
    ]

    (interest,) = detect_streams(charges, date(2026, 11, 5))

    assert interest.next_date == date(2026, 11, 30)
