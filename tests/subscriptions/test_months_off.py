"""Council tax in ten instalments, April to January: one monthly bill with two months off.

A UK household pays Leeds City Council by direct debit on the 1st (the next working day when it
falls on a weekend), April to January, none in February and March; the first instalment of a
year is a few pence more (the council rounds the year's bill into it), and the bill rises every
April. The statement is Starling's CSV download, two and a half years of it, with the TV
licence, a gym, the salary and the weekly shop around the bill.

The household sees one bill, monthly with February and March off: not a bill that lapsed every
winter beside another that began in the spring; a year of it is ten instalments, not twelve;
in January the next one is due on 1 April, and the forecast expects nothing in February or
March. One pause of two months, once, is still a lapse and a restart.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.core.alert_kinds import Kind
from finapp.services import subscriptions as subs
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.calendar_export import renewals_calendar
from finapp.services.export import export_all
from finapp.services.forecast import forecast
from finapp.services.imports import import_files
from finapp.store.engine import Store

START, END = date(2024, 8, 1), date(2026, 10, 31)
#: each year's (first instalment, the other nine), the year running from April
_COUNCIL_TAX = {
    2023: ("139.12", "139.00"),
    2024: ("148.29", "148.20"),
    2025: ("157.01", "155.60"),
    2026: ("163.57", "163.40"),
}


def _working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _months(start: date, end: date, day: int) -> Iterator[date]:
    year, month = start.year, start.month
    while (first := date(year, month, day)) <= end:
        if first >= start:
            yield first
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)


def _lines(
    off: tuple[int, ...] = (2, 3),
    paused: tuple[date, ...] = (),
    start: date = START,
    end: date = END,
) -> list[tuple]:
    """(day, counter party, reference, type, amount, category) from ``start`` to ``end``."""
    lines = []
    for due in _months(start, end, 1):
        if due.month in off or due in paused:
            continue
        first, rest = _COUNCIL_TAX[due.year if due.month >= 4 else due.year - 1]
        amount = first if due.month == 4 else rest
        lines.append((_working_day(due), "LEEDS CITY COUNCIL", "CTAX 40012345", "DIRECT DEBIT",
                      f"-{amount}", "BILLS_AND_SERVICES"))  # fmt: skip
    for due in _months(start, end, 1):
        licence = "-14.54" if due < date(2026, 4, 1) else "-14.95"
        lines.append((_working_day(due), "TV LICENCE MBP", "7771234567", "DIRECT DEBIT",
                      licence, "BILLS_AND_SERVICES"))  # fmt: skip
    for due in _months(start, end, 3):
        lines.append((_working_day(due), "PUREGYM LTD", "PG1234567", "DIRECT DEBIT", "-24.99",
                      "LIFESTYLE"))  # fmt: skip
    for due in _months(start, end, 25):
        payday = due - timedelta(days=2 if due.weekday() == 6 else 1 if due.weekday() == 5 else 0)
        lines.append((payday, "NORTHERN RAIL LTD", "SALARY", "FASTER PAYMENT", "2415.33",
                      "INCOME"))  # fmt: skip
    day, basket = start + timedelta(days=4), 0
    while day <= end:
        pence = 4200 + (basket * 1733) % 3100
        lines.append((day, "TESCO STORES 2291", "", "CONTACTLESS",
                      f"-{Decimal(pence) / 100:.2f}", "GROCERIES"))  # fmt: skip
        day, basket = day + timedelta(days=7), basket + 1
    return sorted(lines, key=lambda line: line[0])


def _starling(path: Path, lines: list[tuple], start: date = START) -> Path:
    """Starling's statement CSV: day-first dates, a running balance, an opening line."""
    out = io.StringIO()
    rows = csv.writer(out, lineterminator="\n")
    rows.writerow(["Date", "Counter Party", "Reference", "Type", "Amount (GBP)",
                   "Balance (GBP)", "Spending Category", "Notes"])  # fmt: skip
    balance = Decimal("842.17")
    rows.writerow([start.strftime("%d/%m/%Y"), "Opening Balance", "", "", "0.00", balance, "", ""])
    for day, party, reference, kind, amount, category in lines:
        balance += Decimal(amount)
        rows.writerow([day.strftime("%d/%m/%Y"), party, reference, kind, amount, balance,
                       category, ""])  # fmt: skip
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def _council_tax(store: Store, as_of: date) -> list[subs.SubscriptionView]:
    return [v for v in subs.list_subscriptions(store, as_of) if v.merchant.startswith("LEEDS")]


def _imported(store: Store, tmp_path: Path, **kwargs) -> None:
    path = _starling(tmp_path / "StarlingStatement_2024-08-01_2026-10-31.csv", _lines(**kwargs))
    import_files(store, [path])


def _two_winters_and_a_january(store: Store, tmp_path: Path) -> None:
    start, end = date(2023, 8, 1), date(2026, 1, 20)
    path = tmp_path / "StarlingStatement_2023-08-01_2026-01-20.csv"
    import_files(store, [_starling(path, _lines(start=start, end=end), start)])


def test_ten_instalments_a_year_are_one_monthly_bill_with_february_and_march_off(
    store: Store, tmp_path: Path
) -> None:
    _imported(store, tmp_path)

    (bill,) = _council_tax(store, date(2026, 11, 3))
    assert bill.cadence == "monthly" and bill.months_off == (2, 3)
    assert bill.status == "active" and "lapsed" not in bill.flags
    assert len(bill.transaction_ids) == 23  # every instalment since August 2024
    assert bill.next_date == date(2026, 11, 2)  # the 1st a Sunday: taken on the Monday
    assert bill.annual_cost == Decimal("1634.00")  # ten instalments of 163.40
    assert subs.totals_of([bill])[0].per_year == Decimal("1634.00")
    tv = next(v for v in subs.list_subscriptions(store, date(2026, 11, 3)) if "TV" in v.merchant)
    assert tv.months_off == () and tv.annual_cost == Decimal("179.40")


def test_after_january_the_next_instalment_is_april_and_february_is_no_lapse(
    store: Store, tmp_path: Path
) -> None:
    """The third winter: statements from August 2023 to 20 January 2026, asked in February
    and March."""
    _two_winters_and_a_january(store, tmp_path)

    for asked in (date(2026, 2, 20), date(2026, 3, 25)):
        (bill,) = _council_tax(store, asked)
        assert bill.status == "active" and bill.next_date == date(2026, 4, 1), asked
        assert "lapsed" not in bill.flags and "overdue" not in bill.flags
        assert subs.upcoming_renewal(bill, asked) == date(2026, 4, 1)
        refresh_alerts(store, asked)
        said = [a for a in list_alerts(store, as_of=asked) if a.subscription_id == bill.id]
        # no lapse, no overdue charge: at most the reminder of April's (7 days before)
        news = {(a.kind, a.params.get("date")) for a in said if a.date >= date(2026, 2, 1)}
        assert news <= {(Kind.RENEWAL, "2026-04-01")}, asked


def test_the_forecast_from_january_skips_february_and_march(store: Store, tmp_path: Path) -> None:
    _two_winters_and_a_january(store, tmp_path)

    (account,) = forecast(store, date(2026, 1, 20), days=90)
    council = [e.date for e in account.events if e.name == "Leeds City Council"]
    assert council == [date(2026, 4, 1)]
    assert any(e.name == "Tv Licence Mbp" or "TV" in e.name.upper() for e in account.events)


def test_a_calendar_of_renewals_repeats_the_bill_only_in_its_months(
    store: Store, tmp_path: Path
) -> None:
    _imported(store, tmp_path)

    (bill,) = _council_tax(store, date(2026, 11, 3))
    stamp = datetime(2026, 11, 3, 9, 0)
    text = renewals_calendar([bill], stamp=stamp, day=date(2026, 11, 3)).to_ical().decode()
    assert "RRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTH=1,4,5,6,7,8,9,10,11,12" in text


def test_one_pause_of_two_months_is_no_months_off(store: Store, tmp_path: Path) -> None:
    """Every month but February and March 2025 (a direct debit cancelled by mistake and set up
    again): the same months must pass twice before they are months off; once, they are two
    missed instalments of a bill paid twelve times a year."""
    _imported(store, tmp_path, off=(), paused=(date(2025, 2, 1), date(2025, 3, 1)))

    (bill,) = _council_tax(store, date(2026, 11, 3))
    assert bill.months_off == () and bill.status == "active"
    assert bill.annual_cost == Decimal("1960.80")


def test_the_export_gives_the_year_the_app_shows(store: Store, tmp_path: Path) -> None:
    _imported(store, tmp_path)
    subs.list_subscriptions(store, date(2026, 11, 3))

    export_all(store, tmp_path / "export")

    with (tmp_path / "export" / "subscriptions.csv").open(encoding="utf-8") as f:
        (bill,) = [row for row in csv.DictReader(f) if row["merchant"].startswith("LEEDS")]
    assert bill["annual_cost"] == "1634.00"  # as the list shows it: a positive cost
