"""Why a camt (ISO 20022) file is refused, as :class:`~finapp.errors.Problem`: the English the
CLI prints, with a code and the facts (the element, the value, the line) the window words in
the user's language.

The parts of a statement a refusal names (the entry, a balance, the booking date) are Problems
too, so "the booking date '2025-02-30' is no calendar date" is said whole in Chinese, not half.
"""

from __future__ import annotations

from finapp.core.balance_kinds import BalanceKind
from finapp.core.dates import DATE_SPAN, MAX_DATE, MIN_DATE
from finapp.errors import Problem
from finapp.importers.read_error import ReadError


class CamtReadError(ReadError):
    """Why a camt file cannot be imported, with the line when one element is at fault."""


#: what an amount belongs to
ENTRY = Problem("camt.part.entry", "the entry")
BALANCES: dict[str, Problem] = {
    BalanceKind.LEDGER: Problem("camt.part.ledger_balance", "the ledger balance"),
    BalanceKind.AVAILABLE: Problem("camt.part.available_balance", "the available balance"),
}
#: which date of an entry, a balance or the statement's period
BOOKING_DATE = Problem("camt.part.booking_date", "booking date")
VALUE_DATE = Problem("camt.part.value_date", "value date")
BALANCE_DATE = Problem("camt.part.balance_date", "balance date")
PERIOD_START = Problem("camt.part.period_start", "start of the period")
PERIOD_END = Problem("camt.part.period_end", "end of the period")

NOT_CAMT = Problem("camt.not_camt", "not an ISO 20022 camt.052/053/054 document")
NO_STATEMENT = Problem(
    "camt.no_statement", "the camt document holds no statement, report or notification"
)
DOCTYPE = Problem(
    "camt.doctype",
    "the XML declares a DOCTYPE (where entities are defined); bank statements never do, so it "
    "is refused unread",
)
NO_ACCOUNT = Problem("camt.no_account", "the statement names no account (Acct/Id)")
NO_CURRENCY = Problem("camt.no_currency", "the statement names no currency (Acct/Ccy)")
NO_BOOKING_DATE = Problem("camt.no_booking_date", "the booked entry has no booking date (BookgDt)")


def not_xml(detail: str) -> Problem:
    """The file breaks XML's rules (``detail``: expat's own words, for the CLI)."""
    return Problem("camt.not_xml", f"not well-formed XML ({detail})", detail=detail)


def no_amount(what: str) -> Problem:
    return Problem("camt.no_amount", f"{what} has no amount (Amt)", what=what)


def bad_amount(what: str, text: str) -> Problem:
    english = f"{what} amount {text!r} is not an ISO 20022 amount"
    return Problem("camt.bad_amount", english, what=what, value=text)


def other_currency(what: str, written: str, currency: str) -> Problem:
    english = f"{what} amount is in {written} in an account kept in {currency}"
    return Problem("camt.other_currency", english, what=what, written=written, currency=currency)


def bad_indicator(what: str, indicator: str) -> Problem:
    """The credit/debit indicator that says the direction is neither CRDT nor DBIT."""
    english = f"{what} credit/debit indicator {indicator or 'missing'!r} is neither CRDT nor DBIT"
    if not indicator:
        return Problem("camt.no_indicator", english, what=what)
    return Problem("camt.bad_indicator", english, what=what, value=indicator)


def no_date(what: str) -> Problem:
    return Problem("camt.no_date", f"the {what} has neither Dt nor DtTm", what=what)


def bad_date_time(what: str, text: str) -> Problem:
    english = f"the {what} {text!r} is no date and time"
    return Problem("camt.bad_date_time", english, what=what, value=text)


def missing(what: str, path: str) -> Problem:
    return Problem("camt.missing", f"the {what} ({path}) is missing", what=what, path=path)


def bad_day(what: str, text: str) -> Problem:
    english = f"the {what} {text!r} is no calendar date"
    return Problem("camt.bad_day", english, what=what, value=text)


def day_outside(what: str, text: str) -> Problem:
    english = f"the {what} {text!r} lies outside {DATE_SPAN}"
    facts = {"what": what, "value": text, "first": MIN_DATE, "last": MAX_DATE}
    return Problem("camt.day_outside", english, **facts)


def balance_undated(kind: str) -> Problem:
    what = BALANCES[kind]
    return Problem("camt.balance_undated", f"the {kind} balance has no date", what=what)


def not_booked(status: str) -> Problem:
    """Why a pending or information-only entry is left out (it moved no money yet)."""
    english = f"entry not booked (status {status or 'missing'}): left out"
    if not status:
        return Problem("camt.not_booked_no_status", english)
    return Problem("camt.not_booked", english, status=status)
