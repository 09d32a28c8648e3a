"""Wise and Deutsche Bank exports as downloaded today: each line's payee is the party the
bank names (who sent, who received, the shop), not the reference nor an empty merchant."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.importers.csv import read_csv

EXPORTS = Path(__file__).parent / "bank_exports"

WISE = (
    '"TransferWise ID",Date,Amount,Currency,Description,"Payment Reference","Running Balance",'
    '"Exchange From","Exchange To","Exchange Rate","Payer Name","Payee Name",'
    '"Payee Account Number",Merchant,"Card Last Four Digits","Card Holder Full Name",'
    'Attachment,Note,"Total fees","Exchange To Amount"\n'
    'TRANSFER-1122334455,03-10-2026,1000.00,EUR,"Received money from JOHN SMITH with reference '
    'rent share","rent share",1250.00,,,,"JOHN SMITH",,,,,,,,0.00,\n'
    'CARD-998877665,07-10-2026,-18.50,EUR,"Card transaction of 18.50 EUR issued by Albert '
    'Heijn 1234 AMSTERDAM",,1231.50,,,,,,,"Albert Heijn 1234",4821,"JANE SMITH",,,0.00,\n'
    'TRANSFER-1122334999,15-10-2026,-300.00,EUR,"Sent money to Marie Dubois",,931.50,,,,,'
    '"Marie Dubois",FR7630006000011234567890189,,,,,,0.00,\n'
    'CONVERSION-55667788,20-10-2026,-200.00,EUR,"Converted 200.00 EUR to 170.34 GBP",,730.22,'
    "EUR,GBP,0.8517,,,,,,,,,1.28,170.34\n"
)


def test_wise_names_sender_recipient_shop_and_conversion() -> None:
    (statement,) = read_csv("statement_EUR.csv", WISE.encode()).statements
    assert [(t.payee, t.amount) for t in statement.transactions] == [
        ("JOHN SMITH", Decimal("1000.00")),
        ("Albert Heijn 1234", Decimal("-18.50")),
        ("Marie Dubois", Decimal("-300.00")),
        ("Converted 200.00 EUR to 170.34 GBP", Decimal("-201.28")),
    ]
    assert statement.account.name == "Wise"
    assert statement.balances[0].amount == Decimal("730.22")


def test_deutsche_bank_payee_is_the_party_and_the_reference_its_memo() -> None:
    path = EXPORTS / "deutsche_bank_cp1252.csv"
    (statement,) = read_csv(path.name, path.read_bytes()).statements
    assert [(t.payee, t.memo, t.amount) for t in statement.transactions] == [
        ("Telekom Deutschland GmbH", "Festnetz Kundenkonto 1234567890 RG 10/26", Decimal("-49.95")),
        ("ALDI SÜD//Düsseldorf/DE", "2026-10-11T18:03 Debitk.5 VISA Debit", Decimal("-31.47")),
        ("Beispiel AG", "LOHN 10/2026", Decimal("2800.00")),
    ]
    assert (statement.account.name, statement.account.currency) == ("Deutsche Bank", "EUR")


def test_deutsche_bank_kontostand_line_is_the_closing_balance() -> None:
    path = EXPORTS / "deutsche_bank_cp1252.csv"
    (statement,) = read_csv(path.name, path.read_bytes()).statements
    assert [(b.amount, b.as_of.isoformat()) for b in statement.balances] == [
        (Decimal("1234.56"), "2026-10-31")
    ]


def test_a_wise_fee_booked_on_a_row_of_its_own_counts_once() -> None:
    """Wise books each fee as a row (``FEE-CARD-…``, ``Wise Charges for: CARD-…``) and writes it
    again in ``Total fees`` beside the row it was charged for: the fee is money out once."""
    path = EXPORTS / "wise_gbp_fees_booked.csv"
    (statement,) = read_csv(path.name, path.read_bytes()).statements
    assert [(t.payee, t.amount) for t in statement.transactions] == [
        ("Converted 400.00 GBP to EUR", Decimal("-400.00")),
        ("Wise Charges for: BALANCE-4102938475", Decimal("-2.31")),
        ("Fnac Paris", Decimal("-42.80")),
        ("Wise Charges for: CARD-3987716540", Decimal("-0.35")),
        ("Pret A Manger", Decimal("-3.45")),
        ("NORTHWIND LTD", Decimal("1569.38")),
    ]
    assert sum(t.amount for t in statement.transactions) == Decimal("1120.47")  # its balance
    assert [b.amount for b in statement.balances] == [Decimal("1120.47")]
