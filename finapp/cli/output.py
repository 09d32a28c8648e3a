"""How the CLI prints: text for people, one JSON document for programs.

JSON follows the CLI contract: dates ISO ``YYYY-MM-DD``, money as signed decimal strings.
"""

from __future__ import annotations

import dataclasses
import io
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TextIO

from finapp.cli.safe_text import SafeStream, safe_text


def jsonable(value: Any) -> Any:
    """Plain JSON values from dataclasses, Decimals and dates."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    if isinstance(value, date):
        return value.isoformat()
    return value


def _reconfigure(stream: TextIO, **options: str) -> None:
    if isinstance(stream, io.TextIOWrapper):  # not when a test harness captures output
        stream.reconfigure(**options)


@contextmanager
def cli_streams(stderr: TextIO) -> Iterator[None]:
    """Human text on ``stderr`` for the whole run: no terminal control, no encoding crash."""
    _reconfigure(stderr, errors="backslashreplace")
    sys.stderr = SafeStream(stderr)  # type: ignore[assignment]
    try:
        yield
    finally:
        sys.stderr = stderr


@contextmanager
def stdout_for(json_mode: bool) -> Iterator[None]:
    """``sys.stdout`` as the mode needs it while a command runs.

    JSON is UTF-8 whatever the locale (an ISO-8859-1 or GB18030 terminal would otherwise crash
    part-way or re-encode it) and exact; text passes through :func:`safe_text` and shows what
    the locale cannot encode as escapes instead of failing after the work is done.
    """
    stdout = sys.stdout
    if json_mode:
        _reconfigure(stdout, encoding="utf-8", errors="strict")
        yield
        return
    _reconfigure(stdout, errors="backslashreplace")
    safe = SafeStream(stdout)
    sys.stdout = safe  # type: ignore[assignment]
    try:
        yield
    finally:
        if sys.stdout is safe:  # a closed pipe leaves None, so exit does not flush it again
            sys.stdout = stdout


def print_notice(message: str) -> None:
    """``finapp: message`` on stderr as one line, whatever file name or payee it quotes."""
    print(f"finapp: {safe_text(message)}", file=sys.stderr, flush=True)


def print_json(value: Any) -> None:
    json.dump(jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """A plain aligned text table; right-aligns columns that look numeric.

    Cells are made safe before they are measured, so an escaped payee keeps its column.
    """
    headers = [safe_text(h) for h in headers]
    rows = [[safe_text(cell) for cell in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in rows:
        widths = [max(w, len(cell)) for w, cell in zip(widths, row, strict=True)]
    numeric = [
        bool(rows) and all(_looks_numeric(row[i]) for row in rows if row[i])
        for i in range(len(headers))
    ]

    def fmt(row: list[str]) -> str:
        cells = [
            cell.rjust(w) if num else cell.ljust(w)
            for cell, w, num in zip(row, widths, numeric, strict=True)
        ]
        return "  ".join(cells).rstrip()

    print(fmt(headers))
    print("  ".join("-" * w for w in widths))
    for row in rows:
        print(fmt(row))


def _looks_numeric(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return True
