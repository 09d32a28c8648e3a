"""Money as integer minor units plus an ISO 4217 currency code.

Amounts are stored and computed as ``int`` minor units (cents, fen, pence) so sums are exact;
``Decimal`` is used at the edges (parsing files, printing, JSON). Floats never touch money.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal

from finapp.core.amounts import AmountError, parse_amount
from finapp.errors import InvalidInputError, Problem

#: The unit the store counts each currency in, where it is not hundredths. Fixed for good:
#: stored integers are read back with it, so a code moved here later would multiply or divide
#: every amount already kept in that currency.
_STORE_EXPONENTS: dict[str, int] = {
    **dict.fromkeys(("JPY", "KRW", "VND", "CLP", "ISK"), 0),
    **dict.fromkeys(("BHD", "KWD", "OMR", "JOD", "TND", "LYD", "IQD"), 3),
}
#: ISO 4217 (SIX list, amendment 178) currencies without a minor unit that the store counts in
#: hundredths: amounts in them must be whole, although ``.00`` is kept. A 26-code table rather
#: than Babel: CLDR's "digits" follow what is displayed (TWD, HUF, IDR as whole amounts), banks
#: export ISO's units. CLF and UYW (four decimals) are units of account, not bank currencies:
#: they count in hundredths like any other code.
_ISO_WHOLE = frozenset(
    ("BIF", "DJF", "GNF", "KMF", "PYG", "RWF", "UGX", "UYI", "VUV", "XAF", "XOF", "XPF")
)

DEFAULT_CURRENCY = "USD"
#: a trillion: beyond any household amount, well inside what SQLite integers hold as minor units
MAX_USER_AMOUNT = Decimal(10) ** 12


def exponent(currency: str) -> int:
    """Number of decimal places of the unit the store counts the currency in."""
    return _STORE_EXPONENTS.get(currency.upper(), 2)


def exponents_not_hundredths() -> dict[str, int]:
    """Each currency code the store counts in a unit other than hundredths, with its number of
    decimal places: what a query that writes amounts in SQL needs (every other code: 2)."""
    return dict(_STORE_EXPONENTS)


def decimals(currency: str) -> int:
    """Decimal places an amount in the currency may have (ISO 4217): JPY 0, USD 2, BHD 3."""
    return 0 if currency.upper() in _ISO_WHOLE else exponent(currency)


def to_minor(amount: Decimal, currency: str) -> int:
    """Convert a decimal amount to minor units, rounding half-even to the currency's unit."""
    scale = Decimal(10) ** exponent(currency)
    return int((amount * scale).quantize(Decimal(1), rounding=ROUND_HALF_EVEN))


def exact_minor(amount: Decimal, currency: str) -> int:
    """Minor units of an amount the user or a file wrote; finer than the unit is refused.

    ``12.505`` USD or ``1.5`` JPY is a misreading waiting to happen, not something to round.
    """
    places = decimals(currency)
    allowed = amount.scaleb(places)
    if allowed != allowed.to_integral_value():
        unit = "no decimals" if places == 0 else f"{places} decimals"
        english = f"{amount} has more decimals than {currency} allows ({unit})"
        code = "amount.no_decimals" if places == 0 else "amount.decimals"
        facts = {"amount": amount, "currency": currency, "places": places}
        raise InvalidInputError(Problem(code, english, **facts))
    return int(amount.scaleb(exponent(currency)))


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
        english = f"Not an amount: {text.strip()!r} (expected e.g. 12.50)"
        raise InvalidInputError(Problem("amount.not_typed", english, cell=text.strip())) from None
    if abs(value) >= MAX_USER_AMOUNT:
        english = f"Amount too large: {text.strip()!r}"
        raise InvalidInputError(Problem("amount.too_large", english, cell=text.strip()))
    return value
