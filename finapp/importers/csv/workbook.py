"""Excel workbooks (``.xlsx``, and ``.xls`` through :mod:`.xls`) as the table a CSV export
gives, so detection reads both alike.

WeChat Pay's bill (微信支付账单明细) has been an ``.xlsx`` since 2023 and many banks offer one:
the sheet holding the transactions becomes a :class:`CsvTable` (preamble, header, data rows),
and everything the CSV reader knows (header words, columns by content, payment-app profiles,
neutral rows left out and listed) applies unchanged. A row's number in the sheet is its
"line", as Excel shows it.

Parsed by openpyxl (maintained, pure Python, the engine pandas itself reads .xlsx with) in
read-only, values-only mode: formulas are not
evaluated, the value Excel last saved is read. XML safety: openpyxl reads the worksheets with
defusedxml's ``iterparse`` whenever defusedxml is installed (a finapp dependency, and
:func:`workbook_table` refuses to read if openpyxl reports it missing), so a DTD's entities are
refused, never expanded or fetched; its other parts go through defusedxml's ``fromstring`` in
the packaged app (which leaves lxml out), or lxml's parser with ``resolve_entities=False``
(no network, no huge trees by default) where lxml is installed. The ZIP's declared sizes are
checked before anything is unpacked, and Python's zipfile never unpacks an entry past its
declared size, so a zip bomb is refused unread.

Cells: a date Excel typed is written as the column's other dates are (``03.01.2024`` beside
text dates of that form, else ISO), with its time of day when it has one. A number is a Python
float in openpyxl; it becomes a Decimal through ``repr`` (the shortest text giving back the
same float) cut to Excel's 15 significant digits, so ``0.30000000000000004`` left by a formula
is 0.3 and ``-1234.56`` is exactly -1234.56; digits past the currency's are then refused by
the reader, never rounded. Numbers are written with the decimal comma when the column's text
amounts use one, and with the currency their number format shows (``#,##0.00 [$€-407]``:
``-23.47 €``), as a CSV saved from Excel writes them, so the mark names the statement's
currency where no column or header does.
"""

from __future__ import annotations

import functools
import io
import itertools
import re
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Context, Decimal
from typing import TYPE_CHECKING, Protocol

from defusedxml import DefusedXmlException

from finapp.core.amounts import AmountError, read_amount
from finapp.errors import Problem
from finapp.importers.csv.table import MAX_COLUMNS, CsvTable, table_of_rows
from finapp.importers.csv.values import date_formats_fitting, looks_like_date, uses_decimal_comma
from finapp.importers.read_error import ReadError
from finapp.importers.workbook_marks import ODS_MIMETYPE, OLE2_MAGIC, UNREADABLE_ZIP

if TYPE_CHECKING:  # openpyxl itself is imported where a workbook is read
    from openpyxl.worksheet._read_only import ReadOnlyWorksheet

#: an Office file encrypted with a password is an OLE2 container holding this stream
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")
#: the stream an Excel 97-2003 (``Workbook``) or Excel 5/95 (``Book``) file keeps its sheets in,
#: as its directory entry names it (UTF-16, ended by a null character)
_XLS_STREAMS = tuple(f"{name}\0".encode("utf-16-le") for name in ("Workbook", "Book"))
#: a workbook unpacking to more than this is refused before anything is unpacked
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
#: Excel's own row limit: a sheet claiming rows past it is no Excel sheet
MAX_ROWS = 1_048_576
_EXCEL_DIGITS = Context(prec=15)
#: strftime forms of the numeric date formats detection knows (the separator is the column's)
_STRFTIME = {
    "YYYY-MM-DD": "%Y{0}%m{0}%d",
    "YYYYMMDD": "%Y%m%d",
    "YYYY年MM月DD日": "%Y年%m月%d日",
    "DD/MM/YYYY": "%d{0}%m{0}%Y",
    "MM/DD/YYYY": "%m{0}%d{0}%Y",
}


class WorkbookError(ReadError, ValueError):
    """A workbook that cannot be read (encrypted, damaged, too large); ``reason`` says which."""


def workbook_table(data: bytes) -> CsvTable:
    """The table of the sheet holding the transactions: the one with the most dated rows below
    its header (the first on a tie, so a workbook of one sheet reads as that sheet)."""
    if data.startswith(OLE2_MAGIC):
        if _ENCRYPTED_STREAM not in data and any(stream in data for stream in _XLS_STREAMS):
            from finapp.importers.csv.xls import xls_table  # xlrd only for an .xls

            return xls_table(data)
        raise WorkbookError(_ole2_reason(data))
    if ODS_MIMETYPE in data[:128]:
        raise WorkbookError(
            Problem(
                "workbook.ods",
                "an OpenDocument spreadsheet (.ods) is not read: save it as .xlsx or CSV",
            )
        )
    archive = _checked_zip(data)
    import openpyxl  # here, not at the top: every finapp command would load it at start-up

    if not openpyxl.DEFUSEDXML:
        english = "workbooks are not read without defusedxml (XML safety)"
        raise WorkbookError(Problem("workbook.no_defusedxml", english))
    try:
        with warnings.catch_warnings():  # "no default style" and the like: nothing for a user
            warnings.simplefilter("ignore")
            book = openpyxl.load_workbook(archive, read_only=True, data_only=True)
            try:
                tables = [_sheet_table(sheet) for sheet in book.worksheets]
            finally:
                book.close()
    except WorkbookError:
        raise
    except (
        zipfile.BadZipFile,
        zlib.error,
        NotImplementedError,  # a ZIP version or compression method Excel never writes
        RuntimeError,  # a ZIP entry encrypted with a password (Excel encrypts otherwise)
        OSError,
        EOFError,
        SyntaxError,
        ValueError,
        TypeError,
        KeyError,
        IndexError,
        AttributeError,
    ) as exc:
        raise WorkbookError(_damage(exc)) from None
    if not tables:
        raise WorkbookError(Problem("workbook.no_sheet", "the workbook has no worksheet"))
    return max(tables, key=dated_rows)  # the first of the most dated on a tie


def _damage(exc: BaseException) -> Problem:
    """What is wrong with a workbook openpyxl could not read (it wraps XML errors in its own)."""
    cause: BaseException | None = exc
    while cause is not None:
        if isinstance(cause, DefusedXmlException):
            return Problem(
                "workbook.entities",
                "the workbook's XML declares entities; finapp never expands them, so it is not "
                "read",
            )
        cause = cause.__cause__ or cause.__context__
    return Problem("workbook.damaged", f"the workbook is damaged ({type(exc).__name__})")


def _ole2_reason(data: bytes) -> Problem:
    if _ENCRYPTED_STREAM in data:
        return Problem(
            "workbook.encrypted",
            "the workbook is protected by a password: open it in Excel, remove the password "
            "(File > Info > Protect Workbook) and save it, or save it as CSV",
        )
    return Problem("workbook.office", "an Office document (Word, Outlook…), not a statement export")


def _checked_zip(data: bytes) -> io.BytesIO:
    """The workbook's bytes once its ZIP directory is readable and its declared sizes small."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except UNREADABLE_ZIP as exc:
        raise WorkbookError(
            Problem("workbook.damaged", f"the workbook is damaged ({exc})")
        ) from None
    if unpacked > MAX_UNPACKED_BYTES:
        megabytes = f"{unpacked // (1024 * 1024):,}"
        english = f"the workbook unpacks to {megabytes} MB, too large to be a statement"
        raise WorkbookError(Problem("workbook.too_large", english, megabytes=megabytes))
    return io.BytesIO(data)


def dated_rows(table: CsvTable) -> int:
    """How many rows below the header hold a date: a cover sheet of account details has one
    or two, the sheet of transactions one a transaction."""
    return sum(any(looks_like_date(c) for c in row if c) for row in table.rows[table.data_start :])


class _Cell(Protocol):
    """What is read of a cell: a read-only sheet yields ``ReadOnlyCell`` and ``EmptyCell``."""

    @property
    def value(self) -> object: ...

    @property
    def number_format(self) -> str: ...


def _sheet_table(sheet: ReadOnlyWorksheet) -> CsvTable:
    """A worksheet's non-blank rows as text, each numbered by its row in the sheet."""
    sheet.reset_dimensions()  # the size a file declares may be wrong: read what is there
    return typed_rows_table(list(_values(sheet)), str(sheet.title), "xlsx")


def typed_rows_table(
    numbered: Sequence[tuple[int, Sequence[object]]], sheet: str, kind: str
) -> CsvTable:
    """The table of a sheet's rows of typed values (text, numbers, dates), each numbered by
    its row in the sheet, written as an export would write them; shared by ``.xlsx`` and
    ``.xls`` (:mod:`.xls`), so both read alike."""
    columns = _column_styles(row for _, row in numbered)
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    for number, values in numbered:
        rows.append(tuple(_text(v, columns.get(i, _ISO)) for i, v in enumerate(values)))
        lines.append(number)
    return table_of_rows(rows, lines, list(lines), encoding=kind, delimiter="", sheet=sheet)


def _values(sheet: ReadOnlyWorksheet) -> Iterator[tuple[int, tuple[object, ...]]]:
    """``(row number, values)`` of each row with a value; refuses rows past Excel's limits."""
    for number, cells in enumerate(sheet.rows, 1):
        check_size(number, len(cells))
        values = tuple(_value(cell) for cell in cells)
        if filled(values):
            yield number, values


def check_size(number: int, columns: int) -> None:
    """Refuse a sheet's row ``number`` of ``columns`` cells past Excel's limits."""
    if number > MAX_ROWS:
        english = f"the sheet has more than {MAX_ROWS:,} rows"
        raise WorkbookError(
            Problem("workbook.too_many_rows", english, rows=f"{MAX_ROWS:,}"), number
        )
    if columns > MAX_COLUMNS:
        english = f"this row has {columns:,} columns; a statement has a few dozen at most"
        problem = Problem("workbook.too_many_columns", english, columns=f"{columns:,}")
        raise WorkbookError(problem, number)


def filled(values: Sequence[object]) -> bool:
    """Whether a row holds any value (a blank row is no row of the table)."""
    return any(_filled(v) for v in values)


@dataclass(frozen=True, slots=True)
class _Priced:
    """A number Excel shows with a currency (``-23,47 €``): its CSV export writes the mark,
    which names the statement's currency where no column or header does."""

    value: float | int
    mark: str


def _value(cell: _Cell) -> object:
    value = cell.value
    if isinstance(value, int | float) and not isinstance(value, bool):
        mark = _format_currency(cell.number_format)
        if mark:
            return _Priced(value, mark)
    return value


#: the parts of an Excel number format that may show a currency: ``[$€-407]`` (a symbol and a
#: locale), ``"EUR"`` (quoted text), ``\€`` (one escaped character), a bare symbol; other
#: bracketed parts (``[Red]``, ``[<0]``, the locale alone ``[$-409]``) show none
_FORMAT_PARTS = re.compile(r'\[\$([^\]-]+)[^\]]*\]|\[[^\]]*\]|"([^"]*)"|\\(.)|([$€£¥₩₹₽])')


@functools.lru_cache(maxsize=256)
def _format_currency(number_format: str) -> str:
    """The currency mark a number format shows, when the amount grammar reads it after a
    number (a symbol or an ISO code); "" when it shows none."""
    for part in _FORMAT_PARTS.finditer(number_format):
        mark = next((group for group in part.groups() if group), "").strip()
        try:
            if mark and read_amount(f"1 {mark}").currency:
                return mark
        except AmountError:
            continue
    return ""


def _filled(value: object) -> bool:
    return value is not None and not (isinstance(value, str) and not value.strip())


class _Style:
    """How a column writes the cells Excel typed: its dates' format and its decimal mark."""

    def __init__(self, date_format: str, decimal_comma: bool) -> None:
        self.date_format = date_format
        self.decimal_comma = decimal_comma


_ISO = _Style("%Y-%m-%d", False)


def _column_styles(rows: Iterable[Sequence[object]]) -> dict[int, _Style]:
    """Per column holding typed cells (dates, numbers), the date form and decimal mark of its
    text cells, which the typed ones follow; other columns need none."""
    texts: dict[int, list[str]] = {}
    typed: set[int] = set()
    for values in rows:
        for i, value in enumerate(values):
            if isinstance(value, str):
                if value.strip():
                    texts.setdefault(i, []).append(value.strip())
            elif value is not None:
                typed.add(i)
    return {
        i: _Style(_date_form(texts.get(i, [])), uses_decimal_comma(texts.get(i, []))) for i in typed
    }


def _date_form(cells: list[str]) -> str:
    """The strftime form of the column's text dates when one format settles them, else ISO."""
    dates = list(itertools.islice((c for c in cells if looks_like_date(c)), 500))
    fitting = date_formats_fitting(dates) if dates else []
    if len(fitting) != 1 or fitting[0] not in _STRFTIME:
        return _ISO.date_format
    first = dates[0].split()[0]
    mark = next((c for c in first if not c.isdigit()), "-")
    return _STRFTIME[fitting[0]].format(mark)


def _text(value: object, style: _Style) -> str:
    """A cell's value as an export would write it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip(" \t\u3000\u00a0\ufeff")
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        day = value.strftime(style.date_format)
        return day if value.time() == time(0) else f"{day} {value:%H:%M:%S}"
    if isinstance(value, time):
        return value.strftime("%H:%M:%S")
    if isinstance(value, int | float):
        return _number(value, style.decimal_comma)
    if isinstance(value, _Priced):
        return f"{_number(value.value, style.decimal_comma)} {value.mark}"
    if isinstance(value, timedelta):
        return str(value)
    return str(value)


def _number(value: float | int, decimal_comma: bool) -> str:
    """An Excel number as exact decimal text (see the module's note on floats)."""
    if isinstance(value, int):  # written without a decimal part in the file: exact already
        return str(value)
    exact = _EXCEL_DIGITS.plus(Decimal(repr(value)))
    if not exact.is_finite():
        return repr(value)
    text = format(exact, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",") if decimal_comma else text
