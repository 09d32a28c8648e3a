"""A stream paid on the last day of the month stays on the last day when its next date is rolled
on past statements a few weeks old.

A checking account earns interest on the last day of each month and is paid a salary on the
15th and the last business day. With statements up to 31 October, asked in December, the next
interest is on 31 December and the salary after 15 December on the 31st: rolling the last
renewal on by its own day of the month (30 November) or by 15 days at a time put both on the
30th. Other twice-monthly pairs (the 5th and the 20th) keep their days.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.core.cadence import roll_forward
from finapp.services import subscriptions as subs
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months


def _last_business_day(year: int, month: int) -> date:
    day = date(year, month, calendar.monthrange(year, month)[1])
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def _lines() -> list[Entry]:
    out = []
    for month in range(3, 11):
        end = calendar.monthrange(2026, month)[1]
        out.append(Entry(date(2026, month, end), Decimal("0.41"), "INTEREST PAYMENT"))
        fifteenth = date(2026, month, 15)
        while fifteenth.weekday() >= 5:
            fifteenth -= timedelta(days=1)
        for paid in (fifteenth, _last_business_day(2026, month)):
            out.append(Entry(paid, Decimal("2780.00"), "ACME CORP PAYROLL PPD ID: 123456"))
        out.append(Entry(date(2026, month, 9), Decimal("-94.67"), "CON ED OF NY INTELL CK"))
    return out


def _next(store: Store, name: str, day: date) -> date | None:
    view = next(v for v in subs.list_subscriptions(store, day) if v.name == name)
    return subs.upcoming_renewal(view, day)


def test_month_end_interest_and_salary_stay_on_the_last_day(store: Store, tmp_path: Path) -> None:
    import_months(store, write_months(tmp_path / "chk", _lines()))

    assert _next(store, "Interest", date(2026, 12, 6)) == date(2026, 12, 31)
    assert _next(store, "Salary — Acme", date(2026, 12, 21)) == date(2026, 12, 31)
    assert _next(store, "Salary — Acme", date(2027, 1, 7)) == date(2027, 1, 15)


def test_twice_monthly_days_are_kept_as_the_schedule_rolls_on() -> None:
    assert roll_forward(date(2026, 11, 5), "semimonthly", date(2026, 12, 6)) == date(2026, 12, 20)
    assert roll_forward(date(2026, 11, 20), "semimonthly", date(2027, 2, 1)) == date(2027, 2, 5)
    assert roll_forward(date(2026, 11, 30), "semimonthly", date(2026, 12, 1)) == date(2026, 12, 15)
    # a bill of the 30th seen in a 31-day month stays on the 30th; February's 28th stays too
    assert roll_forward(date(2026, 10, 30), "monthly", date(2026, 11, 2)) == date(2026, 11, 30)
    assert roll_forward(date(2026, 2, 28), "monthly", date(2026, 3, 2)) == date(2026, 3, 28)
