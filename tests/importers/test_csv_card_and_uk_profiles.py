"""Apple Card, Citi and Starling exports as the banks write them today: the card's charges are
money out, its payments and refunds money in, the account is the card, the payee the party."""

from __future__ import annotations

from decimal import Decimal

from finapp.core.account_types import AccountType
from finapp.importers.csv import read_csv

APPLE_CARD = (
    "Transaction Date,Clearing Date,Description,Merchant,Category,Type,Amount (USD),"
    "Purchased By\n"
    '10/30/2026,10/31/2026,"APPLE.COM/BILL ONE APPLE PARK WAY 866-712-7753 95014 CA USA",'
    "Apple Services,Other,Purchase,2.99,Jane Doe\n"
    '10/26/2026,10/26/2026,"ACH DEPOSIT INTERNET TRANSFER FROM ACCOUNT ENDING IN 7788",'
    "Ach Deposit Internet Transfer From Account Ending In 7788,Payment,Payment,-250.00,Jane Doe\n"
    '10/20/2026,10/21/2026,"DAILY CASH ADJUSTMENT",Daily Cash,Other,Credit,-1.24,Jane Doe\n'
    '10/15/2026,10/16/2026,"WALMART.COM 8009256278 702 SW 8TH ST BENTONVILLE 72716 AR USA",'
    "Walmart,Shopping,Purchase,64.88,Jane Doe\n"
)

CITI = (
    '"Status","Date","Description","Debit","Credit"\n'
    '"Cleared","11/28/2026","NETFLIX.COM","15.49",""\n'
    '"Cleared","11/25/2026","ONLINE PAYMENT, THANK YOU","","-250.00"\n'
    '"Cleared","11/20/2026","COSTCO WHSE #0123","(12.00)",""\n'
    '"Cleared","11/14/2026","TRADER JOE S #552","64.20",""\n'
)

STARLING = (
    "Date,Counter Party,Reference,Type,Amount (GBP),Balance (GBP),Spending Category,Notes\n"
    "01/11/2026,Opening Balance,,,0.00,1204.18,,\n"
    "02/11/2026,Tesco Stores,TESCO STORES 3297,CONTACTLESS,-12.40,1191.78,GROCERIES,\n"
    "03/11/2026,Octopus Energy,OCTOPUS ENERGY,DIRECT DEBIT,-96.00,1095.78,BILLS_AND_SERVICES,\n"
    "07/11/2026,J Bloggs,Dinner split,FASTER PAYMENT,25.00,1120.78,INCOME,\n"
    "12/11/2026,Greggs,GREGGS 1234,CONTACTLESS,-3.10,1117.68,EATING_OUT,\n"
)


def _lines(text: str) -> list[tuple[str, Decimal, str]]:
    parsed = read_csv("export.csv", text.encode())
    return [(t.posted.isoformat(), t.amount, t.payee) for t in parsed.statements[0].transactions]


def test_apple_card_charges_are_spending_and_payments_money_in() -> None:
    assert _lines(APPLE_CARD) == [
        ("2026-10-30", Decimal("-2.99"), "Apple Services"),
        (
            "2026-10-26",
            Decimal("250.00"),
            "Ach Deposit Internet Transfer From Account Ending In 7788",
        ),
        ("2026-10-20", Decimal("1.24"), "Daily Cash"),
        ("2026-10-15", Decimal("-64.88"), "Walmart"),
    ]


def test_apple_card_goes_to_a_card_account_named_apple_card() -> None:
    account = read_csv("Apple Card.csv", APPLE_CARD.encode()).statements[0].account
    assert (account.name, account.type, account.currency) == (
        "Apple Card",
        AccountType.CREDIT_CARD,
        "USD",
    )


def test_citi_bracketed_debit_is_a_refund_and_a_negative_credit_a_payment() -> None:
    assert [amount for _, amount, _ in _lines(CITI)] == [
        Decimal("-15.49"),
        Decimal("250.00"),
        Decimal("12.00"),
        Decimal("-64.20"),
    ]
    account = read_csv("citi.csv", CITI.encode()).statements[0].account
    assert (account.name, account.type) == ("Citi", AccountType.CREDIT_CARD)


def test_a_minus_in_a_debit_column_is_still_money_out() -> None:
    """Deutsche Bank writes its Soll (debit) column with a minus: the sign is the column's."""
    text = (
        "Buchungstag;Verwendungszweck;Soll;Haben;Währung\n"
        "28.10.2026;Festnetz RG 10/26;-49,95;;EUR\n"
        "01.10.2026;LOHN 10/2026;;2.800,00;EUR\n"
    )
    assert [amount for _, amount, _ in _lines(text)] == [Decimal("-49.95"), Decimal("2800.00")]


def test_starling_payee_is_the_counter_party_in_pounds() -> None:
    parsed = read_csv("StarlingStatement_2026-11.csv", STARLING.encode())
    (statement,) = parsed.statements
    assert statement.account.currency == "GBP"
    assert statement.account.name == "Starling Bank"
    assert [(t.payee, t.amount) for t in statement.transactions] == [
        ("Tesco Stores", Decimal("-12.40")),
        ("Octopus Energy", Decimal("-96.00")),
        ("J Bloggs", Decimal("25.00")),
        ("Greggs", Decimal("-3.10")),
    ]


def test_starling_opening_balance_row_is_no_transaction() -> None:
    parsed = read_csv("StarlingStatement_2026-11.csv", STARLING.encode())
    assert list(parsed.skipped) == []  # the statement's own line, no row left out
