"""argparse types for the CLI contract's dates, months, ids and numbers, each range-checked.

Every typed argument goes through :func:`ranged`: a value that parses but cannot be real
(``0001-01-01``, ``9999-12``, an id beyond SQLite's 2^63-1) is refused where it is typed, with
the range it must lie in, instead of overflowing deep inside a command after the store opened.
Dates follow :mod:`finapp.core.dates` (1900-01-01 to 2199-12-31).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Protocol, Self, TypeVar

from finapp.core.dates import MAX_DATE, MIN_DATE
from finapp.core.money import parse_decimal

#: ``--json`` in every command: the same words everywhere, so a user reads one meaning
JSON_HELP = "print one JSON document (for scripts) instead of text"
#: ``--as-of`` in every command that judges a day
AS_OF_HELP = "the day to answer as of (YYYY-MM-DD; default: today)"

#: a transaction's id, as a command asks for one
TXN_ID_HELP = "the transaction's id (see `finapp transactions`)"

#: The largest integer SQLite stores: no id or count beyond it can exist.
SQLITE_MAX_INT = 2**63 - 1


class _Ordered(Protocol):
    def __lt__(self, other: Self, /) -> bool: ...


T = TypeVar("T", bound=_Ordered)


def ranged(
    parse: Callable[[str], T], low: T, high: T, what: str, show: Callable[[T], str] = str
) -> Callable[[str], T]:
    """An argparse type reading ``what`` with ``parse`` and refusing values outside low…high.

    ``parse`` raises ``ValueError`` for text that is not ``what`` at all; the message then
    names what was expected, and a value out of range names the range.
    """

    def read(text: str) -> T:
        try:
            value = parse(text.strip())
        except (ValueError, ArithmeticError):
            raise argparse.ArgumentTypeError(f"not {what}: {text!r}") from None
        if value < low or high < value:
            raise argparse.ArgumentTypeError(
                f"{text!r} is out of range: {what} from {show(low)} to {show(high)}"
            )
        return value

    read.__name__ = what  # argparse names the type in its messages
    return read


def _month_start(text: str) -> date:
    year, mon = text.split("-")
    return date(int(year), int(mon), 1)


def _month_text(day: date) -> str:
    return day.strftime("%Y-%m")


#: ``YYYY-MM-DD`` between 1900-01-01 and 2199-12-31
iso_date = ranged(date.fromisoformat, MIN_DATE, MAX_DATE, "a date (YYYY-MM-DD)")
#: ``YYYY-MM`` as the first day of that month
month = ranged(_month_start, MIN_DATE, MAX_DATE.replace(day=1), "a month (YYYY-MM)", _month_text)
#: the id of a stored transaction, alert, rule, subscription or import
record_id = ranged(int, 1, SQLITE_MAX_INT, "an id")


def integer(low: int, high: int, what: str) -> Callable[[str], int]:
    """A whole number within low…high, e.g. a rule's priority or a count of backups."""
    return ranged(int, low, high, what)


def amount(text: str) -> Decimal:
    """An AMOUNT argument by the strict grammar; called in the command, not as an argparse type.

    argparse would print its usage and the error on two lines; a bad amount is the one-line
    ``finapp: …`` error (exit 2) and the command stores nothing. Amounts of a trillion or more
    are refused (:func:`finapp.core.money.parse_decimal`), so no amount overflows the store.
    """
    return parse_decimal(text)
