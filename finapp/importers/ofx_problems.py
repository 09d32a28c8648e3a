"""Why an OFX/QFX file is refused, as :class:`~finapp.errors.Problem`: the English the CLI
prints (word for word what it always said) with a code and the facts, so the window can say it
in the user's language.

ofxparse explains a bad transaction in its own English ("Invalid Transaction Amount: 'abc'"),
which no translation file holds. So the record itself is looked at, in the order ofxparse reads
its fields, for the first field that is missing, empty or unreadable: the user is told which
field (``<TRNAMT>``) and what it holds, in words the GUI can translate. The library's words stay
in the English for the CLI and the logs.
"""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from ofxparse.ofxparse import OfxParser

from finapp.core.dates import in_date_span
from finapp.errors import Problem
from finapp.importers.ofx_records import Leaf, Record, unescaped
from finapp.importers.read_error import ReadError

#: the fields of a transaction in the order ofxparse reads them; those it requires, and those
#: it refuses empty (a MEMO may be empty)
_READ_ORDER = ("TRNTYPE", "NAME", "TRNAMT", "DTPOSTED", "DTUSER", "FITID", "SIC", "CHECKNUM")
_REQUIRED = frozenset({"TRNAMT", "DTPOSTED", "FITID"})
#: what each field is, said to the user beside its tag
_FIELDS = {
    "TRNTYPE": Problem("ofx.field.type", "type"),
    "NAME": Problem("ofx.field.name", "name"),
    "TRNAMT": Problem("ofx.field.amount", "amount"),
    "DTPOSTED": Problem("ofx.field.posted", "date"),
    "DTUSER": Problem("ofx.field.user_date", "date of the purchase"),
    "FITID": Problem("ofx.field.id", "bank's id"),
    "SIC": Problem("ofx.field.sic", "industry code"),
    "CHECKNUM": Problem("ofx.field.check", "check number"),
}
_MARKS = {",": "comma", ".": "point"}


class OfxReadError(ReadError):
    """Why an OFX file cannot be imported, with the line when one record is at fault."""


_LONGEST_AMOUNT = 64
_DAY = re.compile(r"(\d{4})(\d{2})(\d{2})")


def bad_transaction(record: Record, reason: str) -> Problem:
    """A transaction ofxparse refused (``reason``, its words): the first field at fault."""
    english = f"bad transaction: {reason}"
    for tag in _READ_ORDER:
        raw = record.get(tag)
        if raw is None:
            if tag in _REQUIRED:
                return Problem("ofx.missing_field", english, field=_FIELDS[tag], tag=tag)
            continue
        value = unescaped(raw).strip()
        if not value:
            return Problem("ofx.empty_field", english, field=_FIELDS[tag], tag=tag)
        if (tag == "TRNAMT" and not _amount_read(value)) or (
            tag in ("DTPOSTED", "DTUSER") and not _date_read(value)
        ):
            return Problem("ofx.bad_field", english, field=_FIELDS[tag], tag=tag, value=value)
    return Problem("ofx.bad_transaction", english)


def _amount_read(text: str) -> bool:
    """Whether ofxparse reads ``text`` as an amount (``null`` is its zero)."""
    if text in ("null", "-null"):
        return True
    if len(text) > _LONGEST_AMOUNT:  # refused unread, as ``ofx_reading._Parser.toDecimal`` does
        return False
    try:
        return Decimal(OfxParser.toDecimal(Leaf(text))).is_finite()
    except (InvalidOperation, ValueError, IndexError, TypeError):
        return False


def _date_read(text: str) -> bool:
    """Whether ``text`` starts with a calendar day finapp keeps (``YYYYMMDD``, OFX's form)."""
    match = _DAY.match(text)
    try:
        return match is not None and in_date_span(date(*map(int, match.groups())))
    except ValueError:
        return False


def placeholder_date(value: str) -> Problem:
    """A posted day before 1970 (``19000101``): a day the bank wrote for a line it has no day
    for (see :data:`finapp.importers.ofx_lines.FIRST_REAL_DAY`)."""
    english = (
        f"bad transaction: date {value!r} is before 1970: a placeholder the bank wrote, not the "
        "day of a transaction"
    )
    return Problem(
        "ofx.placeholder_date", english, field=_FIELDS["DTPOSTED"], tag="DTPOSTED", value=value
    )


def unusable_amount(value: str, shown: str) -> Problem:
    """An amount ofxparse read that no account can hold (``1e30``); ``shown`` is how the
    English quotes it."""
    english = f"bad transaction: amount {shown} is not a usable number"
    return Problem("ofx.unusable_amount", english, value=value)


def unusable_total(fitid: str, total: object) -> Problem:
    """An investment transaction whose cash total no account can hold."""
    english = f"bad investment transaction {fitid!r}: total {total} is not a usable number"
    return Problem("ofx.unusable_total", english, id=fitid, value=total)


def undated_total(fitid: str, total: object) -> Problem:
    """An investment transaction moving cash on a day no one can read."""
    english = (
        f"bad investment transaction {fitid!r}: it moves {total} in cash but its trade and "
        "settlement days cannot be read"
    )
    return Problem("ofx.undated_total", english, id=fitid, value=total)


def undated_cash_line(fitid: str, amount: object) -> Problem:
    """An investment account's bank line (``INVBANKTRAN``: money paid in or out) on a day no
    one can read."""
    english = (
        f"bad investment transaction {fitid!r}: it moves {amount} in cash but its day cannot "
        "be read"
    )
    return Problem("ofx.undated_cash_line", english, id=fitid, value=amount)


def unusable_balance(kind: str, amount: object) -> Problem:
    """A stated balance no account can hold; ``kind`` is "ledger" or "available"."""
    english = f"the {kind} balance {amount} is not a usable number"
    return Problem(f"ofx.unusable_{kind}_balance", english, value=amount)


def balance_not_a_number(line: int, kind: str, account: str, written: str) -> Problem:
    """A balance the bank wrote as no number (``N/A``): the statement is imported without it;
    ``kind`` is "ledger" or "available"."""
    return _balance_left_out(
        line, kind, account, written, "not_a_number", "written {}, not a number"
    )


def balance_undated(line: int, kind: str, account: str, written: str) -> Problem:
    """A balance dated with the bank's placeholder (``00000000``, a day before 1970): it holds
    on no day finapp can place it, so the statement is imported without it."""
    return _balance_left_out(line, kind, account, written, "undated", "dated {}, no real day")


def _balance_left_out(
    line: int, kind: str, account: str, written: str, why: str, described: str
) -> Problem:
    """``described``: what the balance is, ``{}`` standing for what the bank wrote."""
    english = (
        f"line {line}: the {kind} balance of account {account or '—'} is "
        f"{described.format(repr(written))}; the statement was imported without it"
    )
    return Problem(
        f"ofx.{kind}_balance_{why}", english, line=line, account=account or "—", value=written
    )


def mixed_marks(amount: str, mark: str, other: str, other_mark: str, other_line: int) -> Problem:
    """``-1,250`` among amounts written ``-12.50``: a thousand or one and a quarter."""
    english = (
        f"the amount {amount!r} has a decimal {_MARKS[mark]} while {other!r} (line "
        f"{other_line}) has a decimal {_MARKS[other_mark]}: whether it means thousands is "
        "unclear"
    )
    return Problem("ofx.mixed_marks", english, value=amount, other=other, other_line=other_line)


def no_rate(symbol: str, currency: str, written: str) -> Problem:
    """A line in another currency (``<CURRENCY>``) without a rate to the statement's own."""
    english = (
        f"the transaction is in {symbol} (<CURRENCY>) but gives no usable rate to {currency}, "
        f"the statement's currency (<CURRATE> {written!r})"
    )
    return Problem("ofx.no_rate", english, symbol=symbol, currency=currency, value=written)


def converted(
    symbol: str, currency: str, first: tuple[int, Decimal, Decimal, Decimal], count: int
) -> Problem:
    """Lines in ``symbol`` read in the statement's ``currency`` at the rates the file gives;
    ``first`` is the first one's (line, amount written, rate, amount read)."""
    line, written, rate, read = first
    facts = {
        "line": line,
        "written": written,
        "symbol": symbol,
        "rate": rate,
        "read": read,
        "currency": currency,
    }
    if count == 1:
        english = (
            f"line {line}: {written} {symbol} (<CURRENCY>) read as {read} {currency} at the "
            f"rate the statement gives ({rate})"
        )
        return Problem("ofx.converted", english, **facts)
    english = (
        f"{count} lines in {symbol} (<CURRENCY>) read in {currency} at the rates the statement "
        f"gives; the first, line {line}: {written} {symbol} at {rate} is {read} {currency}"
    )
    return Problem("ofx.converted_lines", english, count=count, **facts)


def investment_cash(account: str, cash: Decimal, holdings: Decimal, currency: str) -> Problem:
    """An investment account is kept as its cash: what its holdings are worth is not."""
    english = (
        f"investment account {account} is kept as its cash ({cash} {currency}); shares bought "
        "or sold move that cash within the account, neither spending nor income; its holdings "
        f"({holdings} {currency} at the statement's prices) are not tracked"
    )
    return Problem(
        "ofx.investment_cash",
        english,
        account=account,
        cash=cash,
        holdings=holdings,
        currency=currency,
    )


def unreadable(reason: str) -> Problem:
    """ofxparse could not read the document around the transactions (``reason``, its words)."""
    return Problem("ofx.unreadable", f"not a readable OFX statement ({reason})", detail=reason)


def bank_error(message: str, code: object) -> Problem:
    """The file is the bank's error reply (``message`` is the bank's own words)."""
    english = f"the bank answered with an error instead of a statement: {message} (code {code})"
    return Problem("ofx.bank_error", english, message=message, number=code)


def bank_status(account: str, severity: str, message: str, code: str) -> Problem:
    """The bank sent a statement and said it answered with an error or a warning
    (``message`` is the bank's own words, ``severity`` its ERROR or WARN)."""
    said = f' "{message}"' if message else ""
    english = (
        f"the bank sent the statement of account {account or '—'} with {severity}{said} "
        f"(code {code}): it may be incomplete; it was imported as sent, download it again "
        "later for the rest"
    )
    return Problem(
        "ofx.bank_status",
        english,
        account=account or "—",
        severity=severity,
        message=message,
        number=code,
    )


def signon_refused(message: str, code: object) -> Problem:
    """The file is the bank's refusal of the sign-on (``message`` is the bank's own words)."""
    english = (
        f"the bank refused the sign-on instead of sending a statement: {message} (code {code})"
    )
    return Problem("ofx.signon_refused", english, message=message, number=code)


ACCOUNT_LIST = Problem(
    "ofx.account_list",
    "this OFX file lists accounts but holds no statement (an account-list reply)",
)
SIGNON_REPLY = Problem(
    "ofx.signon_reply",
    "this OFX file holds no account statement: it is the bank's reply to a sign-on or another "
    "request",
)
NO_STATEMENT = Problem("ofx.no_statement", "the OFX file holds no account statement")
