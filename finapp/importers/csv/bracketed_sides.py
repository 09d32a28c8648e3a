"""Amounts in a debit or credit column whose way only the file's balance tells.

An accountant's brackets are a negative, and in a debit column a negative is the entry taken
back: Citi prints a refund as ``(12.00)`` under Debit, so finapp reads bracketed cells against
their column (money in under Debit). Other banks' systems print every debit in brackets, the
balance beside it falling by it (``($56.12)`` under Debit); there the brackets only repeat the
column's way, and reading them as a refund would turn a grocery bill into income.

A minus is the other way round: Deutsche Bank writes every ``Soll`` -49,95 and Citi its
payments ``-250.00`` under Credit, so a minus is read as only how the column is written. But a
bank whose debits are plain numbers writes a charge taken back as a negative debit
(``STARBUCKS REVERSAL,-4.50,,1000.00``, the balance rising by it): that one is money in.

Only the file's running balance tells these apart, so when the balance does not add up as the
cells were read and does add up with each bracketed amount moving its column's way, or each
amount with a minus moving against its column, that reading is taken and the import says so
(:mod:`.running_balance` asks).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from finapp.errors import Problem
from finapp.importers.base import ParsedStatement
from finapp.importers.csv.cells import cell, in_brackets
from finapp.importers.csv.mapping import CsvMapping
from finapp.importers.csv.table import CsvTable


@dataclass(frozen=True)
class ColumnWays:
    """A statement whose bracketed amounts move their column's way, and what to tell the
    user of it."""

    statement: ParsedStatement
    repair: Problem


def read_as_their_columns(
    stmt: ParsedStatement, table: CsvTable, mapping: CsvMapping
) -> ColumnWays | None:
    """``stmt`` with every amount written in brackets in a debit or credit column turned to
    move as its column says; ``None`` when the file has no such column or no such amount."""
    return _turned(stmt, table, mapping, in_brackets, _brackets_read_as_column)


def read_against_their_columns(
    stmt: ParsedStatement, table: CsvTable, mapping: CsvMapping
) -> ColumnWays | None:
    """``stmt`` with every amount written with a minus in a debit or credit column turned to
    move against its column, a charge or a payment taken back; ``None`` when the file has no
    such column or no such amount."""
    return _turned(stmt, table, mapping, lambda side: side.startswith("-"), _minus_taken_back)


def _brackets_read_as_column(written: str, line: int) -> Problem:
    english = (
        f"amounts in brackets under debit or credit ('{written}' on line {line}) were read as "
        "their column says, money out or in, as the balance column shows"
    )
    return Problem("csv.brackets_as_column", english, example=written, line=line)


def _minus_taken_back(written: str, line: int) -> Problem:
    english = (
        f"amounts with a minus under debit or credit ('{written}' on line {line}) were read "
        "as taken back, money in under debit and out under credit, as the balance column shows"
    )
    return Problem("csv.minus_against_column", english, example=written, line=line)


def _turned(
    stmt: ParsedStatement,
    table: CsvTable,
    mapping: CsvMapping,
    marked: Callable[[str], bool],
    said: Callable[[str, int], Problem],
) -> ColumnWays | None:
    """``stmt`` with the lines whose debit or credit cell is ``marked`` turned the other way,
    and what the user is told of it (``said`` of the first such cell and its line); ``None``
    when no cell is."""
    if mapping.sign != "debit_credit":
        return None
    by_line = dict(zip(table.lines, table.rows, strict=True))
    lines = []
    first: tuple[str, int] | None = None
    for txn in stmt.transactions:
        row = by_line.get(txn.line or -1, ())
        sides = (cell(row, mapping.debit).strip(), cell(row, mapping.credit).strip())
        written = next((side for side in sides if side and marked(side)), "")
        if written:
            first = first or (written, txn.line or 0)
            txn = replace(txn, amount=-txn.amount)
        lines.append(txn)
    if first is None:
        return None
    return ColumnWays(replace(stmt, transactions=tuple(lines)), said(*first))
