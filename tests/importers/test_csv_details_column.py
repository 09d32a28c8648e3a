"""A bank that calls the description "Details" (ASB, Westpac New Zealand), "Narrative" or
"Particulars", and writes ``89.99 DR`` and ``2,110.01 CR``: the payee is the details, and the
balance column is the balance, not the text of every line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.importers.csv import read_csv

EXPORT = """Date,Details,Amount,Balance
04/09/2026,DIRECT DEBIT SPARK NZ TRADING,"89.99 DR","2,110.01 CR"
09/09/2026,EFTPOS COUNTDOWN PONSONBY,"143.20 DR","1,966.81 CR"
14/09/2026,SALARY FONTERRA,"3,120.45 CR","5,087.26 CR"
04/10/2026,DIRECT DEBIT SPARK NZ TRADING,"89.99 DR","4,997.27 CR"
"""


def test_the_details_column_names_the_payee_and_the_balance_is_read() -> None:
    (statement,) = read_csv("Export20261201101233.csv", EXPORT.encode()).statements

    assert [(t.payee, t.amount) for t in statement.transactions] == [
        ("DIRECT DEBIT SPARK NZ TRADING", Decimal("-89.99")),
        ("EFTPOS COUNTDOWN PONSONBY", Decimal("-143.20")),
        ("SALARY FONTERRA", Decimal("3120.45")),
        ("DIRECT DEBIT SPARK NZ TRADING", Decimal("-89.99")),
    ]
    # the balance at September's end, and the closing balance
    assert [(b.amount, b.as_of) for b in statement.balances] == [
        (Decimal("5087.26"), date(2026, 9, 14)),
        (Decimal("4997.27"), date(2026, 10, 4)),
    ]


def test_a_narrative_column_names_the_payee() -> None:
    text = EXPORT.replace("Date,Details,", "Date,Narrative,")
    (statement,) = read_csv("Data_export.csv", text.encode()).statements
    assert statement.transactions[1].payee == "EFTPOS COUNTDOWN PONSONBY"
