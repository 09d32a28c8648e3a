"""bunq's export names no currency: its accounts are in euros (the holder's IBAN on every row),
and the file had been read as a checking account in US dollars. The payee is its Name, not the
other party's IBAN in Counterparty."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.importers.csv import read_csv

FILE = Path(__file__).parent / "bank_exports" / "bunq_2025_q1.csv"


def test_bunqs_export_is_in_euros_each_line_named_by_its_party() -> None:
    (statement,) = read_csv(FILE.name, FILE.read_bytes()).statements
    assert (statement.account.institution, statement.account.currency) == ("bunq", "EUR")
    assert [(t.payee, t.amount) for t in statement.transactions] == [
        ("Albert Heijn 1432", Decimal("-62.40")),
        ("Voorbeeld B.V.", Decimal("2950.00")),
        ("Spotify", Decimal("-11.99")),
        ("Woonstichting De Key", Decimal("-1150.00")),
    ]
