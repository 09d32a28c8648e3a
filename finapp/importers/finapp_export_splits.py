"""Read the parts of split lines back from ``splits.csv`` beside finapp's ``transactions.csv``.

A split line is one row of ``transactions.csv`` (so a spreadsheet summing its amounts counts
the bank's lines once) and one row per part in ``splits.csv``, naming the line by its
``finapp_transaction_id``, as HomeBank and GnuCash write a split as lines under its
transaction. Importing ``transactions.csv`` brings the parts back with their lines when
``splits.csv`` is beside it; it is held to the manifest as the transactions are, and parts
that no longer make a split of their line (they must be two or more, none zero, each signed as
the line, adding up to it: an edited file) are refused with the row, as a bad amount is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from pathlib import Path

from finapp.core.spreadsheet_cells import restore
from finapp.errors import Problem, StatementError
from finapp.importers.base import ParsedSplit, ParsedTransaction

#: The file of the parts, beside ``transactions.csv``.
SPLITS_FILE = "splits.csv"
#: Its first column: the ``finapp_transaction_id`` of the line a part belongs to.
PART_OF = "transaction"


def splits_beside(
    folder: Path | None, verify: Callable[[str, bytes, Path | None], None]
) -> dict[str, tuple[ParsedSplit, ...]]:
    """The parts in ``folder``'s ``splits.csv`` by the id of their line (none without the
    file), in the order written; ``verify`` holds the file to the export's manifest."""
    path = folder / SPLITS_FILE if folder is not None else None
    if path is None or not path.is_file():
        return {}
    data = path.read_bytes()
    verify(str(path), data, folder)
    reader = csv.DictReader(io.StringIO(data.decode("utf-8-sig", errors="replace"), newline=""))
    parts: dict[str, list[ParsedSplit]] = {}
    try:
        for row in reader:
            cells = {header: restore(cell or "") for header, cell in row.items() if header}
            part = ParsedSplit(cells["category"], Decimal(cells["amount"]), cells.get("memo", ""))
            if not part.amount.is_finite():
                raise InvalidOperation
            parts.setdefault(cells[PART_OF], []).append(part)
    except (KeyError, InvalidOperation, csv.Error):
        problem = Problem("export.bad_split", "a part of a split line is damaged")
        raise StatementError(str(path), problem, reader.line_num) from None
    return {line: tuple(found) for line, found in parts.items()}


def with_parts(
    name: str, txn: ParsedTransaction, parts: tuple[ParsedSplit, ...]
) -> ParsedTransaction:
    """``txn`` carrying ``parts``, once they are known to make a split of it."""
    amounts = [part.amount for part in parts]
    whole = (
        len(parts) >= 2
        and sum(amounts) == txn.amount
        and all(amount != 0 and (amount < 0) == (txn.amount < 0) for amount in amounts)
    )
    if not whole:
        english = f"the parts in {SPLITS_FILE} do not add up to the line's {txn.amount}"
        problem = Problem("export.split_sum", english, amount=txn.amount, file=SPLITS_FILE)
        raise StatementError(name, problem, txn.line)
    return replace(txn, splits=parts)
