"""A US household's year of statements that end a month before today, written as the banks
export them: a Chase card CSV (newest first, Transaction and Post Date) ending 28 October and a
credit union's OFX 1.02 checking statement ending 31 October with its ledger balance.

On the card, Netflix (the 4th), Disney+ (the 10th) and ChatGPT (the 27th) charge every month;
Spotify (the 14th) charged for the last time on 14 September (the user cancelled it on
20 August): its 14 October charge is not there. From checking: rent on the 1st, Duke Energy on
the 8th, pay on the 15th and the last business day. Today is 2 December.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

TODAY = date(2026, 12, 2)
CARD_END = date(2026, 10, 28)
CHECKING_END = date(2026, 10, 31)
CANCELLED_ON = date(2026, 8, 20)
LAST_SPOTIFY = date(2026, 9, 14)
CHECKING_BALANCE = Decimal("4259.00")

_CARD = (
    # (day of month, description, category, amount, last month charged or None)
    (4, "NETFLIX.COM", "Entertainment", "-17.99", None),
    (10, "DISNEY PLUS", "Entertainment", "-13.99", None),
    (14, "Spotify USA", "Entertainment", "-11.99", LAST_SPOTIFY),
    (27, "OPENAI *CHATGPT SUBSCR", "Shopping", "-20.00", None),
)


def _months() -> list[date]:
    """The first of each month from November 2025 to October 2026."""
    return [date(2025 + (10 + n) // 12, (10 + n) % 12 + 1, 1) for n in range(12)]


def write_card(folder: Path) -> Path:
    rows: list[tuple[date, str]] = []
    for month in _months():
        for day, text, category, amount, last in _CARD:
            posted = month.replace(day=day)
            if last is None or posted <= last:
                rows.append((posted, f"{text},{category},Sale,{amount},"))
        grocery = month.replace(day=3 + month.month * 7 % 24)
        rows.append((grocery, f"KROGER #0577,Groceries,Sale,-{84 + month.month}.37,"))
        rows.append((month.replace(day=26), "AUTOMATIC PAYMENT - THANK,,Payment,400.00,"))
    rows.append((CARD_END, "STARBUCKS STORE 08812,Food & Drink,Sale,-6.45,"))
    lines = [
        f"{posted:%m/%d/%Y},{posted + timedelta(days=1):%m/%d/%Y},{rest}"
        for posted, rest in sorted(rows, key=lambda row: row[0], reverse=True)
    ]
    path = folder / "Chase4417_Activity_2025-11-01_2026-10-31.CSV"
    header = "Transaction Date,Post Date,Description,Category,Type,Amount,Memo"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    return path


def _checking_lines(months: list[date], duke: str = "-87.58") -> list[tuple[date, str, str]]:
    lines = []
    for month in months:
        lines.append((month, "-2150.00", "MAPLE RIDGE APTS RENT"))
        lines.append((month.replace(day=8), duke, "DUKE ENERGY PAYMENT"))
        lines.append((month.replace(day=15), "3412.87", "ACME LOGISTICS PAYROLL"))
        next_month = (month + timedelta(days=32)).replace(day=1)
        payday = next_month - timedelta(days=1)
        while payday.weekday() >= 5:
            payday -= timedelta(days=1)
        lines.append((payday, "3412.87", "ACME LOGISTICS PAYROLL"))
        lines.append((month.replace(day=26), "-400.00", "CHASE CREDIT CRD AUTOPAY"))
    return sorted(lines)


def write_checking(folder: Path) -> Path:
    return _ofx(
        folder / "SummitCU_Checking_2025-11-01_2026-10-31.qfx",
        _checking_lines(_months()),
        date(2025, 11, 1),
        CHECKING_END,
        CHECKING_BALANCE,
    )


def write_november_checking(folder: Path) -> Path:
    """November's statement, Duke Energy's bill up from 87.58 to 93.28."""
    end = date(2026, 11, 30)
    return _ofx(
        folder / "SummitCU_Checking_2026-11-01_2026-11-30.qfx",
        _checking_lines([date(2026, 11, 1)], duke="-93.28"),
        date(2026, 11, 1),
        end,
        CHECKING_BALANCE + Decimal("4325.74") - Decimal("2150.00") - Decimal("400.00"),
        first_fitid=100,
    )


def _ofx(
    path: Path,
    lines: list[tuple[date, str, str]],
    start: date,
    end: date,
    balance: Decimal,
    first_fitid: int = 1,
) -> Path:
    body = "".join(
        f"<STMTTRN><TRNTYPE>{'CREDIT' if amount[0] != '-' else 'DEBIT'}"
        f"<DTPOSTED>{posted:%Y%m%d}120000.000<TRNAMT>{amount}<FITID>SCU{n:05d}"
        f"<NAME>{name}</STMTTRN>\n"
        for n, (posted, amount, name) in enumerate(lines, start=first_fitid)
    )
    path.write_text(
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<DTSERVER>20261101083000.000<LANGUAGE>ENG<FI><ORG>SUMMITCU<FID>5521</FI>"
        "</SONRS></SIGNONMSGSRSV1><BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0"
        "<SEVERITY>INFO</STATUS><STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>291975465"
        "<ACCTID>88001207<ACCTTYPE>CHECKING</BANKACCTFROM>"
        f"<BANKTRANLIST><DTSTART>{start:%Y%m%d}<DTEND>{end:%Y%m%d}\n{body}</BANKTRANLIST>"
        f"<LEDGERBAL><BALAMT>{balance}<DTASOF>{end:%Y%m%d}</LEDGERBAL>"
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n",
        encoding="ascii",
    )
    return path


def write_statements(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return [write_checking(folder), write_card(folder)]
