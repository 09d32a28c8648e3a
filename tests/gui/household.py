"""A small synthetic household written as an OFX statement and imported the real way.

Page tests need months of varied spending (salary, rent, groceries, subscriptions) that the
public corpus does not have in one file; going through ``import_files`` keeps the data honest.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

#: (payee, amount, day of month) charged every month
MONTHLY = [
    ("ACME PAYROLL", Decimal("3200.00"), 1),
    ("OAKWOOD APARTMENTS RENT", Decimal("-1250.00"), 2),
    ("NETFLIX.COM", Decimal("-15.49"), 9),
    ("SPOTIFY USA", Decimal("-10.99"), 14),
    ("CITY POWER & LIGHT", Decimal("-84.20"), 20),
]
#: (payee, amount) on every 7th day
WEEKLY = [("WHOLE FOODS MARKET", Decimal("-92.35")), ("BLUE BOTTLE COFFEE", Decimal("-6.75"))]
CATEGORIES = {
    "ACME PAYROLL": "Income:Salary",
    "OAKWOOD APARTMENTS RENT": "Housing:Rent",
    "NETFLIX.COM": "Entertainment:Streaming",
    "SPOTIFY USA": "Entertainment:Streaming",
    "WHOLE FOODS MARKET": "Food:Groceries",
    "BLUE BOTTLE COFFEE": "Food:Coffee",
}


def statement_lines(today: date, months: int = 4) -> list[tuple[date, str, Decimal]]:
    """Every line of the household's last ``months`` months up to ``today``."""
    start = date(today.year, today.month, 1)
    for _ in range(months - 1):
        start = (start - timedelta(days=1)).replace(day=1)
    lines = []
    day = start
    while day <= today:
        for payee, amount, dom in MONTHLY:
            if day.day == dom:
                lines.append((day, payee, amount))
        if (day - start).days % 7 == 3:
            lines.extend((day, payee, amount) for payee, amount in WEEKLY)
        day += timedelta(days=1)
    return lines


def write_ofx(path: Path, lines: list[tuple[date, str, Decimal]], balance: Decimal) -> Path:
    body = "".join(
        f"<STMTTRN><TRNTYPE>{'CREDIT' if amount > 0 else 'DEBIT'}<DTPOSTED>{d:%Y%m%d}"
        f"<TRNAMT>{amount}<FITID>{n}<NAME>{payee}</STMTTRN>\n"
        for n, (d, payee, amount) in enumerate(lines)
    )
    last = lines[-1][0]
    path.write_text(
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<DTSERVER>20250101<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>"
        "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>121000248<ACCTID>5550001234"
        "<ACCTTYPE>CHECKING</BANKACCTFROM>"
        f"<BANKTRANLIST><DTSTART>{lines[0][0]:%Y%m%d}<DTEND>{last:%Y%m%d}\n{body}</BANKTRANLIST>"
        f"<LEDGERBAL><BALAMT>{balance}<DTASOF>{last:%Y%m%d}</LEDGERBAL>"
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n",
        encoding="ascii",
    )
    return path


def fill_household(store: Store, workdir: Path, today: date, months: int = 4) -> None:
    """Import the household into ``store`` as account "Checking" and categorise most payees.

    One correction per payee is enough: finapp learns the merchant and categorises the rest.
    """
    ofx = write_ofx(workdir / "household.ofx", statement_lines(today, months), Decimal("12480.55"))
    result = import_files(store, [ofx], account_name="Checking")
    assert result.new > 0, result
    taught: set[str] = set()
    for txn in list_transactions(store):
        path = CATEGORIES.get(txn.payee)
        if path and txn.category != path and txn.payee not in taught:
            set_category(store, txn.id, path)
            taught.add(txn.payee)
