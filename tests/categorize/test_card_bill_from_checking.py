"""A card's bill paid from checking is money moved between one's own accounts, on both sides.

The checking account prints the issuer's own words for the payment ("AMERICAN EXPRESS ACH PMT",
Chase's QFX with the ACH fields in the memo); the card's export thanks for it ("AUTOPAY PAYMENT
- THANK YOU", Amex's activity.csv). Both lines are a card payment: paired, filed under
Transfers:Card Payment, one payee that the Payees page keeps out of spending, and never counted
as spent in a report, even when the card's statement is not imported.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from finapp.core.display_names import shipped_namer
from finapp.services.imports import import_files
from finapp.services.payee_list import list_payees
from finapp.services.reports import income_vs_expenses
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

_CHECKING = """OFXHEADER:100
DATA:OFXSGML
VERSION:102
SECURITY:NONE
ENCODING:USASCII
CHARSET:1252
COMPRESSION:NONE
OLDFILEUID:NONE
NEWFILEUID:NONE

<OFX>
<SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>
<DTSERVER>20261201120000[0:GMT]<LANGUAGE>ENG<FI><ORG>B1<FID>10898</FI></SONRS></SIGNONMSGSRSV1>
<BANKMSGSRSV1><STMTTRNRS><TRNUID>1<STATUS><CODE>0<SEVERITY>INFO</STATUS>
<STMTRS><CURDEF>USD<BANKACCTFROM><BANKID>322271627<ACCTID>000000918276789<ACCTTYPE>CHECKING
</BANKACCTFROM>
<BANKTRANLIST><DTSTART>20261101120000[0:GMT]<DTEND>20261130120000[0:GMT]
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261122120000[0:GMT]<TRNAMT>-1101.81<FITID>2026112200141
<NAME>AMERICAN EXPRESS ACH PMT<MEMO>AMERICAN EXPRESS ACH PMT    A1234 WEB ID: 2005032111
</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261118120000[0:GMT]<TRNAMT>-86.40<FITID>2026111800138
<NAME>VERIZON WIRELESS PAYMENTS<MEMO>VERIZON WIRELESS PAYMENTS 0092831 PPD ID: 2223344556
</STMTTRN>
</BANKTRANLIST><LEDGERBAL><BALAMT>4210.55<DTASOF>20261130120000[0:GMT]</LEDGERBAL>
</STMTRS></STMTTRNRS></BANKMSGSRSV1></OFX>
"""

#: Amex's activity export: newest first, a charge positive, the payment negative, the day after
#: the checking account sent it
_AMEX = (
    "Date,Description,Card Member,Account #,Amount\r\n"
    "11/23/2026,AUTOPAY PAYMENT - THANK YOU,JORDAN M RIVERA,-41007,-1101.81\r\n"
    "11/16/2026,THE SMITH NOMAD     NEW YORK            NY,JORDAN M RIVERA,-41007,113.82\r\n"
)


def _import(store: Store, folder: Path, *files: tuple[str, str]) -> None:
    paths = []
    for name, text in files:
        path = folder / name
        path.write_text(text, encoding="utf-8", newline="")
        paths.append(path)
    result = import_files(store, paths)
    assert not result.failed, result.failed[0].error


def test_the_checking_side_of_an_amex_payment_is_a_card_payment_not_spending(
    store: Store, tmp_path: Path
) -> None:
    _import(
        store,
        tmp_path,
        ("Chase6789_Activity_20261201.QFX", _CHECKING),
        ("activity.csv", _AMEX),
    )
    lines = {(t.account_id, t.amount): t for t in list_transactions(store)}
    paid = next(t for t in lines.values() if t.payee == "AMERICAN EXPRESS ACH PMT")
    thanked = next(t for t in lines.values() if t.payee == "AUTOPAY PAYMENT - THANK YOU")
    assert (paid.category, thanked.category) == ("Transfers:Card Payment",) * 2
    assert paid.is_transfer and thanked.is_transfer

    rows = {p.name: p for p in list_payees(store)}
    payment = rows["American Express card payment"]
    assert payment.transactions == 2 and payment.own_transfer
    assert "American Express" not in rows  # no payee the bill was "spent" on

    spent = sum(m.expenses_minor for m in income_vs_expenses(store))
    assert spent == 8640 + 11382  # the phone bill and the dinner, not the card's bill


def test_an_unpaired_card_payment_from_checking_is_still_no_spending(
    store: Store, tmp_path: Path
) -> None:
    """The card's statement not imported (yet): the checking line alone is a card payment."""
    _import(store, tmp_path, ("Chase6789_Activity_20261201.QFX", _CHECKING))
    paid = next(t for t in list_transactions(store) if t.payee == "AMERICAN EXPRESS ACH PMT")
    assert paid.category == "Transfers:Card Payment"
    assert sum(m.expenses_minor for m in income_vs_expenses(store)) == 8640


#: how checking accounts print a card's bill paid, by issuer → the name the payee gets
ISSUER_PAYMENTS = {
    "AMERICAN EXPRESS ACH PMT": "American Express card payment",
    "AMEX EPAYMENT ACH PMT": "American Express card payment",
    "CHASE CREDIT CRD AUTOPAY": "Chase card payment",
    "CAPITAL ONE MOBILE PMT": "Capital One card payment",
    "DISCOVER E-PAYMENT 8842": "Discover card payment",
    "CITI CARD ONLINE PAYMENT": "Citi card payment",
}


@pytest.mark.parametrize(("printed", "name"), ISSUER_PAYMENTS.items())
def test_a_card_issuers_payment_out_of_checking_is_named_and_filed_as_one(
    store: Store, tmp_path: Path, printed: str, name: str
) -> None:
    text = _CHECKING.replace("AMERICAN EXPRESS ACH PMT", printed)
    _import(store, tmp_path, ("checking.qfx", text))
    line = next(t for t in list_transactions(store) if t.payee == printed)
    assert line.category == "Transfers:Card Payment"
    assert shipped_namer().name(printed, line.memo) == name


def test_an_issuers_loan_or_interest_is_not_a_card_payment() -> None:
    namer = shipped_namer()
    assert namer.name("BANK OF AMERICA MORTGAGE PAYMENT") == "Bank of America"
    assert namer.name("CAPITAL ONE AUTO FINANCE PMT") == "Capital One"
    assert namer.name("CHASE INTEREST PAYMENT") == "Chase interest"
    assert namer.name("CITI CARD 4412") == "Citi"
