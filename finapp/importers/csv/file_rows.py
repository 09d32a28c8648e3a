"""A file's data rows read into lines, grouped by the statement each goes in.

Rows before the data (preamble, header) and after it (totals such as ICBC's ``合计``: rows with
no readable date after the last dated row) are not data; a totals row among them is listed as
left out, as one between the lines is (:mod:`.totals_rows`). A row in the data that cannot be
read rejects the file, or with ``skip_bad_rows`` is left out and listed. Rows an app marks
neutral (``不计收支``) or closed/failed are never money movements and are listed as left out,
as are lines dated after the day of import where nothing says they are booked
(:mod:`.scheduled`). A line stating the statement's balance (Venmo's beginning-balance row) is
the statement's own, no transaction left out: it is passed over without a word
(:func:`~.left_out.statement_line`). What one row means is :class:`~.reader.RowReader`'s; this
module is what only the whole file tells.
"""

from __future__ import annotations

import re
from dataclasses import replace

from finapp.errors import Problem
from finapp.importers.base import ParsedTransaction, SkippedRow
from finapp.importers.csv import scheduled
from finapp.importers.csv.balance_signs import BalanceSignProblem, SignRow, signed_amounts
from finapp.importers.csv.card_number import accounts_column
from finapp.importers.csv.cells import Row, cell, cells_key, padded
from finapp.importers.csv.cut_end import refuse_cut_last_row
from finapp.importers.csv.left_out import statement_line
from finapp.importers.csv.mapping import CsvMapping, balance_column
from finapp.importers.csv.own_account import own_account
from finapp.importers.csv.reader import RowReader
from finapp.importers.csv.statements import Group
from finapp.importers.csv.table import CsvTable, RowProblem
from finapp.importers.csv.totals_rows import totals_label, totals_reason
from finapp.importers.csv.values import ValueProblem, parse_amount

#: a row read: the statement it goes in, its line, and its cells
Kept = tuple[Group, ParsedTransaction, Row]

#: A date cell's shape, readable or not: ``2024-02-30``, ``31/13/2024`` or ``19 Oct 15`` read
#: another way is a line with a bad date, while ``Total``, ``合计`` or an empty cell starts a
#: footer.
_DATE_SHAPED = re.compile(
    r"\d{1,4}\s*[-/.年]\s*\d{1,2}|\d{8}|\d{1,2}[\s-]+[^\W\d_]{3,9}\.?[\s-]+\d{2,4}"
    r"|[^\W\d_]{3,9}\.?\s+\d{1,2},?\s+\d{2,4}"
)


def _data_end(table: CsvTable, reader: RowReader) -> int:
    """One past the last row with a date, readable or not: what follows is a footer (totals).

    A last line whose date is impossible is a bad line (reported with its number), not a
    footer to drop without a word.
    """
    for i in range(len(table.rows) - 1, table.data_start - 1, -1):
        row = table.rows[i]
        if reader.posted(row) is not None or _DATE_SHAPED.match(cell(row, reader.m.date)):
            return i + 1
    return table.data_start


def stray(table: CsvTable, index: int) -> RowProblem | None:
    """The row's problem when one of its lines is in another encoding than the file."""
    line = table.stray_line(index)
    return None if line is None else RowProblem(line, table.stray_reason)


def refuse_stray_rows(table: CsvTable, indices: range) -> None:
    """Raise the first stray-encoding problem among rows that are not data (preamble, header,
    footer): no row can be skipped there, and a garbled header would mislead detection."""
    for i in indices:
        problem = stray(table, i)
        if problem is not None:
            raise problem


def read_rows(
    table: CsvTable, mapping: CsvMapping, skip_bad_rows: bool = False
) -> tuple[dict[Group, list[ParsedTransaction]], list[SkippedRow]]:
    """Transactions per account and currency, and the rows left out; :class:`RowProblem` on a
    bad row."""
    reader = RowReader(mapping)
    accounts = accounts_column(table, mapping)

    width, group_key = cells_key((*accounts, mapping.currency))
    groups: dict[object, Group] = {}

    def group(row: Row) -> Group:
        key = group_key(padded(row, width))
        if key not in groups:
            groups[key] = Group(own_account(row, accounts), reader.currency(row))
        return groups[key]

    kept: list[Kept] = []
    skipped: list[SkippedRow] = []
    day_of_import = scheduled.today()
    end = _data_end(table, reader)
    reader.learn_file(table.rows[table.data_start : end])
    refuse_stray_rows(table, range(table.data_start))
    refuse_stray_rows(table, range(end, len(table.rows)))
    for i in range(table.data_start, end):
        row, line = table.rows[i], table.lines[i]
        try:
            problem = stray(table, i) if table.stray_lines else None  # most files have none
            if problem is not None:
                raise problem
            reason = reader.left_out(row)
            if reason:
                if not statement_line(reason):
                    skipped.append(SkippedRow(line, reason, neutral=True))
                fee = reader.service_fee(row, line)
                if fee is not None:
                    kept.append((group(row), fee, row))
                continue
            refuse_cut_last_row(table, i, mapping)
            try:
                txn = reader.transaction(row, line)
            except RowProblem:
                said = reader.no_movement(row)
                if not said:
                    raise
                if not statement_line(said):
                    skipped.append(SkippedRow(line, said, neutral=True))
                continue
        except (RowProblem, ValueProblem) as exc:
            problem = exc if isinstance(exc, RowProblem) else RowProblem(line, exc.args[0])
            if not skip_bad_rows:
                raise problem from None
            skipped.append(SkippedRow(line, problem.reason))
            continue
        not_booked = scheduled.scheduled_reason(txn, mapping, day_of_import)
        if not_booked:
            skipped.append(SkippedRow(line, not_booked, neutral=True))
            continue
        kept.append((group(row), txn, row))
    skipped += _footer_totals(table, mapping, end)
    if mapping.sign == "balance":  # each account's balance signs its own rows
        kept = [
            signed
            for account in dict.fromkeys(g.account for g, _, _ in kept)
            for signed in _signed_by_balance([k for k in kept if k[0].account == account], mapping)
        ]
    by_group: dict[Group, list[ParsedTransaction]] = {}
    for key, txn, _ in kept:
        by_group.setdefault(key, []).append(txn)
    return by_group, skipped


def _footer_totals(table: CsvTable, mapping: CsvMapping, end: int) -> list[SkippedRow]:
    """The totals rows among those after the data (the footer), listed as left out: the user
    sees the file's ``合计`` was no line of theirs, rather than wonder where it went."""
    found = ((i, totals_label(table.rows[i], mapping)) for i in range(end, len(table.rows)))
    return [
        SkippedRow(table.lines[i], totals_reason(said), neutral=True) for i, said in found if said
    ]


def _signed_by_balance(kept: list[Kept], mapping: CsvMapping) -> list[Kept]:
    """One account's rows with the sign their running balance gives each amount (sign
    ``"balance"``); :class:`FirstSignNeeded` when the oldest row's is not given."""
    column = balance_column(mapping)
    rows = []
    for _, txn, row in kept:
        try:
            balance = parse_amount(cell(row, column), mapping.decimal_comma)
        except ValueProblem as exc:
            reason = Problem("row.bad_balance", f"the balance: {exc}", reason=exc.args[0])
            raise RowProblem(txn.line or 0, reason) from None
        rows.append(SignRow(txn.line or 0, txn.posted, txn.amount, balance, txn.payee))
    try:
        amounts = signed_amounts(rows, mapping.first_sign)
    except BalanceSignProblem as exc:  # no row can be left out to mend the chain
        raise RowProblem(exc.line, exc.reason, skippable=False) from None
    return [
        (key, replace(txn, amount=amount), row)
        for (key, txn, row), amount in zip(kept, amounts, strict=True)
    ]
