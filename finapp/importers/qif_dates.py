"""QIF dates, and the day/month order of a whole file.

QIF writes dates however the exporting program was set up: Quicken US ``1/ 5'24`` (padding
spaces, an apostrophe before a year from 2000), ``01/05/2024``, ``1/5/24``, European
``05/01/2024`` and ``05.01.2024``, ISO ``2024-01-05``. Nothing in the file says which order it
uses, so the order is decided once per file from all its dates, never line by line: a first part
above 12 means day first, a second part above 12 month first, dots mean day first (nobody writes
month first with dots), and otherwise the order of the lines (an export is sorted by date, so
only one reading is in order). When still both readings fit and they give different days, the
file is refused with a message naming a date that reads two ways: a silent guess would move
every line before the 13th of its month to another month.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Literal

from finapp.core.dates import in_date_span
from finapp.errors import Problem

Order = Literal["month first", "day first"]
ORDERS: tuple[Order, Order] = ("month first", "day first")

_ISO = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
#: first part, separator, second part, year separator (``'`` is Quicken's mark for 2000+), year
_PARTS = re.compile(r"(\d{1,2})([-/.])(\d{1,2})([-/.'])(\d{1,4})")


class DateOrderProblem(ValueError):
    """The file's dates cannot be read in one day/month order; ``line`` shows where."""

    def __init__(self, line: int, reason: str) -> None:
        super().__init__(reason)
        self.line = line
        self.reason = reason


@dataclass(frozen=True, slots=True)
class WrittenDate:
    """A ``D`` line as written: ISO (``fixed``) or two parts whose order is the file's."""

    line: int
    text: str
    fixed: date | None = None
    first: int = 0
    second: int = 0
    year: int = 0
    sep: str = ""  # between day and month: "/", "-" or "."

    @property
    def dotted(self) -> bool:
        return self.sep == "."

    def read(self, order: Order) -> date | None:
        """The day this date is in ``order``; ``None`` when it is no date in finapp's span."""
        if self.fixed is not None:
            return self.fixed
        month, day = (
            (self.first, self.second) if order == "month first" else (self.second, self.first)
        )
        return _date(self.year, month, day)


def _date(year: int, month: int, day: int) -> date | None:
    try:
        found = date(year, month, day)
    except ValueError:
        return None
    return found if in_date_span(found) else None


def _year(text: str, apostrophe: bool) -> int:
    """Four digits as written; Quicken's ``'24`` (or ``' 4``) is 2000 + it; a bare ``24`` is
    2024 and ``99`` 1999 (the pivot the CSV reader uses)."""
    year = int(text)
    if len(text) == 4:
        return year
    if apostrophe:
        return 2000 + year
    return year + (2000 if year < 70 else 1900)


def written_date(text: str, line: int) -> WrittenDate | None:
    """The date a ``D`` line writes, or ``None`` when it is written like no date at all."""
    compact = re.sub(r"\s+", "", text)
    iso = _ISO.fullmatch(compact)
    if iso:
        fixed = _date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3)))
        return WrittenDate(line, text, fixed) if fixed else None
    parts = _PARTS.fullmatch(compact)
    if parts is None:
        return None
    first, sep, second, year_sep, year = parts.groups()
    apostrophe = year_sep == "'"
    if len(year) == 3 or (len(year) == 1 and not apostrophe) or year_sep not in (sep, "'"):
        return None
    written = WrittenDate(
        line, text, None, int(first), int(second), _year(year, apostrophe), sep=sep
    )
    return written if any(written.read(order) for order in ORDERS) else None


@dataclass(frozen=True, slots=True)
class DayOrder:
    """The order a file's dates are read in, and what in the file says so (for the user)."""

    order: Order
    because: str


def day_order(
    dates: Sequence[WrittenDate], groups: Sequence[Sequence[WrittenDate]], decimal_comma: bool
) -> DayOrder:
    """The one order that reads every date of the file; :class:`DateOrderProblem` otherwise.

    ``groups`` are the dates of each account in file order: each account's lines are sorted.
    When nothing settles it, ``/`` dates beside decimal points are read month first, QIF's own
    US form (Intuit's QIF description and US exporters write it), and the reason says it was
    not settled; beside decimal commas, or with ``-``, both orders fit equally and the file is
    refused.
    """
    two_part = [d for d in dates if d.fixed is None]
    fitting = [o for o in ORDERS if all(d.read(o) for d in two_part)]
    if any(d.dotted for d in two_part) and "month first" in fitting:
        fitting.remove("month first")
    if not fitting:
        raise _mixed(two_part)
    if not two_part:
        return DayOrder("month first", "ISO dates (year first)")
    if len(fitting) == 1:
        return DayOrder(fitting[0], _settled_by(two_part, fitting[0]))
    if all(d.read(ORDERS[0]) == d.read(ORDERS[1]) for d in two_part):
        return DayOrder("month first", "every date reads the same either way")
    in_order = [o for o in ORDERS if all(_sorted([d.read(o) for d in g]) for g in groups)]
    if len(in_order) == 1 and len({d.read("month first") for d in two_part}) >= 3:
        return DayOrder(in_order[0], "the lines are in date order only when read so")
    if not decimal_comma and all(d.sep == "/" for d in two_part):
        return DayOrder(
            "month first",
            "not settled by the file (no day above 12, lines not "
            "in date order): read month first, QIF's US form",
        )
    sample = next(d for d in two_part if d.read(ORDERS[0]) != d.read(ORDERS[1]))
    us, eu = sample.read("month first"), sample.read("day first")
    written = sample.text.strip()
    english = (
        f"the date {written!r} reads as {us:%d %B %Y} (month first, US) or {eu:%d %B %Y} (day "
        "first), and no date in the file settles which (none has a day above 12, the lines are "
        "not in date order, and its amounts do not say US); export it again with ISO dates "
        "(YYYY-MM-DD), or as OFX or CSV"
    )
    facts = {"value": written, "us": us, "eu": eu}
    raise DateOrderProblem(sample.line, Problem("qif.dates_unsettled", english, **facts))


def _settled_by(dates: Sequence[WrittenDate], order: Order) -> str:
    """What ruled the other order out: a part above 12, an impossible day, or dots."""
    other = ORDERS[1] if order == ORDERS[0] else ORDERS[0]
    found = next((d for d in dates if not d.read(other)), None)
    if found is None:
        return "dates written with dots are day first"
    return f"{found.text.strip()!r} (line {found.line}) reads only {order}"


def _mixed(dates: Sequence[WrittenDate]) -> DateOrderProblem:
    """Why no order reads every date: one date reads only month first, and another only day
    first or is written with dots (which are day first)."""
    month_only = next(d for d in dates if not d.read("day first"))
    day_only = next((d for d in dates if not d.read("month first")), None) or next(
        d for d in dates if d.dotted
    )
    month, day = month_only.text.strip(), day_only.text.strip()
    if day_only is month_only:
        english = f"{month!r} is written with dots, which are day first, but reads only month first"
        return DateOrderProblem(
            month_only.line, Problem("qif.dotted_month_first", english, value=month)
        )
    later = max(day_only, month_only, key=lambda d: d.line)
    english = (
        f"the dates do not fit one day/month order: {day!r} (line {day_only.line}) is day "
        f"first, {month!r} (line {month_only.line}) month first"
    )
    facts = {"day": day, "day_line": day_only.line, "month": month, "month_line": month_only.line}
    return DateOrderProblem(later.line, Problem("qif.dates_mixed", english, **facts))


def _sorted(days: Sequence[date | None]) -> bool:
    pairs = list(itertools.pairwise(days))
    return all(a is not None and b is not None and a <= b for a, b in pairs) or all(
        a is not None and b is not None and a >= b for a, b in pairs
    )
