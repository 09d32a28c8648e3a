"""A fee charged with a row is money out with it: Revolut's EXCHANGE line of -50.00 with a
-0.50 fee cost 50.50, and the balance column, which moved by 50.50, adds up."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.csv import read_csv
from finapp.importers.csv.reader import RowProblem

REVOLUT = Path(__file__).parent / "bank_exports" / "revolut.csv"


def test_revolut_fee_is_added_to_the_amount_and_the_closing_balance_is_recorded() -> None:
    parsed = read_csv("revolut.csv", REVOLUT.read_bytes())
    (statement,) = parsed.statements
    assert [(t.payee, t.amount, t.memo) for t in statement.transactions] == [
        ("Top-Up by *1234", Decimal("100.00"), ""),
        ("Starbucks", Decimal("-5.75"), ""),
        ("Exchanged to GBP", Decimal("-50.50"), "(fee 0.50 included)"),
    ]
    assert [b.amount for b in statement.balances] == [Decimal("43.75")]
    assert parsed.detected is not None
    assert parsed.detected["columns"]["fee"] == "Fee"  # type: ignore[index]


def test_a_fee_written_without_a_sign_is_money_out_too() -> None:
    text = REVOLUT.read_text().replace("-50.00,-0.50", "-50.00,0.50")
    (statement,) = read_csv("revolut.csv", text.encode()).statements
    assert statement.transactions[2].amount == Decimal("-50.50")


def test_an_unreadable_fee_refuses_its_line() -> None:
    text = REVOLUT.read_text().replace("-50.00,-0.50", "-50.00,n/a")
    with pytest.raises(RowProblem) as caught:
        read_csv("revolut.csv", text.encode())
    assert caught.value.line == 5 and caught.value.reason.startswith("the fee: ")


def test_revolut_rows_not_completed_last_in_the_file_are_listed_as_left_out() -> None:
    """A pending payment, or a reverted one, has no completed date; last in the export, it
    is still listed with why it was left out, as it is between completed rows."""
    text = REVOLUT.read_text() + (
        "CARD_PAYMENT,Current,2024-01-10 19:22:10,,Uber,-12.40,0.00,EUR,PENDING,\n"
    )
    parsed = read_csv("revolut.csv", text.encode())

    assert [(s.line, s.reason) for s in parsed.skipped][-2:] == [
        (6, "status 'REVERTED': no money moved"),
        (7, "status 'PENDING': not booked yet (pending)"),
    ]
    assert len(parsed.statements[0].transactions) == 3
