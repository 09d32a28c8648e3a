"""The balance a CSV export's running-balance column states, when its rows add up.

Many bank exports (Chase and Schwab checking, Bank of America's ``Running Bal.``, ING, HSBC,
the Chinese banks' ``余额``) print the balance after each row. finapp records the balance at the
end of the file's last day as a statement's ledger balance, so a low-balance threshold has
something to work from. It is recorded only when the column is continuous: each row's balance
is the balance before it plus its amount. Rows of one day may be listed in any order (newest
first, oldest first, or as the bank's batch posted them), so within a day it is enough that
*some* order chains them; between days the closing balance of one day must open the next.

A column that does not add up (a row missing, a pending line, a balance in another currency,
a made-up export) states nothing finapp can trust: no balance is recorded, the import goes on,
and the import's notes say from which line, so a user whose file has a balance column is not
left wondering why the account's balance is unknown. Two exceptions are put right: a column
that adds up only with amounts in brackets read as their debit or credit column says, or only
with a minus under debit or credit read as the entry taken back (:mod:`.bracketed_sides`), is
read so; the newest lines may have no balance yet (Chase's blank
cell on the latest postings), and the balance stated at the end of the day before them is
recorded. A card export whose balance
counts what is owed (rising with each charge) is read as a negative balance, and its account
is a credit card's: TD Canada Trust writes its Visa and its chequing account alike
(``date,description,debit,credit,balance``, no header), and only the balance tells them apart.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date

from finapp.core.account_types import AccountType
from finapp.core.balance_kinds import BalanceKind
from finapp.core.money import exact_minor, from_minor
from finapp.errors import InvalidInputError, Problem
from finapp.importers.base import Balance, ParsedStatement
from finapp.importers.csv.bracketed_sides import (
    read_against_their_columns,
    read_as_their_columns,
)
from finapp.importers.csv.mapping import CsvMapping, balance_column
from finapp.importers.csv.table import CsvTable
from finapp.importers.csv.values import ValueProblem, parse_amount

log = logging.getLogger(__name__)

#: One row as the check sees it: (posted, amount, balance after it), in minor units.
Row = tuple[date, int, int]


class NotContinuous(Exception):
    """Why the balance column cannot be trusted: one of a few fixed reasons (the log masks
    whatever comes from the file, so the reason itself must hold no data)."""

    NO_BALANCE = "a line has no readable balance"
    DISCONTINUOUS = "the balances do not follow from the amounts"
    AMBIGUOUS = "the last day's rows can be ordered to close at different balances"

    def __init__(self, reason: str, day: date) -> None:
        super().__init__(reason)
        self.reason = reason
        self.day = day  #: the first day the column cannot be followed on


@dataclass(frozen=True, slots=True)
class StatedBalances:
    """The statements with the balances their column states, what was put right to make it
    add up (amounts in brackets read as their column says, see :mod:`.bracketed_sides`), and
    why a column stated none."""

    statements: tuple[ParsedStatement, ...]
    repairs: tuple[Problem, ...]
    notes: tuple[Problem, ...]


def with_stated_balances(
    statements: Iterable[ParsedStatement], table: CsvTable, mapping: CsvMapping
) -> StatedBalances:
    """``statements`` with the closing balance their running-balance column states, where
    the column exists and adds up; the others unchanged, with a note saying why."""
    column = balance_column(mapping)
    out: list[ParsedStatement] = []
    repairs: list[Problem] = []
    notes: list[Problem] = []
    for stmt in statements:
        if column is not None and stmt.transactions:
            try:
                stmt, repair = _with_balance(stmt, table, mapping, column)
                repairs += [repair] if repair is not None else []
            except NotContinuous as why:
                log.info("no balance recorded from a CSV balance column: " + str(why))
                notes.append(_not_taken(stmt, why))
        out.append(stmt)
    return StatedBalances(tuple(out), tuple(repairs), tuple(notes))


def _with_balance(
    stmt: ParsedStatement, table: CsvTable, mapping: CsvMapping, column: int
) -> tuple[ParsedStatement, Problem | None]:
    """``stmt`` with its stated balance, and the repair that made the column add up;
    :class:`NotContinuous` (as the file reads) when it does not, repaired or not."""
    try:
        return _balanced(stmt, table, mapping, column), None
    except NotContinuous:
        for other_reading in (read_as_their_columns, read_against_their_columns):
            turned = other_reading(stmt, table, mapping)
            if turned is not None:
                try:
                    return _balanced(turned.statement, table, mapping, column), turned.repair
                except NotContinuous:
                    pass
        raise


def _not_taken(stmt: ParsedStatement, why: NotContinuous) -> Problem:
    """What the user is told of a balance column finapp could not follow: from which line,
    so they can look at it, and that the account's balance is not known from this file."""
    line = min((t.line or 0 for t in stmt.transactions if t.posted == why.day), default=0)
    if why.reason == NotContinuous.NO_BALANCE:
        return Problem(
            "csv.balance_unreadable",
            f"line {line} has no balance in the balance column, so no balance was taken from "
            "this file",
            line=line,
        )
    return Problem(
        "csv.balance_breaks",
        f"the balance column does not follow from the amounts from line {line} on, so no "
        "balance was taken from this file",
        line=line,
    )


def _balanced(
    stmt: ParsedStatement, table: CsvTable, mapping: CsvMapping, column: int
) -> ParsedStatement:
    """``stmt`` with the balance at the end of its last day; :class:`NotContinuous` when the
    column does not add up."""
    rows = _rows(stmt, table, mapping, column)
    day, closing, owed = stated_closing(rows)
    currency = stmt.account.currency
    stated = [*month_ends(rows, owed), (day, closing)]
    balances = tuple(
        Balance(BalanceKind.LEDGER, from_minor(amount, currency), when) for when, amount in stated
    )
    account = stmt.account
    if owed and account.type == AccountType.CHECKING:
        account = replace(account, type=AccountType.CREDIT_CARD)
    return replace(stmt, account=account, balances=balances)


def month_ends(rows: list[Row], owed: bool = False) -> list[tuple[date, int]]:
    """The balance at the end of each month's last day with lines, but the last month's (the
    closing balance): a column stating the balance on every row states it at each month's end,
    as a monthly statement does, and reconciling needs two stated balances at least. Before,
    a year of Rabobank's or ING's rows, each with its ``Saldo na trn``, stated one balance and
    left the account's books unchecked. A month whose last day's rows can close at different
    balances states none."""
    ends = _day_ends([(d, a, -b) for d, a, b in rows] if owed else rows)
    last_of_month: dict[tuple[int, int], tuple[date, set[int]]] = {}
    for day, closings in ends:
        last_of_month[(day.year, day.month)] = (day, closings)
    *earlier, _ = last_of_month.values()
    return [(day, next(iter(closings))) for day, closings in earlier if len(closings) == 1]


def _rows(stmt: ParsedStatement, table: CsvTable, mapping: CsvMapping, column: int) -> list[Row]:
    """Each line of the statement with the balance printed beside it. The newest lines may
    have none yet (Chase leaves the cell blank on the day's last postings): the balance is
    then the one stated at the end of the last day before them, when they all come after it."""
    by_line = dict(zip(table.lines, table.rows, strict=True))
    currency = stmt.account.currency
    rows: list[Row] = []
    unstated: list[date] = []
    for txn in stmt.transactions:
        row = by_line.get(txn.line or -1, ())
        cell = row[column] if column < len(row) else ""
        if not cell.strip():
            unstated.append(txn.posted)
            continue
        try:
            balance = parse_amount(cell, mapping.decimal_comma)
            if balance is None:
                raise NotContinuous(NotContinuous.NO_BALANCE, txn.posted)
            rows.append(
                (txn.posted, exact_minor(txn.amount, currency), exact_minor(balance, currency))
            )
        except (ValueProblem, InvalidInputError):
            raise NotContinuous(NotContinuous.NO_BALANCE, txn.posted) from None
    if unstated and (not rows or min(unstated) <= max(day for day, _, _ in rows)):
        raise NotContinuous(NotContinuous.NO_BALANCE, min(unstated))
    return rows


def closing_balance(rows: list[Row]) -> tuple[date, int]:
    """The last day and the balance at its end, read as printed or, for a card export that
    counts what is owed, negated; :class:`NotContinuous` when neither adds up."""
    day, closing, _ = stated_closing(rows)
    return day, closing


def stated_closing(rows: list[Row]) -> tuple[date, int, bool]:
    """:func:`closing_balance`, and whether the column counts what is owed: it rises with
    each purchase and falls with each payment, as only a card's (TD Visa's) does."""
    try:
        return (*_closing(rows), False)
    except NotContinuous as as_printed:
        try:
            return (*_closing([(d, a, -b) for d, a, b in rows]), True)
        except NotContinuous:
            raise as_printed from None


def _closing(rows: list[Row]) -> tuple[date, int]:
    day, closings = _day_ends(rows)[-1]  # rows is never empty here
    if len(closings) != 1:
        raise NotContinuous(NotContinuous.AMBIGUOUS, day)
    return day, next(iter(closings))


def _day_ends(rows: list[Row]) -> list[tuple[date, set[int]]]:
    """Each day with rows, oldest first, and the balances it can close at."""
    by_day: dict[date, list[tuple[int, int]]] = defaultdict(list)
    for day, amount, balance in rows:
        by_day[day].append((amount, balance))
    openings: set[int] | None = None  # the first day may open with any balance
    ends = []
    for day in sorted(by_day):
        closings = _day_closings(by_day[day], openings)
        if not closings:
            raise NotContinuous(NotContinuous.DISCONTINUOUS, day)
        ends.append((day, closings))
        openings = closings
    return ends


def _day_closings(rows: list[tuple[int, int]], openings: set[int] | None) -> set[int]:
    """The balances a day can close at, given the balances it may open with.

    Each row takes the balance from ``balance - amount`` to ``balance``: an edge of a graph
    whose nodes are balances. The rows chain in some order exactly when the edges form one
    path (an Euler path): all of them connected, every balance left as often as reached except
    where the day opens (left once more) and closes (reached once more).
    """
    surplus: dict[int, int] = defaultdict(int)
    parent: dict[int, int] = {}

    def root(node: int) -> int:
        parent.setdefault(node, node)
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for amount, balance in rows:
        before = balance - amount
        surplus[before] += 1
        surplus[balance] -= 1
        parent[root(before)] = root(balance)
    if len({root(node) for node in list(parent)}) != 1:
        return set()
    opens = [n for n, s in surplus.items() if s > 0]
    closes = [n for n, s in surplus.items() if s < 0]
    if not opens:  # the day ends where it started: any balance on its round trip
        return set(parent) if openings is None else openings & set(parent)
    if len(opens) != 1 or len(closes) != 1 or surplus[opens[0]] != 1:
        return set()
    return set(closes) if openings is None or opens[0] in openings else set()
