"""Apply a :class:`CsvMapping` to a table: statement lines, or the line and reason it fails.

Rows before the data (preamble, header) and after it (totals such as ICBC's ``合计``: rows with
no readable date after the last dated row) are not data. A row in the data that cannot be read
rejects the file, or with ``skip_bad_rows`` is left out and listed. Rows an app marks neutral
(``不计收支``) or closed/failed are never money movements and are listed as left out.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, time
from decimal import Decimal
from typing import NamedTuple

from finapp.core.amounts import AmountError, currencies_meant, read_amount
from finapp.core.money import exact_minor
from finapp.errors import InvalidInputError, Problem
from finapp.importers.base import (
    ParsedAccount,
    ParsedStatement,
    ParsedTransaction,
    SkippedRow,
    usable_amount,
)
from finapp.importers.csv.balance_signs import (
    BalanceSignProblem,
    FirstSignNeeded,
    SignRow,
    signed_amounts,
)
from finapp.importers.csv.card_number import account_of, accounts_column
from finapp.importers.csv.currency_marks import usual_currency
from finapp.importers.csv.directions import direction_of
from finapp.importers.csv.mapping import CsvMapping, balance_column, normalise_name
from finapp.importers.csv.payment_apps import (
    blank_means_neutral,
    closed_trades,
    counts_as_refund,
    neutral_reason,
    paying_source,
    refund_note,
    refunded,
    service_fee,
    service_fee_texts,
)
from finapp.importers.csv.table import CsvTable, RowProblem
from finapp.importers.csv.values import ValueProblem, parse_amount, parse_date
from finapp.importers.time_of_day import parse_clock, real_times, time_after_date

_CURRENCY_WORDS = {
    "人民币": "CNY",
    "人民币元": "CNY",
    "rmb": "CNY",
    "美元": "USD",
    "港币": "HKD",
    "港元": "HKD",
    "欧元": "EUR",
    "英镑": "GBP",
    "日元": "JPY",
}


#: statuses of rows the bank has not booked yet: left out, as the export that books them
#: lists them again (counted once, then, and perhaps with another amount or date)
_PENDING = frozenset(("pending", "umsatz vorgemerkt", "vorgemerkt"))


#: what a line stating the account's balance, not a movement, begins with
_BALANCE_LINE = re.compile(
    r"(?:beginning|opening|starting|ending|closing) balance\b|(?:anfangs|end)saldo\b"
    r"|solde (?:initial|final|de début|de fin)\b|期初余额|期末余额",
    re.IGNORECASE,
)


class Group(NamedTuple):
    """The statement a row belongs to: its account's number (only in an export naming several
    accounts row by row, else "") and its currency (one account per currency)."""

    account: str
    currency: str


#: a row read: the statement it goes in, its line, and its cells
Kept = tuple[Group, ParsedTransaction, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class PreviewRow:
    """One row as the mapping reads it, for the mapping wizard's preview table."""

    line: int
    posted: date | None
    amount: Decimal | None
    payee: str
    memo: str
    currency: str
    note: str  # why the row is left out or cannot be read; "" when it is fine


def _cell(row: tuple[str, ...], index: int | None) -> str:
    return row[index] if index is not None and 0 <= index < len(row) else ""


def _text(row: tuple[str, ...], index: int | None) -> str:
    """A text cell without the apostrophe Excel's keep-as-text form leaves in exports
    (NatWest's ``'PRET A MANGER``, Amex's ``'320240290123456786'``)."""
    cell = _cell(row, index)
    if not cell.startswith("'"):
        return cell
    inner = cell[1:-1] if len(cell) > 1 and cell.endswith("'") else cell[1:]
    return inner.strip()


def _currency(value: str, default: str) -> str:
    text = value.strip()
    if not text:
        return default
    word = _CURRENCY_WORDS.get(text.lower())
    if word:
        return word
    return text.upper() if len(text) == 3 and text.isalpha() else default


@functools.lru_cache(maxsize=65536)
def _currencies_written(text: str, decimal_comma: bool) -> frozenset[str] | None:
    """The ISO codes the currency mark in an amount cell may mean; None when it has none (or
    is no amount: reading the value reports that)."""
    try:
        mark = read_amount(text, decimal_comma).currency
    except AmountError:
        return None
    return currencies_meant(mark) if mark else None


class RowReader:
    """Reads rows with one mapping; memoised parsers keep 100k rows to a fraction of a second."""

    def __init__(self, mapping: CsvMapping) -> None:
        self.m = mapping
        self.skip_status = {normalise_name(s) for s in mapping.skip_status}
        #: (amount, currency) pairs already found to fit the currency's unit: a file repeats
        #: its amounts (rent, coffees), and checking each row's took a tenth of reading it
        self._fitting: set[tuple[Decimal, str]] = set()
        #: the mapped amount, debit and credit columns, looked at on every row
        self._money_columns = tuple(
            i for i in (mapping.amount, mapping.debit, mapping.credit) if i is not None
        )
        #: where the payee of money in is looked for: who paid first, when a column says
        self._payer_first = mapping.payer + mapping.payee
        #: the file's closed trades (see :meth:`note_closed_trades`): a refund of one is no
        #: money back
        self.closed: set[str] = set()

    def note_closed_trades(self, rows: Sequence[tuple[str, ...]]) -> None:
        """Learn the file's closed trades before its rows are read (only a payment app's
        refunds ask, so only an export with a status and an order column is looked through)."""
        if self.m.status is None or self.m.fitid is None or not self.skip_status:
            return
        found = ((_cell(r, self.m.fitid), normalise_name(_cell(r, self.m.status))) for r in rows)
        self.closed = closed_trades(found, self.skip_status)

    def posted(self, row: tuple[str, ...]) -> date | None:
        """The row's day: its transaction day, else (empty there) its posting day."""
        m = self.m
        text = _cell(row, m.date) or _cell(row, m.booked)
        day = parse_date(text, m.date_format, m.year_hint) if text else None
        if (
            day is not None
            and m.date_format == "MM/DD"
            and m.statement_month is not None
            and day.month > m.statement_month
        ):
            day = day.replace(year=day.year - 1)  # December lines of a January statement
        return day

    def clock(self, row: tuple[str, ...]) -> time | None:
        """The time of day of the row: its time column's, else one written after the date."""
        if self.m.time is not None:
            return parse_clock(_cell(row, self.m.time))
        return time_after_date(_cell(row, self.m.date))

    def amount(self, row: tuple[str, ...]) -> Decimal | None:
        m, comma = self.m, self.m.decimal_comma
        if m.sign == "debit_credit":
            out = parse_amount(_cell(row, m.debit), comma)
            into = parse_amount(_cell(row, m.credit), comma)
            if out is None and into is None:
                return None
            return abs(into or Decimal(0)) - abs(out or Decimal(0))
        value = parse_amount(_cell(row, m.amount), comma)
        if value is None or m.sign == "as_is":
            return value
        if m.sign == "negate":
            return -value
        if m.sign == "balance":  # signed with its neighbours by :func:`_signed_by_balance`
            return abs(value)
        way = direction_of(_cell(row, m.direction))
        if way == "out":
            return -abs(value)
        if way == "in":
            return abs(value)
        return value

    def fee(self, row: tuple[str, ...], line: int) -> Decimal:
        """The fee charged with the row in the mapping's fee column, as a positive amount."""
        try:
            fee = parse_amount(_cell(row, self.m.fee), self.m.decimal_comma)
        except ValueProblem as exc:
            problem = Problem("row.bad_fee", f"the fee: {exc}", reason=exc.args[0])
            raise RowProblem(line, problem) from None
        return abs(fee or Decimal(0))

    def refunded(self, row: tuple[str, ...], line: int) -> Decimal:
        """The part of a purchase refunded that the row itself states (Alipay's web export)."""
        try:
            return refunded(row, self.m)
        except ValueProblem as exc:
            problem = Problem("row.bad_refund", f"the refund: {exc}", reason=exc.args[0])
            raise RowProblem(line, problem) from None

    def service_fee(self, row: tuple[str, ...], line: int) -> ParsedTransaction | None:
        """The line of what a payment app charged for a neutral row's move (WeChat Pay's
        ``服务费¥1.00`` on a withdrawal): money spent, though the move is left out."""
        try:
            fee = service_fee(row, self.m)
        except ValueProblem as exc:
            problem = Problem("row.bad_fee", f"the fee: {exc}", reason=exc.args[0])
            raise RowProblem(line, problem) from None
        posted = self.posted(row)
        if not fee or posted is None:
            return None
        payee, memo = service_fee_texts(row, self.m)
        order = _text(row, self.m.fitid)
        return ParsedTransaction(
            posted=posted,
            time=self.clock(row),
            amount=-fee,
            payee=payee,
            memo=memo,
            fitid=f"{order}:fee" if order and order not in ("/", "-") else None,
            line=line,
        )

    def money_cells(self, row: tuple[str, ...]) -> list[str]:
        """The row's non-empty amount, debit and credit cells."""
        return [cell for i in self._money_columns if (cell := _cell(row, i))]

    def check_currency(self, row: tuple[str, ...], line: int, currency: str) -> None:
        """Refuse a cell whose currency mark is not the row's (``currency``): ``€12.50`` is no
        dollar amount."""
        for cell in self.money_cells(row):
            meant = _currencies_written(cell, self.m.decimal_comma)
            if meant is not None and currency not in meant:
                raise RowProblem(line, self._other_currency(cell, currency))

    def _other_currency(self, cell: str, currency: str) -> Problem:
        """Why ``cell`` is refused: it disagrees with its row's currency column, or, in a file
        with none, with the currency the whole file is read in (never said to be the row's)."""
        if self.m.currency is not None:
            return Problem(
                "row.other_currency",
                f"the amount {cell!r} is not in {currency}, the currency of its row",
                cell=cell,
                currency=currency,
            )
        return Problem(
            "row.other_file_currency",
            f"the amount {cell!r} is not in {currency}, the currency this file is read in "
            "(no column gives each row's currency)",
            cell=cell,
            currency=currency,
        )

    def left_out(self, row: tuple[str, ...]) -> str:
        """Why a readable row is no money movement, or ""."""
        m = self.m
        status = _cell(row, m.status)
        if status and normalise_name(status) in self.skip_status:
            if normalise_name(status) in _PENDING:
                english = f"status {status!r}: not booked yet (pending)"
                return Problem("row.pending", english, status=status)
            english = f"status {status!r}: no money moved"
            return Problem("row.status_neutral", english, status=status)
        if m.skip_empty_amount and not self.money_cells(row):
            return Problem("row.cancelled", "no amount (cancelled)")
        if m.sign == "direction":
            word = _cell(row, m.direction)
            way = direction_of(word)
            if way == "neutral" or blank_means_neutral(word, m.account_type):
                if counts_as_refund(row, m, _cell(row, m.fitid), self.closed):
                    return ""  # money back: read as money in
                return neutral_reason(word, row, m)
            if way is None:
                raise ValueProblem(
                    Problem(
                        "row.no_direction",
                        f"{word!r} says neither money in nor money out",
                        word=word,
                    )
                )
        return ""

    def no_movement(self, row: tuple[str, ...]) -> str:
        """Why a row :meth:`transaction` cannot read is no movement but a line of the
        statement's own, or "": a line without an amount stating a balance (Bank of America's
        ``Beginning balance as of 01/01/2024``), or with neither date nor amount (Venmo's line
        of balances below its header). Asked only of rows that fail, so reading costs nothing
        more."""
        if self.money_cells(row):
            return ""
        texts = [_cell(row, i) for i in self.m.payee + self.m.memo]
        said = next((t for t in texts if _BALANCE_LINE.match(t)), "")
        if said:
            english = f"{said!r}: a balance the statement states, no money moved"
            return Problem("row.stated_balance", english, said=said)
        if not _cell(row, self.m.date):
            english = "no date and no amount: a line of the statement's, no money moved"
            return Problem("row.no_money_line", english)
        return ""

    def transaction(self, row: tuple[str, ...], line: int) -> ParsedTransaction:
        posted = self.posted(row)
        if posted is None:
            cell = _cell(row, self.m.date)
            raise RowProblem(
                line,
                Problem(
                    "row.bad_date",
                    f"not a date: {cell!r} (expected {self.m.date_format})",
                    cell=cell,
                    format=self.m.date_format,
                ),
            )
        try:
            amount = self.amount(row)
        except ValueProblem as exc:
            raise RowProblem(line, exc.args[0]) from None
        if amount is None:
            raise RowProblem(line, Problem("row.no_amount", "no amount"))
        fee = self.fee(row, line) if self.m.fee is not None else None
        if fee:
            amount -= fee
        back = self.refunded(row, line) if amount < 0 else Decimal(0)
        if back:
            amount = min(amount + back, Decimal(0))
        if not usable_amount(amount):
            raise RowProblem(line, f"amount {amount} is not a usable number")
        currency = self.currency(row)
        self.check_currency(row, line, currency)
        if (amount, currency) not in self._fitting:
            try:
                exact_minor(amount, currency)
            except InvalidInputError as exc:
                raise RowProblem(line, exc.message) from None
            self._fitting.add((amount, currency))
        named = self._payer_first if amount > 0 else self.m.payee
        payee = _other_party([_text(row, i) for i in named])
        memo = " ".join([v for i in self.m.memo if (v := _text(row, i)) and v != "/"])
        if fee:
            memo = f"{memo} (fee {fee} included)".strip()
        if back:
            memo = f"{memo} (成功退款: {back})".strip()
        elif amount < 0 and self.m.status is not None:
            memo = f"{memo} {refund_note(_cell(row, self.m.status), self.m)}".strip()
        fitid = _text(row, self.m.fitid)
        payee = payee if payee != "/" else ""
        return ParsedTransaction(
            posted=posted,
            time=self.clock(row),
            amount=amount,
            payee=payee or memo,
            memo=memo,
            fitid=fitid if fitid and fitid not in ("/", "-") else None,
            line=line,
            kind=paying_source(row, self.m),
        )

    def currency(self, row: tuple[str, ...]) -> str:
        if self.m.currency is None:  # most exports: one currency, no column for it
            return self.m.default_currency
        return _currency(_cell(row, self.m.currency), self.m.default_currency)


def with_written_currency(table: CsvTable, mapping: CsvMapping) -> CsvMapping:
    """A detected mapping without a currency column, in the one currency its amounts name.

    ``-€12.50`` cells in a file detection could only guess as USD are euros, and ``-£4.50``
    cells are pounds sterling (:mod:`.currency_marks` says why ``£`` alone is GBP). Nothing
    changes when the header names the currency, a profile set it, or the cells name several:
    the reader then refuses each cell that disagrees with its row.
    """
    if (
        mapping.currency is not None
        or mapping.profile
        or mapping.default_currency in " ".join(table.header).upper()
    ):
        return mapping
    written = currencies_written(table, mapping)
    if len(written) != 1:
        return mapping
    meant = written.pop()
    usual = usual_currency(meant)
    if mapping.default_currency in meant or usual is None:
        return mapping
    return replace(mapping, default_currency=usual)


def currencies_written(
    table: CsvTable, mapping: CsvMapping, rows: int | None = None
) -> set[frozenset[str]]:
    """What the currency marks in the data's amount cells (of its first ``rows``, when given)
    may mean, one set per mark."""
    reader = RowReader(mapping)
    named: set[frozenset[str]] = set()
    end = None if rows is None else table.data_start + rows
    for row in table.rows[table.data_start : end]:
        for cell in reader.money_cells(row):
            meant = _currencies_written(cell, mapping.decimal_comma)
            if meant is not None:
                named.add(meant)
    return named


#: A date cell's shape, readable or not: ``2024-02-30`` or ``31/13/2024`` is a line with a bad
#: date, while ``Total``, ``合计`` or an empty cell starts a footer.
_DATE_SHAPED = re.compile(r"\d{1,4}\s*[-/.年]\s*\d{1,2}|\d{8}")


def _data_end(table: CsvTable, reader: RowReader) -> int:
    """One past the last row with a date, readable or not: what follows is a footer (totals).

    A last line whose date is impossible is a bad line (reported with its number), not a
    footer to drop without a word.
    """
    for i in range(len(table.rows) - 1, table.data_start - 1, -1):
        row = table.rows[i]
        if reader.posted(row) is not None or _DATE_SHAPED.match(_cell(row, reader.m.date)):
            return i + 1
    return table.data_start


def _stray(table: CsvTable, index: int) -> RowProblem | None:
    """The row's problem when one of its lines is in another encoding than the file."""
    line = table.stray_line(index)
    return None if line is None else RowProblem(line, table.stray_reason)


def refuse_stray_rows(table: CsvTable, indices: range) -> None:
    """Raise the first stray-encoding problem among rows that are not data (preamble, header,
    footer): no row can be skipped there, and a garbled header would mislead detection."""
    for i in indices:
        problem = _stray(table, i)
        if problem is not None:
            raise problem


def read_rows(
    table: CsvTable, mapping: CsvMapping, skip_bad_rows: bool = False
) -> tuple[dict[Group, list[ParsedTransaction]], list[SkippedRow]]:
    """Transactions per account and currency, and the rows left out; :class:`RowProblem` on a
    bad row."""
    reader = RowReader(mapping)
    accounts = accounts_column(table, mapping)

    def group(row: tuple[str, ...]) -> Group:
        return Group(account_of(row, accounts), reader.currency(row))

    kept: list[Kept] = []
    skipped: list[SkippedRow] = []
    end = _data_end(table, reader)
    reader.note_closed_trades(table.rows[table.data_start : end])
    refuse_stray_rows(table, range(table.data_start))
    refuse_stray_rows(table, range(end, len(table.rows)))
    for i in range(table.data_start, end):
        row, line = table.rows[i], table.lines[i]
        try:
            stray = _stray(table, i) if table.stray_lines else None  # most files have none
            if stray is not None:
                raise stray
            reason = reader.left_out(row)
            if reason:
                skipped.append(SkippedRow(line, reason, neutral=True))
                fee = reader.service_fee(row, line)
                if fee is not None:
                    kept.append((group(row), fee, row))
                continue
            try:
                txn = reader.transaction(row, line)
            except RowProblem:
                said = reader.no_movement(row)
                if not said:
                    raise
                skipped.append(SkippedRow(line, said, neutral=True))
                continue
        except (RowProblem, ValueProblem) as exc:
            problem = exc if isinstance(exc, RowProblem) else RowProblem(line, exc.args[0])
            if not skip_bad_rows:
                raise problem from None
            skipped.append(SkippedRow(line, problem.reason))
            continue
        kept.append((group(row), txn, row))
    if mapping.sign == "balance":  # each account's balance signs its own rows
        kept = [
            signed
            for account in dict.fromkeys(g.account for g, _, _ in kept)
            for signed in _signed_by_balance([k for k in kept if k[0].account == account], mapping)
        ]
    by_group: dict[Group, list[ParsedTransaction]] = {}
    for key, txn, _ in kept:
        by_group.setdefault(key, []).append(txn)
    return by_group, skipped


def _signed_by_balance(kept: list[Kept], mapping: CsvMapping) -> list[Kept]:
    """One account's rows with the sign their running balance gives each amount (sign
    ``"balance"``); :class:`FirstSignNeeded` when the oldest row's is not given."""
    column = balance_column(mapping)
    rows = []
    for _, txn, row in kept:
        try:
            balance = parse_amount(_cell(row, column), mapping.decimal_comma)
        except ValueProblem as exc:
            reason = Problem("row.bad_balance", f"the balance: {exc}", reason=exc.args[0])
            raise RowProblem(txn.line or 0, reason) from None
        rows.append(SignRow(txn.line or 0, txn.posted, txn.amount, balance, txn.payee))
    try:
        amounts = signed_amounts(rows, mapping.first_sign)
    except BalanceSignProblem as exc:  # no row can be left out to mend the chain
        raise RowProblem(exc.line, exc.reason, skippable=False) from None
    return [
        (key, replace(txn, amount=amount), row)
        for (key, txn, row), amount in zip(kept, amounts, strict=True)
    ]


def statements(
    by_group: dict[Group, list[ParsedTransaction]], mapping: CsvMapping, number: str = ""
) -> tuple[ParsedStatement, ...]:
    """One statement per account and currency: an export naming several accounts row by row
    gets one per account, a multi-currency export one account per currency.

    ``number`` is the account or card the whole export names (a card's masked, see
    ``card_number``), if any: the number of each statement whose rows name none.
    """
    base = mapping.institution or mapping.profile or ""
    several_currencies = len({key.currency for key in by_group}) > 1
    out = []
    for (account_number, currency), txns in by_group.items():
        name = f"{base or 'CSV'} ({currency})" if several_currencies else base
        account = ParsedAccount(
            number=account_number or number,
            institution=mapping.institution,
            type=mapping.account_type,
            currency=currency,
            name=name,
        )
        times = real_times([t.time for t in txns])
        lines = tuple(
            t if t.time == when else replace(t, time=when)
            for t, when in zip(txns, times, strict=True)
        )
        out.append(ParsedStatement(account, lines))
    return tuple(out)


#: what a Chinese bank writes where the place of a payment goes when the money moved through
#: one of its own channels: no party (ICBC's 交易场所 "手机银行" beside 对方户名 "张小明")
_CHANNELS = frozenset(
    ("手机银行", "网上银行", "网银", "个人网银", "企业网银", "电话银行", "微信银行", "柜面", "柜台",
     "自助终端", "ATM", "银联")
)  # fmt: skip


def _other_party(cells: list[str]) -> str:
    """The first of a row's payee cells that names someone; a bank's own channel only when no
    other cell names anyone."""
    named = [cell for cell in cells if cell]
    return next((cell for cell in named if cell not in _CHANNELS), named[0] if named else "")


def _preview_balance_signs(table: CsvTable, mapping: CsvMapping) -> tuple[dict[int, Decimal], str]:
    """Each line's amount as the balance column signs it, read over the whole file (the oldest
    row may be its last); else nothing, and what is missing."""
    try:
        by_currency, _ = read_rows(table, mapping, skip_bad_rows=True)
    except FirstSignNeeded as exc:
        line = exc.oldest.line
        return {}, Problem(
            "preview.first_sign",
            f"no sign until the oldest row (line {line}) is said to be money in or out",
            line=line,
        )
    except RowProblem as exc:
        return {}, exc.reason
    return {t.line or 0: t.amount for txns in by_currency.values() for t in txns}, ""


def preview_rows(table: CsvTable, mapping: CsvMapping, limit: int = 20) -> list[PreviewRow]:
    """The first ``limit`` data rows as ``mapping`` reads them; problems shown, never raised."""
    reader = RowReader(mapping)
    reader.note_closed_trades(table.rows[table.data_start :])
    by_balance, balance_problem = (
        _preview_balance_signs(table, mapping) if mapping.sign == "balance" else ({}, "")
    )
    out: list[PreviewRow] = []
    for i in range(table.data_start, min(len(table.rows), table.data_start + limit)):
        row, line = table.rows[i], table.lines[i]
        try:
            stray = _stray(table, i)
            if stray is not None:
                raise stray
            note = reader.left_out(row)
            txn = reader.transaction(row, line)
            amount = txn.amount if mapping.sign != "balance" else by_balance.get(line)
            if amount is None and not note:
                note = balance_problem
            out.append(
                PreviewRow(
                    line, txn.posted, amount, txn.payee, txn.memo, reader.currency(row), note
                )
            )
        except (RowProblem, ValueProblem) as exc:
            reason = exc.reason if isinstance(exc, RowProblem) else exc.args[0]
            note = reader.no_movement(row) or reason
            out.append(PreviewRow(line, reader.posted(row), None, "", "", "", note))
    return out
