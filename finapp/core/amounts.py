"""The one amount grammar shared by CSV cells, CLI arguments and GUI fields.

A money text is read exactly or refused: reading "the first run of digits" turned ``1e308`` into
1.00 and ``v2 -3.00`` into -2.00 without a word. Accepted, after NFKC (full-width digits, signs
and separators become ASCII): an optional sign (leading or trailing), or parentheses, or a
trailing ``DR``/``CR``; an optional currency symbol or ISO code before or after; digits grouped
in threes by one thousands separator (or India's lakhs and crores, ``1,12,500.00``), and the
decimal separator of the file. A bank's note in
parentheses after the number (``8,000.00(CN)``, ``131.77(已退款89.84)``) is allowed. Nothing
else: no exponents, hex, letters, embedded minus or stray separators.

The currency a text writes (``€12.50``, ``12.50 EUR``) is kept with the value, so a reader can
refuse a cell whose currency is not its row's instead of storing euros as dollars.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from decimal import Decimal
from functools import cache

from finapp.errors import Problem

#: a bound on digits read, far above any real amount (callers judge plausible sizes), so a
#: hostile cell of a million digits costs nothing
MAX_DIGITS = 40
_SYMBOLS = "$€£¥₩₹₽₺₪฿₫₱₴₦"
_CURRENCY = rf"(?:[A-Z]{{3}}\s*|[A-Z]{{1,3}}[{_SYMBOLS}]|[{_SYMBOLS}])"
_INTEGER = {
    # India groups by lakh and crore past the thousands: ``1,12,500.00``, ``12,34,56,789``
    False: r"\d{1,3}(?:(?P<sep>[,'’ ])\d{3})(?:(?P=sep)\d{3})*|\d{1,2}(?:,\d\d)+,\d{3}|\d+",
    True: r"\d{1,3}(?:(?P<sep>[.'’ ])\d{3})(?:(?P=sep)\d{3})*|\d+",
}


@cache
def _grammar(comma: bool) -> re.Pattern[str]:
    """An amount written with a decimal point, or with ``comma`` a decimal comma. Compiled when
    first read rather than at import: every command imports this module (through
    :mod:`finapp.core.money`), few read a written amount, and compiling both costs ~10 ms."""
    return re.compile(
        r"(?P<lead>[-+])?\s*(?P<pre>" + _CURRENCY + r")?\s*(?P<sign>[-+])?\s*"
        r"(?P<int>" + _INTEGER[comma] + r")(?:" + ("," if comma else r"\.") + r"(?P<frac>\d+))?"
        r"\s*(?P<post>[A-Z]{3}|[" + _SYMBOLS + r"])?\s*(?P<trail>-|DR\.?|CR\.?)?"
        r"\s*(?P<note>\([^()]*\))?"
    )


#: compatibility forms read as their plain character (``<wide>`` digits, ``<noBreak>`` spaces)
_PLAIN_FORMS = ("<wide>", "<narrow>", "<noBreak>")
_PARENS = re.compile(r"\((?P<inner>[^()]*)\)")


#: the ISO codes a symbol may stand for: ``$`` is several dollars and pesos, ``¥`` yen or yuan
_DOLLARS = (
    "USD CAD AUD NZD HKD SGD TWD MXN ARS CLP COP UYU BRL FJD BSD BBD BZD BMD KYD JMD TTD "
    "XCD LRD NAD SBD SRD GYD BND CVE DOP CUP"
)
_SYMBOL_CURRENCIES: dict[str, frozenset[str]] = {
    "$": frozenset(_DOLLARS.split(" ")),
    "€": frozenset({"EUR"}),
    "£": frozenset({"GBP", "EGP", "GIP", "FKP", "SHP", "SYP", "SSP"}),
    "¥": frozenset({"JPY", "CNY"}),
    "₩": frozenset({"KRW", "KPW"}),
    "₹": frozenset({"INR"}),
    "₽": frozenset({"RUB"}),
    "₺": frozenset({"TRY"}),
    "₪": frozenset({"ILS"}),
    "฿": frozenset({"THB"}),
    "₫": frozenset({"VND"}),
    "₱": frozenset({"PHP"}),
    "₴": frozenset({"UAH"}),
    "₦": frozenset({"NGN"}),
}
#: symbols with a country prefix, and codes banks write that are not ISO 4217
_NAMED_CURRENCIES = {
    "US$": "USD",
    "HK$": "HKD",
    "A$": "AUD",
    "AU$": "AUD",
    "C$": "CAD",
    "CA$": "CAD",
    "NZ$": "NZD",
    "S$": "SGD",
    "SG$": "SGD",
    "NT$": "TWD",
    "R$": "BRL",
    "MX$": "MXN",
    "CN¥": "CNY",
    "JP¥": "JPY",
    "RMB": "CNY",
    "RMB¥": "CNY",
}


#: ISO 4217 codes in use (SIX list, amendment 178), funds and metals included, plus HRK (old
#: Croatian exports): three letters that are no currency (``12.50abc``) are no amount.
_ISO_CODES = frozenset(
    re.findall(
        r"[A-Z]{3}",
        """
AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BOV BRL BSD BTN
BWP BYN BZD CAD CDF CHE CHF CHW CLF CLP CNY COP COU CRC CUC CUP CVE CZK DJF DKK DOP DZD EGP
ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HRK HTG HUF IDR ILS INR IQD IRR
ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD
MMK MNT MOP MRU MUR MVR MWK MXN MXV MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR
PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL
THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD USN UYI UYU UYW UZS VED VES VND VUV WST XAF
XAG XAU XBA XBB XBC XBD XCD XDR XOF XPD XPF XPT XSU XUA YER ZAR ZMW ZWG ZWL
""",
    )
)


def _known_mark(mark: str | None) -> bool:
    """A currency mark is a symbol, a prefixed symbol, or a code of a real currency."""
    return (
        not mark
        or mark in _NAMED_CURRENCIES
        or mark[-1] in _SYMBOL_CURRENCIES
        or mark in _ISO_CODES
    )


class AmountError(ValueError):
    """A text that is not an amount by the grammar above; the message quotes it."""


@dataclass(frozen=True, slots=True)
class WrittenAmount:
    """An amount as a text wrote it: the exact value and the currency mark beside it, if any."""

    value: Decimal
    currency: str | None  # ``€``, ``EUR``, ``US$`` as written (upper case), None when bare


def currencies_meant(mark: str) -> frozenset[str]:
    """The ISO codes a written currency mark can stand for (``¥``: JPY or CNY)."""
    mark = mark.strip().upper()
    if mark in _NAMED_CURRENCIES:
        return frozenset({_NAMED_CURRENCIES[mark]})
    if mark and mark[-1] in _SYMBOL_CURRENCIES:
        return _SYMBOL_CURRENCIES[mark[-1]]
    return frozenset({mark})


def normalise(text: str) -> str:
    """Full-width and no-break forms as their plain ones, the typographic minus as ``-``:
    ``－１２．５０`` reads as ``-12.50``.

    Only those compatibility forms: NFKC on the whole text also made superscripts, circled and
    fraction digits plain, so ``7²5`` read as 725.
    """
    if not text.isascii():
        text = "".join(
            unicodedata.normalize("NFKC", ch)
            if unicodedata.decomposition(ch).startswith(_PLAIN_FORMS)
            else ch
            for ch in text
        )
    return text.replace("\u2212", "-")


def parse_amount(text: str, decimal_comma: bool = False) -> Decimal:
    """The exact signed amount ``text`` writes; :class:`AmountError` for anything else."""
    return read_amount(text, decimal_comma).value


def read_amount(text: str, decimal_comma: bool = False) -> WrittenAmount:
    """The exact signed amount ``text`` writes and its currency mark; :class:`AmountError`
    for anything the grammar refuses."""
    value = normalise(text).strip()
    parens = _PARENS.fullmatch(value)
    if parens:
        value = parens.group("inner").strip()
    match = _grammar(decimal_comma).fullmatch(value.upper())
    if (
        match is None
        or _two_signs(match, bool(parens))
        or _two_currencies(match)
        or not _known_mark((match.group("pre") or match.group("post") or "").strip())
    ):
        raise AmountError(
            Problem("amount.bad", f"not an amount: {text.strip()!r}", cell=text.strip())
        )
    digits = re.sub(r"\D", "", match.group("int")).lstrip("0") or "0"
    frac = match.group("frac")
    if len(digits) > MAX_DIGITS or len(frac or "") > MAX_DIGITS:
        raise AmountError(
            Problem(
                "amount.too_large",
                f"amount too large to be real: {text.strip()!r}",
                cell=text.strip(),
            )
        )
    amount = Decimal(f"{digits}.{frac}" if frac is not None else digits)
    negative = (
        bool(parens)
        or "-" in (match.group("lead"), match.group("sign"))
        or ((match.group("trail") or "").startswith(("-", "DR")))
    )
    mark = (match.group("pre") or match.group("post") or "").strip() or None
    return WrittenAmount(-amount if negative else amount, mark)


def _two_signs(match: re.Match[str], parens: bool) -> bool:
    trail = match.group("trail")
    signs = [s for s in (match.group("lead"), match.group("sign"), trail) if s]
    return len(signs) + parens > 1 or (bool(match.group("note")) and parens)


def _two_currencies(match: re.Match[str]) -> bool:
    return bool(match.group("pre")) and bool(match.group("post"))
