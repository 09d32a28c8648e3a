"""One row of a CSV export read with a :class:`CsvMapping`: its day, amount, payee and memo.

What a row means needs only the row and the mapping; what a file means (where its data ends,
which statement each row goes in, the signs a running balance gives) is in :mod:`.file_rows`.
The parts a row is read with have modules of their own: its cells (:mod:`.cells`), the payee
among several columns (:mod:`.payees`), fees and refunds (:mod:`.fees`), the rows that are no
money movement (:mod:`.left_out`) and the currency (:mod:`.row_currency`).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, time
from decimal import Decimal

from finapp.core.money import exact_minor
from finapp.errors import InvalidInputError, Problem
from finapp.importers.base import ParsedTransaction, usable_amount
from finapp.importers.csv import fees, left_out
from finapp.importers.csv.cells import (
    Row,
    cell,
    cells_key,
    in_brackets,
    money_cells,
    money_columns,
    padded,
    text,
)
from finapp.importers.csv.directions import direction_of
from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.other_account import other_account, other_account_column
from finapp.importers.csv.payees import (
    after_operation,
    labelled_party,
    numbered_party,
    one_line,
    other_party,
    own_party,
    without_account_number,
)
from finapp.importers.csv.payment_apps import (
    closed_trades,
    paying_source,
    refund_note,
    source_column,
    states_refunds,
    written_refund_note,
)
from finapp.importers.csv.profiles import profile_named
from finapp.importers.csv.row_currency import (
    currencies_marked,
    currency_named,
    other_currency,
    with_written_currency,
)
from finapp.importers.csv.row_types import row_type, type_columns
from finapp.importers.csv.table import RowProblem
from finapp.importers.csv.values import ValueProblem, parse_amount, parse_date
from finapp.importers.time_of_day import parse_clock, time_after_date

#: ``RowProblem`` and ``with_written_currency`` are read from here by callers older than the
#: modules that now hold them
__all__ = ["RowProblem", "RowReader", "with_written_currency"]


class RowReader:
    """Reads rows with one mapping; memoised parsers keep 100k rows to a fraction of a second."""

    def __init__(self, mapping: CsvMapping) -> None:
        self.m = mapping
        self.skip_status = {normalise_name(s) for s in mapping.skip_status}
        #: the mapped amount, debit and credit columns, looked at on every row
        self._money_columns = money_columns(mapping)
        #: where the payee of money in is looked for: who paid first, when a column says
        self._payer_first = mapping.payer + mapping.payee
        profile = profile_named(mapping.profile) if mapping.profile else None
        #: the payee cell's first line is the kind of operation (see :func:`one_line`)
        self._operation_first = profile is not None and profile.operation_first
        #: what parts the kind of operation from the party in the payee cell (see
        #: :func:`after_operation`)
        self._operation_mark = profile.operation_mark if profile is not None else ""
        #: whose file it is, named on every row's one side (see :meth:`learn_file`)
        self._own_party = ""
        #: the payee cell labels both parties of a transfer (see :func:`labelled_party`)
        self._labelled_parties = profile is not None and profile.labelled_parties
        #: the file's closed trades (see :meth:`learn_file`): a refund of one is no
        #: money back
        self.closed: set[str] = set()
        #: whether a purchase row may state a part refunded (Alipay's web export)
        self._states_refunds = states_refunds(mapping)
        #: the column naming the other party's account (ING's ``Tegenrekening``), if any
        self._other_account = other_account_column(mapping)
        # What a row's cells mean, by their text: ten years of history repeat their dates,
        # amounts, merchants and kinds, and reading each anew cost three times what the line
        # of an OFX does. Each key picks the cells its answer is made of, out of a row padded
        # to ``_width``.
        m = mapping
        keys = (
            cells_key((m.date, m.booked)),
            cells_key((m.time if m.time is not None else m.date,)),
            cells_key((m.amount, m.debit, m.credit, m.direction)),
            cells_key(self._payer_first + m.memo),
            cells_key((source_column(m), *type_columns(m))),
        )
        self._width = max(width for width, _ in keys)
        (
            self._day_key,
            self._clock_key,
            self._amount_key,
            self._text_key,
            self._kind_key,
        ) = (key for _, key in keys)
        self._days: dict[object, date | None] = {}
        self._clocks: dict[object, time | None] = {}
        self._amounts: dict[object, Decimal | None] = {}
        #: (amount, currency, amount cells) found usable, in the currency's unit and written
        #: with no other currency's mark: a file repeats its amounts (rent, coffees)
        self._checked: set[tuple[Decimal, str, object]] = set()
        self._texts: dict[tuple[bool, object], tuple[str, str]] = {}
        self._kinds: dict[object, str] = {}
        #: the text stating a balance (see :func:`.left_out.balance_said`) by the payee and memo
        self._balances_said: dict[object, str] = {}

    def learn_file(self, rows: Sequence[Row]) -> None:
        """Learn what the whole file tells before its rows are read: its closed trades (only a
        payment app's refunds ask, so only an export with a status and an order column is
        looked through), and whose file it is where each row names both sides
        (:func:`own_party`)."""
        self._own_party = own_party(rows, self.m.payee, self.m.payer)
        if self.m.status is None or self.m.fitid is None or not self.skip_status:
            return
        self.closed = closed_trades(rows, self.m, self.skip_status)

    def posted(self, row: Row) -> date | None:
        """The row's day: its transaction day, else (empty there) its posting day."""
        return self._posted(row, padded(row, self._width))

    def _posted(self, row: Row, whole_row: Row) -> date | None:
        key = self._day_key(whole_row)
        if key not in self._days:
            self._days[key] = self._day(row)
        return self._days[key]

    def _day(self, row: Row) -> date | None:
        m = self.m
        written = cell(row, m.date) or cell(row, m.booked)
        day = parse_date(written, m.date_format, m.year_hint) if written else None
        if (
            day is not None
            and m.date_format == "MM/DD"
            and m.statement_month is not None
            and day.month > m.statement_month
        ):
            day = day.replace(year=day.year - 1)  # December lines of a January statement
        return day

    def clock(self, row: Row) -> time | None:
        """The time of day of the row: its time column's, else one written after the date."""
        return self._clocked(row, padded(row, self._width))

    def _clocked(self, row: Row, whole_row: Row) -> time | None:
        key = self._clock_key(whole_row)
        if key not in self._clocks:
            self._clocks[key] = self._clock(row)
        return self._clocks[key]

    def _clock(self, row: Row) -> time | None:
        if self.m.time is not None:
            return parse_clock(cell(row, self.m.time))
        return time_after_date(cell(row, self.m.date))

    def amount(self, row: Row) -> Decimal | None:
        """The row's amount, signed by the mapping's convention (a running balance signs it
        later: only the whole file tells which way it moved)."""
        m, comma = self.m, self.m.decimal_comma
        if m.sign == "debit_credit":
            out = _side(cell(row, m.debit), comma)
            into = _side(cell(row, m.credit), comma)
            if out is None and into is None:
                return None
            return (into or Decimal(0)) - (out or Decimal(0))
        value = parse_amount(cell(row, m.amount), comma)
        if value is None or m.sign == "as_is":
            return value
        if m.sign == "negate":
            return -value
        if m.sign == "balance":  # signed with its neighbours by :mod:`.file_rows`
            return abs(value)
        way = direction_of(cell(row, m.direction))
        if way == "out":
            return -abs(value)
        if way == "in":
            return abs(value)
        return value

    def service_fee(self, row: Row, line: int) -> ParsedTransaction | None:
        """The line of what a payment app charged for a neutral row's move (WeChat Pay's
        ``服务费¥1.00`` on a withdrawal): money spent, though the move is left out."""
        charged = fees.service_fee_amount(row, self.m, line)
        posted = self.posted(row)
        if not charged or posted is None:
            return None
        return fees.service_fee_line(row, self.m, line, charged, posted, self.clock(row))

    def money_cells(self, row: Row) -> list[str]:
        """The row's non-empty amount, debit and credit cells."""
        return money_cells(row, self._money_columns)

    def check_currency(self, row: Row, line: int, currency: str) -> None:
        """Refuse a cell whose currency mark is not the row's (``currency``): ``€12.50`` is no
        dollar amount."""
        for value in self.money_cells(row):
            meant = currencies_marked(value, self.m.decimal_comma)
            if meant is not None and currency not in meant:
                raise RowProblem(line, other_currency(value, currency, self.m))

    def left_out(self, row: Row) -> str:
        """Why a readable row is no money movement, or "" (see :mod:`.left_out`)."""
        key = self._text_key(padded(row, self._width))
        if key not in self._balances_said:
            self._balances_said[key] = left_out.balance_said(row, self.m)
        said = self._balances_said[key]
        return left_out.left_out(
            row, self.m, self.skip_status, self.closed, self._money_columns, said
        )

    def no_movement(self, row: Row) -> str:
        """Why a row :meth:`transaction` cannot read is a line of the statement's own, not a
        movement, or "" (see :mod:`.left_out`)."""
        dated = self.posted(row) is not None
        return left_out.no_movement(row, self.m, self._money_columns, dated)

    def transaction(self, row: Row, line: int) -> ParsedTransaction:
        """The row's line: :class:`RowProblem` naming ``line`` when it cannot be read."""
        whole_row = padded(row, self._width)
        posted = self._posted(row, whole_row)
        if posted is None:
            written = cell(row, self.m.date)
            raise RowProblem(
                line,
                Problem(
                    "row.bad_date",
                    f"not a date: {written!r} (expected {self.m.date_format})",
                    cell=written,
                    format=self.m.date_format,
                ),
            )
        amount_cells = self._amount_key(whole_row)
        amount = self._amount(row, amount_cells, line)
        fee = fees.fee(row, self.m, line) if self.m.fee is not None else None
        if fee:
            amount -= fee
        back = _NONE
        if self._states_refunds and amount < 0:
            back = fees.refunded_part(row, self.m, line)
        if back:
            amount = min(amount + back, Decimal(0))
        currency = self.currency(row)
        if (amount, currency, amount_cells) not in self._checked:
            if not usable_amount(amount):
                raise RowProblem(line, f"amount {amount} is not a usable number")
            self.check_currency(row, line, currency)
            try:
                exact_minor(amount, currency)
            except InvalidInputError as exc:
                raise RowProblem(line, exc.message) from None
            self._checked.add((amount, currency, amount_cells))
        texts = (amount > 0, self._text_key(whole_row))
        if texts not in self._texts:
            self._texts[texts] = self._payee_and_memo(row, amount > 0)
        payee, memo = self._texts[texts]
        if fee:
            memo = f"{memo} (fee {fee} included)".strip()
        if back:
            memo = f"{memo} (成功退款: {back})".strip()
        elif amount < 0:
            said = (
                refund_note(cell(row, self.m.status), self.m) if self.m.status is not None else ""
            )
            said = said or written_refund_note(cell(row, self.m.amount), self.m)
            memo = f"{memo} {said}".strip()
        fitid = text(row, self.m.fitid)
        payee = without_account_number(payee) if payee != "/" else ""
        kind = self._kind_key(whole_row)
        if kind not in self._kinds:
            self._kinds[kind] = paying_source(row, self.m) or row_type(row, self.m)
        return ParsedTransaction(
            posted=posted,
            time=self._clocked(row, whole_row),
            amount=amount,
            payee=payee or memo,
            memo=memo,
            fitid=fitid if fitid and fitid not in ("/", "-") else None,
            line=line,
            kind=self._kinds[kind],
            other_account=other_account(row, self._other_account),
        )

    def _amount(self, row: Row, key: object, line: int) -> Decimal:
        """:meth:`amount`, read once per distinct text ``key`` of the cells it reads; the row
        refused at ``line`` when it has none or it is unreadable."""
        if key not in self._amounts:
            try:
                self._amounts[key] = self.amount(row)
            except ValueProblem as exc:
                raise RowProblem(line, exc.args[0]) from None
        amount = self._amounts[key]
        if amount is None:
            raise RowProblem(line, Problem("row.no_amount", "no amount"))
        return amount

    def _payee_and_memo(self, row: Row, money_in: bool) -> tuple[str, str]:
        """The payee of the row (among the payer's cells first when ``money_in``) and its memo:
        its memo cells' lines, else the lines of the payee cell the payee leaves."""
        named = self._payer_first if money_in else self.m.payee
        cells = [text(row, i) for i in named]
        if self._own_party and self._own_party in cells:
            # the file's own holder is no party of its row: Venmo's charge Chris Park asked of
            # the holder names the holder under To, though the money went to Chris
            everyone = [*cells, *(text(row, i) for i in self._payer_first)]
            cells = [c for c in everyone if c and c != self._own_party] or cells
        memo = " ".join([one_line(v) for i in self.m.memo if (v := text(row, i)) and v != "/"])
        if numbered := numbered_party(cells):
            payee, words = numbered
            return payee, " ".join(part for part in (memo, words) if part)
        written = other_party(cells)
        payee = after_operation(one_line(written, self._operation_first), self._operation_mark)
        if self._labelled_parties and (labelled := labelled_party(payee, money_in)):
            payee, words = labelled
            return payee, " ".join(part for part in (memo, words) if part)
        if not memo and payee != (whole := one_line(written)):
            memo = whole
        return payee, memo

    def currency(self, row: Row) -> str:
        """The row's currency: its currency column's, else the file's."""
        if self.m.currency is None:  # most exports: one currency, no column for it
            return self.m.default_currency
        return currency_named(cell(row, self.m.currency), self.m.default_currency)


#: no part refunded
_NONE = Decimal(0)


def _side(written: str, decimal_comma: bool) -> Decimal | None:
    """How much a debit or credit cell moved its own way: a minus is only how some banks write
    the column (Deutsche Bank's ``Soll`` -49,95, Citi's payments ``-250.00`` in Credit), while
    brackets are the accountant's negative, the entry taken back (Citi's refund ``(12.00)`` in
    Debit is money in)."""
    value = parse_amount(written, decimal_comma)
    if value is None:
        return None
    return -abs(value) if in_brackets(written) else abs(value)
