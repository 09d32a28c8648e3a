"""A renewal reminder names the day the Subscriptions page shows for that renewal, whatever the
stream's cadence, when the statements end weeks before the day asked.

A Columbus family's checking account, November 2024 to Tuesday 20 October 2026 (the last
statement downloaded mid-month). HelloFresh comes every Tuesday, Molly Maid every other
Thursday, The New York Times every four weeks; KinderCare drafts the tuition on the 15th and the
last day of the month, on the Friday before when that is a weekend, as the salary is paid; Adobe
bills on the last day of the month, Rocket Mortgage draws on the 1st (on the Monday after a
weekend), Progressive's premium comes every quarter on the 18th and Amazon Prime each
14 November. A Leeds household pays its council tax on the 1st, April to January, none in
February and March (:mod:`tests.subscriptions.test_months_off`), its statement's last line on
Monday 7 December 2026.

Asked from ten days after the statements end, each renewal after them is not imported yet: the
page rolls it on along its schedule, and the reminder must name the same day. The page had read
the tuition's and the salary's month-end days (the 26th to the 31st) as the 29th, and showed
them on Saturday 14 November and Sunday 29 November; the reminders stepped the tuition fifteen
days at a time from Friday 30 October, to 14 and 29 November, 14 and 29 December, while the page
shows 13 and 30 November, 15 and 31 December.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.stream_groups import GROUP_KINDS
from finapp.core.subscription_states import SPENDING_KINDS
from finapp.services import subscriptions as subs
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.imports import import_files
from finapp.services.subscription_groups import PlacedStream, place
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months
from tests.subscriptions.test_months_off import _lines as leeds_lines
from tests.subscriptions.test_months_off import _starling

#: the day the family's last statement ends, a Tuesday mid-month
ENDS = date(2026, 10, 20)
TUITION = "KINDERCARE LEARNING DES:TUITION ID:XXXXX88213 INDN:DANIEL REYES CO ID:XXXXX20417 WEB"
MORTGAGE = "ROCKET MORTGAGE DES:MTG PYMT ID:0037115820 INDN:DANIEL REYES CO ID:XXXXX38141 PPD"
PREMIUM = "PROGRESSIVE INS DES:PREM ID:XXXXX71102 INDN:DANIEL REYES CO ID:XXXXX90210 PPD"
PAYROLL = "ACME CORP PAYROLL PPD ID: 123456"
#: the Leeds household's statement, downloaded on 18 December 2026 (its last line on Monday the 7th)
LEEDS_START, LEEDS_END = date(2024, 8, 1), date(2026, 12, 18)


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


def _leeds(store: Store, tmp_path: Path) -> date:
    path = tmp_path / "StarlingStatement_2024-08-01_2026-12-18.csv"
    lines = leeds_lines(start=LEEDS_START, end=LEEDS_END)
    result = import_files(store, [_starling(path, lines, LEEDS_START)])
    assert not result.failed
    return max(line[0] for line in lines)


def _page(store: Store, day: date) -> list[PlacedStream]:
    """The Subscriptions page's bills and subscriptions as of ``day``, with their next renewal."""
    placed = place(store, subs.list_subscriptions(store, day), day)
    return [p for p in placed if GROUP_KINDS.get(p.group) in SPENDING_KINDS and p.view.amount < 0]


def _renewals(store: Store, name: str, first: date, last: date) -> list[date]:
    """The renewals the page shows for ``name`` asked on each day from ``first`` to ``last``."""
    view = next(v for v in subs.list_subscriptions(store, first) if v.name == name)
    shown = {
        subs.upcoming_renewal(view, first + timedelta(days=n)) for n in range((last - first).days)
    }
    return sorted(d for d in shown if d is not None)


def _days_to_ask(store: Store, ends: date, horizon: int) -> list[date]:
    """The day before each renewal the page shows in the ``horizon`` days after the
    statements end, and the week before it, from ten days after they end."""
    first = ends + timedelta(days=10)
    days: set[date] = set()
    for stream in _page(store, first):
        for ahead in range(horizon):
            shown = subs.upcoming_renewal(stream.view, first + timedelta(days=ahead))
            if shown is not None and shown >= first + timedelta(days=ahead):
                days |= {shown - timedelta(days=1), shown - timedelta(days=7)}
    return sorted(d for d in days if d >= first)


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


@pytest.mark.parametrize(
    ("household", "horizon"), [(_columbus, 120), (_leeds, 180)], ids=["columbus", "leeds"]
)
def test_every_reminder_names_the_renewal_the_page_shows(
    store: Store, tmp_path: Path, household: Callable[[Store, Path], date], horizon: int
) -> None:
    ends = household(store, tmp_path)
    wrong = []
    for day in _days_to_ask(store, ends, horizon):
        refresh_alerts(store, day)
        reminded: dict[int | None, list[str]] = {}
        for alert in list_alerts(store, as_of=day):
            if alert.kind == "renewal":
                reminded.setdefault(alert.subscription_id, []).append(alert.params["date"])
        for stream in _page(store, day):
            if stream.after_statements:
                continue  # a renewal just past, after the statements: none to remind of
            shown = [stream.upcoming.isoformat()] if stream.upcoming else []
            got = reminded.get(stream.view.id, [])
            tomorrow = stream.upcoming == day + timedelta(days=1)
            if got != shown and (got or tomorrow):
                wrong.append(f"{day}: {stream.view.name} shown {shown}, reminded {got}")
    assert wrong == []


def test_the_reminder_the_day_before_says_the_day_shown(store: Store, tmp_path: Path) -> None:
    _columbus(store, tmp_path)

    refresh_alerts(store, date(2026, 11, 29))
    reminders = [
        a.message for a in list_alerts(store, as_of=date(2026, 11, 29)) if a.kind == "renewal"
    ]
    assert "Kindercare Learning is due tomorrow (2026-11-30) for 612.50 USD." in reminders
