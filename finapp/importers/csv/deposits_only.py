"""A savings account's export of deposits only: every amount positive, the balance rising by each.

Chase UK's saver export (``Date,Time,Transaction type,Description,Amount,Currency,Balance``)
of a year of monthly transfers in has no negative amount, so "positive" cannot say money in
from money out by itself (a card's export writes its charges positive too), and the balance
check of :mod:`.balance_signs` wants the balance to rise and fall. The balance still proves
every row after the oldest: oldest first, each balance is the one before it plus the amount,
so each of those rows is money in. Only the oldest row is not proved (the balance before it
is not in the file). A file whose name says it is a savings account's (``Chase_Saver_…``,
``…Savings…``, ``Cash ISA``) is read as written, its amounts money in as the balance shows; any
other such file is refused naming its oldest row, whose sign the user gives (``--first-row``,
or the import wizard's question), since a card's charges look the same.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import PurePath

from finapp.errors import Problem
from finapp.importers.csv.deposit_kind import says_savings
from finapp.importers.csv.table import CsvTable
from finapp.importers.csv.values import ValueProblem, parse_amount, parse_date

__all__ = ["DepositRow", "deposits_only", "deposits_problem", "savings_file"]

#: a UK savings account's usual name beside "savings" and "saver" (:func:`says_savings`)
_ISA = re.compile(r"(?<![a-z])isa(?![a-z])", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class DepositRow:
    """The oldest row of a deposits-only file, as the user is asked about it."""

    line: int
    day: date
    amount: Decimal
    payee: str


@dataclass(frozen=True, slots=True)
class _Row:
    index: int
    day: date
    amount: Decimal
    balance: Decimal


def savings_file(path: str) -> bool:
    """Whether the file's name says it is a savings account's export."""
    stem = PurePath(path).stem
    return says_savings(stem) or bool(_ISA.search(stem))


def deposits_only(
    table: CsvTable,
    columns: tuple[int, int, int, int | None],
    date_format: str,
    year: int | None,
    end: int | None,
    decimal_comma: bool,
) -> DepositRow | None:
    """The oldest row when, oldest first, every amount is positive and every balance is the one
    before it plus the row's amount; None otherwise. ``columns`` are the date, amount, balance
    and payee columns; the rows' dates say which end of the file is the oldest."""
    date_col, amount, balance, payee = columns
    rows: list[_Row] = []
    for index in range(table.data_start, end if end is not None else len(table.rows)):
        read = _read(table.rows[index], date_col, amount, balance, date_format, year, decimal_comma)
        if read is None:
            return None
        rows.append(_Row(index, *read))
    if len(rows) < 2 or rows[0].day == rows[-1].day:
        return None  # one day's rows: nothing tells which is the oldest
    oldest_first = rows if rows[0].day < rows[-1].day else rows[::-1]
    for before, row in itertools.pairwise(oldest_first):
        if row.balance - before.balance != row.amount:
            return None
    first = oldest_first[0]
    cells = table.rows[first.index]
    said = cells[payee] if payee is not None and payee < len(cells) else ""
    return DepositRow(table.lines[first.index], first.day, first.amount, said)


def _read(
    cells: tuple[str, ...],
    date_col: int,
    amount: int,
    balance: int,
    date_format: str,
    year: int | None,
    decimal_comma: bool,
) -> tuple[date, Decimal, Decimal] | None:
    """A row's day, amount and balance; None when one is missing or the amount is not above 0."""
    if max(date_col, amount, balance) >= len(cells):
        return None
    day = parse_date(cells[date_col], date_format, year)
    try:
        value = parse_amount(cells[amount], decimal_comma)
        held = parse_amount(cells[balance], decimal_comma)
    except ValueProblem:
        return None
    if day is None or value is None or held is None or value <= 0:
        return None
    return day, value, held


def deposits_problem(oldest: DepositRow, amount_name: str, balance_name: str) -> Problem:
    """What the user is told of a deposits-only file not named a savings account's: what the
    balance proves, and the one row whose sign they give."""
    row = f"line {oldest.line}: {oldest.day.isoformat()} {oldest.payee} {oldest.amount}"
    return Problem(
        "csv.deposits_only",
        f"every amount in {amount_name!r} is positive and the balance in {balance_name!r} rises "
        "by each one, so every row but the oldest is money in; say whether the oldest "
        f"({row}), with no balance before it in the file, is money in too (a savings "
        "account's deposit) or out; a card's charges, where the balance is what is owed, "
        "need its profile (--profile NAME) or a column mapping",
        amount_column=amount_name,
        balance_column=balance_name,
        line=oldest.line,
        date=oldest.day.isoformat(),
        payee=oldest.payee,
        amount=oldest.amount,
    )
