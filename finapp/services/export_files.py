"""How an export's files are written: cells as text, CSV and JSON, owner-only and flushed.

Apart from what is exported (:mod:`finapp.services.export_tables`) and from the all-or-nothing
folder handling (:mod:`finapp.services.export`): every file goes through one :class:`Sink` that
hashes what it writes, so the manifest's checksums cost no second read.
"""

from __future__ import annotations

import csv
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import IO, Any

from finapp.core.spreadsheet_cells import neutralise
from finapp.importers.finapp_export import MANIFEST_FORMAT, MANIFEST_VERSION
from finapp.services.export_tables import Column


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date | Decimal | int):
        return str(value) if not isinstance(value, date) else value.isoformat()
    return str(value)


def _csv_cell(value: Any) -> str:
    """Text neutralised, numbers as they are: ``-12.50`` is an amount, not a formula."""
    return neutralise(value) if isinstance(value, str) else _cell(value)


def _json_value(value: Any) -> Any:
    if isinstance(value, bool | int) or value is None:
        return value
    return _cell(value)


class Sink:
    """A text stream onto an open binary file that hashes what it writes, so the manifest's
    checksum costs no second read of the file."""

    def __init__(self, fh: IO[bytes]) -> None:
        self._fh = fh
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, text: str) -> int:
        data = text.encode("utf-8")
        self.sha256.update(data)
        self.size += len(data)
        self._fh.write(data)
        return len(text)


@dataclass(frozen=True, slots=True)
class Written:
    """One written file as the manifest lists it (``rows`` None for README.txt)."""

    rows: int | None
    sha256: str
    size: int


def write_csv(sink: Sink, columns: list[Column], rows: Iterable[Any]) -> int:
    """A header line and one line per row; returns how many rows.

    The file begins with UTF-8's byte-order mark: without it Excel reads a CSV in the
    computer's own code page, and a household's 瑞幸咖啡, Café or "Checking …7301" come out as
    mojibake. finapp's own import, and Python's ``utf-8-sig``, take the mark off.
    """
    sink.write("\ufeff")
    writer = csv.writer(sink)
    writer.writerow([c.header for c in columns])
    count = 0
    for row in rows:
        writer.writerow([_csv_cell(c.value(row)) for c in columns])
        count += 1
    return count


def write_json(sink: Sink, columns: list[Column], rows: Iterable[Any]) -> int:
    """A list of objects keyed by the columns' headers; returns how many rows."""
    items = [{c.header: _json_value(c.value(row)) for c in columns} for row in rows]
    json.dump(items, sink, ensure_ascii=False, indent=1)
    sink.write("\n")
    return len(items)


def write_private(path: Path, produce: Callable[[Sink], int | None]) -> Written:
    """Create ``path`` owner-only (0600), fill it, and flush it to the disk before returning."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0), 0o600)
    with os.fdopen(fd, "wb") as fh:
        sink = Sink(fh)
        rows = produce(sink)
        fh.flush()
        os.fsync(fh.fileno())
    return Written(rows, sink.sha256.hexdigest(), sink.size)


def readme_text(tables: dict[str, tuple[type, list[Column]]], fmt: str) -> str:
    """README.txt: how to read the files, then every file's columns and what they mean."""
    lines = [
        "finapp export",
        "=============",
        "",
        "Plain, unencrypted files: keep them somewhere safe. UTF-8 (each CSV file begins with",
        "a byte-order mark, by which spreadsheets tell UTF-8 and show every name as written);",
        "dates YYYY-MM-DD; amounts are signed decimal strings (negative = money out) in the",
        "row's currency. Empty or null means not set. subscriptions.csv is always written as a",
        "spreadsheet-friendly list.",
        "In the CSV files, text starting with = + - @ (or ' before one of them) has an extra",
        "leading ' so that spreadsheets show it instead of running it as a formula.",
        "Re-import everything (transactions, balances, budgets, rules, your subscription",
        "decisions, goals, settings, exchange rates, which alerts you read or dismissed)",
        "with: finapp import <this folder>, or its transactions.csv"
        + ("" if fmt == "csv" else " (also written)"),
        "",
    ]
    for name, (_, columns) in tables.items():
        lines.append(f"{name}.{fmt}")
        lines.extend(f"  {c.header}: {c.meaning}" for c in columns)
        lines.append("")
    return "\n".join(lines)


def manifest_text(fmt: str, files: dict[str, Written]) -> str:
    """manifest.json: what an import checks a file against (its rows, size and SHA-256)."""
    described = {
        name: {"rows": w.rows, "sha256": w.sha256, "bytes": w.size} for name, w in files.items()
    }
    return json.dumps(
        {
            "format": MANIFEST_FORMAT,
            "version": MANIFEST_VERSION,
            "created": datetime.now(UTC).isoformat(timespec="seconds"),
            "export_format": fmt,
            "files": described,
        },
        ensure_ascii=False,
        indent=1,
    )


def write_text(sink: Sink, text: str) -> None:
    """Write ``text`` whole (README.txt, the manifest)."""
    sink.write(text)
