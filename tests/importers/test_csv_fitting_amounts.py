"""A CSV reader that remembers which amounts fit their currency reads every row as a reader
that checks each row afresh: the same lines, and the same refusal on every row whose amount has
more decimals than its currency allows, however often that amount comes back."""

from __future__ import annotations

from collections.abc import Callable

from finapp.importers.base import ParsedTransaction
from finapp.importers.csv import CsvMapping, CsvMappingNeeded, sniff
from finapp.importers.csv.detect import detect_mapping
from finapp.importers.csv.reader import RowReader, with_written_currency
from finapp.importers.csv.table import CsvTable, RowProblem
from tests.importers.csv_generator import generate

Read = ParsedTransaction | tuple[int, str]


def _read_each(table: CsvTable, reader_for_row: Callable[[], RowReader]) -> list[Read]:
    """Every data row as a line, or the line number and reason of its refusal."""
    out: list[Read] = []
    start = table.data_start
    for row, line in zip(table.rows[start:], table.lines[start:], strict=True):
        reader = reader_for_row()
        try:
            if not reader.left_out(row):
                out.append(reader.transaction(row, line))
        except RowProblem as exc:
            out.append((exc.line, str(exc.reason)))
    return out


def _same_as_afresh(table: CsvTable, mapping: CsvMapping) -> list[Read]:
    shared = RowReader(mapping)
    remembered = _read_each(table, lambda: shared)
    assert remembered == _read_each(table, lambda: RowReader(mapping))
    return remembered


def test_generated_exports_read_alike() -> None:
    compared = 0
    for seed in range(200):
        table = sniff(generate(seed).data)
        try:
            mapping = with_written_currency(table, detect_mapping(table, "export.csv", None))
        except CsvMappingNeeded:
            continue
        compared += len(_same_as_afresh(table, mapping))
    assert compared > 1_000


def test_amounts_finer_than_the_currency_are_refused_on_every_row() -> None:
    rows = ["Date,Description,Amount,Currency"]
    for day in range(1, 21):
        amount, currency = ("1200.50", "JPY") if day % 3 else ("1200.50", "USD")
        rows.append(f"2026-01-{day:02d},SHOP {day % 4},-{amount},{currency}")
    table = sniff(("\n".join(rows) + "\n").encode())
    mapping = CsvMapping(
        header=tuple(table.header), date=0, date_format="YYYY-MM-DD", amount=2, payee=(1,),
        currency=3,
    )  # fmt: skip
    read = _same_as_afresh(table, mapping)
    refused = [r for r in read if isinstance(r, tuple)]
    assert len(refused) == 14 and all("JPY" in reason for _, reason in refused)
    assert sum(isinstance(r, ParsedTransaction) for r in read) == 6
