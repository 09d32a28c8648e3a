"""Locale-aware money and dates for DisplayRole only.

``QLocale.toCurrencyString`` takes a double, and money never becomes a float in finapp; so the
integer part is grouped by ``QLocale`` (exact for ints) and the locale's decimal point joins the
exact fraction digits of the ``Decimal``.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale

#: Symbols for the currencies finapp's users bank in; other codes are shown as the code.
_SYMBOLS = {"USD": "$", "EUR": "€", "GBP": "£", "CNY": "¥", "JPY": "¥", "HKD": "HK$"}


def format_money(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """``-$1,234.50`` in en_US, ``-¥1,234.50`` in zh_CN, with the locale's separators."""
    locale = locale or QLocale()
    sign = "-" if amount < 0 else ""
    digits = format(abs(amount), "f")
    whole, _, fraction = digits.partition(".")
    text = locale.toString(int(whole))
    if fraction:
        text += locale.decimalPoint() + fraction
    symbol = _SYMBOLS.get(currency.upper())
    return f"{sign}{symbol}{text}" if symbol else f"{sign}{text} {currency}"


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    """The locale's short date (``1/31/25``, ``2025/1/31``); empty for no date."""
    if value is None:
        return ""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set (LANG=C): ISO, not "23 11 2026"
        return value.isoformat()
    qdate = QDate(value.year, value.month, value.day)
    return locale.toString(qdate, QLocale.FormatType.ShortFormat)
