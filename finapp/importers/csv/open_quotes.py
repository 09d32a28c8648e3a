"""A quote opened in a CSV and never closed: the rows after it run together into one cell.

A quoted cell may hold line breaks: Crédit Agricole writes its ``Libellé`` on several lines
(``"PRLV SEPA FREE MOBILE \\r\\nFREE MOBILE \\r\\nFM-12345678-9"``). A stray opening quote
(``2026-01-05,"SHELL OIL,-62.10``) looks the same to a CSV reader, which reads on until some
later quote, or the end of the file, closes it: the rows in between become text of one cell,
and the row is read with the date of one line and the amount of another. What tells them
apart is what the lines inside the cell are. A line of a memo is words; a line that holds the
file's delimiter and a date (``2026-01-06,TARGET,-30.00``) is a row of the statement, so the
quote before it was never meant to hold it. A quote still open where the file ends is never
closed either, whatever the cell holds.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence

from finapp.errors import Problem
from finapp.importers.csv.values import date_like

OPEN_QUOTE = Problem(
    "row.open_quote",
    'a quote (") opens in this line and is never closed, so the lines after it run together '
    "into one cell: correct the quote in the file or download the statement again",
)


def swallowed_rows_line(row: Sequence[str], start: int, delimiter: str) -> int | None:
    """The line where a quote opens whose cell holds, past a line break, a line that is a row
    of its own (a date among cells split by ``delimiter``); ``start`` is the row's first line."""
    line = start
    for cell in row:
        if any(_reads_as_row(text, delimiter) for text in cell.split("\n")[1:]):
            return line
        line += cell.count("\n")
    return None


def open_at_end(row: Sequence[str], start: int, tail: str, delimiter: str) -> int | None:
    """The line where the last cell's quote opens when the file ends inside it; ``tail`` is
    the text of the file's last row, which begins on line ``start``."""
    if '"' not in tail:
        return None
    try:
        list(csv.reader(io.StringIO(tail), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):  # the csv module's words for an open quote
            return start + sum(cell.count("\n") for cell in row[:-1])
    return None


def overflowing_quote_line(text: str, begin: int, line: int) -> int | None:
    """``line`` when the row beginning there (at ``begin`` in ``text``) opens a quote on its
    first line, for a row the csv module gave up on as a cell past its 128 KiB limit: no memo
    comes near that, so the quoted cell is one that never closed and took in the rows after it.
    None when the row's first line holds no quote (a line over 128 KiB is no quote's doing)."""
    end = text.find("\n", begin)
    return line if '"' in text[begin : end if end >= 0 else len(text)] else None


def _reads_as_row(text: str, delimiter: str) -> bool:
    cells = next(csv.reader([text], delimiter=delimiter), [])
    return len(cells) >= 2 and any(date_like(cell.strip()) for cell in cells)
