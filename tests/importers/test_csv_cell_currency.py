"""An amount cell that names a currency is read in it, or refused — never stored as another."""

from __future__ import annotations

from decimal import Decimal

import pytest

from finapp.importers.csv import CsvMapping, read_csv
from finapp.importers.csv.reader import RowProblem

WITH_COLUMN = "Date,Payee,Amount,Currency\n2024-03-01,Shop,-1.00,USD\n"


@pytest.mark.parametrize("cell", ["-€12.50", "-12.50 EUR", "EUR -12.50", "-£3.00", "₩-1200"])
def test_a_cell_in_another_currency_than_its_row_is_refused_with_its_line(cell: str) -> None:
    text = f'{WITH_COLUMN}2024-03-02,Cafe,"{cell}",USD\n2024-03-03,Bar,-3.00,USD\n'
    with pytest.raises(RowProblem) as caught:
        read_csv("mixed.csv", text.encode())
    assert caught.value.line == 3 and cell in caught.value.reason
    assert "USD" in caught.value.reason
    parsed = read_csv("mixed.csv", text.encode(), skip_bad_rows=True)
    assert [t.amount for t in parsed.statements[0].transactions] == [
        Decimal("-1.00"),
        Decimal("-3.00"),
    ]
    assert [s.line for s in parsed.skipped] == [3]


@pytest.mark.parametrize(
    ("cell", "currency"),
    [
        ("-$12.50", "CAD"),
        ("-US$12.50", "USD"),
        ("¥-1200", "JPY"),
        ("¥-12.50", "CNY"),
        ("-12.50 EUR", "EUR"),
        ("RMB -3.00", "CNY"),
    ],
)
def test_a_cell_whose_mark_fits_its_row_is_read(cell: str, currency: str) -> None:
    text = f'Date,Payee,Amount,Currency\n2024-03-02,Cafe,"{cell}",{currency}\n'
    parsed = read_csv("fits.csv", text.encode())
    assert parsed.statements[0].account.currency == currency


def test_a_file_without_currency_column_takes_the_currency_its_amounts_all_name() -> None:
    text = "Date,Payee,Amount\n2024-03-01,Shop,-€12.50\n2024-03-02,Cafe,€-3.00\n"
    statement = read_csv("euro.csv", text.encode()).statements[0]
    assert statement.account.currency == "EUR"
    assert [t.amount for t in statement.transactions] == [Decimal("-12.50"), Decimal("-3.00")]


def test_amounts_naming_two_currencies_in_a_file_of_one_are_refused() -> None:
    text = "Date,Payee,Amount\n2024-03-01,Shop,-€12.50\n2024-03-02,Cafe,-3.00 GBP\n"
    with pytest.raises(RowProblem) as caught:
        read_csv("two.csv", text.encode())
    assert caught.value.line in (2, 3) and "currency" in caught.value.reason


def test_a_header_naming_the_currency_is_not_overruled_by_a_cell() -> None:
    text = "Date,Payee,Amount (GBP)\n2024-03-01,Shop,-12.50\n2024-03-02,Cafe,-3.00 EUR\n"
    with pytest.raises(RowProblem) as caught:
        read_csv("gbp.csv", text.encode())
    assert caught.value.line == 3 and "GBP" in caught.value.reason


def test_a_mapping_with_a_currency_refuses_cells_in_another() -> None:
    mapping = CsvMapping(
        header=("Date", "Payee", "Amount"),
        date=0,
        date_format="YYYY-MM-DD",
        amount=2,
        payee=(1,),
        default_currency="GBP",
    )
    text = "Date,Payee,Amount\n2024-03-01,Shop,-12.50\n2024-03-02,Cafe,-$3.00\n"
    with pytest.raises(RowProblem) as caught:
        read_csv("mapped.csv", text.encode(), mapping=mapping)
    assert caught.value.line == 3


def test_debit_and_credit_cells_are_checked_too() -> None:
    text = (
        "Date,Payee,Debit,Credit,Currency\n2024-03-01,Shop,12.50,,USD\n"
        "2024-03-02,Refund,,€3.00,USD\n"
    )
    with pytest.raises(RowProblem) as caught:
        read_csv("dc.csv", text.encode())
    assert caught.value.line == 3 and "€3.00" in caught.value.reason
