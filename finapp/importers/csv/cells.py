"""A row's cells as every part of the reader takes them.

A mapping's column may lie past the end of a short row (a trailing empty cell some exports
drop), and Excel's keep-as-text apostrophe is no part of a payee or an id: reading cells in one
place keeps every part of the reader agreeing on both.
"""

from __future__ import annotations

import operator
from collections.abc import Callable, Iterable

from finapp.importers.csv.mapping import CsvMapping

Row = tuple[str, ...]


def cell(row: Row, index: int | None) -> str:
    """The cell at ``index``; "" for no column or a row too short to hold it."""
    return row[index] if index is not None and 0 <= index < len(row) else ""


def text(row: Row, index: int | None) -> str:
    """A text cell without the apostrophe Excel's keep-as-text form leaves in exports
    (NatWest's ``'PRET A MANGER``, Amex's ``'320240290123456786'``)."""
    value = cell(row, index)
    if not value.startswith("'"):
        return value
    inner = value[1:-1] if len(value) > 1 and value.endswith("'") else value[1:]
    return inner.strip()


def money_columns(mapping: CsvMapping) -> tuple[int, ...]:
    """The mapped amount, debit and credit columns: looked at on every row, so found once."""
    return tuple(i for i in (mapping.amount, mapping.debit, mapping.credit) if i is not None)


def money_cells(row: Row, columns: tuple[int, ...]) -> list[str]:
    """The row's non-empty cells among ``columns`` (see :func:`money_columns`)."""
    return [value for i in columns if (value := cell(row, i))]


def in_brackets(written: str) -> bool:
    """Whether an amount cell is written in brackets (``(12.00)``, ``($56.12)``): the
    accountant's negative, whose way in a debit or credit column the file must tell."""
    return written.strip().startswith("(")


def cells_key(columns: Iterable[int | None]) -> tuple[int, Callable[[Row], object]]:
    """How many cells a row needs for ``columns`` to lie in it, and what picks those cells out
    of such a row: a hashable key standing for them, so what the reader makes of the same
    cells (a date, an amount, a payee) is made once per distinct text, not once per row.
    A row padded with :func:`padded` gives the same key as one with its empty cells written."""
    wanted = tuple(i for i in columns if i is not None and i >= 0)
    if not wanted:
        return 0, lambda row: ()
    return max(wanted) + 1, operator.itemgetter(*wanted)


def padded(row: Row, width: int) -> Row:
    """``row`` with empty cells after it up to ``width`` (a short row's missing cells are
    empty, as :func:`cell` reads them)."""
    return row if len(row) >= width else row + ("",) * (width - len(row))
