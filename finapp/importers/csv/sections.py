"""An export of several accounts, one section each: a title line, then the account's own header
and rows.

comdirect's export of every account on the overview writes the current account's lines under
``"Umsätze Girokonto";"Zeitraum: 01.09.2026 - 26.09.2026";``, then, after a blank line, the
card's under ``"Umsätze Visa-Karte (Kreditkarte)";…`` with a header of its own (``Umsatztag``,
``Referenz``). Read as one table, the card's title and header were rows of the current account,
and the whole file was refused ("no amount column found"). Each section is a table of its own,
its title the account's name (the card's a credit card, as its name says), its lines numbered
as in the file.
"""

from __future__ import annotations

import re
from dataclasses import replace

from finapp.importers.base import ParsedStatement
from finapp.importers.csv.deposit_kind import kind_said
from finapp.importers.csv.table import CsvTable, table_of_rows
from finapp.importers.csv.values import looks_like_date

#: the most cells a section's title line fills (its name, the period it covers)
_TITLE_CELLS = 2
#: how far below a title its header may be (a line of the period, a line of the balance)
_TITLE_LINES = 3
#: a cell holding a number or an amount (``-3,50``, ``1.234,56``)
_NUMBER = re.compile(r"[-+]?[\d.,' ]*\d")
#: the word before the account's name in a section's title (comdirect's "Umsätze Girokonto")
_TITLE = re.compile(r"^(?:Umsätze|Umsatzliste)\s+(?P<name>.+)$", re.IGNORECASE)


def sections(table: CsvTable) -> tuple[CsvTable, ...]:
    """The tables of the file's sections, in order; ``(table,)`` for an export of one."""
    if table.header_index is None:
        return (table,)
    cut = _next_title(table)
    if cut is None:
        return (table,)
    first, rest = _part(table, 0, cut), _part(table, cut, len(table.rows))
    if rest.header_index is None or rest.data_start >= len(rest.rows):
        return (table,)  # what follows names no columns of rows of its own: a footer
    return (first, *sections(rest))


def _next_title(table: CsvTable) -> int | None:
    """The first row below the data that titles a section: a line of a cell or two, with a
    header and dated rows below it within a few lines."""
    width = len(table.header)
    rows = table.rows
    for index in range(table.data_start + 1, len(rows)):
        row = rows[index]
        if len(row) >= width or sum(1 for cell in row if cell) > _TITLE_CELLS:
            continue  # a data row (most rows are as wide as the header)
        below = rows[index + 1 : index + 1 + _TITLE_LINES]
        if any(_names_columns(r, width) for r in below) and _dated(rows, index + 1):
            return index
    return None


def _names_columns(row: tuple[str, ...], width: int) -> bool:
    """Whether ``row`` could be a header: about as wide as the first, no cell a date or an
    amount (a line not booked yet, comdirect's ``"offen"``, has no date but has its amount)."""
    named = [cell for cell in row if cell]
    return len(named) * 2 > width and not any(
        looks_like_date(cell) or _NUMBER.fullmatch(cell) for cell in named
    )


def _dated(rows: tuple[tuple[str, ...], ...], start: int) -> bool:
    """Whether a row holding a date follows ``start`` closely (the section has lines)."""
    return any(
        looks_like_date(cell) for row in rows[start : start + _TITLE_LINES + 3] for cell in row
    )


def _part(table: CsvTable, start: int, end: int) -> CsvTable:
    """The rows ``start`` to ``end`` of ``table`` as a table of their own."""
    part = table_of_rows(
        list(table.rows[start:end]),
        list(table.lines[start:end]),
        list(table.starts[start:end]),
        encoding=table.encoding,
        delimiter=table.delimiter,
        stray_lines=table.stray_lines,
        stray_reason=table.stray_reason,
        sheet=table.sheet,
    )
    return replace(part, unended=table.unended and end == len(table.rows))


def section_title(table: CsvTable) -> str:
    """The account a section's title names ("Visa-Karte (Kreditkarte)"), "" for none."""
    above = table.header_index if table.header_index is not None else 0
    for row in table.rows[:above]:
        found = _TITLE.match(row[0]) if row else None
        if found is not None:
            return " ".join(found.group("name").split())
    return ""


def titled(statement: ParsedStatement, title: str) -> ParsedStatement:
    """``statement``'s account named by its section's ``title``, of the kind the title says."""
    if not title:
        return statement
    institution = statement.account.institution
    name = f"{institution} {title}" if institution else title
    kind = kind_said(title) or statement.account.type
    return replace(statement, account=replace(statement.account, name=name, type=kind))
