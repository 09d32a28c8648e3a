"""ISO 20022 bank-to-customer statements: camt.053 (and camt.052 reports, camt.054 notices).

The XML most European banks offer. The three messages share one shape (``Acct``, ``Bal``,
``Ntry``) under a different wrapper, so one small mapping reads all three: statements
(``BkToCstmrStmt/Stmt``), intraday account reports (``BkToCstmrAcctRpt/Rpt``) and debit/credit
notifications (``BkToCstmrDbtCdtNtfctn/Ntfctn``), in every version from .001.02 (``Sts`` became
``Sts/Cd``, a party's ``Nm`` moved under ``Pty`` in .08: both forms are read).

Parsed with defusedxml over the standard library's expat, not lxml: lxml is left out of the
packaged app (``packaging/finapp.spec``), and defusedxml is the small, pure-Python guard made for
this. ``forbid_dtd=True`` refuses a DOCTYPE the moment it starts, so no entity is ever declared,
expanded or fetched (an XML bomb stays a few bytes) and there is no network access; no bank
statement has a DOCTYPE. The standard elements do not remember their line, so a tree builder
records expat's current line on each element as it starts, for the refusals.

Reading rules, from the ISO 20022 message definitions:

* An entry's ``Amt`` is unsigned; ``CdtDbtInd`` (CRDT/DBIT) is the direction the money moved
  in *this* entry. ``RvslInd`` says the entry undoes an earlier one of the other direction, so
  the counterparty is looked up as for that original (the creditor of a returned direct debit).
* Only booked entries (``Sts`` BOOK) are imported; pending, information-only and future ones are
  left out and listed with their reason.
* A batch entry (several ``TxDtls``) is one line of the entry's amount, as the account moved.
* The fitid is the bank's own ``AcctSvcrRef``, else ``NtryRef``, else the single transaction's
  ``EndToEndId`` when the payer gave one (not ``NOTPROVIDED``).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, time
from decimal import Decimal
from xml.etree.ElementTree import Element, ParseError, TreeBuilder
from xml.parsers.expat import XMLParserType

from defusedxml import DTDForbidden
from defusedxml.ElementTree import DefusedXMLParser

from finapp.core.account_types import AccountType
from finapp.core.balance_kinds import BalanceKind
from finapp.core.dates import in_date_span
from finapp.core.money import exact_minor
from finapp.errors import InvalidInputError
from finapp.importers import camt_problems as problems
from finapp.importers.base import (
    Balance,
    ParsedAccount,
    ParsedFile,
    ParsedStatement,
    ParsedTransaction,
    SkippedRow,
)
from finapp.importers.camt_problems import CamtReadError
from finapp.importers.text_head import head_bytes, utf16_encoding
from finapp.importers.time_of_day import real_times

__all__ = ["CamtReadError", "looks_like_camt", "read_camt"]

#: the root ``Document`` of a camt.052/053/054 message, looked for in the file's first bytes
_SNIFF = re.compile(rb"<(?:[\w.-]+:)?Document\b[^>]*urn:iso:std:iso:20022:tech:xsd:camt\.05[234]\.")
_SNIFF_BYTES = 4096
_NAMESPACE = re.compile(r"\{(urn:iso:std:iso:20022:tech:xsd:camt\.05[234]\.\d{3}\.\d{2})\}")
#: message wrapper -> its repeated statement element
_MESSAGES = {
    "BkToCstmrStmt": "Stmt",
    "BkToCstmrAcctRpt": "Rpt",
    "BkToCstmrDbtCdtNtfctn": "Ntfctn",
}
#: ISO 20022 ActiveOrHistoricCurrencyAndAmount: unsigned, at most 18 digits and 5 decimals
_AMOUNT = re.compile(r"\d{1,18}(?:\.\d{1,5})?")
_DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_DATE_TIME = re.compile(
    r"\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})?"
)
_SIGNS = {"CRDT": 1, "DBIT": -1}
_BALANCES = {"CLBD": BalanceKind.LEDGER, "CLAV": BalanceKind.AVAILABLE}
#: ISO ExternalCashAccountType1Code (``Acct/Tp/Cd``) -> finapp's account type; others: checking
_ACCOUNT_TYPES = {
    "CACC": AccountType.CHECKING,
    "SVGS": AccountType.SAVINGS,
    "CARD": AccountType.CREDIT_CARD,
}
#: the encoding an XML declaration names (expat reads it; UTF-8 when none is named)
_DECLARED_ENCODING = re.compile(rb"""\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.-]+)""")


def looks_like_camt(data: bytes) -> bool:
    """Whether the file is XML whose root is a camt.052/053/054 ``Document``."""
    return _SNIFF.search(head_bytes(data, _SNIFF_BYTES)) is not None


@dataclass(frozen=True, slots=True)
class _Node:
    """An element with the message's namespace applied to plain paths (``Acct/Id/IBAN``)."""

    element: Element
    ns: str

    def _path(self, path: str) -> str:
        return _qualified(self.ns, path)

    def find(self, path: str) -> _Node | None:
        found = self.element.find(self._path(path))
        return None if found is None else _Node(found, self.ns)

    def all(self, path: str) -> Iterator[_Node]:
        for found in self.element.iterfind(self._path(path)):
            yield _Node(found, self.ns)

    def text(self, path: str) -> str:
        """The stripped text at ``path``; empty when absent."""
        found = self.element.find(self._path(path))
        return (found.text or "").strip() if found is not None else ""

    def first(self, *paths: str) -> str:
        """The first non-empty text among ``paths``."""
        return next((t for t in map(self.text, paths) if t), "")

    @property
    def line(self) -> int | None:
        return _line_of(self.element)


@functools.lru_cache(maxsize=256)
def _qualified(ns: str, path: str) -> str:
    """``Acct/Id`` as ElementPath wants it: every step in the message's namespace."""
    return "/".join(f"{{{ns}}}{step}" for step in path.split("/"))


def read_camt(name: str, data: bytes) -> ParsedFile:
    """Read every statement (report, notification) of a camt file into :class:`ParsedFile`."""
    root = _parse_xml(data)
    match = _NAMESPACE.match(root.tag)
    if match is None or not root.tag.endswith("}Document"):
        raise CamtReadError(problems.NOT_CAMT, _line_of(root))
    document = _Node(root, match.group(1))
    statements: list[ParsedStatement] = []
    skipped: list[SkippedRow] = []
    for wrapper, item in _MESSAGES.items():
        for node in document.all(f"{wrapper}/{item}"):
            statement, left_out = _statement(node)
            statements.append(statement)
            skipped.extend(left_out)
    if not statements:
        raise CamtReadError(problems.NO_STATEMENT)
    message = match.group(1).rsplit(":", 1)[1]  # camt.053.001.02
    declared = _DECLARED_ENCODING.match(head_bytes(data, 512))
    encoding = declared.group(1).decode("ascii") if declared else utf16_encoding(data) or "utf-8"
    reading = _reading(message, encoding, statements)
    return ParsedFile(name, f"camt:{message}", tuple(statements), tuple(skipped), detected=reading)


def _reading(message: str, encoding: str, statements: list[ParsedStatement]) -> dict[str, object]:
    """How the file was read, for ``import --json``'s "detected" (the CSV report's keys where
    they apply)."""
    timed = any(t.time is not None for s in statements for t in s.transactions)
    return {
        "encoding": encoding.lower(),
        "message": message,
        "statements": len(statements),
        "date_format": "ISO 8601, booking date" + (" and time (DtTm)" if timed else " (Dt)"),
        "decimal": ".",
        "sign": "from CdtDbtInd: CRDT money in, DBIT money out",
        "status": "booked entries only (Sts BOOK)",
    }


class _Element(Element):
    """An element that knows the line it starts on."""

    sourceline: int | None = None


def _line_of(element: Element) -> int | None:
    """The line ``element`` starts on: every element :func:`_parse_xml` builds knows it."""
    return element.sourceline if isinstance(element, _Element) else None


class _LineBuilder(TreeBuilder):
    """Builds :class:`_Element` trees, each element stamped with expat's current line."""

    def __init__(self) -> None:
        super().__init__(element_factory=self._stamped)
        self.expat: XMLParserType | None = None

    def _stamped(self, tag: str, attrs: dict[str, str]) -> _Element:
        element = _Element(tag, attrs)
        element.sourceline = self.expat.CurrentLineNumber if self.expat else None
        return element


def _parse_xml(data: bytes) -> Element:
    """The document's root; a DOCTYPE is refused where it starts, before any entity exists."""
    builder = _LineBuilder()
    parser = DefusedXMLParser(target=builder, forbid_dtd=True)
    builder.expat = parser.parser
    try:
        parser.feed(data)
        return parser.close()
    except DTDForbidden:
        raise CamtReadError(problems.DOCTYPE, parser.parser.CurrentLineNumber) from None
    except ParseError as exc:
        raise CamtReadError(problems.not_xml(str(exc)), exc.position[0] or None) from None


def _statement(node: _Node) -> tuple[ParsedStatement, list[SkippedRow]]:
    account = _account(node)
    transactions: list[ParsedTransaction] = []
    skipped: list[SkippedRow] = []
    for entry in node.all("Ntry"):
        status = entry.first("Sts/Cd", "Sts/Prtry", "Sts")
        if status != "BOOK":
            skipped.append(SkippedRow(entry.line or 0, problems.not_booked(status), neutral=True))
            continue
        transactions.append(_transaction(entry, account.currency))
    times = real_times([t.time for t in transactions])
    timed = tuple(_with_time(t, at) for t, at in zip(transactions, times, strict=True))
    balances = tuple(
        _balance(bal, account.currency)
        for bal in node.all("Bal")
        if bal.text("Tp/CdOrPrtry/Cd") in _BALANCES
    )
    span = node.find("FrToDt")
    start = _day(span, "FrDtTm", problems.PERIOD_START) if span is not None else None
    end = _day(span, "ToDtTm", problems.PERIOD_END) if span is not None else None
    statement = ParsedStatement(account, timed, balances, start=start, end=end)
    return statement, skipped


def _with_time(txn: ParsedTransaction, at: time | None) -> ParsedTransaction:
    return txn if txn.time == at else replace(txn, time=at)


def _account(node: _Node) -> ParsedAccount:
    number = node.first("Acct/Id/IBAN", "Acct/Id/Othr/Id")
    if not number:
        raise CamtReadError(problems.NO_ACCOUNT, node.line)
    currency = node.first("Acct/Ccy") or _entry_currency(node)
    if not currency:
        raise CamtReadError(problems.NO_CURRENCY, node.line)
    institution = node.first(
        "Acct/Svcr/FinInstnId/BIC", "Acct/Svcr/FinInstnId/BICFI", "Acct/Svcr/FinInstnId/Nm"
    )
    return ParsedAccount(
        number=number,
        institution=institution,
        type=_ACCOUNT_TYPES.get(node.text("Acct/Tp/Cd"), AccountType.CHECKING),
        currency=currency,
        name=node.text("Acct/Nm"),
    )


def _entry_currency(node: _Node) -> str:
    """The currency the amounts are in, for the few banks that leave out ``Acct/Ccy``."""
    for amount in node.all("Ntry/Amt"):
        return amount.element.get("Ccy", "").strip()
    return ""


def _amount(node: _Node, currency: str, what: str) -> Decimal:
    """``node``'s signed ``Amt`` (sign from ``CdtDbtInd``), exact, in the account's currency."""
    amount = node.find("Amt")
    if amount is None:
        raise CamtReadError(problems.no_amount(what), node.line)
    text = (amount.element.text or "").strip()
    if not _AMOUNT.fullmatch(text):
        raise CamtReadError(problems.bad_amount(what, text), amount.line)
    written = amount.element.get("Ccy", currency).strip()
    if written != currency:
        raise CamtReadError(problems.other_currency(what, written, currency), amount.line)
    value = Decimal(text)
    try:
        exact_minor(value, currency)
    except InvalidInputError as exc:
        raise CamtReadError(exc.message, amount.line) from None
    indicator = node.text("CdtDbtInd")
    if indicator not in _SIGNS:
        raise CamtReadError(problems.bad_indicator(what, indicator), node.line)
    return value * _SIGNS[indicator]


def _transaction(entry: _Node, currency: str) -> ParsedTransaction:
    amount = _amount(entry, currency, problems.ENTRY)
    reversal = entry.text("RvslInd").lower() in ("true", "1")
    moment = _moment(entry, "BookgDt", problems.BOOKING_DATE) or _moment(
        entry, "ValDt", problems.VALUE_DATE
    )
    if moment is None:
        raise CamtReadError(problems.NO_BOOKING_DATE, entry.line)
    posted, at = moment
    details = list(entry.all("NtryDtls/TxDtls"))
    # money in (or the reversal of money out) came from the debtor; money out went to the creditor
    party = "Dbtr" if (amount > 0) != reversal else "Cdtr"
    names = list(dict.fromkeys(n for d in details if (n := _party_name(d, party))))
    extra = _one_line(entry.text("AddtlNtryInf"))
    remittance = "; ".join(u for d in details if (u := _text_all(d, "RmtInf/Ustrd")))
    # no single counterparty named (a batch, a card payment told in text only): the bank's text
    payee = names[0] if len(names) == 1 else extra or ", ".join(names) or remittance
    memo = next((text for text in (remittance, extra) if text and text != payee), "")
    accounts = list(dict.fromkeys(a for d in details if (a := _party_account(d, party))))
    return ParsedTransaction(
        posted=posted,
        amount=amount,
        payee=payee,
        memo=memo,
        fitid=_fitid(entry, details),
        line=entry.line,
        kind=_kind(entry, reversal),
        time=at,
        other_account=accounts[0] if len(accounts) == 1 else "",
    )


def _party_account(details: _Node, party: str) -> str:
    """The account of ``Cdtr``/``Dbtr`` (``CdtrAcct``/``DbtrAcct``): its IBAN, else the
    number of another scheme; "" when the bank names none."""
    number = details.first(f"RltdPties/{party}Acct/Id/IBAN", f"RltdPties/{party}Acct/Id/Othr/Id")
    return "".join(number.split()).upper()


def _party_name(details: _Node, party: str) -> str:
    """The name of ``Cdtr``/``Dbtr`` (versions .02-.07 and the ``Pty`` of .08 on)."""
    return details.first(f"RltdPties/{party}/Nm", f"RltdPties/{party}/Pty/Nm")


def _text_all(node: _Node, path: str) -> str:
    """Every text at ``path`` joined by spaces (``Ustrd`` repeats, 140 characters each)."""
    return " ".join(t for n in node.all(path) if (t := _one_line(n.element.text or "")))


def _one_line(text: str) -> str:
    """A text on one line: a bank that indents its XML writes a long remittance's lines with
    the indentation between them (``EREF:`` and 32 spaces before its reference, on a new
    line), and a card payment's text on two lines (Raiffeisen's shop, then the card's time)."""
    return " ".join(text.split())


def _fitid(entry: _Node, details: list[_Node]) -> str | None:
    bank_id = entry.first("AcctSvcrRef", "NtryRef")
    if bank_id:
        return bank_id
    if len(details) == 1:
        end_to_end = details[0].text("Refs/EndToEndId")
        if end_to_end and end_to_end.upper() != "NOTPROVIDED":
            return end_to_end
    return None


def _kind(entry: _Node, reversal: bool) -> str:
    """The bank transaction code, domain/family/sub-family (``PMNT/IDDT/ESDD``) or proprietary."""
    domain = entry.find("BkTxCd/Domn")
    code = (
        "/".join((domain.text("Cd"), domain.text("Fmly/Cd"), domain.text("Fmly/SubFmlyCd")))
        if domain is not None
        else entry.text("BkTxCd/Prtry/Cd")
    )
    return f"{code} reversal".strip() if reversal else code


def _moment(node: _Node, path: str, what: str) -> tuple[date, time | None] | None:
    """The date (and time, from ``DtTm``) of ``path/Dt`` or ``path/DtTm``; None when absent."""
    holder = node.find(path)
    if holder is None:
        return None
    day = holder.find("Dt")
    if day is not None:
        return _calendar_day(day, what), None
    stamp = holder.find("DtTm")
    if stamp is None:
        raise CamtReadError(problems.no_date(what), holder.line)
    text = (stamp.element.text or "").strip()
    match = _DATE_TIME.fullmatch(text)
    try:
        moment = time(int(match[1]), int(match[2]), int(match[3])) if match else None
    except ValueError:  # 25:61:00
        moment = None
    if moment is None:
        raise CamtReadError(problems.bad_date_time(what, text), stamp.line)
    return _calendar_day(stamp, what), moment


def _day(node: _Node, path: str, what: str) -> date:
    stamp = node.find(path)
    if stamp is None:
        raise CamtReadError(problems.missing(what, path), node.line)
    return _calendar_day(stamp, what)


def _calendar_day(node: _Node, what: str) -> date:
    """The calendar day an ISO date or date-time starts with, as the bank wrote it."""
    text = (node.element.text or "").strip()
    match = _DATE.match(text)
    try:
        day = date(*map(int, match.groups())) if match else None
    except ValueError:
        day = None
    if day is None:
        raise CamtReadError(problems.bad_day(what, text), node.line)
    if not in_date_span(day):
        raise CamtReadError(problems.day_outside(what, text), node.line)
    return day


def _balance(node: _Node, currency: str) -> Balance:
    kind = _BALANCES[node.text("Tp/CdOrPrtry/Cd")]
    amount = _amount(node, currency, problems.BALANCES[kind])
    as_of = _moment(node, "Dt", problems.BALANCE_DATE)
    if as_of is None:
        raise CamtReadError(problems.balance_undated(kind), node.line)
    return Balance(kind, amount, as_of[0])
