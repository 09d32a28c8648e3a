"""Read the files of finapp's own export beside its ``transactions.csv``, row by row.

Importing the export's ``transactions.csv`` brings back what the files beside it hold (see
:mod:`finapp.services.export_restore`). Each file is held to the manifest as the transactions
are (:func:`~finapp.importers.finapp_export.verify_export`), its text cells lose the ``'`` the
export put before formula-like text, and a row that is not what finapp wrote is refused naming
the file and the line, so that nothing of the import is written.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TypeVar

from finapp.core.spreadsheet_cells import restore
from finapp.errors import InvalidInputError, Problem, StatementError
from finapp.importers.finapp_export import ID_COLUMN, TRANSFER_OF, verify_export

#: One row of an export's file: the line it ends on, and its cells by header.
Row = tuple[int, dict[str, str]]
T = TypeVar("T")


def export_rows(folder: Path, file: str) -> list[Row]:
    """The rows of ``file`` in the export ``folder``, or of its ``.json`` twin in an export
    written as JSON; none when the export has neither (an export of an older finapp)."""
    path = folder / file
    if not path.is_file():
        twin = path.with_suffix(".json")
        return _json_rows(folder, twin) if twin.is_file() else []
    data = path.read_bytes()
    verify_export(str(path), data, folder)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        english = "a finapp export must be UTF-8"
        raise StatementError(str(path), Problem("export.not_utf8", english)) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    rows: list[Row] = []
    try:
        for row in reader:
            if None in row or any(cell is None for cell in row.values()):
                english = "a row has the wrong number of cells"
                raise StatementError(str(path), Problem("export.cells", english), reader.line_num)
            rows.append((reader.line_num, {h: restore(cell) for h, cell in row.items()}))
    except csv.Error as exc:
        problem = Problem("export.not_csv", f"not a readable CSV ({exc})", detail=exc)
        raise StatementError(str(path), problem, reader.line_num) from None
    return rows


def cell(folder: Path, file: str, row: Row, read: Callable[[dict[str, str]], T]) -> T:
    """``read`` of one row's cells; a missing column or a cell finapp never writes (a date,
    an amount, a word edited into something else) refuses the file with the row's line."""
    try:
        return read(row[1])
    except (KeyError, TypeError, ValueError, ArithmeticError, InvalidInputError):
        english = f"a row of {file} is not as finapp wrote it"
        problem = Problem("export.bad_row", english, file=file)
        raise StatementError(str(folder / file), problem, row[0]) from None


def day(text: str) -> date | None:
    """An exported day; None for an empty cell."""
    return date.fromisoformat(text) if text else None


def amount(text: str) -> Decimal | None:
    """An exported amount; None for an empty cell."""
    if not text:
        return None
    value = Decimal(text)
    if not value.is_finite():
        raise InvalidOperation
    return value


def transfer_links(path: Path) -> dict[int, tuple[str, bool, str]]:
    """What ``transactions.csv`` at ``path`` says of each line's transfer, by the line the
    row ends on (the line its :class:`~finapp.importers.base.ParsedTransaction` was read
    from): its ``finapp_transaction_id``, whether it is a transfer, and the id of its other
    side ("" when none). None of it from a file without the ``transfer`` column."""
    folder, file = path.parent, path.name
    rows = export_rows(folder, file)
    if not rows or "transfer" not in rows[0][1]:  # a file made by hand: the pairing decides
        return {}
    return {
        row[0]: cell(
            folder,
            file,
            row,
            lambda c: (c[ID_COLUMN], yes(c["transfer"]), c.get(TRANSFER_OF) or ""),
        )
        for row in rows
    }


def yes(text: str) -> bool:
    """An exported true or false."""
    if text not in ("true", "false"):
        raise ValueError(text)
    return text == "true"


def _json_rows(folder: Path, path: Path) -> list[Row]:
    """The objects of an export's JSON file as rows of text cells, as its CSV twin has them
    (true/false, numbers as written, null as empty), each with its place in the list."""
    data = path.read_bytes()
    verify_export(str(path), data, folder)
    try:
        items = json.loads(data.decode("utf-8-sig"))
        if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
            raise ValueError(path.name)
    except ValueError:  # UnicodeDecodeError and JSONDecodeError among them
        english = "not the list of objects finapp writes"
        raise StatementError(str(path), Problem("export.not_json", english)) from None
    return [
        (place, {str(key): _text(value) for key, value in item.items()})
        for place, item in enumerate(items, start=1)
    ]


def _text(value: object) -> str:
    """A JSON value as the CSV export writes it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
