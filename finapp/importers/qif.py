"""QIF (Quicken Interchange Format) statements: Quicken, GnuCash, Moneydance, Microsoft Money
and many US banks export it.

A QIF file is lines starting with a code letter, records ended by ``^``, under headers:
``!Type:Bank``, ``!Type:CCard``, ``!Type:Cash``, ``!Type:Oth A`` and ``!Type:Oth L`` start a
list of transactions; ``!Account`` (``N`` name, ``T`` type, ``^``) names the account of the list
that follows, so one file may hold several accounts (with ``!Option:AutoSwitch`` a whole account
list comes first, and the last ``!Account`` before a list is its account). Category, class,
memorised-transaction and security lists are skipped; an investment list (``!Type:Invst``)
refuses the file, since finapp keeps no holdings.

Each record is one transaction: ``D`` date, ``T`` (or ``U``) signed amount, ``P`` payee, ``M``
memo, ``N`` check number or kind (``ATM``, ``DEP``), ``L`` category, ``S``/``E``/``$`` split
lines. A split record is one line of its total divided into its parts
(:attr:`~finapp.importers.base.ParsedTransaction.splits`, stored as finapp's split lines): each
part's ``S`` category path (``Food:Groceries``, its ``/class`` left out; made when the store has
none), ``$`` amount and ``E`` memo. A part moving money to or from another of the user's
accounts (``S[Savings]``) is neither spending nor income: it is filed under ``Transfers``, its
memo naming the account. Parts that do not make a split finapp can keep (fewer than two, one
of 0.00 or signed against the total, or not adding up to the total exactly) leave the record
one line of its total, the parts named in its memo as before, and a note says which.

QIF has no transaction id, so ``fitid`` is ``None``: the import service's date + amount +
payee fingerprint, counted, makes a re-import add nothing and keeps two identical lines two.
QIF names no currency: amounts are read as USD and reported as assumed, so the import puts
them in the currency of the account chosen with ``--account``, else of the account the file
names, else the household's (:mod:`finapp.services.import_guessed_currency`), as for a CSV;
unless every amount that carries a currency mark carries one that names a single currency
(a British card's ``T£39.00``, a ``T-12,50 €``): the file is read in it. Both keep cents,
as the assumed dollars do, so the amounts read the same.

The day/month order is decided once per file (:mod:`finapp.importers.qif_dates`), the decimal
mark too (``-1,234.56`` or ``1.234,56``, by the CSV reader's rule), and amounts are read by
finapp's one amount grammar: Decimal from the text, never float, never guessed.

Why not a package: ``quiffen`` (the maintained QIF parser on PyPI) reads dates with dateutil's
lenient guessing and a day-first flag the caller must already know, strips every character it
does not expect from amounts (``1.234,56`` would become 1.23456), pulls in pydantic, and reports
no line for a bad record. QIF is line-based and small, so a strict reader is shorter than the
checks needed around one.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from decimal import Decimal

from finapp.core.account_types import AccountType
from finapp.core.money import exact_minor
from finapp.errors import InvalidInputError, Problem
from finapp.importers.base import (
    CURRENCY_ASSUMED,
    CURRENCY_FROM_MARKS,
    ParsedAccount,
    ParsedFile,
    ParsedSplit,
    ParsedStatement,
    ParsedTransaction,
    SkippedRow,
    usable_amount,
)
from finapp.importers.csv.currency_marks import currency_of_mark
from finapp.importers.csv.table import RowProblem
from finapp.importers.csv.text import decode_text
from finapp.importers.csv.values import ValueProblem, parse_amount, uses_decimal_comma
from finapp.importers.qif_dates import (
    DateOrderProblem,
    DayOrder,
    Order,
    WrittenDate,
    day_order,
    written_date,
)
from finapp.importers.text_head import head_bytes

#: transaction lists finapp reads, and the kind of account each is
_LISTS = {
    "bank": AccountType.CHECKING,
    "ccard": AccountType.CREDIT_CARD,
    "cash": AccountType.OTHER,
    "oth a": AccountType.OTHER,
    "oth l": AccountType.OTHER,
}
#: lists that hold no transactions of an account (categories, classes, memorised ones, ...)
_OTHER_LISTS = {
    "cat",
    "class",
    "memorized",
    "security",
    "prices",
    "invoice",
    "bill",
    "tax",
    "budget",
    "template",
}
#: QIF names no currency; see the module docstring
_CURRENCY = "USD"
#: a mark written with an amount line's number (``T£39.00``, ``U-12,50 €``)
_MARKED_AMOUNT = re.compile(r"^[TU$][^\n]*?([£€])", re.MULTILINE)
#: the category a split part moving money to or from another account (``S[Savings]``) is filed
#: under: the shipped tree's transfers, neither spending nor income
_TRANSFERS = "Transfers"


def looks_like_qif(data: bytes) -> bool:
    """Whether the file starts (past a BOM and blank lines) with a QIF header line."""
    head = head_bytes(data, 512).lstrip().lower()
    return head.startswith((b"!type:", b"!account", b"!option:"))


@dataclass(slots=True)
class _Record:
    """One record's lines (code letter, text, line number), in file order."""

    account: ParsedAccount
    line: int
    fields: list[tuple[str, str, int]] = field(default_factory=list)
    #: how the file ends inside this record, its last: "" (the record was closed), "line"
    #: (inside its last line: no line break after it), "record" (after a line break, no ``^``)
    open_at_end: str = ""

    def first(self, code: str) -> tuple[str, int] | None:
        return next(((text, line) for c, text, line in self.fields if c == code), None)

    def text(self, code: str) -> str:
        found = self.first(code)
        return found[0] if found else ""


def read_qif(path: str, data: bytes, skip_bad_rows: bool = False) -> ParsedFile:
    """The statements of a QIF file, one per account; :class:`RowProblem` names a bad line."""
    decoded = decode_text(data)
    if decoded.stray_lines:
        raise RowProblem(decoded.stray_lines[0], decoded.stray_reason, skippable=False)
    records = list(_records(decoded.text))
    marked = _marked_currency(decoded.text)
    dates = {id(r): _written(r) for r in records}
    decimal_comma = uses_decimal_comma(
        text for r in records for code, text, _ in r.fields if code in "TU$"
    )
    written = [d for d in dates.values() if d is not None]
    try:
        order = day_order(written, _by_account(records, dates), decimal_comma)
    except DateOrderProblem as exc:
        raise RowProblem(exc.line, exc.reason, skippable=False) from None
    by_account: dict[ParsedAccount, list[ParsedTransaction]] = {}
    skipped: list[SkippedRow] = []
    unkept: list[tuple[ParsedTransaction, tuple[ParsedSplit, ...]]] = []  # split records left whole
    for record in records:
        try:
            _refuse_cut_off(record, records)
            txn = _transaction(record, dates[id(record)], order.order, decimal_comma)
        except RowProblem as exc:
            if not skip_bad_rows:
                raise
            skipped.append(SkippedRow(exc.line, exc.reason))
            continue
        parts = _parts(record, decimal_comma)
        if parts and _makes_split(parts, txn.amount):
            txn = replace(txn, memo=_memo(record, None), splits=parts)
        elif parts:
            unkept.append((txn, parts))
        by_account.setdefault(record.account, []).append(txn)
    if not by_account and not skipped:
        raise RowProblem(
            1, Problem("qif.empty", "the QIF file lists no transactions"), skippable=False
        )
    statements = tuple(
        ParsedStatement(a if marked is None else replace(a, currency=marked), tuple(t))
        for a, t in by_account.items()
    )
    return ParsedFile(
        path=path,
        format="qif",
        statements=statements,
        skipped=tuple(skipped),
        notes=tuple(_unkept_notes(unkept)),
        detected=_reading(decoded.encoding, order, decimal_comma, marked),
    )


def _reading(
    encoding: str, order: DayOrder, decimal_comma: bool, marked: str | None
) -> dict[str, object]:
    """How the file was read, for ``import --json``'s "detected" (the CSV report's keys)."""
    return {
        "encoding": encoding,
        "date_format": order.order,
        "date_order_from": order.because,
        "decimal": "," if decimal_comma else ".",
        "currency": marked or _CURRENCY,
        # when assumed, the household's, or its account's, replaces it
        "currency_from": CURRENCY_FROM_MARKS if marked else CURRENCY_ASSUMED,
    }


def _marked_currency(text: str) -> str | None:
    """The one currency the amounts' marks name (see the module's docstring), or None."""
    marks = set(_MARKED_AMOUNT.findall(text))
    return currency_of_mark(marks.pop()) if len(marks) == 1 else None


def _records(text: str) -> Iterator[_Record]:
    """The transaction records of every list, each with the account its list belongs to.

    ``^`` ends a record; so does a header or the end of the file, since exporters often leave
    the last ``^`` out (how the file ends is kept on the last record: a download that stopped
    inside it is refused by :func:`_refuse_cut_off`).
    """
    section = ""  # "account", "transactions", "skip" or "" before the first header
    named: str | None = None  # the last !Account record's name, for the next list
    account = ParsedAccount()
    record: _Record | None = None
    for number, raw in enumerate(text.split("\n"), 1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith(("!", "^")) and record is not None:
            if section == "transactions":
                yield record
            elif section == "account":
                named = record.text("N")
        if line.startswith("!"):
            record = None
            section, account, named = _header(line, number, section, account, named)
        elif not section:
            raise RowProblem(
                number,
                Problem(
                    "qif.before_header", "not a QIF line before the first !Type or !Account header"
                ),
                skippable=False,
            )
        elif line.startswith("^"):
            record = None
        else:
            record = record or _Record(account, number)
            record.fields.append((line[0], line[1:].strip(), number))
    if record is not None and section == "transactions":
        ended = text.rstrip("\x1a").endswith(("\n", "\r"))  # past a DOS end-of-file mark
        record.open_at_end = "record" if ended else "line"
        yield record


def _refuse_cut_off(record: _Record, records: list[_Record]) -> None:
    """Raise :class:`RowProblem` at the last line of a record the download stopped inside.

    Exporters often leave the last ``^`` out, so a record the file ends inside is not cut for
    that alone; it is cut when its last line has no line break after it (the download stopped
    inside the line: ``PSHE`` of ``PSHELL OIL``, ``T-62.1`` of ``T-62.10``), which no exporter
    that ends its lines writes, or when it lacks a kind of line (``D``, ``T``, ``P``, ...)
    that every other record of its list has (it stopped between two lines). A record that
    stopped after a whole line and has the lines of the others cannot be told from a whole
    one, and is read.
    """
    if not record.open_at_end:
        return
    others = [set(_codes(r)) for r in records if r is not record and r.account == record.account]
    usual = set.intersection(*others) if others else set()
    if record.open_at_end == "line" or not usual <= set(_codes(record)):
        english = (
            "the file ends inside this record, before its ^: the download stopped before the "
            "end; download the statement again"
        )
        raise RowProblem(record.fields[-1][2], Problem("qif.cut_short", english))


def _codes(record: _Record) -> Iterator[str]:
    """The code letters of the record's lines."""
    return (code for code, _, _ in record.fields)


def _header(
    line: str, number: int, section: str, account: ParsedAccount, named: str | None
) -> tuple[str, ParsedAccount, str | None]:
    """The section a header line starts: (section, account of its records, pending !Account)."""
    word = line[1:].strip().lower()
    if word.startswith(("option:", "clear:")):  # AutoSwitch on/off: changes no list
        return section, account, named
    if word == "account":
        return "account", account, named
    kind = word.removeprefix("type:").strip() if word.startswith("type:") else None
    if kind in _LISTS:
        return (
            "transactions",
            ParsedAccount(type=_LISTS[kind], currency=_CURRENCY, name=named or ""),
            None,
        )
    if kind in _OTHER_LISTS:
        return "skip", account, named
    if kind == "invst":
        english = (
            "an investment account's list (!Type:Invst): finapp does not track investments; "
            "export the bank, card and cash accounts only"
        )
        raise RowProblem(number, Problem("qif.investment", english), skippable=False)
    english = f"{line!r} is no QIF list finapp knows"
    raise RowProblem(number, Problem("qif.unknown_list", english, value=line), skippable=False)


def _written(record: _Record) -> WrittenDate | None:
    found = record.first("D")
    return written_date(found[0], found[1]) if found else None


def _by_account(
    records: list[_Record], dates: dict[int, WrittenDate | None]
) -> list[list[WrittenDate]]:
    """Each account's dates in file order (each account's list is sorted by date)."""
    groups: dict[ParsedAccount, list[WrittenDate]] = {}
    for record in records:
        written = dates[id(record)]
        if written is not None:
            groups.setdefault(record.account, []).append(written)
    return list(groups.values())


def _transaction(
    record: _Record, written: WrittenDate | None, order: Order, decimal_comma: bool
) -> ParsedTransaction:
    """One record as a transaction; :class:`RowProblem` with the line of what is wrong."""
    found = record.first("D")
    if found is None:
        raise RowProblem(record.line, Problem("qif.no_date", "the record has no date (D line)"))
    posted = written.read(order) if written is not None else None
    if posted is None:
        raise RowProblem(
            found[1],
            Problem(
                "csv.impossible_date",
                f"{found[0]!r} is not a date (a calendar date from 1900 to 2199)",
                value=found[0],
            ),
        )
    payee = record.text("P") or record.text("M")
    number = record.text("N")
    kind = "" if number.isdigit() else number
    memo = _memo(record, _splits(record, decimal_comma))
    return ParsedTransaction(
        posted, _amount(record, decimal_comma), payee, memo, line=record.line, kind=kind
    )


def _memo(record: _Record, splits: str | None) -> str:
    """The line's memo: ``M`` (when ``P`` names the payee), the check number, the category
    ``L`` of a record that is not split, and ``splits`` naming the parts (None: the record is
    a split line, whose parts carry them)."""
    number = record.text("N")
    return "; ".join(
        part
        for part in (
            record.text("M") if record.text("P") else "",
            f"check {number}" if number.isdigit() else "",
            "" if record.first("S") else record.text("L"),
            splits or "",
        )
        if part
    )


def _amount(record: _Record, decimal_comma: bool) -> Decimal:
    """The record's total: ``T``, else ``U``, else the sum of its split amounts."""
    found = record.first("T") or record.first("U")
    if found is None or not found[0]:
        parts = [(text, line) for code, text, line in record.fields if code == "$"]
        if not parts:
            raise RowProblem(
                record.line, Problem("qif.no_amount", "the record has no amount (T line)")
            )
        return sum((_money(text, line, decimal_comma) for text, line in parts), Decimal(0))
    return _money(found[0], found[1], decimal_comma)


def _money(text: str, line: int, decimal_comma: bool) -> Decimal:
    try:
        amount = parse_amount(text, decimal_comma)
    except ValueProblem as exc:
        raise RowProblem(line, exc.args[0]) from None
    if amount is None or not usable_amount(amount):
        raise RowProblem(
            line, Problem("amount.bad", f"{text!r} is not an amount finapp can store", cell=text)
        )
    try:
        exact_minor(amount, _CURRENCY)
    except InvalidInputError as exc:
        raise RowProblem(line, exc.message) from None
    return amount


def _splits(record: _Record, decimal_comma: bool) -> str:
    """``split: Groceries -45.10, Household -12.22 (paper towels)``: the splits, for the memo."""
    splits: list[list[str]] = []  # category, amount, memo of each split
    for code, text, line in record.fields:
        if code == "S":
            splits.append([text or "(no category)", "", ""])
        elif code == "$" and splits:
            splits[-1][1] = str(_money(text, line, decimal_comma))
        elif code == "E" and splits and text:
            splits[-1][2] = f"({text})"
    return "split: " + ", ".join(" ".join(p for p in s if p) for s in splits) if splits else ""


def _parts(record: _Record, decimal_comma: bool) -> tuple[ParsedSplit, ...]:
    """The record's split parts (``S`` category, ``E`` memo, ``$`` amount), in file order;
    a part whose amount is missing is 0, which makes no split."""
    parts: list[tuple[str, str, Decimal]] = []
    for code, text, line in record.fields:
        if code == "S":
            parts.append((text, "", Decimal(0)))
        elif code == "$" and parts:
            parts[-1] = (parts[-1][0], parts[-1][1], _money(text, line, decimal_comma))
        elif code == "E" and parts:
            parts[-1] = (parts[-1][0], text, parts[-1][2])
    return tuple(_part(category, memo, amount) for category, memo, amount in parts)


def _part(category: str, memo: str, amount: Decimal) -> ParsedSplit:
    """One part: ``Food:Groceries/Vacation`` is the path ``Food:Groceries`` (QIF writes a
    class after ``/``; finapp keeps none); ``[Savings]`` is a transfer, its memo naming the
    account."""
    written = category.strip()
    if written.startswith("[") and written.endswith("]"):
        named = f"[{written[1:-1].strip()}]"
        return ParsedSplit(_TRANSFERS, amount, f"{memo}; {named}" if memo else named)
    names = [name.strip() for name in written.split("/", 1)[0].split(":")]
    return ParsedSplit(":".join(name for name in names if name), amount, memo)


def _makes_split(parts: tuple[ParsedSplit, ...], total: Decimal) -> bool:
    """Whether ``parts`` make a split finapp keeps of a line of ``total``: two or more, none
    0.00, each signed as the total, adding up to it exactly."""
    return (
        len(parts) >= 2
        and sum((part.amount for part in parts), Decimal(0)) == total
        and all(part.amount != 0 and (part.amount < 0) == (total < 0) for part in parts)
    )


def _unkept_notes(unkept: list[tuple[ParsedTransaction, tuple[ParsedSplit, ...]]]) -> list[str]:
    """What is said of the split records left one line: those whose parts do not add up to
    the total (with the first one's figures), and those with a part of 0.00 or signed against
    the total. A record of one part adding up to its total is a category, nothing wrong."""
    adds_up = [sum((x.amount for x in p), Decimal(0)) == t.amount for t, p in unkept]
    off_sum = [found for found, whole in zip(unkept, adds_up, strict=True) if not whole]
    off_sign = [
        found for found, whole in zip(unkept, adds_up, strict=True) if whole and len(found[1]) > 1
    ]
    notes: list[str] = []
    if off_sum:
        first, parts = off_sum[0]
        where, added = _where(off_sum), sum((x.amount for x in parts), Decimal(0))
        english = (
            f"{_how_many(off_sum)} kept whole, each one line of its total with its parts named "
            "in the memo: the parts do not add up to the total "
            f"({where}); those of line {first.line} add up to {added}, its total is {first.amount}"
        )
        facts = {"line": first.line or 0, "parts": added, "total": first.amount}
        notes.append(Problem("qif.split_sum", english, lines=where, **facts))
    if off_sign:
        where = _where(off_sign)
        english = (
            f"{_how_many(off_sign)} kept whole, each one line of its total with its parts named "
            "in the memo: a part is 0.00 or signed against the total, which a split cannot hold "
            f"({where})"
        )
        notes.append(Problem("qif.split_signs", english, lines=where))
    return notes


def _how_many(found: list[tuple[ParsedTransaction, tuple[ParsedSplit, ...]]]) -> str:
    return "1 split record" if len(found) == 1 else f"{len(found)} split records"


def _where(found: list[tuple[ParsedTransaction, tuple[ParsedSplit, ...]]]) -> Problem:
    """``line 40`` / ``lines 40, 52, 77 and 2 more``: where the records start."""
    shown = ", ".join(str(txn.line) for txn, _ in found[:3])
    more = f" and {len(found) - 3} more" if len(found) > 3 else ""
    english = f"line{'s' if len(found) > 1 else ''} {shown}{more}"
    code = "ofx.lines_more" if more else "ofx.lines"  # worded alike for any format
    return Problem(code, english, shown=shown, more=max(len(found) - 3, 0))
