"""The renewals the Subscriptions page rolls on past statements that end weeks before the day
asked, for streams of every cadence.

A Columbus family's checking account, November 2024 to Tuesday 20 October 2026 (the last
statement downloaded mid-month). HelloFresh comes every Tuesday, Molly Maid every other
Thursday, The New York Times every four weeks; KinderCare drafts the tuition on the 15th and the
last day of the month, on the Friday before when that is a weekend, as the salary is paid; Adobe
bills on the last day of the month, Rocket Mortgage draws on the 1st (on the Monday after a
weekend), Progressive's premium comes every quarter on the 18th and Amazon Prime each
14 November.

The page had read the tuition's and the salary's month-end days (the 26th to the 31st) as the
29th, and showed them on the 14th and the 29th: Saturday 14 November, Sunday 29 November.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months

#: the day the family's last statement ends, a Tuesday mid-month
ENDS = date(2026, 10, 20)
TUITION = "KINDERCARE LEARNING DES:TUITION ID:XXXXX88213 INDN:DANIEL REYES CO ID:XXXXX20417 WEB"
MORTGAGE = "ROCKET MORTGAGE DES:MTG PYMT ID:0037115820 INDN:DANIEL REYES CO ID:XXXXX38141 PPD"
PREMIUM = "PROGRESSIVE INS DES:PREM ID:XXXXX71102 INDN:DANIEL REYES CO ID:XXXXX90210 PPD"
PAYROLL = "ACME CORP PAYROLL PPD ID: 123456"


def _business_day(day: date, step: int) -> date:
    """``day``, or the weekday the bank moves it to (``step`` 1: the Monday after, -1: the
    Friday before)."""
    while day.weekday() >= 5:
        day += timedelta(days=step)
    return day


def _months(first: date, last: date) -> Iterator[tuple[int, int]]:
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _every(first: date, days: int, payee: str, amount: str) -> list[Entry]:
    count = (ENDS - first).days // days + 1
    return [Entry(first + timedelta(days=days * n), Decimal(amount), payee) for n in range(count)]


def _month_of(year: int, month: int) -> list[Entry]:
    last = date(year, month, calendar.monthrange(year, month)[1])
    lines = [Entry(_business_day(date(year, month, 1), 1), Decimal("-2184.37"), MORTGAGE)]
    for payday in (date(year, month, 15), last):
        lines.append(Entry(_business_day(payday, -1), Decimal("-612.50"), TUITION))
        lines.append(Entry(_business_day(payday, -1), Decimal("2780.00"), PAYROLL))
    lines.append(Entry(last, Decimal("-59.99"), "ADOBE *CREATIVE CLOUD 408-536-6000"))
    if month % 3 == 2:
        lines.append(Entry(_business_day(date(year, month, 18), 1), Decimal("-412.60"), PREMIUM))
    if month == 11:
        lines.append(Entry(date(year, 11, 14), Decimal("-139.00"), f"Amazon Prime*{year}K4LL8"))
    # the week's groceries on no set day
    lines.append(Entry(date(year, month, 3 + month * 7 % 23), Decimal(f"-1{month}4.83"), "KROGER"))
    return lines


def _columbus(store: Store, tmp_path: Path) -> date:
    lines = [
        *_every(date(2024, 11, 5), 7, "HELLOFRESH 646-846-3663 NY", "-69.99"),
        *_every(date(2024, 11, 7), 14, "MOLLY MAID OF COLUMBUS", "-145.00"),
        *_every(date(2024, 11, 3), 28, "NYTIMES*NYTIMES SUB", "-17.00"),
        *(line for ym in _months(date(2024, 11, 1), ENDS) for line in _month_of(*ym)),
    ]
    kept = sorted((e for e in lines if e.posted <= ENDS), key=lambda e: e.posted)
    import_months(store, write_months(tmp_path / "statements", kept))
    return ENDS


def _renewals(store: Store, name: str, first: date, last: date) -> list[date]:
    """The renewals the page shows for ``name`` asked on each day from ``first`` to ``last``."""
    view = next(v for v in subs.list_subscriptions(store, first) if v.name == name)
    shown = {
        subs.upcoming_renewal(view, first + timedelta(days=n)) for n in range((last - first).days)
    }
    return sorted(d for d in shown if d is not None)


def test_the_tuition_is_shown_on_the_15th_and_the_last_business_day(
    store: Store, tmp_path: Path
) -> None:
    _columbus(store, tmp_path)

    shown = _renewals(store, "Kindercare Learning", date(2026, 11, 6), date(2027, 3, 1))
    assert [d.isoformat() for d in shown] == [
        "2026-11-13",  # the 15th is a Sunday: the Friday before
        "2026-11-30",
        "2026-12-15",
        "2026-12-31",
        "2027-01-15",
        "2027-01-29",  # the 31st is a Sunday
        "2027-02-15",
        "2027-02-26",  # the 28th is a Sunday
    ]
    salary = _renewals(store, "Salary — Acme", date(2026, 11, 6), date(2027, 3, 1))
    assert salary == shown
