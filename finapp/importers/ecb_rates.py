"""The European Central Bank's reference-rate files, as the user downloads them.

``eurofxref.csv`` (one day) and ``eurofxref-hist.csv`` (every day since 1999), or the ``.zip``
each comes in: a header ``Date, USD, JPY, BGN, ...`` and one line per day of rates per 1 EUR,
each cell followed by ", " (so a line ends with a comma), ``N/A`` where a currency was not
quoted that day. The daily file writes its date as ``27 November 2026``, the history as
``2026-11-27``.

The whole file is read before anything is kept: a bad line is a :class:`RatesFileError` naming
the file and the line, and no rate of the file reaches the store.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from finapp.core.conversion import Rate
from finapp.errors import InvalidInputError

_MONTHS = {
    name: number
    for number, name in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august",
         "september", "october", "november", "december"),
        start=1,
    )
}  # fmt: skip
_CODE = re.compile(r"[A-Z]{3}")
_NUMBER = re.compile(r"\d{1,9}(\.\d{1,12})?")
#: what the ECB writes where a currency was not quoted that day
_NOT_QUOTED = frozenset(("", "N/A"))


class RatesFileError(InvalidInputError):
    """A rates file finapp cannot read. ``problem`` is a code the interface words
    (``unreadable``, ``not_rates``, ``bad_code``, ``bad_date``, ``bad_rate``, ``extra_cell``,
    ``no_rates``); ``line`` is 0 where the problem is the whole file."""

    def __init__(self, file: str, line: int, problem: str, text: str = "") -> None:
        self.file, self.line, self.problem, self.text = file, line, problem, text
        where = f"{file} line {line}" if line else file
        super().__init__(f"{where}: {_ENGLISH[problem].format(text=text)}; no rate was kept")


_ENGLISH = {
    "unreadable": "not a CSV file of exchange rates",
    "not_rates": "not a European Central Bank rates file (its first line should be "
    "'Date, USD, JPY, ...')",
    "bad_code": "{text!r} is not a currency code",
    "bad_date": "{text!r} is not a date",
    "bad_rate": "{text!r} is not a rate",
    "extra_cell": "more rates than the header names ({text!r})",
    "no_rates": "the file holds no rates",
}


def read_ecb_file(path: Path) -> list[Rate]:
    """Every rate in the file at ``path`` (a CSV, or a zip holding one), per 1 EUR."""
    data = path.read_bytes()
    name = path.name
    if zipfile.is_zipfile(io.BytesIO(data)):
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = [m for m in archive.namelist() if m.lower().endswith(".csv")]
            if len(members) != 1:
                raise RatesFileError(name, 0, "unreadable")
            name = f"{name}: {members[0]}"
            data = archive.read(members[0])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise RatesFileError(name, 0, "unreadable") from None
    return parse_ecb_csv(text, path.name, shown=name)


def parse_ecb_csv(text: str, source: str, *, shown: str | None = None) -> list[Rate]:
    """The rates in an ECB CSV's ``text``; each says its ``source`` (the file's name).
    ``shown`` names the file in errors (default ``source``)."""
    where = shown or source
    rows = list(csv.reader(io.StringIO(text), skipinitialspace=True))
    header = [cell.strip() for cell in rows[0]] if rows else []
    if not header or header[0] != "Date":
        raise RatesFileError(where, 1, "not_rates")
    while header and not header[-1]:
        header.pop()
    codes = header[1:]
    if not any(_CODE.fullmatch(code) for code in codes):
        raise RatesFileError(where, 1, "not_rates")
    for code in codes:
        if not _CODE.fullmatch(code):
            raise RatesFileError(where, 1, "bad_code", code)
    rates: list[Rate] = []
    for number, row in enumerate(rows[1:], start=2):
        cells = [cell.strip() for cell in row]
        if not any(cells):
            continue
        day = _day(cells[0], where, number)
        values = cells[1:]
        if any(values[len(codes) :]):
            raise RatesFileError(where, number, "extra_cell", values[len(codes)])
        for code, value in zip(codes, values, strict=False):
            if value in _NOT_QUOTED:
                continue
            if not _NUMBER.fullmatch(value) or Decimal(value) == 0:
                raise RatesFileError(where, number, "bad_rate", value)
            rates.append(Rate("EUR", code, Decimal(value), day, source))
    if not rates:
        raise RatesFileError(where, 0, "no_rates")
    return rates


def _day(text: str, where: str, line: int) -> date:
    """``2026-11-27`` (the history) or ``27 November 2026`` (the day's file); the month's
    name is read in English whatever the machine's language."""
    try:
        if "-" in text:
            return datetime.strptime(text, "%Y-%m-%d").date()
        day, month, year = text.split()
        return date(int(year), _MONTHS[month.lower()], int(day))
    except (ValueError, KeyError):
        raise RatesFileError(where, line, "bad_date", text) from None
