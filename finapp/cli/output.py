"""How the CLI prints: text for people, one JSON document for programs.

JSON follows the CLI contract: dates ISO ``YYYY-MM-DD``, money as signed decimal strings.
"""

from __future__ import annotations

import dataclasses
import io
import json
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from datetime import date, datetime
from decimal import Decimal
from functools import cache
from typing import TYPE_CHECKING, Any, TextIO, overload

import orjson

from finapp.cli.safe_text import SafeStream, safe_text

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

#: types that are JSON as they are; checked by exact type first, since a listing of 100k
#: transactions holds a million values and nearly all of them are these
_AS_IS = frozenset({str, int, bool, type(None)})
#: exact types known not to be dataclasses, so the (slower) dataclass test is skipped for them
_NOT_DATACLASSES = frozenset({dict, list, tuple, Decimal, date, datetime})


def _same(value: float) -> float:
    return value


def _python_float(value: float) -> orjson.Fragment:
    """A float written as Python's ``json`` writes it (``1e-06``, ``NaN``), not as orjson would
    (``1e-6``, ``null``): the output stays what it was before orjson wrote it."""
    return orjson.Fragment(json.dumps(value))


def _plain(value: object, as_float: Callable[[float], object]) -> object:
    """``value`` with dataclasses, Decimals and dates turned into JSON's own kinds of value;
    floats become ``as_float(value)``. Children that are already plain are not visited."""
    kind: type = type(value)
    if kind in _AS_IS:
        return value
    if kind not in _NOT_DATACLASSES and dataclasses.is_dataclass(value):
        if isinstance(value, type):
            return value
        pairs: Iterable[tuple[object, object]]
        pairs = [(name, getattr(value, name)) for name in _field_names(kind)]
    elif isinstance(value, dict):
        pairs = value.items()
    elif isinstance(value, list | tuple):
        return [v if type(v) in _AS_IS else _plain(v, as_float) for v in value]
    elif isinstance(value, Decimal):
        return str(value)
    elif isinstance(value, datetime):
        return value.isoformat(timespec="seconds")
    elif isinstance(value, date):
        return value.isoformat()
    elif isinstance(value, float):
        return as_float(value)
    else:
        return value
    return {str(k): v if type(v) in _AS_IS else _plain(v, as_float) for k, v in pairs}


@cache
def _field_names(kind: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(kind))


@overload
def jsonable(value: Mapping[str, object] | DataclassInstance) -> dict[str, Any]: ...
@overload
def jsonable(value: object) -> object: ...
def jsonable(value: object) -> object:
    """Plain JSON values from dataclasses, Decimals and dates."""
    return _plain(value, _same)


def _reconfigure(stream: TextIO, *, encoding: str | None = None, errors: str) -> None:
    """Set the encoding (None: keep it) and error handler of a real console or pipe."""
    if isinstance(stream, io.TextIOWrapper):  # not when a test harness captures output
        stream.reconfigure(encoding=encoding, errors=errors)


@contextmanager
def cli_streams(stderr: TextIO) -> Iterator[None]:
    """Human text on ``stderr`` for the whole run: no terminal control, no encoding crash."""
    _reconfigure(stderr, errors="backslashreplace")
    sys.stderr = SafeStream(stderr)
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
    sys.stdout = safe
    try:
        yield
    finally:
        if sys.stdout is safe:  # a closed pipe leaves None, so exit does not flush it again
            sys.stdout = stdout


def print_notice(message: str) -> None:
    """``finapp: message`` on stderr as one line, whatever file name or payee it quotes."""
    print(f"finapp: {safe_text(message)}", file=sys.stderr, flush=True)


def print_json(value: object, *, floats: bool = True) -> None:
    """``value`` as one JSON document, encoded whole and written at once.

    The text is byte for byte what ``json.dump(..., ensure_ascii=False, indent=2)`` writes;
    ``json.dump`` itself wrote a 100k-transaction listing in 4.8 million pieces (10 s). What
    orjson refuses (integers past 64 bits, unpaired surrogates, unknown types) goes through
    ``json`` as before, so it is written or refused exactly as it was.

    ``floats=False`` is the caller's word that ``value`` holds no float: orjson then takes its
    lists and dicts as they are and is handed only the Decimals, dates and dataclasses, where
    otherwise every value is visited first to spell floats as ``json`` does (0.2 s of a
    100k-transaction listing).
    """
    try:
        if floats:
            text = orjson.dumps(_plain(value, _python_float), option=_INDENTED).decode()
        else:
            text = orjson.dumps(value, default=_converted, option=_INDENTED | _HANDED_OVER).decode()
    except orjson.JSONEncodeError:
        text = json.dumps(jsonable(value), ensure_ascii=False, indent=2) + "\n"
    sys.stdout.write(text)


def print_utf8(pieces: Iterable[bytes]) -> None:
    """A JSON document already encoded in UTF-8 (written by SQLite), passed to stdout as it is:
    decoding it only for the stream to encode it again took a third of a second on 300k
    transactions. JSON mode has made stdout UTF-8 (:func:`stdout_for`)."""
    buffer = getattr(sys.stdout, "buffer", None)
    if buffer is None:  # a stream of text only, such as a test's StringIO
        sys.stdout.write(b"".join(pieces).decode())
        return
    sys.stdout.flush()
    buffer.writelines(pieces)


_INDENTED = orjson.OPT_INDENT_2 | orjson.OPT_APPEND_NEWLINE
#: dates and dataclasses go to :func:`_converted`, which writes them as :func:`jsonable` does
_HANDED_OVER = orjson.OPT_PASSTHROUGH_DATETIME | orjson.OPT_PASSTHROUGH_DATACLASS


def _converted(value: object) -> object:
    """One value orjson does not take itself, as :func:`jsonable` gives it; else TypeError."""
    plain = _plain(value, _python_float)
    if plain is value:
        raise TypeError(f"{type(value).__name__} is not JSON")
    return plain


def print_table(headers: list[str], rows: list[list[str]]) -> None:
    """A plain aligned text table; right-aligns columns that look numeric.

    Cells are made safe before they are measured, so an escaped payee keeps its column, and
    measured in a terminal's columns, so "ABC 农业银行" (twelve columns, eight characters) keeps
    the columns after it in line.
    """
    headers = [safe_text(h) for h in headers]
    rows = [[safe_text(cell) for cell in row] for row in rows]
    widths = [_columns(h) for h in headers]
    for row in rows:
        widths = [max(w, _columns(cell)) for w, cell in zip(widths, row, strict=True)]
    numeric = [
        bool(rows) and all(_looks_numeric(row[i]) for row in rows if row[i])
        for i in range(len(headers))
    ]

    def fmt(row: list[str]) -> str:
        cells = [
            _padded(cell, w, right=num) for cell, w, num in zip(row, widths, numeric, strict=True)
        ]
        return "  ".join(cells).rstrip()

    lines = [fmt(headers), "  ".join("-" * w for w in widths), *map(fmt, rows)]
    print("\n".join(lines))  # one write, not one a row


def _columns(text: str) -> int:
    """The terminal columns ``text`` takes: two for a Chinese character, none for a combining
    mark (safe text holds no control character, which wcwidth would count as -1). ASCII is
    counted at once: a table of years of transactions is mostly ASCII, and wcwidth, loaded only
    when such a cell is met, reads character by character."""
    if text.isascii():
        return len(text)
    from wcwidth import wcswidth

    return max(wcswidth(text), 0)


def _padded(text: str, width: int, *, right: bool) -> str:
    padding = " " * (width - _columns(text))
    return padding + text if right else text + padding


def _looks_numeric(text: str) -> bool:
    try:
        Decimal(text)
    except ArithmeticError:
        return False
    return True


def plain_text_warning(files: int = 1) -> str:
    """What each command that writes the user's data out of the encrypted store says under its
    summary (an export, a renewals calendar, a health report): the same words every time."""
    if files == 1:
        return "This file is NOT encrypted: keep it somewhere safe."
    return "These files are NOT encrypted: keep them somewhere safe."
