"""Nordea's Swedish export: a card purchase not booked yet is dated ``Reserverat`` (it had
refused the whole file: "not a date"), the other party is in ``Namn`` (the payee had been
``824-3040``, the bankgiro number in ``Mottagare``, or nothing), ``Rubrik`` says the kind of
line, amounts are written with a decimal comma in kronor."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.importers.csv import read_csv

FILE = Path(__file__).parent / "bank_exports" / "nordea_se_2026_11.csv"


def test_nordeas_export_leaves_the_reserved_purchase_out_and_names_each_party() -> None:
    parsed = read_csv(FILE.name, FILE.read_bytes())
    (statement,) = parsed.statements
    assert statement.account.currency == "SEK"
    assert [(t.posted.isoformat(), t.payee, t.memo, t.amount) for t in statement.transactions] == [
        ("2026-11-28", "TELIA SVERIGE AB", "Autogiro", Decimal("-2359.00")),
        ("2026-11-27", "ICA Nära Hornstull", "Kortköp", Decimal("-412.90")),
        ("2026-11-25", "ARBETSGIVAREN AB", "Lön", Decimal("24850.00")),
        ("2026-11-24", "AVGIFTER NORDEA", "Avgift", Decimal("-1.85")),
        ("2026-11-20", "HYRESVÄRDEN STOCKHOLM AB", "Bankgiro", Decimal("-4500.00")),
    ]
    assert [s.line for s in parsed.skipped] == [2]  # Pressbyrån, reserved, not booked yet
    assert [b.amount for b in statement.balances] == [Decimal("22911.37")]
