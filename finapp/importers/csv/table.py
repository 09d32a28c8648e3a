"""A CSV export as rows: delimiter, the header row past any preamble, blank and footer lines.

Payment-app exports (Alipay, WeChat Pay, JD, Meituan) and several banks put a page of account
details and notes before the header; ICBC adds a totals line after the data. The header is the
first row that names several columns and is followed by rows holding a date.
"""

from __future__ import annotations

import bisect
import csv
import io
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from finapp.importers.csv.open_quotes import (
    OPEN_QUOTE,
    open_at_end,
    overflowing_quote_line,
    swallowed_rows_line,
)
from finapp.importers.csv.values import date_like, looks_like_date

if TYPE_CHECKING:  # the type of csv.reader's rows with their line numbers; csv names none
    from _csv import Reader as CsvReader

_DELIMITERS = (",", ";", "\t", "|")
_CELL_STRIP = " \t\u3000\u00a0\ufeff"
_HEADER_SEARCH_ROWS = 80
#: More cells in one row refuse the file: bank and payment-app exports have a few dozen columns
#: at most, and finding the header reads every cell of the first rows as a possible date, so a
#: row of a million cells would take a minute to be refused.
MAX_COLUMNS = 1_000


@dataclass(frozen=True)
class CsvTable:
    """The rows of a CSV file and where its header and data begin."""

    encoding: str
    delimiter: str
    rows: tuple[tuple[str, ...], ...]  # non-blank rows, cells stripped
    lines: tuple[int, ...]  # the file line each row ends on (1-based)
    header_index: int | None  # None: the file has no header row
    data_start: int  # index of the first data row
    preamble: str  # text above the header (statement month, account number, ...)
    starts: tuple[int, ...] = ()  # the file line each row begins on (1-based)
    stray_lines: tuple[int, ...] = ()  # lines not in the file's encoding (see ``text``)
    stray_reason: str = ""
    sheet: str = ""  # the worksheet the rows come from, for an Excel workbook
    #: the text ends without a line break: its last line may be cut (see :mod:`.cut_end`)
    unended: bool = False

    def stray_line(self, index: int) -> int | None:
        """The first line of row ``index`` written in another encoding than the file, if any."""
        if not self.stray_lines:
            return None
        at = bisect.bisect_left(self.stray_lines, self.starts[index])
        if at < len(self.stray_lines) and self.stray_lines[at] <= self.lines[index]:
            return self.stray_lines[at]
        return None

    def label(self, index: int) -> str:
        """A column's header name; ``column N`` past a header shorter than the data (a preamble
        line such as ``IBAN;AT61…`` above header-less rows is taken for a header)."""
        header = self.header
        return header[index] if index < len(header) else f"column {index + 1}"

    def column(self, index: int, end: int | None = None) -> list[str]:
        """The cells of column ``index`` from the first data row to ``end`` ("" where a row is
        short), as detection weighs them."""
        return [row[index] if index < len(row) else "" for row in self.rows[self.data_start : end]]

    def data_end(self, date_col: int) -> int:
        """One past the last row whose date cell reads as a date: totals lines follow it."""
        for i in range(len(self.rows) - 1, self.data_start - 1, -1):
            row = self.rows[i]
            if date_col < len(row) and looks_like_date(row[date_col]):
                return i + 1
        return len(self.rows)

    def rows_end(self) -> int:
        """One past the last data row at least half as wide as the header: the narrow lines
        after it are a footer's, Fidelity's disclaimer and its ``"Date downloaded" 12/31/2021,
        9:11 AM``, which held the date column under the share of dates that tells one."""
        wide = (len(self.header) + 1) // 2
        for i in range(len(self.rows) - 1, self.data_start - 1, -1):
            if len(self.rows[i]) >= wide:
                return i + 1
        return len(self.rows)

    @property
    def header(self) -> tuple[str, ...]:
        if self.header_index is not None:
            return self.rows[self.header_index]
        width = max((len(r) for r in self.rows[:50]), default=0)
        return tuple(f"column {i + 1}" for i in range(width))


def _clean(cell: str) -> str:
    """A cell without padding; Excel's keep-as-text form ``="0123"`` as ``0123``."""
    cell = cell.strip(_CELL_STRIP)
    if cell.startswith('="') and cell.endswith('"'):
        cell = cell[2:-1].strip(_CELL_STRIP)
    return cell


#: Lines this long say nothing about the layout (a hostile or damaged cell); reading them is
#: left to :func:`read_table`, which names their line.
_LONG = 100_000


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the most rows of one consistent width, among the last data lines.

    Counting fields with the csv module (not raw characters) ignores delimiters inside quoted
    values; looking at the bottom of the sample skips preambles.
    """
    lines = [
        line for line in text[:200_000].split("\n")[:400] if line.strip() and len(line) < _LONG
    ]
    sample = lines[len(lines) // 3 :] or lines
    best, best_score = ",", (0, 0.0, 0, 0)
    for delimiter in _DELIMITERS:
        rows = list(csv.reader(sample, delimiter=delimiter))
        widths = [len(row) for row in rows]
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        # quotes a wrong delimiter mis-reads merge lines: count rows per line of text too;
        # the delimiter that sets dates apart first (``02.01.2024;Billa;-23,45`` splits into
        # columns on either, but only ``;`` gives a cell that is a date: comdirect's rows,
        # each with one decimal comma, are more often two ``,``-columns wide than its header
        # and preamble agree on ``;``, once a pending row reads ``"offen"`` for its date)
        dated = sum(any(looks_like_date(c.strip()) for c in row) for row in rows[:50])
        score = (min(dated, 1), round(count / len(sample), 1), min(width, 3), dated)
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _find_header(rows: list[tuple[str, ...]]) -> tuple[int | None, int]:
    """``(header index or None, first data row)``; data rows are the first holding a date,
    unless that row is a preamble's label and date (DKB's ``"Von:";"01.01.2024";``) above a
    header whose rows are wider."""
    for i, row in enumerate(rows[:_HEADER_SEARCH_ROWS]):
        if any(looks_like_date(c) for c in row if c):
            found: tuple[int | None, int] = (None, i)  # dated rows with no header above them
        elif i + 1 < len(rows) and _is_header(row, _first_dated(rows, i + 1)):
            found = (i, i + 1)
        else:
            continue
        later = _header_below(rows, found[1])
        if later is not None and _labelled_value(rows[found[1]], rows[later + 1]):
            return later, later + 1
        return found
    return None, 0


def _first_dated(rows: list[tuple[str, ...]], start: int) -> tuple[str, ...]:
    """The first row from ``start`` holding a date when the rows before it are undated rows of
    one table with it (as wide, each with an amount or mostly empty), else row ``start``: Venmo
    puts a line of its opening balance, undated, between its header and its rows, a card export
    its pending rows, not dated yet, and a bank may leave a row's date blank. Those rows are
    then data, left out or refused at their line as anywhere else in the file, not a preamble
    dropped without a word."""
    width = len(rows[start])
    for row in rows[start : start + _HEADER_SEARCH_ROWS]:
        if len(row) != width:
            break
        if any(date_like(c) for c in row if c):
            return row
        if not _undated_row(row):
            break
    return rows[start]


def _undated_row(row: tuple[str, ...]) -> bool:
    """Whether ``row``, holding no date, reads as a row of data rather than a header or a
    preamble: it holds an amount, or is mostly empty."""
    filled = [c for c in row if c]
    return len(filled) * 4 <= len(row) or any(_NUMBER.fullmatch(c) for c in filled)


def _header_below(rows: list[tuple[str, ...]], start: int) -> int | None:
    """The first header row after row ``start`` within the rows searched, if any."""
    end = min(len(rows) - 1, _HEADER_SEARCH_ROWS)
    return next((j for j in range(start + 1, end) if _is_header(rows[j], rows[j + 1])), None)


def _labelled_value(row: tuple[str, ...], data: tuple[str, ...]) -> bool:
    """Whether a dated ``row`` is a preamble line, a label and its value (``Von:``,
    ``01.01.2024``), rather than data: a data row starts no narrower than the rows below a
    header, and no label comes before its date."""
    filled = [c for c in row if c]
    return len(filled) <= 2 and len([c for c in data if c]) > 2 and not date_like(filled[0])


#: a cell that is a number, not a column's name: a preamble's balance (BNP's ``1 234,56``) or
#: masked account number (``****4321``) above rows without a header
_NUMBER = re.compile(r"[-+*]*[\d\s.,\u00a0\u202f]*\d")


def _is_header(candidate: tuple[str, ...], data: tuple[str, ...]) -> bool:
    named = [c for c in candidate if c]
    return (
        len(named) >= 2
        and not any(date_like(c) or _NUMBER.fullmatch(c) for c in named)
        and abs(len(candidate) - len(data)) <= 2
        and any(date_like(c) for c in data if c)
    )


class RowProblem(ValueError):
    """A data row that cannot be read; ``line`` is its line in the file. ``skippable`` is False
    where no row can be left out (the file itself cannot be split into rows there)."""

    def __init__(
        self, line: int, reason: str, *, skippable: bool = True, overflow: bool = False
    ) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason
        self.skippable = skippable
        #: the csv module gave up on a cell past its size limit
        self.overflow = overflow


def _rows(reader: CsvReader) -> Iterator[list[str]]:
    """The reader's rows; a cell past the csv module's limit (128 KiB, where no statement line
    comes near) or a row of more than :data:`MAX_COLUMNS` cells refuses the file at its line
    instead of as "damaged"."""
    try:
        for row in reader:
            if len(row) > MAX_COLUMNS:
                line = reader.line_num
                reason = f"this line has {len(row):,} columns; a statement has a few dozen at most"
                raise RowProblem(line, reason, skippable=False)
            yield row
    except csv.Error as exc:
        line = reader.line_num
        reason = f"this line cannot be read as CSV ({exc})"
        overflow = "field limit" in str(exc)  # the csv module's words for its limit
        raise RowProblem(line, reason, skippable=False, overflow=overflow) from None


def _refuse_open_quote(line: int | None) -> None:
    """Refuse the file at ``line`` where a quote opens that is never closed: no row there can be
    left out, as the rows after it cannot be told apart (:mod:`.open_quotes`)."""
    if line is not None:
        raise RowProblem(line, OPEN_QUOTE, skippable=False)


def read_table(
    text: str, encoding: str, stray_lines: tuple[int, ...] = (), stray_reason: str = ""
) -> CsvTable:
    """The rows of ``text``; ``stray_lines`` (sorted) are lines in another encoding."""
    delimiter = sniff_delimiter(text)
    stream = io.StringIO(text)
    reader = csv.reader(stream, delimiter=delimiter)
    rows: list[tuple[str, ...]] = []
    lines: list[int] = []
    starts: list[int] = []
    start = end = 0
    begins = after = 0  # where the row read last begins and ends in ``text``
    raw: list[str] = []
    try:
        for raw in _rows(reader):
            start, end = end + 1, reader.line_num
            begins, after = after, stream.tell()
            if end > start:  # a row over several lines: a quoted cell holds line breaks
                _refuse_open_quote(swallowed_rows_line(raw, start, delimiter))
            row = tuple([c.strip(_CELL_STRIP) for c in raw])
            # a cell written ="…" (a spreadsheet's text formula) is rare: the row's text is
            # searched at once before its cells are
            if '="' in "".join(row) and any(c.startswith('="') for c in row):
                row = tuple(_clean(c) for c in row)
            if any(row):
                rows.append(row)
                lines.append(end)
                starts.append(start)
    except RowProblem as problem:
        if problem.overflow:  # a cell past the limit: a quote never closed, if one opened it
            _refuse_open_quote(overflowing_quote_line(text, after, end + 1))
        raise
    _refuse_open_quote(open_at_end(raw, start, text[begins:], delimiter))
    table = table_of_rows(
        rows,
        lines,
        starts,
        encoding=encoding,
        delimiter=delimiter,
        stray_lines=stray_lines,
        stray_reason=stray_reason,
    )
    return replace(table, unended=not text.endswith(("\n", "\r")))


def table_of_rows(
    rows: list[tuple[str, ...]],
    lines: list[int],
    starts: list[int],
    *,
    encoding: str,
    delimiter: str,
    stray_lines: tuple[int, ...] = (),
    stray_reason: str = "",
    sheet: str = "",
) -> CsvTable:
    """The table of non-blank stripped ``rows`` (each ending on ``lines``, beginning on
    ``starts``): header past any preamble, repeated header trailers dropped.

    Shared by CSV text and spreadsheet rows, so both are detected and read alike.
    """
    header_index, data_start = _find_header(rows)
    if header_index is not None:  # some exports repeat the header as a trailer
        header = rows[header_index]
        keep = [i for i in range(len(rows)) if i <= header_index or rows[i] != header]
        rows, lines = [rows[i] for i in keep], [lines[i] for i in keep]
        starts = [starts[i] for i in keep]
    preamble_rows = rows[: header_index if header_index is not None else data_start]
    return CsvTable(
        encoding=encoding,
        delimiter=delimiter,
        rows=tuple(rows),
        lines=tuple(lines),
        header_index=header_index,
        data_start=data_start,
        preamble="\n".join(" ".join(r) for r in preamble_rows),
        starts=tuple(starts),
        stray_lines=tuple(stray_lines),
        stray_reason=stray_reason,
        sheet=sheet,
    )
