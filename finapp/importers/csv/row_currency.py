"""The currency of a row, and the currency marks its amount cells carry.

A row's currency is its currency column's (a code, or a Chinese bank's word: ``人民币``), else
the file's. An amount may carry a mark of its own (``€12.50``, ``CNY 123.18``): a file without
a currency column whose marks all name one currency is read in it, and a mark that is not its
row's currency refuses the row, since ``€12.50`` is no dollar amount and converting it would be
a guess.
"""

from __future__ import annotations

import functools
from dataclasses import replace

from finapp.core.amounts import AmountError, currencies_meant
from finapp.errors import Problem
from finapp.importers.csv.cells import money_cells, money_columns
from finapp.importers.csv.currency_marks import usual_currency
from finapp.importers.csv.mapping import CsvMapping
from finapp.importers.csv.table import CsvTable
from finapp.importers.csv.values import plain_amount, written_amount

_CURRENCY_WORDS = {
    "人民币": "CNY",
    "人民币元": "CNY",
    "rmb": "CNY",
    "美元": "USD",
    "港币": "HKD",
    "港元": "HKD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
    "澳元": "AUD",
    "加元": "CAD",
    "新加坡元": "SGD",
}


def currency_named(value: str, default: str) -> str:
    """The ISO code a currency cell names (``EUR``, ``人民币``), else ``default``."""
    text = value.strip()
    if not text:
        return default
    word = _CURRENCY_WORDS.get(text.lower())
    if word:
        return word
    return text.upper() if len(text) == 3 and text.isalpha() else default


@functools.lru_cache(maxsize=65536)
def currencies_marked(text: str, decimal_comma: bool) -> frozenset[str] | None:
    """The ISO codes the currency mark in an amount cell may mean; None when it has none (or
    is no amount: reading the value reports that)."""
    value = text.strip()
    if plain_amount(value):
        return None
    try:
        mark = written_amount(value, decimal_comma).currency
    except AmountError:
        return None
    return currencies_meant(mark) if mark else None


def other_currency(cell: str, currency: str, mapping: CsvMapping) -> Problem:
    """Why ``cell`` is refused: it disagrees with its row's currency column, or, in a file
    with none, with the currency the whole file is read in (never said to be the row's)."""
    if mapping.currency is not None:
        return Problem(
            "row.other_currency",
            f"the amount {cell!r} is not in {currency}, the currency of its row",
            cell=cell,
            currency=currency,
        )
    return Problem(
        "row.other_file_currency",
        f"the amount {cell!r} is not in {currency}, the currency this file is read in "
        "(no column gives each row's currency)",
        cell=cell,
        currency=currency,
    )


def with_written_currency(table: CsvTable, mapping: CsvMapping) -> CsvMapping:
    """A detected mapping without a currency column, in the one currency its amounts name.

    ``-€12.50`` cells in a file detection could only guess as USD are euros, and ``-£4.50``
    cells are pounds sterling (:mod:`.currency_marks` says why ``£`` alone is GBP). Nothing
    changes when the header names the currency, a profile set it, or the cells name several:
    the reader then refuses each cell that disagrees with its row.
    """
    if (
        mapping.currency is not None
        or mapping.profile
        or mapping.default_currency in " ".join(table.header).upper()
    ):
        return mapping
    written = currencies_written(table, mapping)
    if len(written) != 1:
        return mapping
    meant = written.pop()
    usual = usual_currency(meant)
    if mapping.default_currency in meant or usual is None:
        return mapping
    return replace(mapping, default_currency=usual)


def currencies_written(
    table: CsvTable, mapping: CsvMapping, rows: int | None = None
) -> set[frozenset[str]]:
    """What the currency marks in the data's amount cells (of its first ``rows``, when given)
    may mean, one set per mark."""
    columns = money_columns(mapping)
    named: set[frozenset[str]] = set()
    end = None if rows is None else table.data_start + rows
    for row in table.rows[table.data_start : end]:
        for cell in money_cells(row, columns):
            meant = currencies_marked(cell, mapping.decimal_comma)
            if meant is not None:
                named.add(meant)
    return named
