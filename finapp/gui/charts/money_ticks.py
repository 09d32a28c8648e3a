"""Money on a chart's axis, written the way its reader counts.

In English ticks stay plain, with the locale's thousands separators ("$7,500", "US$1,500"),
while the largest tick shown is below :data:`PLAIN_BELOW`; from there every tick is written in
the locale's compact unit for the largest one, from CLDR through babel: "$5K, $10K, $15K" —
never "$5000" beside "$10K" on one axis. A Chinese reader counts in 万 and 亿 and never writes
"0.5万": each tick is written as it would be said ("5,000, 1万, 1.5万"), and without the
currency's symbol, which the axis's title names once (金额（美元）): "US$" on every tick is
noise. The sign and currency symbol, where shown, are placed by the caller (the GUI places them
as every amount in the app). No Qt: the draw functions run under Agg in tests.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from babel import Locale, UnknownLocaleError
from babel.numbers import format_decimal, parse_pattern
from matplotlib.ticker import Formatter

#: the first amount an axis writes in a unit: up to four digits read at a glance with their
#: separator ("$7,500"); the first compact unit of Chinese (万) and Japanese begins here too
PLAIN_BELOW = 10_000
#: fraction digits kept of a tick's number (ticks are round numbers: the zeros are dropped)
TICK_DIGITS = 6

#: languages whose ticks each take their own unit and no symbol ("5,000, 1万, 1.5万")
BY_TICK = frozenset({"zh"})
#: the digits of a compact pattern ("000" of "000K")
_DIGITS = re.compile("0+")
#: (number written, negative, currency) -> the amount as shown, its sign and symbol placed
Signed = Callable[[str, bool, str], str]


def babel_locale(name: str) -> Locale:
    """Qt's locale name as babel's; one babel does not know ("C") reads as en_US."""
    try:
        return Locale.parse(name)
    except (UnknownLocaleError, ValueError):
        return Locale.parse("en_US")


@dataclass(frozen=True)
class Unit:
    """A compact unit (thousands, 万, millions …): what an amount is divided by, and the
    locale's pattern for the result by plural form ("0K", "0万", "0 Mio.")."""

    divisor: int
    patterns: dict[str, str]


def axis_unit(top: float, locale: Locale) -> Unit | None:
    """The unit an axis whose largest tick (in absolute value) is ``top`` writes all its
    ticks in; None: plain numbers."""
    if top < PLAIN_BELOW:
        return None
    formats = locale.compact_decimal_formats["short"]
    for magnitude in sorted((int(m) for m in formats["other"]), reverse=True):
        if top < magnitude:
            continue
        key = str(magnitude)
        digits = parse_pattern(formats["other"][key]).pattern
        if digits == "0":  # no unit at this size in the locale (German below a million)
            return None
        # "00K" is tens of thousands: the divisor is a thousand, and "5K" is written with one
        # digit (CLDR's pattern for thousands), not padded to two ("05K")
        patterns = {
            form: _DIGITS.sub("0", parse_pattern(by_size[key]).pattern)
            for form, by_size in formats.items()
            if key in by_size
        }
        return Unit(magnitude // 10 ** (digits.count("0") - 1), patterns)
    return None


def _trimmed(number: Decimal) -> Decimal:
    """``number`` without trailing fraction zeros, and never in exponent form (1E+3)."""
    number = number.normalize()
    exponent = number.as_tuple().exponent  # a letter only for NaN and infinity, never charted
    return number.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else number


def money_number(value: float, unit: Unit | None, locale: Locale, digits: int) -> str:
    """The magnitude of ``value`` written in ``unit`` (None: plain, with separators), with at
    most ``digits`` fraction digits and none that are zeros: "1,500", "1.5", "0.5万"."""
    number = Decimal(str(abs(float(value))))  # the float's shortest exact writing
    if unit is None or not number:  # zero is "0" in any unit: "$0", not "$0K"
        shown = _trimmed(round(number, digits))
        return format_decimal(shown, "#,##0.###", locale=locale, decimal_quantization=False)
    shown = _trimmed(round(number / unit.divisor, digits))
    form = locale.plural_form(shown)
    pattern = parse_pattern(unit.patterns.get(form, unit.patterns["other"]))
    return pattern.apply(shown, locale, decimal_quantization=False)


def compact_amount(value: float, locale_name: str) -> str:
    """One amount alone where room is short (a donut's hole), written as an axis reaching it
    would write it, in whole units if plain ("1,481", "12.35K", "1.23万")."""
    locale = babel_locale(locale_name)
    unit = axis_unit(abs(value), locale)
    return money_number(value if unit else float(round(value)), unit, locale, 2)


class MoneyTicks(Formatter):
    """An axis's ticks as money, the unit chosen once for the ticks in view."""

    def __init__(self, currency: str, locale_name: str, signed: Signed) -> None:
        self.currency = currency
        self.locale = babel_locale(locale_name)
        self.signed = signed
        self.unit: Unit | None = None

    def set_locs(self, locs: list[float]) -> None:
        """Choose the unit from the ticks drawn (matplotlib adds one past each end of the
        view, never drawn: it must not decide the unit)."""
        super().set_locs(locs)
        shown = list(locs)
        if self.axis is not None:
            low, high = sorted(self.axis.get_view_interval())
            room = (high - low) * 1e-9
            shown = [loc for loc in locs if low - room <= loc <= high + room] or shown
        self.unit = axis_unit(max((abs(loc) for loc in shown), default=0.0), self.locale)

    def __call__(self, x: float, pos: int | None = None) -> str:
        if self.locale.language in BY_TICK:
            unit = axis_unit(abs(x), self.locale)
            number = money_number(x, unit, self.locale, TICK_DIGITS)
            return f"-{number}" if x < 0 else number
        number = money_number(x, self.unit, self.locale, TICK_DIGITS)
        return self.signed(number, x < 0, self.currency)
