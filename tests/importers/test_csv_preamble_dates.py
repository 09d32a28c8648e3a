"""A date in a statement's preamble (DKB's ``"Von:";"01.01.2024";``) is no start of data when
the real header row (``Buchungstag`` … ``Betrag (EUR)``) follows it."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.importers.csv import read_csv, sniff

DKB_OLD = Path(__file__).parent / "bank_exports" / "dkb_old.csv"


def test_dkb_old_layout_finds_its_header_below_the_dated_preamble() -> None:
    table = sniff(DKB_OLD.read_bytes())
    assert table.header[0] == "Buchungstag" and table.lines[table.data_start] == 8
    (statement,) = read_csv("dkb_old.csv", DKB_OLD.read_bytes()).statements
    assert statement.account.currency == "EUR"
    assert [(t.posted.isoformat(), t.payee, t.amount) for t in statement.transactions] == [
        ("2024-01-31", "Bäckerei Müller GmbH", Decimal("-3.45")),
        ("2024-01-25", "ACME Deutschland GmbH", Decimal("2500.00")),
        ("2024-01-10", "Vermieter", Decimal("-1100.00")),
        ("2024-01-02", "REWE Markt GmbH", Decimal("-45.67")),
    ]


def test_a_file_of_dated_rows_without_a_header_still_starts_at_its_first_row() -> None:
    text = "Von:;01.01.2024\n31.01.2024;Bäckerei;-3,45\n25.01.2024;ACME;2.500,00\n"
    table = sniff(text.encode())
    assert table.header_index is None and table.data_start == 0
