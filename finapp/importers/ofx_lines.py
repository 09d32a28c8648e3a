"""A bank or card statement's lines from the records cut out of it, each distinct text read once.

Ten years of history are 100k records that repeat a few thousand dates, amounts and types. An
ordinary record (a plain amount, a date ofxparse accepts, none of DTUSER, SIC or CHECKNUM) becomes
its line straight from its raw texts, each date, amount and type read once per file and then
looked up; no ofxparse object is made for it. Any other record is read by ofxparse
(``OfxParser.parseTransaction``), which reads it or says what is wrong with it, as it always
did. Both give a line as the same plain tuple, so :func:`transactions` makes every statement line
in one place. ``tests/importers/test_ofx_fast_reading`` compares the result with plain ofxparse's.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from datetime import date, datetime, time
from decimal import Decimal

import ofxparse

from finapp.importers.balance_lines import any_states_balance, states_balance
from finapp.importers.base import ParsedTransaction, usable_amount
from finapp.importers.ofx_records import Found, Record, StatementRecords, unescaped
from finapp.importers.time_of_day import ofx_time, real_times

#: (posted, written time, amount, payee, memo, FITID, line, type): a line before its time is judged
Line = tuple[date, time | None, Decimal, str, str, str | None, int | None, str]

#: An amount ofxparse takes for the number it is written as: no thousands mark, decimal comma,
#: inner space or plus sign for ``toDecimal`` to rewrite.
_PLAIN_AMOUNT = re.compile(r"-?[0-9]{1,20}(?:\.[0-9]{1,20})?")
#: The longest amount field ``toDecimal`` reads, spaces around it included.
LONGEST_AMOUNT = 64
#: Fields ``parseTransaction`` reads that an ordinary bank line does not carry.
_UNUSUAL = frozenset({"DTUSER", "SIC", "CHECKNUM"})
_LOCAL_DATE = re.compile(r"\s*(\d{4})(\d{2})(\d{2})")
#: The first day a statement line can really be posted on. Banks write a day they do not have as
#: 1 January 1900 (the first day of spreadsheets and many databases) or 1 January 1970 (the
#: zero of computer clocks); OFX itself dates from 1997, so no downloaded line is older than
#: 1970. A day before this one is such a placeholder: the line is refused as a bad one, never
#: kept on it (it would move the account's history back by decades).
FIRST_REAL_DAY = date(1970, 1, 2)


def placeholder_day(written: str) -> bool:
    """Whether an OFX date-time as written is a bank's placeholder for a day it does not have:
    zeros (``00000000``, a pending line's or a balance's), or a day before :data:`FIRST_REAL_DAY`.
    Read from its digits alone, so a day no calendar has (``20261345``) is left to the reader
    that refuses it."""
    digits = written.strip()[:8]
    return digits == "00000000" or (
        len(digits) == 8 and digits.isdigit() and digits < FIRST_REAL_DAY.strftime("%Y%m%d")
    )


def _plain_amount(text: str) -> Decimal | None:
    """The amount ``text`` is, when ofxparse would read it as written and finapp can keep it."""
    if len(text) > LONGEST_AMOUNT or not _PLAIN_AMOUNT.fullmatch(text := text.strip()):
        return None
    amount = Decimal(text)
    return amount if usable_amount(amount) else None


def _ordinary(record: Record) -> Found | None:
    """A record read by its names in the shape of a usual one's match (TRNTYPE, DTPOSTED,
    TRNAMT, FITID, NAME and MEMO, ``""`` for a type, name or memo it leaves out), when it is an
    ordinary one."""
    amount, posted = record.get("TRNAMT"), record.get("DTPOSTED")
    if amount is None or posted is None or not _UNUSUAL.isdisjoint(record):
        return None
    name, memo = record.get("NAME", ""), record.get("MEMO", "")
    return record.get("TRNTYPE", ""), posted, amount, record["FITID"], name, memo, "", ""


def without_balance_lines(lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """``lines`` less those whose payee states the account's balance (Itaú's ``SALDO
    ANTERIOR``, a NAME-less line's MEMO: see :mod:`finapp.importers.balance_lines`), and those.
    The distinct payees are asked at once: a history repeats a few thousand over its lines
    (its memos, with their references, are tens of thousands)."""
    payees = {line[3] for line in lines}
    if not any_states_balance(payees):
        return lines, []
    stating = {text for text in payees if states_balance(text)}
    return (
        [line for line in lines if line[3] not in stating],
        [line for line in lines if line[3] in stating],
    )


class LineReader:
    """Reads records into lines, remembering what each distinct text of the file read as.

    ``parse_datetime`` is ofxparse's date reading as finapp refines it (``ValueError`` for a
    date it refuses); ``parse_record`` reads a record through ofxparse: its transaction, None
    when the record is left out (the user skips bad rows), or the error naming what is wrong.
    """

    def __init__(
        self,
        parse_datetime: Callable[[str], datetime | None],
        parse_record: Callable[[Record], ofxparse.Transaction | None],
    ) -> None:
        self._parse_datetime, self._parse_record = parse_datetime, parse_record
        self._amounts: dict[str, Decimal | None] = {}
        self._days: dict[str, tuple[date, time | None] | None] = {}
        self._kinds: dict[str, str] = {}
        #: each payee and memo text of the file, kept once however many lines print it: the
        #: history's lines are all held until they are written, and ten years repeat a few
        #: thousand payees over hundreds of thousands of lines
        self._texts: dict[str, str] = {}

    def lines(self, part: StatementRecords) -> list[Line]:
        """The lines of ``part``'s records, in the file's order, less those left out.

        The loop is written out (no call per record): it runs for every line of the history.
        """
        out: list[Line] = []
        append = out.append
        amounts, days, kinds, named = self._amounts, self._days, self._kinds, part.records
        texts = self._texts
        for i, (found, line) in enumerate(zip(part.found, part.lines, strict=True)):
            fields = _ordinary(named[i]) if named and i in named else found
            if fields is not None:
                trntype, posted, amount, fitid, name, memo, _usual, _text = fields
                try:
                    value = amounts[amount]
                except KeyError:
                    value = amounts[amount] = _plain_amount(amount)
                try:
                    day = days[posted]
                except KeyError:
                    day = days[posted] = self._day(posted)
                if value is not None and day is not None:
                    try:
                        kind = kinds[trntype]
                    except KeyError:
                        kind = kinds[trntype] = unescaped(trntype).lower().strip()
                    if "&" in name or "&" in memo or "&" in fitid:
                        name, memo, fitid = unescaped(name), unescaped(memo), unescaped(fitid)
                    memo = memo.strip()
                    memo = texts.setdefault(memo, memo)
                    payee = name.strip() or memo  # some banks leave NAME out, the payee in MEMO
                    payee = texts.setdefault(payee, payee)
                    append((day[0], day[1], value, payee, memo, fitid.strip() or None, line, kind))
                    continue
            record = part.record(i)
            txn = self._parse_record(record)
            if txn is not None:
                append(ofxparse_line(txn, record))
        return out

    def _day(self, raw: str) -> tuple[date, time | None] | None:
        """The bank's own calendar day and written time of ``DTPOSTED``, when ofxparse reads
        it as a date (see :func:`posted_day`) that is no placeholder (:data:`FIRST_REAL_DAY`)."""
        try:
            when = self._parse_datetime(unescaped(raw).strip())
        except ValueError:
            return None
        if when is None or (day := posted_day(raw, when)) < FIRST_REAL_DAY:
            return None  # read through ofxparse, which says what is wrong with it
        return day, ofx_time(raw)


def posted_day(raw: str, when: datetime | date) -> date:
    """The bank's own calendar date of a posting written ``raw`` that ofxparse read as ``when``.

    ofxparse shifts ``20090401230000[-5:EST]`` to UTC (the next day); a statement line belongs
    to the day the bank printed, so the date is read from the raw field's first 8 digits.
    """
    return local_date(raw) or (when.date() if isinstance(when, datetime) else when)


def ofxparse_line(txn: ofxparse.Transaction, record: Record | None) -> Line:
    """The line of a transaction ofxparse read (from ``record`` when it was cut out; an
    investment account's bank line is read from ofxparse's own tree, without its raw date)."""
    raw = record.get("DTPOSTED", "") if record is not None else ""
    memo = (txn.memo or "").strip()
    return (
        posted_day(raw, txn.date),
        ofx_time(raw) if record is not None else None,
        Decimal(txn.amount),
        (txn.payee or "").strip() or memo or _check_payee(txn),
        memo,
        (txn.id or "").strip() or None,
        record.line if record is not None else None,
        txn.type or "",
    )


def _check_payee(txn: ofxparse.Transaction) -> str:
    """A cheque the bank names no payee for, by its number: "Check 1042". Two cheques of 75.00
    are then told apart, and the number written on the cheque is what its writer knows it by;
    a ``<CHECKNUM>`` of zeros (Suncorp's on every line) is no cheque."""
    number = str(getattr(txn, "checknum", "") or "").strip()
    return f"Check {number}" if number.strip("0") else ""


def transactions(lines: list[Line]) -> tuple[ParsedTransaction, ...]:
    """A statement's lines, without the times its bank only wrote as placeholders (judged over
    the whole statement before any line is made, so each is made once)."""
    times = real_times([line[1] for line in lines])
    return tuple(
        ParsedTransaction(posted, amount, payee, memo, fitid, number, kind, when)
        for (posted, _, amount, payee, memo, fitid, number, kind), when in zip(
            lines, times, strict=True
        )
    )


@functools.lru_cache(maxsize=65536)
def local_date(raw: str) -> date | None:
    """The calendar day an OFX date-time starts with, as the bank wrote it (None if none)."""
    match = _LOCAL_DATE.match(raw)
    if match is None:
        return None
    return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
