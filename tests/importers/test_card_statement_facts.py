"""What a card's OFX statement says of the card reaches the statement period: the credit limit,
the payment due date and the minimum payment, where (and only where) the statement says so."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from finapp.importers.registry import read_statement_file
from finapp.services.imports import import_files
from finapp.store.schema import StatementPeriod

SGML_HEAD = (
    "OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\nSECURITY:NONE\nENCODING:USASCII\nCHARSET:1252\n"
    "COMPRESSION:NONE\nOLDFILEUID:NONE\nNEWFILEUID:NONE\n\n"
)
XML_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
    '<?OFX OFXHEADER="200" VERSION="220" SECURITY="NONE" OLDFILEUID="NONE" NEWFILEUID="NONE"?>\n'
)
TRANSACTIONS = """<BANKTRANLIST><DTSTART>20261013<DTEND>20261112
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261017<TRNAMT>-86.43<FITID>320261017086430
<NAME>WHOLEFDS OAK 10234</STMTTRN>
<STMTTRN><TRNTYPE>DEBIT<DTPOSTED>20261029<TRNAMT>-1197.94<FITID>320261029119794
<NAME>UNITED 0162358814410</STMTTRN>
<STMTTRN><TRNTYPE>CREDIT<DTPOSTED>20261104<TRNAMT>650.00<FITID>320261104065000
<NAME>ONLINE PAYMENT THANK YOU</STMTTRN>
</BANKTRANLIST>"""


def card_ofx(after_transactions: str, *, account: str = "5424180279791732") -> str:
    """A Citi-style card download (SGML) with ``after_transactions`` (balances, BALLIST)."""
    return (
        SGML_HEAD + "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0<SEVERITY>INFO</STATUS>"
        "<DTSERVER>20261113061522.000<LANGUAGE>ENG<FI><ORG>Citigroup<FID>24909</FI>"
        "</SONRS></SIGNONMSGSRSV1><CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>0<STATUS><CODE>0"
        "<SEVERITY>INFO</STATUS><CCSTMTRS><CURDEF>USD<CCACCTFROM><ACCTID>"
        + account
        + "</CCACCTFROM>\n"
        + TRANSACTIONS
        + "\n"
        + after_transactions
        + "\n</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>\n"
    )


BALANCES = (
    "<LEDGERBAL><BALAMT>-1284.37<DTASOF>20261112170000.000</LEDGERBAL>"
    "<AVAILBAL><BALAMT>7215.63<DTASOF>20261112170000.000</AVAILBAL>"
)


def bal(name: str, value: str, kind: str = "DOLLAR", as_of: str = "20261112") -> str:
    return f"<BAL><NAME>{name}<DESC>{name}<BALTYPE>{kind}<VALUE>{value}<DTASOF>{as_of}</BAL>"


def _periods(store) -> list[tuple]:  # type: ignore[no-untyped-def]
    with store.read() as session:
        return [
            (p.start, p.end, p.payment_due_on, p.minimum_due_minor, p.credit_limit_minor)
            for p in session.scalars(select(StatementPeriod))
        ]


def test_a_card_statement_naming_limit_due_date_and_minimum(store, write) -> None:
    ballist = (
        "<BALLIST>"
        + bal("Credit Limit", "8500.00")
        + bal("Payment Due Date", "20261209", kind="NUMBER")
        + bal("Minimum Payment Due", "41.00")
        + bal("Cash Advance Available", "2500.00")
        + "</BALLIST>"
    )
    path = write("Citi_Card_1732_Nov2026.qfx", card_ofx(BALANCES + ballist))
    assert import_files(store, [path]).new == 3
    assert _periods(store) == [
        (date(2026, 10, 13), date(2026, 11, 12), date(2026, 12, 9), 4100, 850000)
    ]


def test_the_limit_comes_from_available_credit_and_the_amount_owed_on_one_day(store, write) -> None:
    path = write("Chase1732_Activity.qfx", card_ofx(BALANCES))
    import_files(store, [path])
    # 7215.63 still available while 1284.37 is owed: an 8500.00 limit; nothing said of payment
    assert _periods(store) == [(date(2026, 10, 13), date(2026, 11, 12), None, None, 850000)]


def test_other_spellings_of_the_names_and_an_xml_download(write) -> None:
    ballist = (
        "<BALLIST><BAL><NAME>CREDIT LINE</NAME><DESC>Total credit line</DESC>"
        "<BALTYPE>DOLLAR</BALTYPE><VALUE>12,000.00</VALUE></BAL>"
        "<BAL><NAME>Min. Payment Due</NAME><DESC>Minimum</DESC><BALTYPE>DOLLAR</BALTYPE>"
        "<VALUE>-35.00</VALUE></BAL>"
        "<BAL><NAME>DUE DATE</NAME><DESC>Due</DESC><BALTYPE>NUMBER</BALTYPE>"
        "<VALUE>20261207000000.000[-5:EST]</VALUE></BAL></BALLIST>"
    )
    xml = (
        XML_HEAD + "<OFX><SIGNONMSGSRSV1><SONRS><STATUS><CODE>0</CODE><SEVERITY>INFO</SEVERITY>"
        "</STATUS><DTSERVER>20261113</DTSERVER><LANGUAGE>ENG</LANGUAGE></SONRS>"
        "</SIGNONMSGSRSV1><CREDITCARDMSGSRSV1><CCSTMTTRNRS><TRNUID>0</TRNUID><STATUS>"
        "<CODE>0</CODE><SEVERITY>INFO</SEVERITY></STATUS><CCSTMTRS><CURDEF>CAD</CURDEF>"
        "<CCACCTFROM><ACCTID>4510152277431290</ACCTID></CCACCTFROM><BANKTRANLIST>"
        "<DTSTART>20261013</DTSTART><DTEND>20261112</DTEND><STMTTRN><TRNTYPE>DEBIT</TRNTYPE>"
        "<DTPOSTED>20261021</DTPOSTED><TRNAMT>-64.18</TRNAMT><FITID>2026102100001</FITID>"
        "<NAME>PETRO-CANADA 04512</NAME></STMTTRN></BANKTRANLIST>"
        "<LEDGERBAL><BALAMT>-64.18</BALAMT><DTASOF>20261112</DTASOF></LEDGERBAL>"
        + ballist
        + "</CCSTMTRS></CCSTMTTRNRS></CREDITCARDMSGSRSV1></OFX>\n"
    )
    [statement] = read_statement_file(write("rbc_visa.ofx", xml)).statements
    assert statement.credit_limit == 12000
    assert statement.minimum_due == 35
    assert statement.payment_due_on == date(2026, 12, 7)


@pytest.mark.parametrize(
    ("after", "limit", "why"),
    [
        (
            "<LEDGERBAL><BALAMT>-1284.37<DTASOF>20261112</LEDGERBAL>"
            "<AVAILBAL><BALAMT>7215.63<DTASOF>20261113</AVAILBAL>",
            None,
            "balances of two different days say nothing of the limit",
        ),
        (
            BALANCES + "<BALLIST>" + bal("Payment Due Date", "41.00") + "</BALLIST>",
            Decimal("8500.00"),
            "a due date whose value is no date (its DTASOF is not the due date)",
        ),
        (
            "<LEDGERBAL><BALAMT>-1284.37<DTASOF>20261112</LEDGERBAL>",
            None,
            "no available credit stated",
        ),
    ],
)
def test_what_the_statement_does_not_state_stays_unknown(
    write, after: str, limit: Decimal | None, why: str
) -> None:
    [statement] = read_statement_file(write("card.qfx", card_ofx(after))).statements
    assert statement.credit_limit == limit, why
    assert statement.payment_due_on is None and statement.minimum_due is None, why


def test_an_available_balance_that_only_mirrors_the_ledger_gives_no_limit(corpus: Path) -> None:
    # ofxparse's ANZ card fixture: ledger -123.45 and "available" 123.45 on the same moment
    [statement] = read_statement_file(corpus / "ofx" / "ofxparse__anzcc.ofx").statements
    assert statement.account.type == "credit_card" and len(statement.balances) == 2
    assert statement.credit_limit is None


def test_a_checking_account_states_no_card_facts(store, write) -> None:
    checking = card_ofx(BALANCES).replace("CREDITCARDMSGSRSV1", "BANKMSGSRSV1")
    checking = checking.replace("CCSTMTTRNRS", "STMTTRNRS").replace("CCSTMTRS", "STMTRS")
    checking = checking.replace(
        "<CCACCTFROM><ACCTID>5424180279791732</CCACCTFROM>",
        "<BANKACCTFROM><BANKID>321171184<ACCTID>000839201744<ACCTTYPE>CHECKING</BANKACCTFROM>",
    )
    import_files(store, [write("checking.qfx", checking)])
    assert _periods(store) == [(date(2026, 10, 13), date(2026, 11, 12), None, None, None)]
