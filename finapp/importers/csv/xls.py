"""Excel 97-2003 workbooks (binary ``.xls``) as the table a CSV export gives.

Several Chinese banks (农业银行, 建设银行, 中国银行) still export statements as a binary
``.xls``, an OLE2 file holding a BIFF8 ``Workbook`` stream. It is read by xlrd (maintained for
exactly this format, pure Python, the engine pandas reads ``.xls`` with; 2.0 reads nothing but
``.xls``), and each sheet's cells go through the same writing as an ``.xlsx``'s
(:func:`.workbook.typed_rows_table`): dates Excel typed as dates, numbers exact to Excel's 15
digits. The sheet with the most dated rows is the statement, as for an ``.xlsx``.

A workbook xlrd cannot read is refused with what it is: protected by a password (xlrd reads
none), or damaged.
"""

from __future__ import annotations

import io
import struct
from collections.abc import Iterator
from typing import TYPE_CHECKING

from finapp.errors import Problem
from finapp.importers.csv.table import CsvTable
from finapp.importers.csv.workbook import (
    WorkbookError,
    check_size,
    dated_rows,
    filled,
    typed_rows_table,
)

if TYPE_CHECKING:  # xlrd itself is imported where an .xls is read
    from xlrd import Book
    from xlrd.sheet import Cell, Sheet


def xls_table(data: bytes) -> CsvTable:
    """The table of the ``.xls`` sheet holding the transactions (the most dated rows, the
    first on a tie); :class:`WorkbookError` for a workbook that cannot be read."""
    import xlrd  # here, not at the top: only an .xls needs it

    try:
        book = xlrd.open_workbook(file_contents=data, on_demand=True, logfile=io.StringIO())
        try:
            tables = [
                typed_rows_table(list(_values(book, sheet)), sheet.name, "xls")
                for sheet in book.sheets()
            ]
        finally:
            book.release_resources()
    except WorkbookError:
        raise
    except xlrd.XLRDError as exc:
        if "encrypted" in str(exc).lower():
            raise WorkbookError(
                Problem(
                    "workbook.encrypted",
                    "the workbook is protected by a password: open it in Excel, remove the "
                    "password (File > Info > Protect Workbook) and save it, or save it as CSV",
                )
            ) from None
        raise WorkbookError(_damaged(exc)) from None
    except (
        struct.error,
        xlrd.compdoc.CompDocError,
        xlrd.formula.FormulaError,  # a damaged cell formula
        xlrd.xldate.XLDateError,
        UnicodeDecodeError,
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
        AssertionError,  # xlrd checks a record's layout with assert
        OverflowError,
        MemoryError,
    ) as exc:
        raise WorkbookError(_damaged(exc)) from None
    if not tables:
        raise WorkbookError(Problem("workbook.no_sheet", "the workbook has no worksheet"))
    return max(tables, key=dated_rows)


def _damaged(exc: BaseException) -> Problem:
    return Problem("workbook.damaged", f"the workbook is damaged ({type(exc).__name__})")


def _values(book: Book, sheet: Sheet) -> Iterator[tuple[int, tuple[object, ...]]]:
    """``(row number, values)`` of each row with a value: text as text, numbers as floats,
    dates as ``datetime``, booleans as ``bool``, error cells and blanks as None."""
    for index in range(sheet.nrows):
        cells = sheet.row(index)
        check_size(index + 1, len(cells))
        values = tuple(_value(cell, book.datemode) for cell in cells)
        if filled(values):
            yield index + 1, values


def _value(cell: Cell, datemode: int) -> object:
    import xlrd

    kind, value = cell.ctype, cell.value
    if kind == xlrd.XL_CELL_DATE and not isinstance(value, str):
        return xlrd.xldate.xldate_as_datetime(value, datemode)
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind in (xlrd.XL_CELL_TEXT, xlrd.XL_CELL_NUMBER):
        return value
    return None  # empty, blank, or an error cell (#N/A)
