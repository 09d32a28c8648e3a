"""Statements as a household downloads them, for the journeys (no corpus needed).

Payees are written the way banks print them (store numbers, city and state, ACH codes, order
ids), amounts vary the way receipts do, and the long history has the streams a household
really has: pay, rent, utilities, subscriptions (one of them raising its price), groceries.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from pathlib import Path

from tests.importers.ofxgen import Line, statement_ofx


def three_line_statement(folder: Path) -> Path:
    """A card statement of three lines, as a bank's "download last week" gives."""
    path = folder / "Checking1234_week.qfx"
    path.write_text(
        statement_ofx(
            [
                Line(date(2026, 11, 2), "-4.85", "STARBUCKS STORE 00123 SEATTLE WA", "20261102001"),
                Line(date(2026, 11, 3), "-52.17", "SHELL OIL 57444 BELLEVUE WA", "20261103001"),
                Line(date(2026, 11, 5), "2150.00", "ACME CORP PAYROLL PPD ID: 9876", "20261105001"),
            ],
            account="000004321",
            ledger=("3412.66", date(2026, 11, 5)),
        ),
        encoding="ascii",
    )
    return path


_SHOPS = [
    ("WHOLEFDS MKT #10234 SEATTLE WA", 18, 140),
    ("SAFEWAY #1445 BELLEVUE WA", 12, 110),
    ("TRADER JOE S #131 QPS", 9, 80),
    ("STARBUCKS STORE {n:05d}", 3, 9),
    ("CHIPOTLE {n:04d} SEATTLE", 9, 24),
    ("AMZN Mktp US*{code}", 7, 120),
    ("SHELL OIL {n:08d} ", 30, 75),
    ("CVS/PHARMACY #{n:05d}", 5, 60),
    ("UBER   *TRIP HELP.UBER.COM", 8, 45),
    ("TARGET        00{n:05d}", 15, 160),
]

_MONTHLY = [
    # payee, day of month, amount from, (price rise date, new amount)
    ("NETFLIX.COM 866-579-7172 CA", 14, "-15.49", (date(2025, 1, 14), "-17.99")),
    ("Spotify USA P2B81C2E1D", 3, "-11.99", None),
    ("APPLE.COM/BILL 866-712-7753", 22, "-2.99", None),
    ("PUGET SOUND ENERGY BILLPAY", 9, "-96.40", None),
    ("GREYSTAR RENT PMT WEB ID: 1445", 1, "-2350.00", None),
    ("ACME CORP PAYROLL PPD ID: 9876", 15, "4210.55", None),
    ("ACME CORP PAYROLL PPD ID: 9876", 28, "4210.55", None),
]


def long_history(folder: Path, lines: int = 20_000, seed: int = 7) -> Path:
    """A checking account's years of history with ``lines`` lines, oldest first."""
    rng = random.Random(seed)
    end = date(2026, 10, 31)
    start = end - timedelta(days=5 * 365)
    monthly: list[Line] = []
    day = start
    while day <= end:
        for payee, dom, amount, rise in _MONTHLY:
            if day.day == dom:
                if rise is not None and day >= rise[0]:
                    amount = rise[1]
                monthly.append(Line(day, amount, payee))
        day += timedelta(days=1)
    days = (end - start).days
    shopping = []
    for _ in range(lines - len(monthly)):
        pattern, low, high = rng.choice(_SHOPS)
        payee = pattern.format(n=rng.randrange(1, 99999), code=f"{rng.randrange(16**6):06X}")
        cents = rng.randrange(low * 100, high * 100)
        posted = start + timedelta(days=rng.randrange(days + 1))
        shopping.append(Line(posted, f"-{cents // 100}.{cents % 100:02d}", payee))
    ordered = sorted(monthly + shopping, key=lambda line: line.posted)
    with_ids = [
        Line(line.posted, line.amount, line.payee, f"{line.posted:%Y%m%d}{n:06d}")
        for n, line in enumerate(ordered)
    ]
    path = folder / "Checking1234_2021-2026.ofx"
    path.write_text(
        statement_ofx(with_ids, account="000004321", ledger=("8123.40", end)), encoding="ascii"
    )
    return path


def unknown_layout_csv(folder: Path) -> Path:
    """A credit union's export whose amounts are all positive: finapp must ask which is out."""
    path = folder / "export_20261101.csv"
    path.write_text(
        "Check Number,Date,Description,Amount,Category\n"
        "101,10/8/26,Harbor Credit Union Visa,54.20,Expenses\n"
        "102,10/9/26,Greenleaf Grocers,83.15,Expenses\n"
        "103,10/11/26,City Water Utility,41.00,Expenses\n"
        "104,10/14/26,Northside Pharmacy,12.75,Expenses\n"
        "105,10/20/26,Lakeside Fitness,35.00,Expenses\n",
        encoding="utf-8",
    )
    return path


def monthly_streaming_statement(folder: Path, last_charge: date, through: date) -> Path:
    """A checking statement up to ``through``: eight monthly Netflix charges, the last on
    ``last_charge``, among everyday shopping on no fixed day, as a bank's download gives."""
    rng = random.Random(11)
    lines = []
    year, month = last_charge.year, last_charge.month
    for back in range(8):
        m = month - back
        lines.append(
            Line(
                date(year + (m - 1) // 12, (m - 1) % 12 + 1, min(last_charge.day, 28)),
                "-15.49",
                "NETFLIX.COM 866-579-7172 CA",
            )
        )
    day = through - timedelta(days=240)
    while day <= through:
        pattern, low, high = rng.choice(_SHOPS)
        payee = pattern.format(n=rng.randrange(1, 99999), code=f"{rng.randrange(16**6):06X}")
        cents = rng.randrange(low * 100, high * 100)
        lines.append(Line(day, f"-{cents // 100}.{cents % 100:02d}", payee))
        day += timedelta(days=rng.randrange(2, 6))
    lines.append(Line(through, "-23.80", "CHIPOTLE 0412 SEATTLE"))
    ordered = sorted(lines, key=lambda line: line.posted)
    with_ids = [
        Line(line.posted, line.amount, line.payee, f"{line.posted:%Y%m%d}{n:06d}")
        for n, line in enumerate(ordered)
    ]
    path = folder / "Checking1234_streaming.ofx"
    path.write_text(
        statement_ofx(with_ids, account="000004321", ledger=("2210.35", through)),
        encoding="ascii",
    )
    return path
