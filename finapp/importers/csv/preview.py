"""The mapping wizard's preview: the first rows as a mapping reads them, problems shown.

The wizard shows what a mapping makes of a file before anything is imported, so a problem is
a note beside its row, never raised. Amounts a running balance signs are read over the whole
file, as an import would: the oldest row, whose sign decides the others', may be the last.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from finapp.errors import Problem
from finapp.importers.csv.balance_signs import FirstSignNeeded
from finapp.importers.csv.file_rows import read_rows, stray
from finapp.importers.csv.mapping import CsvMapping
from finapp.importers.csv.reader import RowReader
from finapp.importers.csv.table import CsvTable, RowProblem
from finapp.importers.csv.values import ValueProblem


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row as the mapping reads it, for the mapping wizard's preview table."""

    line: int
    posted: date | None
    amount: Decimal | None
    payee: str
    memo: str
    currency: str
    note: str  # why the row is left out or cannot be read; "" when it is fine


def _preview_balance_signs(table: CsvTable, mapping: CsvMapping) -> tuple[dict[int, Decimal], str]:
    """Each line's amount as the balance column signs it, read over the whole file (the oldest
    row may be its last); else nothing, and what is missing."""
    try:
        by_group, _ = read_rows(table, mapping, skip_bad_rows=True)
    except FirstSignNeeded as exc:
        line = exc.oldest.line
        return {}, Problem(
            "preview.first_sign",
            f"no sign until the oldest row (line {line}) is said to be money in or out",
            line=line,
        )
    except RowProblem as exc:
        return {}, exc.reason
    return {t.line or 0: t.amount for txns in by_group.values() for t in txns}, ""


def preview_rows(table: CsvTable, mapping: CsvMapping, limit: int = 20) -> list[PreviewRow]:
    """The first ``limit`` data rows as ``mapping`` reads them; problems shown, never raised."""
    reader = RowReader(mapping)
    reader.learn_file(table.rows[table.data_start :])
    by_balance, balance_problem = (
        _preview_balance_signs(table, mapping) if mapping.sign == "balance" else ({}, "")
    )
    out: list[PreviewRow] = []
    for i in range(table.data_start, min(len(table.rows), table.data_start + limit)):
        row, line = table.rows[i], table.lines[i]
        try:
            problem = stray(table, i)
            if problem is not None:
                raise problem
            note = reader.left_out(row)
            txn = reader.transaction(row, line)
            amount = txn.amount if mapping.sign != "balance" else by_balance.get(line)
            if amount is None and not note:
                note = balance_problem
            out.append(
                PreviewRow(
                    line, txn.posted, amount, txn.payee, txn.memo, reader.currency(row), note
                )
            )
        except (RowProblem, ValueProblem) as exc:
            reason = exc.reason if isinstance(exc, RowProblem) else exc.args[0]
            note = reader.no_movement(row) or reason
            out.append(PreviewRow(line, reader.posted(row), None, "", "", "", note))
    return out
