"""A line stating the account's balance with no amount is part of the export, not a bad row:
Bank of America's checking CSV opens its rows with ``Beginning balance as of …``."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.csv import detect_mapping, preview_rows, read_csv, sniff
from finapp.importers.csv.reader import RowProblem

BOFA = Path(__file__).parent / "bank_exports" / "bofa_checking.csv"


def test_bank_of_america_beginning_balance_line_is_no_row_left_out_and_the_rows_import() -> None:
    """The balance line is the statement's own: not counted or listed as a row left out (the
    mapping's preview notes it, below)."""
    parsed = read_csv("bofa_checking.csv", BOFA.read_bytes())
    (statement,) = parsed.statements
    assert [t.amount for t in statement.transactions] == [
        Decimal("-5.75"),
        Decimal("2300.00"),
        Decimal("-1150.00"),
    ]
    assert list(parsed.skipped) == []
    assert [(b.amount, b.as_of.isoformat()) for b in statement.balances] == [
        (Decimal("2378.81"), "2024-01-10")
    ]


def test_a_purchase_without_an_amount_is_still_refused_with_its_line() -> None:
    text = BOFA.read_text().replace('"-5.75"', '""')
    with pytest.raises(RowProblem) as caught:
        read_csv("bofa_checking.csv", text.encode())
    assert caught.value.line == 9 and "no amount" in caught.value.reason


def test_the_mapping_preview_shows_the_beginning_balance_line_as_left_out() -> None:
    table = sniff(BOFA.read_bytes())
    first = preview_rows(table, detect_mapping(table, "bofa_checking.csv"))[0]
    assert (first.line, first.amount) == (8, None)
    assert first.note.endswith("a balance the statement states, no money moved")
