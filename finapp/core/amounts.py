"""The one amount grammar shared by CSV cells, CLI arguments and GUI fields.

A money text is read exactly or refused: reading "the first run of digits" turned ``1e308`` into
1.00 and ``v2 -3.00`` into -2.00 without a word. Accepted, after NFKC (full-width digits, signs
and separators become ASCII): an optional sign (leading or trailing), or parentheses, or a
trailing ``DR``/``CR``; an optional currency symbol or ISO code before or after; digits grouped
in threes by one thousands separator, and the decimal separator of the file. A bank's note in
parentheses after the number (``8,000.00(CN)``, ``131.77(已退款89.84)``) is allowed. Nothing
else: no exponents, hex, letters, embedded minus or stray separators.
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

#: a bound on digits read, far above any real amount (callers judge plausible sizes), so a
#: hostile cell of a million digits costs nothing
MAX_DIGITS = 40
_SYMBOLS = "$€£¥₩₹₽₺₪฿₫₱₴₦"
_CURRENCY = rf"(?:[A-Z]{{3}}\s*|[A-Z]{{1,3}}[{_SYMBOLS}]|[{_SYMBOLS}])"
_INTEGER = {
    False: r"\d{1,3}(?:(?P<sep>[,'’ ])\d{3})(?:(?P=sep)\d{3})*|\d+",
    True: r"\d{1,3}(?:(?P<sep>[.'’ ])\d{3})(?:(?P=sep)\d{3})*|\d+",
}
_GRAMMAR = {
    comma: re.compile(
        r"(?P<lead>[-+])?\s*(?P<pre>" + _CURRENCY + r")?\s*(?P<sign>[-+])?\s*"
        r"(?P<int>" + _INTEGER[comma] + r")(?:" + ("," if comma else r"\.") + r"(?P<frac>\d+))?"
        r"\s*(?P<post>[A-Z]{3}|[" + _SYMBOLS + r"])?\s*(?P<trail>-|DR\.?|CR\.?)?"
        r"\s*(?P<note>\([^()]*\))?"
    )
    for comma in (False, True)
}
_PARENS = re.compile(r"\((?P<inner>[^()]*)\)")


class AmountError(ValueError):
    """A text that is not an amount by the grammar above; the message quotes it."""


def normalise(text: str) -> str:
    """NFKC with the typographic minus as ``-``: ``－１２．５０`` reads as ``-12.50``."""
    return unicodedata.normalize("NFKC", text).replace("\u2212", "-").replace("\u00a0", " ")


def parse_amount(text: str, decimal_comma: bool = False) -> Decimal:
    """The exact signed amount ``text`` writes; :class:`AmountError` for anything else."""
    value = normalise(text).strip()
    parens = _PARENS.fullmatch(value)
    if parens:
        value = parens.group("inner").strip()
    match = _GRAMMAR[decimal_comma].fullmatch(value.upper())
    if match is None or _two_signs(match, bool(parens)) or _two_currencies(match):
        raise AmountError(f"not an amount: {text.strip()!r}")
    digits = re.sub(r"\D", "", match.group("int")).lstrip("0") or "0"
    frac = match.group("frac")
    if len(digits) > MAX_DIGITS or len(frac or "") > MAX_DIGITS:
        raise AmountError(f"amount too large to be real: {text.strip()!r}")
    amount = Decimal(f"{digits}.{frac}" if frac is not None else digits)
    negative = bool(parens) or "-" in (match.group("lead"), match.group("sign")) or (
        (match.group("trail") or "").startswith(("-", "DR")))
    return -amount if negative else amount


def _two_signs(match: re.Match[str], parens: bool) -> bool:
    trail = match.group("trail")
    signs = [s for s in (match.group("lead"), match.group("sign"), trail) if s]
    return len(signs) + parens > 1 or (bool(match.group("note")) and parens)


def _two_currencies(match: re.Match[str]) -> bool:
    return bool(match.group("pre")) and bool(match.group("post"))
