"""Locale-aware money, days and months: in table cells and in every sentence the GUI shows.

This is the one place a day or a month becomes text, so every page writes them the same way,
in the user's locale, one short and one long form per language: :func:`format_date` in a table
cell, a list or a menu (``12/03/2026``, ``2026-12-03``, ``03.12.2026``), :func:`format_day` in a
sentence or a label (``Dec 3, 2026``, ``2026年12月3日``), :func:`format_month` for a month by name
and :func:`format_short_month` where room is short (a chart's hover label). A page never writes
its own pattern.

The short form always has four-digit years and two-digit days and months: Qt's own short form
(``12/3/26``) made a column of dates ragged and a year ambiguous; Chinese tables write the ISO
form, as Chinese software does, rather than Qt's ``2026/12/3``.

Money is shown in the locale's own money format with the currency's symbol *in that locale*
("$1,218.50" in en_US, "US$1,218.50" and "¥1,218.50" in zh_CN, "1.218,50 €" in de_DE). Qt knows
only the symbol of a locale's own currency, so the symbol and where it goes (before or after,
the sign, the space) come from CLDR through Babel, read once per locale and currency; the digits
are Qt's: ``QLocale.toCurrencyString`` takes a double and money never becomes a float in
finapp, so the integer part is grouped by ``QLocale`` (exact for ints) and the locale's decimal
point joins the exact fraction digits of the ``Decimal``. Formatting a cell stays a few
microseconds, as a table of 300,000 rows needs.
"""

from __future__ import annotations

import functools
import re
from datetime import date
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.dates import format_date as babel_date
from babel.dates import format_skeleton
from babel.numbers import get_currency_symbol
from PySide6.QtCore import QDate, QLocale

#: the locale CLDR data is read for when Qt's is "C" (LANG unset): English, as the interface
_FALLBACK = "en_US"


def _babel_locale(locale: QLocale) -> Locale:
    return _parsed(locale.name())


@functools.lru_cache(maxsize=16)
def _parsed(name: str) -> Locale:
    try:
        return Locale.parse(_FALLBACK if name == "C" else name)
    except (UnknownLocaleError, ValueError):
        return Locale.parse(_FALLBACK)


@functools.lru_cache(maxsize=256)
def _affixes(locale_name: str, currency: str) -> tuple[str, str, str, str]:
    """(positive prefix, positive suffix, negative prefix, negative suffix) of the locale's money
    pattern, the currency's symbol put in: ``("$", "", "-$", "")``, ``("", " €", "-", " €")``."""
    locale = _parsed(locale_name)
    pattern = locale.currency_formats["standard"]
    symbol = get_currency_symbol(currency, locale)
    # CLDR's currency spacing: a symbol ending in a letter ("BHD", "US$" does not) is kept off
    # the digits, "BHD 1.234" rather than "BHD1.234"
    spaced = symbol + "\u00a0" if symbol[-1:].isalpha() else symbol
    prefixes = [p[:-1] + spaced if p.endswith("¤") else p.replace("¤", symbol)
                for p in pattern.prefix]  # fmt: skip
    suffixes = [s.replace("¤", symbol) for s in pattern.suffix]
    return prefixes[0], suffixes[0], prefixes[1], suffixes[1]


def format_money(amount: Decimal, currency: str, locale: QLocale | None = None) -> str:
    """``-$1,234.50`` in en_US, ``-US$1,234.50`` in zh_CN, ``-1.234,50 €`` in de_DE."""
    locale = locale or QLocale()
    digits = format(abs(amount), "f")
    whole, _, fraction = digits.partition(".")
    text = locale.toString(int(whole))
    if fraction:
        text += locale.decimalPoint() + fraction
    plus, plus_after, minus, minus_after = _affixes(locale.name(), currency.upper())
    if amount < 0:
        return minus.replace("-", locale.negativeSign()) + text + minus_after
    return plus + text + plus_after


#: the short date of a language whose own (Qt's) short form is not the one its tables use
_SHORT_PATTERNS = {QLocale.Language.Chinese: "yyyy-MM-dd"}
_PART = re.compile(r"y+|M+|d+")


@functools.lru_cache(maxsize=16)
def short_date_pattern(locale_name: str) -> str:
    """The Qt pattern of :func:`format_date` for a locale: its own short form's order and
    separators with every part at full width (``M/d/yy`` → ``MM/dd/yyyy``, ``dd.MM.yy`` →
    ``dd.MM.yyyy``), so a column of days is even and no year reads as a day."""
    locale = QLocale(locale_name)
    if locale.language() in _SHORT_PATTERNS:
        return _SHORT_PATTERNS[locale.language()]
    own = locale.dateFormat(QLocale.FormatType.ShortFormat)
    widths = {"y": "yyyy", "M": "MM", "d": "dd"}
    return _PART.sub(lambda part: widths[part.group()[0]], own)


def format_date(value: date | None, locale: QLocale | None = None) -> str:
    """The short date (``12/03/2026``, ``2026-12-03``) for table cells; empty for none."""
    if value is None:
        return ""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:  # no locale set (LANG=C): ISO, not "23 11 2026"
        return value.isoformat()
    qdate = QDate(value.year, value.month, value.day)
    return locale.toString(qdate, short_date_pattern(locale.name()))


def format_day(value: date | None, locale: QLocale | None = None) -> str:
    """A day in a sentence, in the locale's medium form: ``Nov 3, 2021``, ``2021年11月3日``
    (a short ``11/3/21`` reads as a code in the middle of words); empty for none."""
    if value is None:
        return ""
    locale = locale or QLocale()
    if locale.language() == QLocale.Language.C:
        return value.isoformat()
    return babel_date(value, "medium", locale=_babel_locale(locale))


def format_month(value: date, locale: QLocale | None = None) -> str:
    """A month by name: ``November 2026``, ``2026年11月``."""
    return format_skeleton("yMMMM", value, locale=_babel_locale(locale or QLocale()))


def format_month_name(month: int, locale: QLocale | None = None) -> str:
    """A calendar month without its year, where room is short: ``Feb``, ``2月``."""
    return format_skeleton("MMM", date(2000, month, 1), locale=_babel_locale(locale or QLocale()))


def format_short_month(value: date, locale: QLocale | None = None) -> str:
    """A month where room is short: ``Nov 2026``, ``2026年11月``."""
    return format_skeleton("yMMM", value, locale=_babel_locale(locale or QLocale()))
