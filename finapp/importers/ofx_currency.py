"""Lines an OFX statement gives in another currency than its own (``<CURRENCY>``).

OFX has two aggregates for a line in a foreign currency (OFX 2.1.1, 5.2): ``<ORIGCURRENCY>``
says the bank converted it and ``<TRNAMT>`` is already in the statement's ``<CURDEF>``;
``<CURRENCY>`` says ``<TRNAMT>`` itself is in ``<CURSYM>``, and ``<CURRATE>`` is the ratio of
the statement's currency to it (``-20.00`` EUR at ``1.08`` in a USD statement is ``-21.60`` USD).

What finapp does with the second: the line is read in the statement's currency at the rate the
file gives, and the import says so. An account holds one currency (a CSV with a currency column
puts each currency's lines into an account of their own), but here the money left this account:
its ledger balance, stated in ``<CURDEF>``, moved by the converted amount, so a line of its own
in another account would leave both accounts' books wrong. The user's own exchange rates
(:mod:`finapp.services.rates`, for household totals) are not the rate the bank charged; the
file's is. A rate of exactly 1 changes no amount and is said nowhere (brokers write ``<CURSYM>``
with ``1.00`` on every line). A foreign line without a usable rate cannot be read in the
account's currency and refuses the file at its line. The bank's own text (payee, memo) is kept
as written.
"""

from __future__ import annotations

from decimal import ROUND_HALF_EVEN, Decimal, InvalidOperation

from ofxparse.ofxparse import OfxParser

from finapp.core.money import exponent
from finapp.errors import Problem
from finapp.importers import ofx_problems
from finapp.importers.ofx_problems import OfxReadError
from finapp.importers.ofx_records import Leaf, StatementRecords, unescaped

#: what a statement that names no currency (no ``<CURDEF>``) is read in, with a repair said
DEFAULT_CURRENCY = "USD"
#: longer than any rate or amount a bank writes (ofxparse's number reading is quadratic)
_LONGEST_NUMBER = 64


def statement_currency(statement: object) -> str:
    """The currency a bank or card statement's amounts are in: its ``<CURDEF>``, else USD."""
    return (getattr(statement, "currency", None) or DEFAULT_CURRENCY).upper()


def in_statement_currency(part: StatementRecords, currency: str) -> list[Problem]:
    """Read each of ``part``'s lines given in another currency in ``currency`` (rewriting its
    ``TRNAMT`` before the line is read); what was converted, one sentence per currency.

    Only records read by their names can hold a ``<CURRENCY>``: the usual shape has none.
    """
    converted: dict[str, list[tuple[int, Decimal, Decimal, Decimal]]] = {}
    for record in part.records.values():
        if "CURRENCY" not in record:
            continue  # no aggregate, or <ORIGCURRENCY>: the amount is the statement's already
        symbol = unescaped(record.get("CURSYM", "")).strip().upper()
        amount = _number(record.get("TRNAMT", ""))
        if not symbol or symbol == currency or amount is None:
            continue  # a line in the statement's currency; an unreadable amount is said later
        written_rate = unescaped(record.get("CURRATE", "")).strip()
        rate = _number(written_rate)
        if rate is None or rate <= 0:
            raise OfxReadError(ofx_problems.no_rate(symbol, currency, written_rate), record.line)
        if rate == 1:
            continue
        unit = Decimal(1).scaleb(-exponent(currency))
        read = (amount * rate).quantize(unit, rounding=ROUND_HALF_EVEN)
        record["TRNAMT"] = str(read)
        converted.setdefault(symbol, []).append((record.line, amount, rate, read))
    return [
        ofx_problems.converted(symbol, currency, lines[0], len(lines))
        for symbol, lines in converted.items()
    ]


def _number(text: str) -> Decimal | None:
    """A rate or amount as ofxparse reads numbers (a decimal comma too); None when none."""
    if not text.strip() or len(text) > _LONGEST_NUMBER:
        return None
    try:
        number = Decimal(OfxParser.toDecimal(Leaf(text)))
    except (InvalidOperation, ValueError, IndexError, TypeError):
        return None
    return number if number.is_finite() else None
