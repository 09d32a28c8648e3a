"""Rows that are no money movement: listed as left out with the reason, never read as lines.

An export lists more than what moved the account's money: rows the bank has not booked yet
(Sparkasse's ``Umsatz vorgemerkt``, Revolut, PayPal), whose next export lists them again, booked;
a payment app's neutral rows (``不计收支``) and closed trades; cancelled orders with no amount; and
lines stating the account's balance (Bank of America's ``Beginning balance as of …``) or adding
up others (``Summe``, ``合计``). Each is said apart (``row.pending``, ``row.status_neutral``,
``row.stated_balance`` …) so the import summary tells the user why it was left out, in their
language; a line stating the balance is the statement's own and is not counted as left out
(:func:`statement_line`).
"""

from __future__ import annotations

from finapp.errors import Problem
from finapp.importers.balance_lines import states_balance
from finapp.importers.csv.cells import Row, cell, money_cells
from finapp.importers.csv.directions import direction_of
from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.payment_apps import (
    blank_means_neutral,
    counts_as_refund,
    neutral_reason,
    refund_left_out_reason,
    refunds_left_out,
    repayment_reason,
    repays_own_credit,
)
from finapp.importers.csv.totals_rows import totals_label, totals_reason
from finapp.importers.csv.values import ValueProblem, parse_amount

#: statuses of rows the bank has not booked yet: left out, as the export that books them
#: lists them again (counted once, then, and perhaps with another amount or date); left out
#: of every detected file with a status column, not only of the exports a profile knows, since
#: a card's pending line stored today is a duplicate once the next export books it
PENDING_STATUSES = ("pending", "forecasted", "umsatz vorgemerkt", "vorgemerkt")
#: what a bank writes in the date column of a line it has not booked yet: comdirect's
#: ``"offen"`` (its booking day is still open; the next export lists it, dated), Nordea's
#: ``Reserverat`` (Swedish: reserved, a card purchase not booked), ``Reservert`` (Norwegian)
#: and ``Reserveret`` (Danish)
PENDING_DAYS = ("offen", "pending", "vorgemerkt", "reserverat", "reservert", "reserveret")


def left_out(
    row: Row,
    mapping: CsvMapping,
    skip_status: set[str],
    closed: set[str],
    money_columns: tuple[int, ...],
    said: str,
) -> str:
    """Why a readable row is no money movement, or "": its status is one ``skip_status``
    names, it has no amount where the export cancels so, its direction is neutral (unless
    it is money back for a trade not among the file's ``closed`` ones), it pays back the app's
    own credit (:func:`~.payment_apps.repays_own_credit`), or it is of amount
    zero and its text ``said`` (:func:`balance_said`) states a balance."""
    day = cell(row, mapping.date)
    if day and normalise_name(day) in PENDING_DAYS:
        return Problem("row.pending", f"status {day!r}: not booked yet (pending)", status=day)
    status = cell(row, mapping.status)
    if status and normalise_name(status) in skip_status:
        if normalise_name(status) in PENDING_STATUSES:
            english = f"status {status!r}: not booked yet (pending)"
            return Problem("row.pending", english, status=status)
        english = f"status {status!r}: no money moved"
        return Problem("row.status_neutral", english, status=status)
    if mapping.skip_empty_amount and not money_cells(row, money_columns):
        return Problem("row.cancelled", "no amount (cancelled)")
    if repays_own_credit(row, mapping):
        return repayment_reason(row, mapping)
    if mapping.sign == "direction":
        word = cell(row, mapping.direction)
        way = direction_of(word)
        if way == "neutral" or blank_means_neutral(word, mapping.account_type):
            if counts_as_refund(row, mapping, cell(row, mapping.fitid), closed):
                return ""  # money back: read as money in
            return neutral_reason(word, row, mapping)
        if way == "in" and refunds_left_out(row, mapping, cell(row, mapping.fitid), closed):
            return refund_left_out_reason()  # WeChat's 转账-退款 of a transfer sent back
        if way is None:
            raise ValueProblem(
                Problem(
                    "row.no_direction",
                    f"{word!r} says neither money in nor money out",
                    word=word,
                )
            )
    return _zero_balance_line(row, mapping, money_columns, said)


def _zero_balance_line(
    row: Row, mapping: CsvMapping, money_columns: tuple[int, ...], said: str
) -> str:
    """Why a row of amount zero whose text ``said`` names a balance is none of the account's
    lines, or "": Starling opens its export with ``Opening Balance`` and 0.00 beside it."""
    if not said:
        return ""
    try:
        amounts = [parse_amount(v, mapping.decimal_comma) for v in money_cells(row, money_columns)]
    except ValueProblem:
        return ""
    if any(amounts):
        return ""
    english = f"{said!r}: a balance the statement states, no money moved"
    return Problem("row.stated_balance", english, said=said)


#: a statement's own line stating its balance, not one of the account's lines (see
#: :func:`statement_line`)
_STATEMENT_LINES = frozenset({"row.stated_balance", "row.no_money_line"})


def statement_line(reason: str) -> bool:
    """Whether ``reason`` says the row is the statement's own line stating its balance:
    Venmo's beginning-balance row below its header, Bank of America's ``Beginning balance as
    of …``, Starling's ``Opening Balance`` at 0.00. Such a row is no transaction the import
    left out, and is not counted or listed as one ("1 left out (neutral)" at each of Venmo's
    statements told of nothing); a row adding others up (``Summe``) and a neutral transaction
    (``不计收支``, a pending line) still are. The mapping's preview still notes it."""
    return getattr(reason, "code", "") in _STATEMENT_LINES


def balance_said(row: Row, mapping: CsvMapping) -> str:
    """The row's payee or memo text that states a balance (``Beginning balance as of …``):
    asked of every row, and a function of its payee and memo cells only, so a reader asks it
    once per distinct text."""
    for i in mapping.payee + mapping.memo:
        if i < len(row) and states_balance(row[i]):
            return row[i]
    return ""


def no_movement(row: Row, mapping: CsvMapping, money_columns: tuple[int, ...], dated: bool) -> str:
    """Why a row the reader cannot read is no movement but a line of the statement's own, or
    "": an undated row adding up others (``Summe``, ``合计``: :mod:`.totals_rows`), a line
    without an amount stating a balance (Bank of America's ``Beginning balance as of
    01/01/2024``), or with neither date nor amount (Venmo's line of balances below its
    header). Asked only of rows that fail, so reading costs nothing more."""
    totals = "" if dated else totals_label(row, mapping)
    if totals:
        return totals_reason(totals)
    if money_cells(row, money_columns):
        return ""
    said = balance_said(row, mapping)
    if said:
        english = f"{said!r}: a balance the statement states, no money moved"
        return Problem("row.stated_balance", english, said=said)
    if not cell(row, mapping.date):
        english = "no date and no amount: a line of the statement's, no money moved"
        return Problem("row.no_money_line", english)
    return ""
