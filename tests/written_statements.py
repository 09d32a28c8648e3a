"""Small statements the tests write themselves, so they run without the real corpus.

Three downloads a household makes: a week of its checking account (OFX 1.x SGML, the Quicken
"Web Connect" kind), a week of its credit card at another bank (OFX 2.x XML), and a credit
union's CSV export whose amounts are all positive with a category column that says nothing of
direction, so detection cannot tell money in from out and the mapping wizard is needed (the
shape of csv2ofx's ``creditunion.csv``: check number, M/D/YY dates, amount, category, comments).
Payees are printed the way banks print them: store numbers, city and state, ACH codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from tests.importers.ofxgen import XML_HEADER, Line, statement_ofx

#: the checking account's three lines, oldest first: (date, amount, payee as printed, FITID)
CHECKING_LINES = (
    Line(date(2025, 3, 3), "-5.75", "STARBUCKS STORE 00123 SEATTLE WA", "202503030417220"),
    Line(
        date(2025, 3, 4), "-118.42", "PUGET SOUND ENERGY BILLPAY PPD ID: 9100261", "202503040093115"
    ),
    Line(date(2025, 3, 7), "1987.36", "ACME CORP PAYROLL PPD ID: 9876543210", "202503070000871"),
)
CHECKING_ACCOUNT = "7712045563"

#: the credit card's three lines: charges negative, the payment positive
CARD_LINES = (
    Line(date(2025, 3, 2), "-63.18", "TRADER JOE'S #131 SEATTLE WA", "24692165061100318224501"),
    Line(
        date(2025, 3, 5),
        "-27.94",
        "AMAZON MKTPL*RT4K82LL3 AMZN.COM/BILLWA",
        "24431065064200419738822",
    ),
    Line(date(2025, 3, 6), "250.00", "AUTOMATIC PAYMENT - THANK YOU", "24000015065000000250001"),
)
CARD_ACCOUNT = "4147202218830912"

#: the credit union's export: every amount positive, every row an expense
CREDIT_UNION_ROWS = (
    ("", "3/2/25", "POS PURCHASE SAFEWAY #1445 BELLEVUE WA", "84.37"),
    ("1041", "3/3/25", "CHECK 1041 NORTHWEST DENTAL GROUP", "215.00"),
    ("", "3/5/25", "POS PURCHASE CHEVRON 0201655 KIRKLAND WA", "46.12"),
    ("", "3/8/25", "ACH DEBIT COMCAST CABLE COMM 8155 400", "89.99"),
    ("1042", "3/11/25", "CHECK 1042 LAKESIDE MONTESSORI", "640.00"),
    ("", "3/14/25", "POS PURCHASE WALGREENS #04021 REDMOND WA", "17.63"),
    ("", "3/21/25", "ACH DEBIT STATE FARM INS 5538 PPD", "132.50"),
    ("", "3/27/25", "POS PURCHASE COSTCO WHSE #0001 SEATTLE WA", "203.48"),
)


@dataclass(frozen=True)
class Statements:
    """Where the statements were written."""

    checking: Path  # 3 lines, OFX SGML
    card: Path  # 3 lines, another account, OFX XML
    credit_union: Path  # 8 rows, CSV needing the mapping wizard


def checking_statement(folder: Path) -> Path:
    """A week of a checking account as its bank's "download to Quicken" gives it."""
    path = folder / "Checking5563_20250307.qfx"
    path.write_text(
        statement_ofx(
            CHECKING_LINES,
            account=CHECKING_ACCOUNT,
            ledger=("2941.07", date(2025, 3, 7)),
            newline="\r\n",
        ),
        encoding="ascii",
    )
    return path


def card_ofx(lines: tuple[Line, ...], account: str, currency: str = "USD") -> str:
    """A credit card's statement of ``lines`` as an OFX 2.x (XML) download."""

    def txn(line: Line) -> str:
        kind = "CREDIT" if not line.amount.startswith("-") else "DEBIT"
        return (
            "<STMTTRN>\n"
            f"<TRNTYPE>{kind}</TRNTYPE>\n"
            f"<DTPOSTED>{line.posted:%Y%m%d}000000.000[-8:PST]</DTPOSTED>\n"
            f"<TRNAMT>{line.amount}</TRNAMT>\n"
            f"<FITID>{line.fitid}</FITID>\n"
            f"<NAME>{line.payee.replace('&', '&amp;')}</NAME>\n"
            "</STMTTRN>\n"
        )

    first, last = min(line.posted for line in lines), max(line.posted for line in lines)
    return (
        XML_HEADER + "<OFX>\n<SIGNONMSGSRSV1>\n<SONRS>\n"
        "<STATUS>\n<CODE>0</CODE>\n<SEVERITY>INFO</SEVERITY>\n</STATUS>\n"
        f"<DTSERVER>{last:%Y%m%d}080512.000[-8:PST]</DTSERVER>\n<LANGUAGE>ENG</LANGUAGE>\n"
        "<FI>\n<ORG>B1</ORG>\n<FID>10898</FID>\n</FI>\n"
        "</SONRS>\n</SIGNONMSGSRSV1>\n"
        "<CREDITCARDMSGSRSV1>\n<CCSTMTTRNRS>\n<TRNUID>1</TRNUID>\n"
        "<STATUS>\n<CODE>0</CODE>\n<SEVERITY>INFO</SEVERITY>\n</STATUS>\n"
        f"<CCSTMTRS>\n<CURDEF>{currency}</CURDEF>\n"
        f"<CCACCTFROM>\n<ACCTID>{account}</ACCTID>\n</CCACCTFROM>\n"
        f"<BANKTRANLIST>\n<DTSTART>{first:%Y%m%d}</DTSTART>\n<DTEND>{last:%Y%m%d}</DTEND>\n"
        + "".join(txn(line) for line in lines)
        + "</BANKTRANLIST>\n"
        f"<LEDGERBAL>\n<BALAMT>-1384.22</BALAMT>\n<DTASOF>{last:%Y%m%d}</DTASOF>\n</LEDGERBAL>\n"
        "</CCSTMTRS>\n</CCSTMTTRNRS>\n</CREDITCARDMSGSRSV1>\n</OFX>\n"
    )


def card_statement(folder: Path) -> Path:
    """A week of a credit card at another bank, as an OFX 2.x (XML) download."""
    path = folder / "Visa0912_Activity_20250306.ofx"
    path.write_text(card_ofx(CARD_LINES, CARD_ACCOUNT), encoding="utf-8")
    return path


def credit_union_csv(folder: Path) -> Path:
    """A credit union's history export: amounts all positive, M/D/YY dates (3/2/25 could be
    read either way; 3/14/25 only month first), a category that does not say in or out."""
    path = folder / "AccountHistory_0042.csv"
    rows = ["Check Number,Date,Description,Amount,Category,Comments"]
    rows += [
        f"{check},{day},{payee},{amount},Expenses,"
        for check, day, payee, amount in CREDIT_UNION_ROWS
    ]
    path.write_text("\r\n".join(rows) + "\r\n", encoding="utf-8")
    return path


def write_statements(folder: Path) -> Statements:
    """Write the three statements into ``folder`` (created if need be)."""
    folder.mkdir(parents=True, exist_ok=True)
    return Statements(
        checking=checking_statement(folder),
        card=card_statement(folder),
        credit_union=credit_union_csv(folder),
    )
