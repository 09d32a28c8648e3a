"""argparse types for the CLI contract's dates, months and amounts."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal

from finapp.core.money import parse_decimal


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date: {text!r} (expected YYYY-MM-DD)") from None


def month(text: str) -> date:
    """``YYYY-MM`` as the first day of that month."""
    try:
        year, mon = text.split("-")
        return date(int(year), int(mon), 1)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a month: {text!r} (expected YYYY-MM)") from None


def amount(text: str) -> Decimal:
    """An AMOUNT argument by the strict grammar; called in the command, not as an argparse type.

    argparse would print its usage and the error on two lines; a bad amount is the one-line
    ``finapp: …`` error (exit 2) and the command stores nothing.
    """
    return parse_decimal(text)
