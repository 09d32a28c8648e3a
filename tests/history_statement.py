"""Eighteen months of a checking account, as a household downloads its history on its first
day with finapp: the pay, the rent, the groceries, and three things the history holds that the
alerts, rightly, never announce because they are long past: Netflix going from 15.49 to 17.99 a
year ago, a 1,850.00 sofa eight months ago, and a gym membership that stopped six months ago.

Dated back from the day the test runs, so the events stay older than the alert windows; payees
as a bank prints them (store numbers, cities, ACH codes).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from finapp.core.cadence import month_date
from tests.importers.ofxgen import Line, statement_ofx

ACCOUNT = "5530918824"
MONTHS = 18
NETFLIX = "NETFLIX.COM 866-579-7172 CA"
GYM = "PLANET FITNESS CLUB FEES 8005551234"
SOFA = "ASHLEY FURNITURE #0147 SEATTLE WA"


def _months_ago(today: date, months: int, day: int) -> date:
    return month_date(today.replace(day=1), -months, day)


def history_lines(today: date) -> list[Line]:
    """Every line of the 18 months before ``today``, oldest first."""
    lines: list[Line] = []
    for back in range(MONTHS, 0, -1):
        lines.append(Line(_months_ago(today, back, 1), "-1650.00", "CASCADE PROPERTY MGMT RENT"))
        netflix = "-15.49" if back > 12 else "-17.99"
        lines.append(Line(_months_ago(today, back, 7), netflix, NETFLIX))
        lines.append(Line(_months_ago(today, back, 12), "-10.99", "SPOTIFY USA 877-778-1161 NY"))
        if back > 6:
            lines.append(Line(_months_ago(today, back, 17), "-24.99", GYM))
        power = f"-{88 + (back * 7) % 40}.{back % 10}3"
        lines.append(Line(_months_ago(today, back, 20), power, "PUGET SOUND ENERGY BILLPAY PPD"))
        if back == 8:
            lines.append(Line(_months_ago(today, back, 23), "-1850.00", SOFA))
    start = _months_ago(today, MONTHS, 1)
    day, n = start, 0
    while day < today:
        lines.append(Line(day, "2140.00", "ACME CORP PAYROLL PPD ID: 9876543210"))
        grocery = f"-{92 + (n * 13) % 45}.{(n * 7) % 100:02d}"
        lines.append(Line(day + timedelta(days=2), grocery, "SAFEWAY #1445 BELLEVUE WA"))
        day, n = day + timedelta(days=14), n + 1
    lines = sorted((line for line in lines if line.posted < today), key=lambda line: line.posted)
    return [
        Line(line.posted, line.amount, line.payee, f"{line.posted:%Y%m%d}{i:05d}")
        for i, line in enumerate(lines)
    ]


def history_ofx(
    folder: Path,
    today: date,
    name: str = "Checking8824_history.qfx",
    since: date | None = None,
    extra: Sequence[Line] = (),
    until: date | None = None,
) -> Path:
    """The 18 months (or their lines from ``since``, before ``until``) and ``extra`` lines, as
    the bank's "download to Quicken" gives them."""
    lines = [
        line
        for line in history_lines(today)
        if (since is None or line.posted >= since) and (until is None or line.posted < until)
    ]
    lines = sorted([*lines, *extra], key=lambda line: line.posted)
    path = folder / name
    path.write_text(
        statement_ofx(lines, account=ACCOUNT, ledger=("4210.55", lines[-1].posted)),
        encoding="ascii",
    )
    return path
