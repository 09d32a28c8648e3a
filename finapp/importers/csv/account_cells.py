"""What an export writes of the account itself on every row: its name, and its balance now.

BoursoBank's export repeats on each row the account's label (``accountLabel``: "BoursoBank"
for the current account, "Livret A", "LDDS" or a name the customer gave) and its balance at the
moment of the download (``accountbalance``: the same ``38 167,89`` on every row, not the balance
after each row). The label names the account, so a Livret A is not "BoursoBank …7654", and a
label naming a French savings product (Livret A, LDDS, LEP, PEL, CEL, a compte épargne) makes
it a savings account, as the bank keeps it.

The balance is recorded as the statement's ledger balance on the day the export was made: the
day in BoursoBank's file name (``export-operations-27-11-2026_08-14-02.csv``), else the day of
the export's latest line, the last day finapp knows the account was at that balance. It is
never read as a running balance (it does not change from row to row), and an account whose
rows write several balances states none, as a column that does not add up states none
(:mod:`.running_balance`). The profile names the columns (:attr:`Profile.label_column`,
:attr:`Profile.balance_now_column`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import PurePath

from finapp.core.account_types import AccountType
from finapp.core.balance_kinds import BalanceKind
from finapp.importers.base import Balance, ParsedStatement
from finapp.importers.csv import scheduled
from finapp.importers.csv.cells import Row, text
from finapp.importers.csv.deposit_kind import kind_said
from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.profiles import profile_named
from finapp.importers.csv.table import CsvTable
from finapp.importers.csv.values import ValueProblem, parse_amount

#: the names French banks give savings accounts: the regulated livrets, a home savings plan or
#: account, an "épargne" account
_SAVINGS_LABEL = re.compile(
    r"\b(?:livret|ldds|lep|pel|cel|[ée]pargne|compte sur livret|csl)\b", re.IGNORECASE
)
#: the day and time BoursoBank puts in the name of its download
_EXPORT_DAY = re.compile(r"(\d{2})-(\d{2})-(\d{4})_\d{2}-\d{2}-\d{2}")


def with_account_cells(
    statements: tuple[ParsedStatement, ...], table: CsvTable, mapping: CsvMapping, path: str
) -> tuple[ParsedStatement, ...]:
    """``statements`` named and typed by the label their rows write, with the balance their
    rows state when they state one; unchanged for an export whose profile names no such
    column."""
    profile = profile_named(mapping.profile) if mapping.profile else None
    if profile is None or not (
        profile.label_column or profile.balance_now_column or profile.type_column
    ):
        return statements
    header = [normalise_name(h) for h in table.header]
    label = _column(header, profile.label_column)
    balance = _column(header, profile.balance_now_column)
    kind = _column(header, profile.type_column)
    by_line = dict(zip(table.lines, table.rows, strict=True))
    out = []
    for stmt in statements:
        rows = [by_line[t.line] for t in stmt.transactions if t.line in by_line]
        stmt = _typed(_labelled(stmt, _one(rows, label)), _one(rows, kind))
        out.append(_with_balance_now(stmt, _one(rows, balance), mapping, path))
    return tuple(out)


def _column(header: list[str], name: str) -> int | None:
    return header.index(name) if name and name in header else None


def _one(rows: Sequence[Row], column: int | None) -> str:
    """The one text the rows write in ``column``; "" when they write several or none."""
    if column is None:
        return ""
    written = {text(row, column) for row in rows} - {""}
    return written.pop() if len(written) == 1 else ""


def _labelled(stmt: ParsedStatement, label: str) -> ParsedStatement:
    """``stmt``'s account called by its label, with its bank's name before a label that has
    none ("BoursoBank Livret A", "ING Oranje Spaarrekening": the ING inside "Spaarrekening"
    is no bank's name), and a savings account when the label names one."""
    if not label:
        return stmt
    account = stmt.account
    bank = account.institution
    named = bank and re.search(rf"(?<!\w){re.escape(bank)}(?!\w)", label, re.IGNORECASE)
    name = label if not bank or named else f"{bank} {label}"
    kind = account.type
    if kind == AccountType.CHECKING and _SAVINGS_LABEL.search(label):
        kind = AccountType.SAVINGS
    return replace(stmt, account=replace(account, name=name, type=kind))


def _typed(stmt: ParsedStatement, said: str) -> ParsedStatement:
    """``stmt``'s account of the kind its rows say: RBC's download of all of a customer's
    accounts writes "Visa" or "Savings" beside each row, and the card and the savings account
    were read as chequing accounts (the card's payments as money in, the emergency fund blind
    to the savings)."""
    kind = kind_said(said) if said else None
    if kind is None or kind == stmt.account.type:
        return stmt
    return replace(stmt, account=replace(stmt.account, type=kind))


def _with_balance_now(
    stmt: ParsedStatement, written: str, mapping: CsvMapping, path: str
) -> ParsedStatement:
    """``stmt`` with the balance its rows write, on the day the export was made."""
    if not written or stmt.balances or not stmt.transactions:
        return stmt
    amount = _balance_amount(written, mapping.decimal_comma)
    if amount is None:
        return stmt
    day = export_day(path, max(t.posted for t in stmt.transactions))
    return replace(stmt, balances=(Balance(BalanceKind.LEDGER, Decimal(amount), day),))


def _balance_amount(written: str, decimal_comma: bool) -> Decimal | None:
    """The balance a cell writes, in the file's decimal mark, else in the other: BoursoBank's
    2026 export writes ``3412.77`` beside amounts written ``2 850,00``, and the balance was
    dropped unread. None when neither reads it."""
    for comma in (decimal_comma, not decimal_comma):
        try:
            return parse_amount(written, comma)
        except ValueProblem:
            continue
    return None


def export_day(path: str, latest: date) -> date:
    """The day the file's name says it was made, when it is a day from ``latest`` (the
    export's latest line) to the day of import; else ``latest``."""
    found = _EXPORT_DAY.search(PurePath(path).name)
    if found is None:
        return latest
    day_text, month, year = found.groups()
    try:
        day = date(int(year), int(month), int(day_text))
    except ValueError:
        return latest
    return day if latest <= day <= scheduled.today() else latest
