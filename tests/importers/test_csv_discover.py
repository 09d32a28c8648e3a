"""Discover's card export writes charges positive and payments negative: it is read as a
credit card with the signs turned, as American Express's is."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.core.account_types import AccountType
from finapp.importers.csv import read_csv

DISCOVER = Path(__file__).parent / "bank_exports" / "discover.csv"


def test_discover_charges_are_spending_and_the_payment_money_in_on_a_card() -> None:
    parsed = read_csv("discover.csv", DISCOVER.read_bytes())
    (statement,) = parsed.statements
    assert statement.account.type == AccountType.CREDIT_CARD
    assert statement.account.institution == "Discover"
    assert [(t.posted.isoformat(), t.payee, t.amount) for t in statement.transactions] == [
        ("2024-01-30", "AMAZON.COM AMZN.COM/BILLWA", Decimal("-23.99")),
        ("2024-02-01", "INTERNET PAYMENT - THANK YOU", Decimal("500.00")),
        ("2024-02-03", "STARBUCKS STORE 12345 SEATTLE WA", Decimal("-5.75")),
    ]
