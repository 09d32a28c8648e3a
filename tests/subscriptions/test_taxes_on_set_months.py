"""Taxes paid four times a year on set months, unevenly apart, are quarterly bills.

A retired Tucson couple pays the IRS and the Arizona Department of Revenue their estimated
tax from the credit union on 15 January, April, June and September (the next working day when
the 15th is a weekend): 61 to 122 days apart, which the quarterly rhythm of three months
rejected, so neither was found. Each is a quarterly bill due on the next of those dates: in
November, on 15 January, then 15 April; a year of it is four payments. An Australian sole
trader's BAS, paid to the Tax Office on 28 April, July and October and in February (the 27th
when the 28th is a Saturday), is found the same way from a history that began in March.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.recurrence import detect_streams
from finapp.services import subscriptions as subs
from finapp.services.calendar_export import renewals_calendar
from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.health.flagged_statements import Entry, import_months, write_months
from tests.subscriptions.statements import Ledger

AS_OF = date(2026, 11, 25)


def _working_day(day: date) -> date:
    while day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def _credit_union() -> list[Entry]:
    out = []
    for year in (2024, 2025, 2026):
        for month in (1, 4, 6, 9):
            paid = _working_day(date(year, month, 15))
            if date(2024, 9, 1) <= paid <= AS_OF:
                out.append(Entry(paid, Decimal("-1850.00"), "IRS USATAXPYMT"))
                out.append(Entry(paid, Decimal("-420.00"), "AZ DEPT OF REV"))
    for month in range(9, 12 + 11):
        year, m = 2024 + (month - 1) // 12, (month - 1) % 12 + 1
        out.append(Entry(date(year, m, 1), Decimal("1845.22"), "ASRS BENEFIT PYMT"))
        out.append(Entry(date(year, m, 3), Decimal("-249.87"), "STATE FARM RO 27 SFPP"))
    return out


def test_estimated_taxes_are_quarterly_bills_due_on_the_next_tax_date(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import_months(store, write_months(tmp_path / "cu", _credit_union()))

    views = subs.list_subscriptions(store, AS_OF)
    taxes = sorted((v for v in views if v.merchant in ("IRS USATAXPYMT", "AZ DEPT")),
                   key=lambda v: v.amount)  # fmt: skip

    assert [(v.cadence, v.status, v.amount, v.next_date, v.annual_cost) for v in taxes] == [
        ("quarterly", "active", Decimal("-1850.00"), date(2027, 1, 15), Decimal("7400.00")),
        ("quarterly", "active", Decimal("-420.00"), date(2027, 1, 15), Decimal("1680.00")),
    ]
    text = renewals_calendar(taxes, stamp=datetime(2026, 11, 25, 9), day=AS_OF).to_ical()
    assert b"RRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTH=1,4,6,9" in text
    # the command line names the four months it is paid in, not the eight it is not
    code, out, _ = run_main(
        ["--data-dir", str(store.data_dir), "subscriptions", "--as-of", AS_OF.isoformat()], capsys
    )
    assert code == 0 and out.count("quarterly, in Jan Apr Jun Sep") == 2


def test_bas_paid_in_february_april_july_and_october_is_quarterly() -> None:
    ledger = Ledger()
    for paid, amount in [
        (date(2025, 4, 28), "-3120.40"),
        (date(2025, 7, 28), "-2874.15"),
        (date(2025, 10, 28), "-4012.88"),
        (date(2026, 2, 27), "-3560.00"),  # the 28th is a Saturday
        (date(2026, 4, 28), "-2990.12"),
        (date(2026, 7, 28), "-3801.55"),
        (date(2026, 10, 28), "-4220.10"),
    ]:
        ledger.add(paid, amount, "ANZ INTERNET BANKING BPAY TAX OFFICE PAYMENTS {551234}")

    (bas,) = detect_streams(ledger.charges, date(2026, 10, 30))

    # 28 February 2027 is a Sunday: paid the Friday before, as on Friday 27 February 2026
    assert (bas.cadence, bas.status, bas.next_date) == ("quarterly", "active", date(2027, 2, 26))
    assert bas.months_off == (1, 3, 5, 6, 8, 9, 11, 12)
