"""Reading an OFX/QFX file into ofxparse's document, in time linear in the file's size.

ofxparse stays the parser of record: it reads the whole document structure (sign-on, status,
accounts, balances, investment statements) and every field of every transaction
(``OfxParser.parseTransaction``: dates with time zones, amounts in any of its number formats,
required fields). What it does not do any more is build a BeautifulSoup tree of the bank and card
transaction lists, which is quadratic/slow; :mod:`finapp.importers.ofx_clean` cuts those records
out in one pass and :mod:`finapp.importers.ofx_lines` reads them into lines: an ordinary one
straight from its texts, any other through ofxparse, record by record. Each bank or card
statement carries its lines as ``statement.lines``. ``tests/importers/test_ofx_differential``
shows the result equals plain ofxparse's on every corpus file and on generated lines of every
shape.

This module ends at ofxparse's objects; :mod:`finapp.importers.ofx` turns them into finapp's
statements. The two are apart because this half follows ofxparse's model (and is compared with
it line for line) while the other follows finapp's.
"""

from __future__ import annotations

import functools
import io
import re
import warnings
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from operator import itemgetter
from typing import Protocol

import ofxparse
from bs4 import Tag, XMLParsedAsHTMLWarning
from ofxparse.ofxparse import OfxParser, OfxParserException

from finapp.core.dates import DATE_SPAN, in_date_span
from finapp.importers import ofx_problems
from finapp.importers.base import SkippedRow, usable_amount
from finapp.importers.ofx_card import stated_card_facts
from finapp.importers.ofx_clean import (
    CANONICAL_HEADER,
    STATEMENT_KINDS,
    CutText,
    OfxShapeError,
    body_start,
    decode_ofx,
    normalise,
    split_statement_records,
)
from finapp.importers.ofx_corrections import corrections
from finapp.importers.ofx_currency import in_statement_currency, statement_currency
from finapp.importers.ofx_lines import (
    FIRST_REAL_DAY,
    LONGEST_AMOUNT,
    LineReader,
    local_date,
    placeholder_day,
    posted_day,
    without_balance_lines,
)
from finapp.importers.ofx_problems import OfxReadError
from finapp.importers.ofx_records import Record, unescaped
from finapp.importers.ofx_repairs import (
    balance_lines_left_out,
    decimal_comma_repair,
    decimal_mark,
    header_repairs,
    markup_repairs,
    text_repairs,
)
from finapp.importers.ofx_status import status_notes

__all__ = ["OfxReadError", "OfxReading", "local_date", "parse_ofx"]


class _Tagged(Protocol):
    """A tag as ofxparse reads an amount from it: bs4's ``Tag`` in the skeleton, a
    :class:`~finapp.importers.ofx_clean.Leaf` in a cut-out record; ``contents[0]`` is its text."""

    @property
    def contents(self) -> Sequence[object]: ...


class _Parser(OfxParser):  # type: ignore[misc]  # ofxparse ships no types: OfxParser is Any
    """ofxparse's parser with its date parsing memoised.

    ``parseOfxDateTime`` goes through ``strptime`` (with a locale check) on every call, a third
    of the time of a large file; a statement repeats the same few thousand date strings, so
    caching the pure function by its string argument keeps ofxparse's semantics exactly.
    """

    @classmethod
    @functools.lru_cache(maxsize=65536)
    def parseOfxDateTime(cls, ofxDateTime: str) -> datetime | None:
        """ofxparse's reading, refused (``ValueError`` naming the date) when it is no calendar
        date or lies outside finapp's span of dates: ``99991231`` used to pass here and
        overflow later, in the middle of the import."""
        try:
            when: datetime | None = OfxParser.parseOfxDateTime.__func__(cls, ofxDateTime)
        except (ValueError, OverflowError):
            raise ValueError(f"date {ofxDateTime[:8]!r} is not a calendar date") from None
        if when is not None and not in_date_span(when.date()):
            raise ValueError(f"date {ofxDateTime[:8]!r} is outside {DATE_SPAN}")
        return when

    @classmethod
    def toDecimal(cls, tag: _Tagged) -> Decimal:
        # ofxparse's separator regexes are quadratic in the text's length: a multi-megabyte
        # amount (a damaged file) would hang the import, so no amount may exceed 64 characters.
        text = tag.contents[0] if tag.contents else ""
        if isinstance(text, str) and len(text) > LONGEST_AMOUNT:
            raise OfxParserException("an amount is not a number (too long)")
        amount: Decimal = OfxParser.toDecimal.__func__(cls, tag)
        return amount

    @classmethod
    def parseStatement(cls, stmt_ofx: Tag) -> ofxparse.Statement:
        """ofxparse's statement, plus the calendar days its ``DTSTART``/``DTEND`` name and the
        card facts its ``BALLIST`` names."""
        statement = OfxParser.parseStatement.__func__(cls, stmt_ofx)
        _keep_stated_days(statement, stmt_ofx)
        _keep_balance_days(statement, stmt_ofx)
        statement.stated_card = stated_card_facts(stmt_ofx)
        return statement

    @classmethod
    def parseInvestmentStatement(cls, invstmtrs_ofx: Tag) -> ofxparse.InvestmentStatement:
        statement = OfxParser.parseInvestmentStatement.__func__(cls, invstmtrs_ofx)
        _keep_stated_days(statement, invstmtrs_ofx.find("invtranlist"))
        # the day its cash (INVBAL's AVAILCASH) is stated on: the statement's own DTASOF
        dtasof = invstmtrs_ofx.find("dtasof")
        raw = str(dtasof.contents[0]).strip() if dtasof is not None and dtasof.contents else ""
        statement.stated_balance_day = local_date(raw) if raw else None
        return statement


def _keep_stated_days(statement: object, parent: Tag | None) -> None:
    """Set ``stated_start``/``stated_end``: the bank's own calendar days of DTSTART/DTEND.

    ofxparse turns ``20261031235959[-5:EST]`` into 1 November (UTC); the statement covers the
    day the bank printed. ofxparse has already refused a date that is no date; a missing tag,
    ``00000000`` or a day before 1970 (a bank's placeholder, as on a line) states nothing: the
    statement's days are then its lines', and an account's history never reaches back to 1900.
    """
    for attr, tag_name in (("stated_start", "dtstart"), ("stated_end", "dtend")):
        tag = parent.find(tag_name) if parent is not None else None
        raw = str(tag.contents[0]).strip() if tag is not None and tag.contents else ""
        setattr(statement, attr, local_date(raw) if raw and not placeholder_day(raw) else None)


def _keep_balance_days(statement: object, stmt_ofx: Tag) -> None:
    """Set ``stated_balance_day``/``stated_available_day``: the bank's own calendar day of each
    balance's ``DTASOF``.

    ofxparse reads ``20261031235959.000[-5:EST]`` as 1 November (UTC): the month-end balance
    would be stored a day late, where net worth and reconciliation of 31 October miss it. The
    statement states the balance on the day it printed, as its lines and DTSTART/DTEND. (The
    UTC moments ofxparse read stay as they are: the reading is compared with plain ofxparse.)
    """
    for attr, tag_name in (
        ("stated_balance_day", "ledgerbal"),
        ("stated_available_day", "availbal"),
    ):
        balance = stmt_ofx.find(tag_name)
        tag = balance.find("dtasof") if balance is not None else None
        raw = str(tag.contents[0]).strip() if tag is not None and tag.contents else ""
        setattr(statement, attr, local_date(raw) if raw else None)


def _parse_record(record: Record) -> ofxparse.Transaction:
    """ofxparse's reading of a record it must judge, or the error naming what is wrong."""
    try:
        txn = _Parser.parseTransaction(record)
    except (OfxParserException, ValueError, ArithmeticError, IndexError, TypeError) as exc:
        reason = " ".join(str(exc).split()) or type(exc).__name__
        raise OfxReadError(ofx_problems.bad_transaction(record, reason), record.line) from None
    posted = unescaped(record.get("DTPOSTED", "")).strip()
    if txn.date is None:
        # ofxparse reads a DTPOSTED of zeros (``00000000``, a line the bank has not dated, such
        # as a pending one) as no date at all: no day to keep the line on, so it is a bad line
        # like ``20260231``, refused at its line or left out with the other bad rows
        reason = f"date {posted[:8]!r} is not a calendar date"
        raise OfxReadError(ofx_problems.bad_transaction(record, reason), record.line)
    if posted_day(posted, txn.date) < FIRST_REAL_DAY:  # 19000101: a placeholder, said so
        raise OfxReadError(ofx_problems.placeholder_date(posted[:8]), record.line)
    if not usable_amount(Decimal(txn.amount)):
        written = record.get("TRNAMT", "")
        raise OfxReadError(ofx_problems.unusable_amount(written, repr(written)), record.line)
    return txn


@dataclass
class OfxReading:
    """ofxparse's document, the accounts that carry a statement, any rows left out, and what
    lenient reading repaired."""

    ofx: ofxparse.Ofx
    accounts: list[ofxparse.Account]
    skipped: list[SkippedRow]
    repairs: list[str] = field(default_factory=list)
    #: what the user should know of how lines were read (those in another currency)
    notes: list[str] = field(default_factory=list)


def _cut(data: bytes) -> tuple[CutText, list[str]]:
    """The document's records cut out of its text, with every repair of its header and markup.

    The decoded text is let go on return, before the records become lines: ten years of
    history are tens of megabytes of text (twice that as a Python string once a line holds
    Chinese), and what is read from it after the cut is in the records and the skeleton, so
    keeping it (or a second copy of it without its header) would only raise an import's peak
    memory (ten years, 300k lines: by 86 MiB).
    """
    body, repairs, first_line = _body(data)
    cut = split_statement_records(body, first_line)
    markup, upper = markup_repairs(body, cut.all_upper)
    if upper:  # rare: cut again, reading every record's tags as upper case
        cut = split_statement_records(body, first_line, upper=True)
    return cut, repairs + markup + cut.repairs


def _body(data: bytes) -> tuple[str, list[str], int]:
    """The document after its header, the header's repairs, and the line the body starts on
    (the whole text is let go on return)."""
    text = decode_ofx(data)
    start = body_start(text)
    first_line = text.count("\n", 0, start) + 1
    body, repaired = text_repairs(text[start:], first_line)
    return body, header_repairs(text[:start]) + repaired, first_line


def parse_ofx(data: bytes, skip_bad_rows: bool = False) -> OfxReading:
    """ofxparse's reading of ``data``, each bank or card statement with its ``lines`` (see
    :mod:`finapp.importers.ofx_lines`), in linear time.

    A transaction ofxparse refuses rejects the file, or with ``skip_bad_rows`` is left out and
    listed.
    """
    try:
        cut, repairs = _cut(data)
    except OfxShapeError as exc:
        raise OfxReadError(exc.args[0], exc.line) from None
    comma = _decimal_comma([amount for part in cut.statements for amount in part.amounts()])
    if comma:
        repairs.append(comma)
    _Parser.fail_fast, _Parser.custom_date_format = True, None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", XMLParsedAsHTMLWarning)
        # ofxparse still calls bs4's old camelCase names (findAll), which bs4 marks deprecated
        warnings.filterwarnings(
            "ignore", "Call to deprecated method", DeprecationWarning, module="ofxparse"
        )
        try:
            ofx = _Parser.parse(io.BytesIO((CANONICAL_HEADER + normalise(cut.skeleton)).encode()))
        except (
            OfxParserException,
            ValueError,
            ArithmeticError,
            IndexError,
            TypeError,
            AttributeError,
        ) as exc:
            reason = " ".join(str(exc).split()) or type(exc).__name__
            raise OfxReadError(ofx_problems.unreadable(reason)) from None
    by_kind = _statements_by_kind(ofx)
    skipped: list[SkippedRow] = []

    def read_or_skip(record: Record) -> ofxparse.Transaction | None:
        try:
            return _parse_record(record)
        except OfxReadError as exc:
            if not skip_bad_rows:
                exc.skippable = True  # one transaction: the others can be read without it
                raise
            skipped.append(SkippedRow(record.line or 0, exc.reason))
            return None

    reader = LineReader(_Parser.parseOfxDateTime, read_or_skip)
    for statements in by_kind.values():
        for statement in statements:
            statement.lines, statement.corrections = [], []
    notes: list[str] = status_notes(cut.skeleton) + cut.notes
    for part in cut.statements:
        statement = by_kind[part.kind][part.index]
        notes += in_statement_currency(part, statement_currency(statement))
        lines, balances = without_balance_lines(reader.lines(part))
        statement.lines += lines
        statement.corrections += corrections(part)
        if balances:
            notes.append(balance_lines_left_out(balances))
    # ofxparse lists statement accounts first, then any account-list (ACCTINFO) entries
    return OfxReading(ofx, ofx.accounts[: cut.n_statements], skipped, repairs, notes)


def _decimal_comma(amounts: list[tuple[str, int]]) -> str | None:
    """The repair said when amounts use a decimal comma (``-12,50``), as OFX allows (3.2.9.1:
    "a decimal point or comma") and Brazilian and European banks write; ofxparse reads it so.

    ``amounts``: each record's raw TRNAMT and line. Some banks mix the two marks in one file (a
    card's lines with points, cash with commas). Only an amount with one mark and three digits
    after it, in a file whose other amounts use the other mark (``-1,250`` among ``-12.50``),
    could be a thousand or one and a quarter: the file is refused at its line rather than guessed.
    """
    if "," not in "".join(map(itemgetter(0), amounts)):
        return None  # the usual file: points only, nothing to say or to doubt
    marked = [
        (amount.strip(), line, mark) for amount, line in amounts if (mark := decimal_mark(amount))
    ]
    marks = {mark for _amount, _line, mark in marked}
    if len(marks) > 1:
        for amount, line, mark in marked:
            if _THOUSANDS_LIKE.fullmatch(amount):
                written, other_line, other_mark = next(m for m in marked if m[2] != mark)
                problem = ofx_problems.mixed_marks(amount, mark, written, other_mark, other_line)
                raise OfxReadError(problem, line)
    comma = next((amount for amount, _line, mark in marked if mark == ","), None)
    return decimal_comma_repair(comma) if comma is not None else None


#: one mark and three digits after it: ``-1,250`` or ``1.250``, a thousands separator or not
_THOUSANDS_LIKE = re.compile(r"[+-]?\d+[.,]\d{3}")


def _statements_by_kind(ofx: ofxparse.Ofx) -> dict[str, list[ofxparse.Statement]]:
    """ofxparse lists bank, then card, then investment accounts, each in document order."""
    kinds = {
        ofxparse.AccountType.Bank: "STMTRS",
        ofxparse.AccountType.CreditCard: "CCSTMTRS",
        ofxparse.AccountType.Investment: "INVSTMTRS",
    }
    out: dict[str, list[ofxparse.Statement]] = {k: [] for k in STATEMENT_KINDS}
    for account in ofx.accounts:
        if getattr(account, "statement", None) is not None and account.type in kinds:
            out[kinds[account.type]].append(account.statement)
    return out
