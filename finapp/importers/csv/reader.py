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
from finapp.importers.csv.cells import Row, cell, money_cells, money_columns, text
from finapp.importers.csv.directions import direction_of
from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.payees import one_line, other_party
from finapp.importers.csv.payment_apps import closed_trades, paying_source, refund_note
from finapp.importers.csv.profiles import profile_named
from finapp.importers.csv.row_currency import (
    currencies_marked,
    currency_named,
    other_currency,
    with_written_currency,
)
from finapp.importers.csv.row_types import row_type
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
        #: (amount, currency) pairs already found to fit the currency's unit: a file repeats
        #: its amounts (rent, coffees), and checking each row's took a tenth of reading it
        self._fitting: set[tuple[Decimal, str]] = set()
        #: the mapped amount, debit and credit columns, looked at on every row
        self._money_columns = money_columns(mapping)
        #: where the payee of money in is looked for: who paid first, when a column says
        self._payer_first = mapping.payer + mapping.payee
        profile = profile_named(mapping.profile) if mapping.profile else None
        #: the payee cell's first line is the kind of operation (see :func:`one_line`)
        self._operation_first = profile is not None and profile.operation_first
        #: the file's closed trades (see :meth:`note_closed_trades`): a refund of one is no
        #: money back
        self.closed: set[str] = set()

    def note_closed_trades(self, rows: Sequence[Row]) -> None:
        """Learn the file's closed trades before its rows are read (only a payment app's
        refunds ask, so only an export with a status and an order column is looked through)."""
        if self.m.status is None or self.m.fitid is None or not self.skip_status:
            return
        self.closed = closed_trades(rows, self.m, self.skip_status)

    def posted(self, row: Row) -> date | None:
        """The row's day: its transaction day, else (empty there) its posting day."""
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
        return left_out.left_out(row, self.m, self.skip_status, self.closed, self._money_columns)

    def no_movement(self, row: Row) -> str:
        """Why a row :meth:`transaction` cannot read is a line of the statement's own, not a
        movement, or "" (see :mod:`.left_out`)."""
        dated = self.posted(row) is not None
        return left_out.no_movement(row, self.m, self._money_columns, dated)

    def transaction(self, row: Row, line: int) -> ParsedTransaction:
        """The row's line: :class:`RowProblem` naming ``line`` when it cannot be read."""
        posted = self.posted(row)
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
        try:
            amount = self.amount(row)
        except ValueProblem as exc:
            raise RowProblem(line, exc.args[0]) from None
        if amount is None:
            raise RowProblem(line, Problem("row.no_amount", "no amount"))
        fee = fees.fee(row, self.m, line) if self.m.fee is not None else None
        if fee:
            amount -= fee
        back = fees.refunded_part(row, self.m, line) if amount < 0 else Decimal(0)
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
        written = other_party([text(row, i) for i in named])
        payee = one_line(written, self._operation_first)
        memo = " ".join([one_line(v) for i in self.m.memo if (v := text(row, i)) and v != "/"])
        if not memo and payee != (whole := one_line(written)):  # the lines the payee leaves
            memo = whole
        if fee:
            memo = f"{memo} (fee {fee} included)".strip()
        if back:
            memo = f"{memo} (成功退款: {back})".strip()
        elif amount < 0 and self.m.status is not None:
            memo = f"{memo} {refund_note(cell(row, self.m.status), self.m)}".strip()
        fitid = text(row, self.m.fitid)
        payee = payee if payee != "/" else ""
        return ParsedTransaction(
            posted=posted,
            time=self.clock(row),
            amount=amount,
            payee=payee or memo,
            memo=memo,
            fitid=fitid if fitid and fitid not in ("/", "-") else None,
            line=line,
            kind=paying_source(row, self.m) or row_type(row, self.m),
        )

    def currency(self, row: Row) -> str:
        """The row's currency: its currency column's, else the file's."""
        if self.m.currency is None:  # most exports: one currency, no column for it
            return self.m.default_currency
        return currency_named(cell(row, self.m.currency), self.m.default_currency)


def _side(written: str, decimal_comma: bool) -> Decimal | None:
    """How much a debit or credit cell moved its own way: a minus is only how some banks write
    the column (Deutsche Bank's ``Soll`` -49,95, Citi's payments ``-250.00`` in Credit), while
    brackets are the accountant's negative, the entry taken back (Citi's refund ``(12.00)`` in
    Debit is money in)."""
    value = parse_amount(written, decimal_comma)
    if value is None:
        return None
    return -abs(value) if written.strip().startswith("(") else abs(value)
