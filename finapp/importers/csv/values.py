"""Cell values of bank exports: amounts and dates in the many ways banks write them.

Amounts: ``-1,234.56``, ``1.234,56``, ``11'373.94``, ``(12.00)``, ``12.00-``, ``$20.00``,
``¥28.16``, ``CNY 123.18``, ``+10000.00``, ``8,000.00(CN)``, ``131.77(已退款89.84)``, ``12.00 DR``.
Dates: ISO, ``yyyymmdd``, ``2025年01月02日``, dd/mm vs mm/dd (decided on the whole column),
two-digit years, ``23-Jan-15``, ``Jan 5, 2024``, with or without a time (and its zone) after
them.
Parsers are memoised by the cell's text: a statement repeats the same dates and amounts.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterable, Sequence
from datetime import date
from decimal import Decimal

from finapp.core import amounts
from finapp.core.dates import in_date_span

_DECIMAL_COMMA = re.compile(
    r"^[-+(]?\D*\d{1,3}(?:[. \u00a0']\d{3})*,\d{1,2}\D*$|^\D*\d+,\d{1,2}\D*$"
)
_DECIMAL_POINT = re.compile(r"\d\.\d{1,2}(?!\d)")
#: an amount as most exports write it (``-75.81``, ``1234.5``, ``12``): no mark, no grouping,
#: no sign but a leading minus, what :class:`~decimal.Decimal` reads the same as the grammar
_PLAIN = re.compile(r"-?\d{1,12}(?:\.\d{1,2})?")


class ValueProblem(ValueError):
    """A cell that is not what its column should hold; the message says why."""


def uses_decimal_comma(values: Iterable[str]) -> bool:
    """Whether a column's numbers use a comma as the decimal mark (``1.234,56``)."""
    comma = point = 0
    for value in values:
        if _DECIMAL_COMMA.match(value.strip()):
            comma += 1
        elif _DECIMAL_POINT.search(value):
            point += 1
    return comma > 0 and point == 0


#: a minus before a negative amount: money in, in a download that writes a minus before every
#: amount (USAA's older CSV: ``-23.99`` spent, ``--23.99`` given back)
_NEGATED = re.compile(r"--\d[\d,]*(?:\.\d+)?")


@functools.lru_cache(maxsize=65536)
def parse_amount(text: str, decimal_comma: bool = False) -> Decimal | None:
    """The signed amount in a cell by the strict grammar, ``None`` for an empty cell.

    :class:`ValueProblem` for anything the grammar refuses, so the row is refused with its line.
    """
    value = text.strip()
    if value in ("", "-", "--", "/", "—"):
        return None
    if _NEGATED.fullmatch(value):  # USAA's older download writes money in "--1000.00"
        value = value[2:]
    if not decimal_comma and plain_amount(value) and (written := Decimal(value)):
        return written  # a zero goes through the grammar: it reads ``-0.00`` as 0.00
    try:
        return written_amount(value, decimal_comma).value
    except amounts.AmountError as exc:
        raise ValueProblem(exc.args[0]) from None  # its Problem, code and facts kept


@functools.lru_cache(maxsize=65536)
def written_amount(value: str, decimal_comma: bool) -> amounts.WrittenAmount:
    """A stripped amount cell's amount and currency mark by the strict grammar (see
    :func:`finapp.core.amounts.read_amount`): read once per text, though both the amount
    and the row's currency ask it."""
    return amounts.read_amount(value, decimal_comma)


def plain_amount(value: str) -> bool:
    """Whether a stripped cell is a bare number with a decimal point (``-75.81``): read without
    the grammar, as a ten years' history holds tens of thousands of distinct amounts, and
    known to carry no currency mark."""
    return _PLAIN.fullmatch(value) is not None


# --- dates -----------------------------------------------------------------------------------

#: a time after the date, with its zone as an offset or a name (Cash App's ``18:22:10 EST``)
_TIME_TAIL = (
    r"(?:[ T]+\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?\s*(?:[AP]M)?"
    r"(?:Z|\s*[+-]\d{2}:?\d{2}|\s+[A-Z]{3,4})?)?\s*$"
)
_MONTHS = {
    m: i
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1
    )
}


@functools.cache
def _pattern(body: str) -> re.Pattern[str]:
    return re.compile(r"^\s*" + body + _TIME_TAIL, re.I)


#: name -> (regex body, order of (year, month, day) groups)
DATE_FORMATS: dict[str, tuple[str, tuple[int, int, int]]] = {
    "YYYY-MM-DD": (r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})", (0, 1, 2)),
    "YYYYMMDD": (r"(\d{4})(\d{2})(\d{2})", (0, 1, 2)),
    "YYYY年MM月DD日": (r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日", (0, 1, 2)),
    "DD/MM/YYYY": (r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})", (2, 1, 0)),
    "MM/DD/YYYY": (r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})", (2, 0, 1)),
    "DD-Mon-YYYY": (r"(\d{1,2})[- ]([A-Za-z]{3})[a-z]*\.?[- ,]+(\d{4}|\d{2})", (2, 1, 0)),
    "Mon DD, YYYY": (r"([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})", (2, 0, 1)),
    "MM/DD": (r"(\d{1,2})/(\d{1,2})", (-1, 0, 1)),  # no year: needs the statement's year
}


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


@functools.lru_cache(maxsize=65536)
def parse_date(text: str, fmt: str, year: int | None = None) -> date | None:
    """The date in ``text`` read as ``fmt``; ``None`` when it does not fit or lies outside
    finapp's span of dates (``9999-12-31`` would overflow later, mid-import)."""
    day = _calendar_date(text, fmt, year)
    return day if day is not None and in_date_span(day) else None


def _calendar_date(text: str, fmt: str, year: int | None) -> date | None:
    body, order = DATE_FORMATS[fmt]
    match = _pattern(body).match(text)
    if match is None:
        return None
    groups = match.groups()
    try:
        month_text = groups[order[1]]
        month = _MONTHS.get(month_text[:3].lower()) if month_text.isalpha() else int(month_text)
        if month is None:
            return None
        the_year = year if order[0] < 0 else _year(groups[order[0]])
        if the_year is None:
            return None
        return date(the_year, month, int(groups[order[2]]))
    except ValueError:
        return None


def looks_like_date(text: str) -> bool:
    """Whether a cell reads as a date in any format (year-less too: 2000 is a leap year)."""
    return any(parse_date(text, fmt, 2000) for fmt in DATE_FORMATS)


#: formats whose shape alone (digits and separators) says "a date", valid or not
_SHAPED = ("YYYY-MM-DD", "YYYY年MM月DD日", "DD/MM/YYYY")


def date_like(text: str) -> bool:
    """Whether a cell is a date or is written like one (``2025-13-02``, ``31/02/2025``).

    Finding the header asks this rather than :func:`looks_like_date`: a first data row whose
    date is wrong is still data, so its bad date is reported with its line instead of the row
    being taken for the header and the file said to have "no date column".
    """
    return looks_like_date(text) or any(_pattern(DATE_FORMATS[f][0]).match(text) for f in _SHAPED)


def _monotonic(days: Sequence[date]) -> bool:
    pairs = list(itertools.pairwise(days))
    return all(a <= b for a, b in pairs) or all(a >= b for a, b in pairs)


def date_formats_fitting(values: Sequence[str], year_hint: int | None = None) -> list[str]:
    """Formats that read every value of a column, most plausible first.

    dd/mm and mm/dd both fit when no day exceeds 12; then the order of the rows decides if it
    can (statements are sorted by date, so only one reading is monotonic), else both stay and
    the caller must ask.
    """
    cells = list(dict.fromkeys(v.strip() for v in values if v.strip()))
    # a cell that is no date in any format is a bad row, reported with its line by the reader
    unique = [v for v in cells if looks_like_date(v)]
    if not unique or len(unique) * 2 < len(cells):
        return []
    fitting = [
        fmt
        for fmt in DATE_FORMATS
        if (fmt != "MM/DD" or year_hint) and all(parse_date(v, fmt, year_hint) for v in unique)
    ]
    if {"DD/MM/YYYY", "MM/DD/YYYY"} <= set(fitting) and all("." in v for v in unique):
        fitting.remove("MM/DD/YYYY")  # dd.mm.yyyy: nobody writes month first with dots
    if {"DD/MM/YYYY", "MM/DD/YYYY"} <= set(fitting):
        ordered = [v.strip() for v in values if v.strip()]
        sorted_as = [
            fmt
            for fmt in ("DD/MM/YYYY", "MM/DD/YYYY")
            if _monotonic([d for v in ordered if (d := parse_date(v, fmt)) is not None])
        ]
        if len(sorted_as) == 1 and len(unique) >= 3:
            fitting.remove("MM/DD/YYYY" if sorted_as == ["DD/MM/YYYY"] else "DD/MM/YYYY")
    return fitting
