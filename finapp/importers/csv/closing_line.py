"""The balance an export states on a line of its own, below its rows or above its header.

Deutsche Bank ends its export with ``Kontostand;31.10.2026;;;1.234,56;EUR``: the account's
balance at the end of the period, which no running-balance column gives. BNP Paribas and Crédit
Agricole open theirs with it: ``Solde au 31/10/2026;1 502,18 €`` (or the day and amount in
one cell, ``Solde au 31/10/2026 : 1 234,56 €``), the balance on the day the file was made, and
so does Intesa Sanpaolo (``Saldo contabile al 30/10/2026;19.907,29``). Fineco's names no day
(``Saldo EUR: 2.158,81``): the balance at the download, after the statement's last line.
Venmo's statement ends with an undated line holding its balance in an ``Ending Balance`` column:
it is the balance after the statement's last line, so it is dated by that line's day. A profile
names the label or column of that line (:attr:`Profile.closing_label`,
:attr:`Profile.preamble_balance`, :attr:`Profile.closing_column`); the balance is recorded as
the statement's ledger balance, as a running-balance column's is (:mod:`.running_balance`) and
an OFX's ``<LEDGERBAL>``, so a low-balance threshold, reconciling, the emergency fund and the
forecast have something to work from.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal

from finapp.core.balance_kinds import BalanceKind
from finapp.importers.base import Balance, ParsedStatement
from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.profiles import profile_named
from finapp.importers.csv.table import CsvTable
from finapp.importers.csv.values import ValueProblem, parse_amount, parse_date


def with_closing_line(
    statements: tuple[ParsedStatement, ...], table: CsvTable, mapping: CsvMapping
) -> tuple[ParsedStatement, ...]:
    """``statements`` with the balance the profile's closing or opening line states, when the
    export is one statement stating no other balance and the line is there and readable."""
    profile = profile_named(mapping.profile) if mapping.profile else None
    if profile is None or len(statements) != 1 or statements[0].balances:
        return statements
    (statement,) = statements
    stated = None
    if profile.closing_label:
        stated = _closing_line(table, profile.closing_label, mapping)
    elif profile.preamble_balance:
        stated = _preamble_line(table, profile.preamble_balance, mapping, _last_day(statement))
    elif profile.closing_column and statement.transactions:
        amount = _closing_column(table, profile.closing_column, mapping)
        last_day = _last_day(statement)
        stated = (last_day, amount) if amount is not None and last_day is not None else None
    if stated is None:
        return statements
    day, amount = stated
    return (replace(statement, balances=(Balance(BalanceKind.LEDGER, amount, day),)),)


def _closing_line(table: CsvTable, label: str, mapping: CsvMapping) -> tuple[date, Decimal] | None:
    """The day and amount on the last row labelled ``label``: its first date and amount."""
    for row in reversed(table.rows[table.data_start :]):
        if not row or normalise_name(row[0]) != label:
            continue
        day = next((d for c in row[1:] if (d := parse_date(c, mapping.date_format))), None)
        amount = next((a for c in row[1:] if (a := _amount(c, mapping.decimal_comma))), None)
        return (day, amount) if day is not None and amount is not None else None
    return None


def _last_day(statement: ParsedStatement) -> date | None:
    return max((t.posted for t in statement.transactions), default=None)


def _preamble_line(
    table: CsvTable, label: str, mapping: CsvMapping, last_day: date | None
) -> tuple[date, Decimal] | None:
    """The day and amount of the line above the header whose cell opens with ``label``: the
    day follows the label in its cell, the amount the day there or in a later cell. A line
    naming no day (Fineco's ``Saldo EUR: 2.158,81``) states the balance at the download, which
    is the balance after the statement's last line (``last_day``)."""
    above = table.header_index if table.header_index is not None else table.data_start
    for row in table.rows[:above]:
        for at, written in enumerate(row):
            name = normalise_name(written)
            if not name.startswith(label):
                continue
            rest = name[len(label) :].strip()
            day_text, _, tail = rest.partition(" ")
            day = parse_date(day_text, mapping.date_format)
            if day is None and _amount(rest, mapping.decimal_comma) is not None:
                day, tail = last_day, rest
            cells = (tail.strip(" :"), *row[at + 1 :])
            amount = next((a for c in cells if (a := _amount(c, mapping.decimal_comma))), None)
            return (day, amount) if day is not None and amount is not None else None
    return None


def _closing_column(table: CsvTable, name: str, mapping: CsvMapping) -> Decimal | None:
    """The amount in column ``name`` on the last undated row below the rows that fills it."""
    header = [normalise_name(h) for h in table.header]
    if name not in header:
        return None
    column = header.index(name)
    for row in reversed(table.rows[table.data_start :]):
        dated = mapping.date < len(row) and parse_date(row[mapping.date], mapping.date_format)
        amount = _amount(row[column], False) if column < len(row) and not dated else None
        if amount is not None:
            return amount
    return None


def _amount(cell: str, decimal_comma: bool) -> Decimal | None:
    if not cell.strip():
        return None
    try:
        return parse_amount(cell, decimal_comma)
    except ValueProblem:
        return None
