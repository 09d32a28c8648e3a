"""argparse types for the CLI contract's dates, months and amounts."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal

from finapp.core.money import parse_decimal
from finapp.errors import InvalidInputError


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
    try:
        return parse_decimal(text)
    except InvalidInputError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None
