"""Money as integer minor units plus an ISO 4217 currency code.

Amounts are stored and computed as ``int`` minor units (cents, fen, pence) so sums are exact;
``Decimal`` is used at the edges (parsing files, printing, JSON). Floats never touch money.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from finapp.core.amounts import AmountError, parse_amount
from finapp.errors import InvalidInputError

# ISO 4217 minor-unit exponents that differ from the usual 2.
_EXPONENTS: dict[str, int] = {
    "JPY": 0,
    "KRW": 0,
    "VND": 0,
    "CLP": 0,
    "ISK": 0,
    "HUF": 2,
    "TWD": 2,
    "BHD": 3,
    "KWD": 3,
    "OMR": 3,
    "JOD": 3,
    "TND": 3,
    "LYD": 3,
    "IQD": 3,
}

DEFAULT_CURRENCY = "USD"
#: a trillion: beyond any household amount, well inside what SQLite integers hold as minor units
MAX_USER_AMOUNT = Decimal(10) ** 12


def exponent(currency: str) -> int:
    """Number of decimal places of the currency's minor unit."""
    return _EXPONENTS.get(currency.upper(), 2)


def to_minor(amount: Decimal, currency: str) -> int:
    """Convert a decimal amount to minor units, rounding half-even to the currency's unit."""
    scale = Decimal(10) ** exponent(currency)
    return int((amount * scale).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def exact_minor(amount: Decimal, currency: str) -> int:
    """Minor units of an amount the user or a file wrote; finer than the unit is refused.

    ``12.505`` USD or ``1.5`` JPY is a misreading waiting to happen, not something to round.
    """
    places = exponent(currency)
    scaled = amount.scaleb(places)
    if scaled != scaled.to_integral_value():
        unit = "no decimals" if places == 0 else f"{places} decimals"
        raise InvalidInputError(f"{amount} has more decimals than {currency} allows ({unit})")
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    """Convert minor units back to a ``Decimal`` with exactly the currency's decimal places."""
    exp = exponent(currency)
    return Decimal(minor).scaleb(-exp).quantize(Decimal(1).scaleb(-exp))


def format_minor(minor: int, currency: str) -> str:
    """A signed plain decimal string such as ``-12.30``: the CLI and JSON money format."""
    return str(from_minor(minor, currency))


def parse_decimal(text: str) -> Decimal:
    """A user-typed amount (CLI argument, GUI field) by the strict grammar of :mod:`amounts`.

    Sizes no store can hold are refused too, so ``1e308`` or 10^20 never reach the database.
    """
    try:
        value = parse_amount(text)
    except AmountError:
        raise InvalidInputError(f"Not an amount: {text.strip()!r} (expected e.g. 12.50)") from None
    if abs(value) >= MAX_USER_AMOUNT:
        raise InvalidInputError(f"Amount too large: {text.strip()!r}")
    return value
