"""A US household's year of statements, as the bank's and the card's sites give them: a Chase
checking account's QFX (rent to the landlord by ACH web payment, payroll, utilities, Venmo
cash-outs) and an American Express ``activity.csv`` (charges positive). From December 2025 to
November 2026; the statements end on 30 November and the household looks on 2 December."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.core.cadence import month_date
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, checking_ofx

FIRST = date(2025, 12, 1)
STATEMENTS_END = date(2026, 11, 30)
LOOKED_ON = date(2026, 12, 2)
#: the days Venmo's cash-outs landed: when the person chose, every other month or so
CASH_OUTS = (
    date(2025, 12, 27),
    date(2026, 2, 24),
    date(2026, 4, 22),
    date(2026, 6, 19),
    date(2026, 8, 24),
    date(2026, 10, 9),
)


def _month(i: int, day: int) -> date:
    return month_date(FIRST, i, day)


def checking_entries() -> list[Entry]:
    """Twelve months of the checking account: rent on the 1st, pay on the 15th and the last
    day, the electricity bill, a gym drawn by ACH, and the Venmo cash-outs."""
    entries = []
    for i in range(12):
        entries += [
            Entry(
                _month(i, 1),
                Decimal("-2950.00"),
                "AVALON BAY COMM WEB PMTS",
                memo=f"AVALON BAY COMM WEB PMTS {4471203 + i} WEB ID: 9000123456",
            ),
            Entry(
                _month(i, 15),
                Decimal("2843.17"),
                "ACME CORP PAYROLL",
                memo="ACME CORP PAYROLL PPD ID: 9876543210",
            ),
            Entry(
                _month(i, 9),
                Decimal(f"-{70 + (i * 7) % 23}.{(i * 37) % 100:02d}"),
                "CON ED OF NY INTELL CK",
                memo=f"CON ED OF NY INTELL CK {9143820 + i} CCD ID: 1135009998",
            ),
            Entry(
                _month(i, 17),
                Decimal("-24.99"),
                "PLANET FITNESS CLUB FEES",
                memo=f"PLANET FITNESS CLUB FEES {7720 + i} PPD ID: 1841226653",
            ),
        ]
    entries += [
        Entry(
            day,
            Decimal("45.00"),
            "VENMO CASHOUT",
            memo=f"VENMO CASHOUT {5120833 + n} PPD ID: 5264681992",
        )
        for n, day in enumerate(CASH_OUTS)
    ]
    return sorted(entries, key=lambda e: e.posted)


def amex_rows(extra: Sequence[tuple[date, str, str]] = ()) -> list[tuple[date, str, str]]:
    """The card's charges: Netflix and Spotify, weekly groceries, and ``extra``."""
    rows = list(extra)
    for i in range(12):
        rows.append((_month(i, 12), "NETFLIX.COM         NETFLIX.COM         CA", "17.99"))
        rows.append((_month(i, 3), "SPOTIFY USA         877-778-1161        NY", "11.99"))
        for week, day in enumerate((2, 9, 16, 23)):
            amount = f"{60 + (i * 13 + week * 29) % 90}.{(i + week) * 7 % 100:02d}"
            rows.append((_month(i, day), "TRADER JOE S #558    BROOKLYN            NY", amount))
    return rows


def import_year(
    store: Store, folder: Path, card_extra: Sequence[tuple[date, str, str]] = ()
) -> None:
    """Import the checking account's QFX and the card's CSV, as the user does."""
    qfx = folder / "Chase6789_Activity_20261201.QFX"
    qfx.write_text(
        checking_ofx(checking_entries(), "000000918276789", Decimal("4412.55"), STATEMENTS_END)
    )
    csv = folder / "activity.csv"
    lines = ["Date,Description,Card Member,Account #,Amount"] + [
        f"{day:%m/%d/%Y},{text},JORDAN M RIVERA,-41007,{amount}"
        for day, text, amount in sorted(amex_rows(card_extra), reverse=True)
    ]
    csv.write_text("\r\n".join(lines) + "\r\n")
    import_files(store, [qfx, csv])
