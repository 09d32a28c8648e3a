"""Statements written as files finapp imports, and charges for the pure detector."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from html import escape
from pathlib import Path

from finapp.core.merchant import merchant_key
from finapp.core.money import to_minor
from finapp.core.recurrence import Charge
from finapp.importers.base import ParsedStatement


def write_ofx(path: Path, statement: ParsedStatement) -> Path:
    """One account's statement as an OFX 1.02 (SGML) bank statement, as banks export it."""
    lines = statement.transactions
    body = "".join(
        f"<STMTTRN><TRNTYPE>{'CREDIT' if t.amount > 0 else 'DEBIT'}<DTPOSTED>{t.posted:%Y%m%d}"
        f"<TRNAMT>{t.amount}<FITID>{t.fitid}<NAME>{escape(t.payee)}"
        + (f"<MEMO>{escape(t.memo)}" if t.memo else "")
        + "</STMTTRN>\n"
        for t in lines
    )
    path.write_text(
        "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\n"
        "CHARSET:1252\nCOMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
        "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<DTSERVER>20250101<LANGUAGE>ENG</SONRS></SIGNONMSGSRSV1>"
        "<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        f"<STMTRS><CURDEF>{statement.account.currency}<BANKACCTFROM><BANKID>121000248"
        f"<ACCTID>{statement.account.number}<ACCTTYPE>CHECKING</BANKACCTFROM>"
        f"<BANKTRANLIST><DTSTART>{lines[0].posted:%Y%m%d}<DTEND>{lines[-1].posted:%Y%m%d}\n"
        f"{body}</BANKTRANLIST>"
        f"<LEDGERBAL><BALAMT>100.00<DTASOF>{lines[-1].posted:%Y%m%d}</LEDGERBAL>"
        "</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>\n",
        encoding="ascii",
    )
    return path


class Ledger:
    """Charges for the pure detector, written the way a statement reads."""

    def __init__(self, account: int = 1) -> None:
        self.account = account
        self.charges: list[Charge] = []

    def add(self, posted: date, amount: str, payee: str, memo: str = "") -> Charge:
        charge = Charge(
            id=len(self.charges) + 1,
            account=self.account,
            posted=posted,
            amount_minor=to_minor(Decimal(amount), "USD"),
            merchant=merchant_key(payee, memo),
            text=f"{payee} {memo}",
        )
        self.charges.append(charge)
        return charge

    def every(self, first: date, days: int, count: int, amount: str, payee: str) -> None:
        for i in range(count):
            self.add(first + timedelta(days=days * i), amount, payee)
