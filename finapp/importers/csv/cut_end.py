"""A CSV whose download stopped inside its last line: refused at that line, never stored with
a cut amount.

A transfer cut short leaves the file ending without a line break, and when the cut falls in
the amount (``-15.49`` become ``-15.4`` or ``-1``) the line still reads, as another amount. A
bank writes its amounts with one number of decimals: when every other row of a money column
has the same number, the file shows it keeps trailing zeros (a ``2500.00`` or ``-12.50`` in its
money columns), and the last, unended line has fewer, that line was cut. An exporter that drops
trailing zeros may show two decimals in every other row by chance: BMO's card export ends,
without a line break, on ``6.0`` after ``3.27`` and ``85.06``, a whole file read as it always
was. An ended last line is never doubted.
"""

from __future__ import annotations

import re

from finapp.errors import Problem
from finapp.importers.csv.cells import money_columns
from finapp.importers.csv.mapping import CsvMapping, balance_column
from finapp.importers.csv.table import CsvTable, RowProblem

#: other rows it takes to know the column's number of decimals
_ENOUGH = 2
_POINT = re.compile(r"\.(\d*)\D*$")
_COMMA = re.compile(r",(\d*)\D*$")


def refuse_cut_last_row(table: CsvTable, index: int, mapping: CsvMapping) -> None:
    """Raise :class:`RowProblem` when row ``index``, the file's last and unended, has a money
    cell with fewer decimals than that column has in every other data row."""
    if not table.unended or index != len(table.rows) - 1:
        return
    balance = balance_column(mapping)
    columns = money_columns(mapping) + ((balance,) if balance is not None else ())
    mark = _COMMA if mapping.decimal_comma else _POINT
    if not _keeps_trailing_zeros(table, index, columns, mark):
        return
    last = table.rows[index]
    for column in columns:
        if column >= len(last) or not last[column]:
            continue
        others = {_decimals(c, mark) for c in table.column(column, index) if c}
        if len(table.column(column, index)) < _ENOUGH or len(others) != 1:
            continue
        usual = others.pop()
        if _decimals(last[column], mark) < usual:
            label = table.label(column)
            english = (
                f"the file ends inside this line ({label} {last[column]!r}, where every other "
                f"row has {usual} decimals): the download stopped before the end; download the "
                "statement again"
            )
            raise RowProblem(
                table.lines[index],
                Problem("row.cut_short", english, column=label, value=last[column], usual=usual),
            )


def _keeps_trailing_zeros(
    table: CsvTable, index: int, columns: tuple[int, ...], mark: re.Pattern[str]
) -> bool:
    """Whether a money cell of another row ends its decimals in a zero (``12.50``): proof that
    the exporter writes a fixed number of decimals, so a shorter last one is no way of its own."""
    for column in columns:
        for cell in table.column(column, index):
            found = mark.search(cell) if cell else None
            if found and found.group(1).endswith("0"):
                return True
    return False


def _decimals(value: str, mark: re.Pattern[str]) -> int:
    found = mark.search(value)
    return len(found.group(1)) if found else 0
