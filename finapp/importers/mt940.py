"""SWIFT MT940 customer statements (and MT942 interim reports), read by a small strict parser.

The file is a run of tagged fields (``:20:`` reference, ``:25:`` account, ``:60F:`` opening
balance, ``:61:`` statement line, ``:86:`` its information, ``:62F:`` closing balance, ``:64:``
available balance), optionally wrapped in SWIFT blocks (``{1:…}{2:…}{4:`` … ``-}``), one message
per statement and day. The PyPI library ``mt-940`` reads it leniently (an amount without its
decimal comma is taken as whole units, an impossible date raises a bare ``ValueError``, no line
is ever named), so a refusal could not say where the file is wrong; this parser follows the
SWIFT field grammar and refuses the first field it cannot read, at its line.

Amounts are ``Decimal`` from the text (``1234,56``: the comma is mandatory). The booking is the
``:61:`` entry date (``MMDD``, its year the one that puts it nearest the value date, so a line
valued December 31 and booked ``0102`` is booked in January of the next year), else the value
date. ``RC`` (reversal of a credit) takes money out, ``RD`` (reversal of a debit) brings it back.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal

from finapp.core.balance_kinds import BalanceKind
from finapp.core.money import decimals
from finapp.errors import Problem
from finapp.importers.base import (
    Balance,
    ParsedAccount,
    ParsedFile,
    ParsedStatement,
    ParsedTransaction,
    usable_amount,
)
from finapp.importers.read_error import ReadError

__all__ = ["Mt940ReadError", "looks_like_mt940", "read_mt940"]

#: SWIFT block headers before the text block, and the trailer after it.
_BLOCK = r"\{[1-3]:(?:[^{}]|\{[^{}]*\})*\}"
#: on one line or several (ING writes each block on its own line)
_BLOCK_HEAD = re.compile(rf"^(?:\s*{_BLOCK})*\s*(?:\{{4:|$)")
_BLOCK_END = re.compile(r"^-(?:\}|XXX)?(?:\{5:.*)?$")
#: Lines banks' export software puts before a message: Rabobank's ``:940:``, ING's older
#: ``0000 01INGBNL2AXXXX00001`` (the export's address and number) and ``940 00``, ABN AMRO's
#: ``ABNANL2A`` / ``940`` / ``ABNANL2A`` (a BIC, the message type).
_ENVELOPE = re.compile(
    r":94[02]:|0000 \d{2}[A-Z0-9]{8,12}\d{5}|94[02](?: \d{2})?|[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?",
    re.ASCII,
)
#: a Dutch bank's BIC on a line of its own before the message: its first four letters name it
_DUTCH_BIC = re.compile(r"^([A-Z]{4})NL[A-Z0-9]{2}(?:[A-Z0-9]{3})?[ \t]*\r?$", re.MULTILINE)
_FILE_HEAD = re.compile(rf"\A(?:(?:{_ENVELOPE.pattern})[ \t]*(?:\r?\n|\Z))+", re.ASCII)
_TAG = re.compile(r"^:(\d{2}[A-Z]?):", re.ASCII)
#: SWIFT's ``15d``: at most 15 characters, digits and the decimal comma.
_MAX_AMOUNT_CHARS = 15
_SNIFF_BYTES = 4096

_BALANCE = re.compile(
    r"(?P<mark>[CD])(?P<day>\d{6})(?P<currency>[A-Z]{3})(?P<amount>[\d,]+)", re.ASCII
)
_LINE = re.compile(
    r"(?P<value>\d{6})(?P<entry>\d{4})?(?P<mark>RC|RD|C|D)(?P<funds>[A-Z])?"
    r"(?P<amount>[\d,]+)(?P<kind>[NFS][A-Z0-9]{3})(?P<own>(?:(?!//).)*)(?://(?P<bank>.*))?",
    re.ASCII,
)
_SIGNS = {"C": 1, "D": -1, "RC": -1, "RD": 1}
_ACCOUNT_CURRENCY = re.compile(r"(?P<number>.*\d) ?(?P<currency>[A-Z]{3})")
_NO_REFERENCE = {"", "NONREF"}
#: the fields that settle a message's account and currency, whichever comes first
_OPENS = ("60F", "60M", "34F", "61", "62F", "62M", "64")
#: balances: opening and closing (final or intermediate), available, forward available
_BALANCES = ("60F", "60M", "62F", "62M", "64", "65")
#: the ones stored: the closing balance of the day and what could be spent
_KEPT = {"62F": BalanceKind.LEDGER, "64": BalanceKind.AVAILABLE}
#: the currency a balance (``C240101EUR…``) or MT942 floor limit (``EURD0,``) is stated in
_STATED_CURRENCY = re.compile(r"[CD]?\d{0,6}(?P<currency>[A-Z]{3})", re.ASCII)

#: German banks' structured ``:86:`` (ZKA): a 3-digit business code, then ``?nn`` subfields.
_GERMAN = re.compile(r"\d{3}\?")
_SUBFIELD = re.compile(r"\?(\d{2})")
_SEPA_KEY = re.compile(r"(?:EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|COAM|OAMT)\+")
#: Dutch banks' ``/KEY/value`` form (ING, Rabobank, ABN AMRO).
_SLASH_KEY = re.compile(
    r"/(EREF|MARF|CSID|CNTP|REMI|NAME|IBAN|BIC|ADDR|ORDP|BENM|PURP|RTRN|TRTP|ISDT|ULTC|ULTD|ULTB)/"
)


class Mt940ReadError(ReadError):
    """Why an MT940 file cannot be imported, with the line of the field at fault."""


@dataclass(slots=True)
class _Field:
    tag: str
    text: str
    line: int
    more: list[str] = field(default_factory=list)  # continuation lines, in order


def looks_like_mt940(data: bytes) -> bool:
    """Whether the file starts (past block headers and blank lines) with ``:20:`` and holds an
    account (``:25:``) and a statement line or opening balance (``:61:``, ``:60F:``)."""
    head = data[:_SNIFF_BYTES].decode("latin-1").lstrip("\ufeff\xef\xbb\xbf")
    body = _FILE_HEAD.sub("", _BLOCK_HEAD.sub("", head.lstrip()).lstrip()).lstrip()
    return body.startswith(":20:") and ":25:" in head and (":61:" in head or ":60F:" in head)


def read_mt940(name: str, data: bytes) -> ParsedFile:
    """Every statement of the file, one per account and currency, in the file's order."""
    text, encoding = _decode(data)
    fields = _fields(text)
    _refuse_cut_off(fields)
    return ParsedFile(
        path=name,
        format="mt940",
        statements=tuple(_statements(fields, _dutch_sender(text))),
        detected=_reading(fields, encoding),
    )


def _reading(fields: list[_Field], encoding: str) -> dict[str, object]:
    """How the file was read, for ``import --json``'s "detected" (the CSV report's keys where
    they apply): messages, the ``:86:`` forms met, where dates and signs come from."""
    return {
        "encoding": encoding,
        "messages": sum(1 for fld in fields if fld.tag == "20"),
        "information": sorted({_form(fld) for fld in fields if fld.tag == "86"}),
        "date_format": "YYMMDD; posted on the entry date MMDD when given",
        "decimal": ",",
        "sign": "from the C/D mark; RC is money out, RD money back",
    }


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-8 where it decodes, else Windows-1252 (German and Dutch banks' usual export)."""
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def _fields(text: str) -> list[_Field]:
    """The tagged fields with their first line's number; other lines continue the last one.

    Envelope lines (``_ENVELOPE``) are skipped before the first message and after a message's
    end (``-``, ``-}``, ING's ``-XXX``); inside a field, a line such as a bare BIC is text."""
    fields: list[_Field] = []
    between = True  # before the first message or after one's end
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _BLOCK_HEAD.sub("", raw)  # a continuation's trailing space separates words
        bare = line.rstrip()
        if _BLOCK_END.match(bare):
            between = True
            continue
        # Rabobank's :940: may also start a message the last one did not end with a "-"
        if not bare or ((between or bare.startswith(":")) and _ENVELOPE.fullmatch(bare)):
            continue
        tag = _TAG.match(line)
        if tag:
            between = False
            fields.append(_Field(tag.group(1), line[tag.end() :], number))
        elif fields:
            fields[-1].more.append(line)
        else:
            raise Mt940ReadError(
                Problem("mt940.before_field", "text before the first MT940 field"), number
            )
    return fields


def _refuse_cut_off(fields: list[_Field]) -> None:
    """Refuse, at its last line, a file whose last MT940 message opened with a balance
    (``:60F:``/``:60M:``) and ends before its closing balance (``:62F:``/``:62M:``), which SWIFT
    makes mandatory: the download stopped inside the statement, and its lines after the cut are
    missing. The end marker (``-``, ``-}``) is not asked for: several banks' exports leave it
    out. An MT942 interim report opens and closes with no balance, and is not doubted."""
    start = max((i for i, fld in enumerate(fields) if fld.tag == "20"), default=0)
    tags = {fld.tag for fld in fields[start:]}
    if tags & {"60F", "60M"} and not tags & {"62F", "62M"}:
        english = (
            "the file ends inside a statement, before its closing balance (:62F:): the download "
            "stopped before the end; download the statement again"
        )
        last = fields[-1].line + len(fields[-1].more)
        raise Mt940ReadError(Problem("mt940.cut_short", english), last)


@dataclass(slots=True)
class _Account:
    """One account's lines and balances gathered over the file's messages."""

    number: str
    currency: str
    lines: list[tuple[ParsedTransaction, str]] = field(default_factory=list)  # with bank ref
    balances: list[Balance] = field(default_factory=list)


def _dutch_sender(text: str) -> str:
    """The bank code (its BIC's first four letters) of the Dutch bank whose export puts its
    BIC before the first message (ABN AMRO's ``ABNANL2A``); "" for any other file."""
    match = _DUTCH_BIC.search(text.split(":20:", 1)[0])
    return match.group(1) if match else ""


def dutch_iban(bank: str, number: str) -> str:
    """The IBAN of the account ``number`` (its national number, up to ten digits) at the Dutch
    bank ``bank`` (``ABNA``): what other banks' statements name it by. "" when ``number`` is
    not such a number or the bank is unknown."""
    if not bank or not number.isdigit() or len(number) > 10:
        return ""
    bban = bank + number.zfill(10)
    digits = "".join(str(int(char, 36)) for char in bban + "NL00")
    return f"NL{98 - int(digits) % 97:02d}{bban}"


def _statements(fields: list[_Field], bank: str = "") -> list[ParsedStatement]:
    """Walk the fields once: ``:20:`` starts a message, its first balance or line settles the
    account, a ``:61:`` takes the ``:86:`` right after it (or none), ``:62F:``/``:64:`` state
    balances (the others are checked only); ``:28C:``, ``:90D:`` and the like change nothing."""
    accounts: dict[tuple[str, str], _Account] = {}
    current: _Account | None = None
    account_text, pending = "", None  # pending: a :61: waiting for its :86:
    for fld in fields:
        if pending is not None and current is not None:
            info = fld if fld.tag == "86" else None
            current.lines.append(_transaction(pending, info, current.currency))
            pending = None
            if fld.tag == "86":
                continue
        if fld.tag == "20":
            current, account_text = None, ""
        elif fld.tag == "25":
            account_text = fld.text.strip()
        elif current is None and fld.tag in _OPENS:
            current = _open(accounts, account_text, fld)
        if fld.tag == "61" and current is not None:
            pending = fld
        elif fld.tag in _BALANCES and current is not None:
            amount, day = _balance(fld, current.currency)
            if fld.tag in _KEPT:
                current.balances.append(Balance(_KEPT[fld.tag], amount, day))
    if pending is not None and current is not None:
        current.lines.append(_transaction(pending, None, current.currency))
    return [_statement(account, bank) for account in accounts.values()]


def _open(accounts: dict[tuple[str, str], _Account], account_text: str, fld: _Field) -> _Account:
    """The account a message's first balance or line belongs to (``:25:`` and a currency)."""
    if not account_text:
        raise Mt940ReadError(
            Problem("mt940.no_account", "a statement without its account (:25:)"), fld.line
        )
    number, currency = account_text, ""
    suffix = _ACCOUNT_CURRENCY.fullmatch(account_text)
    if suffix:
        number, currency = suffix.group("number"), suffix.group("currency")
    if fld.tag != "61":
        match = _STATED_CURRENCY.match(fld.text.strip())
        currency = match.group("currency") if match else currency
    if not currency:
        raise Mt940ReadError(
            Problem("mt940.no_currency", "no currency before the first statement line"), fld.line
        )
    key = (number, currency)
    return accounts.setdefault(key, _Account(number, currency))


def _statement(account: _Account, bank: str) -> ParsedStatement:
    """fitids are the bank references that occur once in the account; a repeated one is no id.
    A Dutch ``bank``'s national account number is known by its IBAN too."""
    seen = Counter(ref for _, ref in account.lines if ref.upper() not in _NO_REFERENCE)
    transactions = tuple(
        replace(txn, fitid=ref if seen[ref] == 1 else None) for txn, ref in account.lines
    )
    institution = account.number.split("/")[0] if "/" in account.number else ""
    return ParsedStatement(
        account=ParsedAccount(
            number=account.number,
            institution=institution,
            currency=account.currency,
            iban=dutch_iban(bank, account.number),
        ),
        transactions=transactions,
        balances=tuple(account.balances),
    )


def _balance(fld: _Field, currency: str) -> tuple[Decimal, date]:
    """A stated balance's signed amount and day, every one checked though only some are kept."""
    match = _BALANCE.fullmatch(fld.text.strip())
    if match is None:
        raise Mt940ReadError(
            Problem(
                "mt940.bad_balance",
                f"the balance :{fld.tag}: does not parse: {fld.text.strip()!r}",
                tag=fld.tag,
                text=fld.text.strip(),
            ),
            fld.line,
        )
    if match.group("currency") != currency:
        raise Mt940ReadError(
            Problem(
                "mt940.balance_currency",
                f"the balance is in {match.group('currency')}, the statement in {currency}",
                balance=match.group("currency"),
                statement=currency,
            ),
            fld.line,
        )
    amount = _amount(match.group("amount"), currency, fld.line)
    sign = -1 if match.group("mark") == "D" else 1
    return sign * amount, _day(match.group("day"), fld.line)


def _transaction(fld: _Field, info: _Field | None, currency: str) -> tuple[ParsedTransaction, str]:
    """One ``:61:`` line (and its ``:86:``) with its bank reference, fitid decided later."""
    match = _LINE.fullmatch(fld.text.strip())
    if match is None:
        raise Mt940ReadError(
            Problem(
                "mt940.bad_line",
                f"the statement line :61: does not parse: {fld.text.strip()!r}",
                text=fld.text.strip(),
            ),
            fld.line,
        )
    value = _day(match.group("value"), fld.line)
    posted = _entry_day(match.group("entry"), value, fld.line) if match.group("entry") else value
    amount = _SIGNS[match.group("mark")] * _amount(match.group("amount"), currency, fld.line)
    own = match.group("own").strip()
    details = " ".join(part.strip() for part in fld.more).strip()
    payee, memo, other = _describe(info) if info is not None else ("", "", "")
    if not payee:
        payee = details or (own if own.upper() not in _NO_REFERENCE else match.group("kind"))
    txn = ParsedTransaction(
        posted=posted,
        amount=amount,
        payee=payee,
        memo=memo,
        line=fld.line,
        kind=match.group("kind"),
        other_account=other,
    )
    return txn, (match.group("bank") or "").strip()


def _amount(text: str, currency: str, line: int) -> Decimal:
    """``1234,56``: digits, one decimal comma (mandatory in SWIFT), the currency's decimals."""
    if len(text) > _MAX_AMOUNT_CHARS:
        english = f"the amount {text[:20]!r}… is longer than 15 characters"
        raise Mt940ReadError(Problem("mt940.long_amount", english, cell=text[:20]), line)
    whole, comma, cents = text.partition(",")
    if not comma:
        english = f"the amount {text!r} has no decimal comma"
        raise Mt940ReadError(Problem("mt940.no_comma", english, cell=text), line)
    if not whole.isdigit() or (cents and not cents.isdigit()):
        raise Mt940ReadError(
            Problem("amount.bad", f"the amount {text!r} is not a number", cell=text), line
        )
    if len(cents) > decimals(currency):
        english = f"the amount {text!r} has more decimals than {currency}"
        problem = Problem("mt940.decimals", english, cell=text, currency=currency)
        raise Mt940ReadError(problem, line)
    amount = Decimal(f"{whole}.{cents or '0'}")
    if not usable_amount(amount):
        raise Mt940ReadError(
            Problem("amount.too_large", f"the amount {text!r} is too large", cell=text), line
        )
    return amount


def _day(text: str, line: int) -> date:
    """``YYMMDD``; SWIFT's two-digit year is 19YY from 80 on, else 20YY."""
    year = int(text[:2])
    try:
        return date(year + (1900 if year >= 80 else 2000), int(text[2:4]), int(text[4:6]))
    except ValueError:
        raise Mt940ReadError(
            Problem("mt940.bad_day", f"the date {text!r} is not a calendar day", value=text), line
        ) from None


def _entry_day(text: str, value: date, line: int) -> date:
    """The booking ``MMDD`` in the year that puts it nearest the value date."""
    candidates = []
    for year in (value.year - 1, value.year, value.year + 1):
        try:
            candidates.append(date(year, int(text[:2]), int(text[2:])))
        except ValueError:
            continue
    if not candidates:
        raise Mt940ReadError(
            Problem("mt940.bad_day", f"the entry date {text!r} is not a calendar day", value=text),
            line,
        )
    return min(candidates, key=lambda day: abs((day - value).days))


def _form(info: _Field) -> str:
    """Which of the ``:86:`` forms the field is written in."""
    joined = info.text + "".join(info.more)
    if _GERMAN.match(joined):
        return "?nn subfields"
    return "/KEY/ subfields" if _SLASH_KEY.search(joined) else "free text"


def _describe(info: _Field) -> tuple[str, str, str]:
    """(payee, memo, the other party's account) from the ``:86:`` field: German subfields,
    Dutch ``/KEY/``, or free text (which names no account)."""
    form = _form(info)
    if form != "free text":
        joined = info.text + "".join(info.more)
        return _german(joined) if form == "?nn subfields" else _dutch(joined)
    words = [info.text.strip(), *(part.strip() for part in info.more)]
    text = " ".join(word for word in words if word)
    payee = words[0] or text
    return payee, text if text != payee else "", ""


def _account_number(written: str) -> str:
    """An account number as a ``:86:`` subfield writes it, without spaces; "" for none (a
    card payment's ``0000000000``, a placeholder)."""
    number = re.sub(r"\s+", "", written).upper()
    return number if re.fullmatch(r"[A-Z0-9]{5,34}", number) and number.strip("0") else ""


def _german(text: str) -> tuple[str, str, str]:
    """``?20``–``?29`` and ``?60``–``?63`` the remittance (its ``SVWZ+`` part when marked),
    ``?32``/``?33`` the counterparty, ``?00`` the booking text when no counterparty is named,
    ``?31`` the counterparty's account (its IBAN in a SEPA booking), else ``?38``."""
    parts = _SUBFIELD.split(text[3:])
    sub: dict[int, str] = {}
    for code, value in zip(parts[1::2], parts[2::2], strict=True):
        sub[int(code)] = sub.get(int(code), "") + value
    remittance = "".join(sub.get(code, "") for code in (*range(20, 30), *range(60, 64)))
    purpose = re.search(r"SVWZ\+(.*?)(?=(?:" + _SEPA_KEY.pattern + ")|$)", remittance)
    memo = (purpose.group(1) if purpose else remittance).strip()
    payee = (sub.get(32, "") + sub.get(33, "")).strip() or sub.get(0, "").strip()
    other = _account_number(sub.get(31, "")) or _account_number(sub.get(38, ""))
    return payee or memo, memo, other


def _dutch(text: str) -> tuple[str, str, str]:
    """``/NAME/`` (or the name inside ``/CNTP/account/BIC/name/``) the payee, ``/REMI/`` the
    memo without its ``USTD//`` or ``STRD/CUR/`` prefix, ``/IBAN/`` (or ``/CNTP/``'s account)
    the counterparty's account."""
    parts = _SLASH_KEY.split(text)
    values = {key: value.strip("/ ") for key, value in zip(parts[1::2], parts[2::2], strict=True)}
    payee = values.get("NAME", "")
    party = values["CNTP"].split("/") if "CNTP" in values else []
    if not payee and len(party) > 2:
        payee = party[2]
    remittance = re.sub(r"^(?:USTD/+|STRD/CUR/+)", "", values.get("REMI", "")).strip()
    other = _account_number(values.get("IBAN", "")) or _account_number(party[0] if party else "")
    return payee or remittance, remittance, other
