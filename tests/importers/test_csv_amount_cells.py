"""A CSV amount the strict grammar refuses refuses its row, with the line, or is listed."""

from __future__ import annotations

from decimal import Decimal

import pytest

from finapp.importers.csv import read_csv
from finapp.importers.csv.reader import RowProblem

HEAD = "Date,Description,Amount\n2024-03-01,Shop,-12.00\n"


@pytest.mark.parametrize(
    "cell", ["1e308", "-1.5E+03", "v2 -3.00", "12-50", "0x10", "1;2;3", "-3.005"]
)
def test_a_bad_amount_refuses_the_row_with_its_line_or_is_listed(cell: str) -> None:
    text = f'{HEAD}2024-03-02,Broken,"{cell}"\n2024-03-03,Cafe,-3.00\n'
    with pytest.raises(RowProblem) as caught:
        read_csv("bad.csv", text.encode())
    assert caught.value.line == 3
    parsed = read_csv("bad.csv", text.encode(), skip_bad_rows=True)
    assert [t.amount for t in parsed.statements[0].transactions] == [
        Decimal("-12.00"),
        Decimal("-3.00"),
    ]
    assert [s.line for s in parsed.skipped] == [3]


def test_grouping_in_threes_is_required() -> None:
    text = f'{HEAD}2024-03-02,Odd,"1,2,3"\n'
    with pytest.raises(RowProblem) as caught:
        read_csv("bad.csv", text.encode())
    assert caught.value.line == 3 and "1,2,3" in caught.value.reason


def test_full_width_and_decimal_comma_amounts_are_read_exactly() -> None:
    wide = read_csv("w.csv", f"{HEAD}2024-03-02,Wide,－１２．５０\n".encode())
    assert wide.statements[0].transactions[1].amount == Decimal("-12.50")
    comma = 'Datum,Beschreibung,Betrag\n01.03.2024,Miete,"-1.234,56"\n02.03.2024,Lohn,"2.000,00"\n'
    amounts = [t.amount for t in read_csv("de.csv", comma.encode()).statements[0].transactions]
    assert amounts == [Decimal("-1234.56"), Decimal("2000.00")]
