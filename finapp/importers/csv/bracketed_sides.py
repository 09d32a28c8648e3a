"""Amounts in brackets in a debit or credit column, read the way the file's balance shows.

An accountant's brackets are a negative, and in a debit column a negative is the entry taken
back: Citi prints a refund as ``(12.00)`` under Debit, so finapp reads bracketed cells against
their column (money in under Debit). Other banks' systems print every debit in brackets, the
balance beside it falling by it (``($56.12)`` under Debit); there the brackets only repeat the
column's way, and reading them as a refund would turn a grocery bill into income. Only the
file's running balance tells the two apart, so when the balance does not add up as the
brackets were read and does add up with each bracketed amount moving its column's way, that
reading is taken and the import says so (:mod:`.running_balance` asks).
"""

from __future__ import annotations

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
    if mapping.sign != "debit_credit":
        return None
    by_line = dict(zip(table.lines, table.rows, strict=True))
    lines = []
    first: tuple[str, int] | None = None
    for txn in stmt.transactions:
        row = by_line.get(txn.line or -1, ())
        sides = (cell(row, mapping.debit).strip(), cell(row, mapping.credit).strip())
        bracketed = next((side for side in sides if in_brackets(side)), "")
        if bracketed:
            first = first or (bracketed, txn.line or 0)
            txn = replace(txn, amount=-txn.amount)
        lines.append(txn)
    if first is None:
        return None
    written, line = first
    repair = Problem(
        "csv.brackets_as_column",
        f"amounts in brackets under debit or credit ('{written}' on line {line}) were read as "
        "their column says, money out or in, as the balance column shows",
        example=written,
        line=line,
    )
    return ColumnWays(replace(stmt, transactions=tuple(lines)), repair)
