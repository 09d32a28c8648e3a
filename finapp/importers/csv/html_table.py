"""A web page's table saved with an ``.xls`` name, as the table a CSV export gives.

工商银行, 建设银行 and 农业银行 (and other banks' online banking) offer "Excel" statements that
are an HTML page holding a ``<table>``: Excel opens them, so they carry a ``.xls`` name. They are
told by their content (a page or a table at the top, never the name), and their rows go through
the same detection and reading as a CSV's: a row is a ``<tr>``, a cell a ``<td>`` or ``<th>``
(its text, runs of white space and ``&nbsp;`` as one space, ``<br>`` too), and a row's "line"
its number among the page's rows, as Excel shows it. Rows of a table nested in a cell (a page
laid out with tables) are rows of their own; the cell holding them is left empty.

Read with the standard library's HTML parser, which runs no script, fetches nothing, and
expands only HTML's own character references. The page's encoding is the one its ``<meta>``
declares (``gb2312`` is read as its superset GB18030), else found as a CSV's is.
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from finapp.errors import Problem
from finapp.importers.csv.table import CsvTable, table_of_rows
from finapp.importers.csv.text import decode_text
from finapp.importers.csv.workbook import WorkbookError, check_size
from finapp.importers.text_head import head_bytes, utf16_encoding

#: what a page starts with (past a BOM, white space and an XML or Office declaration)
_PAGE_START = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*"
    rb"<(?:!doctype\s+html|html|head|meta|table|body)\b",
    re.IGNORECASE | re.DOTALL,
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)""", re.IGNORECASE)
#: encodings a page declares that are read as the one that holds them
_SUPERSETS = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030"}
_SPACES = re.compile(r"[\s\u00a0\u3000]+")


def looks_like_web_page(data: bytes) -> bool:
    """A web page (or a bare table), from its first bytes: what a bank's "Excel" statement
    is, and what a page saved in its place is (the bank's sign-in page, an error)."""
    return _PAGE_START.match(head_bytes(data, 4096)) is not None


def html_table(data: bytes) -> CsvTable:
    """The rows of every table of the page, numbered in order; :class:`WorkbookError` when
    the page holds no row of text."""
    text, encoding = _page_text(data)
    reader = _Rows()
    reader.feed(text)
    reader.close()
    rows = reader.rows
    if not rows:
        raise WorkbookError(
            Problem(
                "workbook.html_no_rows",
                "a web page with no table of transactions, not a statement: download the "
                "statement again from the bank (a page saved in its place, such as the sign-in "
                "page, holds none)",
            )
        )
    numbers = [number for number, _ in rows]
    return table_of_rows(
        [cells for _, cells in rows],
        numbers,
        list(numbers),
        encoding=f"html ({encoding})",
        delimiter="",
        sheet="HTML",
    )


def _page_text(data: bytes) -> tuple[str, str]:
    """The page as text and its encoding: the one its ``<meta>`` declares when Python knows
    it and it reads the page, else the one a CSV's bytes would be read in. A byte-order mark
    outweighs the declaration (as in browsers): Excel's "Web Page" save as Unicode is UTF-16
    with a BOM whose ``<meta>`` may name another charset or none."""
    unicode = utf16_encoding(data)
    if unicode is not None:
        try:
            return data[2:].decode(unicode), unicode
        except UnicodeDecodeError:
            pass  # cut mid-character or not UTF-16 after all: found as a CSV's is
    declared = _CHARSET.search(data[:4096])
    if declared is not None:
        name = declared.group(1).decode("ascii", "replace").lower()
        name = _SUPERSETS.get(name, name)
        try:
            codecs.lookup(name)
            return data.decode(name).lstrip("\ufeff"), name
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong or unknown declaration: found as a CSV's is
    decoded = decode_text(data)
    return decoded.text, decoded.encoding


class _Rows(HTMLParser):
    """Collects ``(row number, cells)`` of every ``<tr>`` holding text, in the page's order."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._found: list[tuple[int, tuple[str, ...]]] = []
        #: the rows being read, innermost last: their number, cells, and cell being read
        self._open: list[tuple[int, list[list[str]], list[list[str] | None]]] = []
        self._tables: list[int] = []  # for each open table, how many rows were open at it
        self._number = 0

    @property
    def rows(self) -> list[tuple[int, tuple[str, ...]]]:
        return sorted(self._found)  # a nested table's rows end before the row holding them

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._number += 1
            check_size(self._number, 0)
            self._open.append((self._number, [], [None]))
        elif tag in ("td", "th") and self._open:
            _, cells, current = self._open[-1]
            cells.append([])
            current[0] = cells[-1]
            check_size(self._open[-1][0], len(cells))
        elif tag == "table":
            self._tables.append(len(self._open))
        elif tag == "br":
            self.handle_data(" ")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th") and self._open:
            self._open[-1][2][0] = None
        elif tag == "tr" and self._open:
            self._end_row()
        elif tag == "table" and self._tables:  # rows the page left open end with their table
            depth = self._tables.pop()
            while len(self._open) > depth:
                self._end_row()

    def handle_data(self, data: str) -> None:
        if self._open and (cell := self._open[-1][2][0]) is not None:
            cell.append(data)

    def close(self) -> None:
        super().close()
        while self._open:
            self._end_row()

    def _end_row(self) -> None:
        number, cells, _ = self._open.pop()
        texts = tuple(_SPACES.sub(" ", "".join(c)).strip() for c in cells)
        if any(texts):
            self._found.append((number, texts))
