"""What a row says was charged or given back beside its amount: fees and refunds.

A fee column (Revolut's ``Fee``) is money out however it is signed, and is added to the row's
amount so the line is what the account lost and a running balance beside it adds up. Alipay's
web export states the part of a purchase refunded in the purchase's own row (``成功退款``), and
WeChat Pay writes a withdrawal's 服务费 in the note of a row that is otherwise left out as no
money moved: each is read here, and an unreadable one refuses the row at its line, naming what
it was (``row.bad_fee``, ``row.bad_refund``), as the amount itself would.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, time
from decimal import Decimal

from finapp.errors import Problem
from finapp.importers.base import ParsedTransaction
from finapp.importers.csv.cells import Row, cell, text
from finapp.importers.csv.mapping import CsvMapping
from finapp.importers.csv.payment_apps import refunded, service_fee, service_fee_texts
from finapp.importers.csv.table import RowProblem
from finapp.importers.csv.values import ValueProblem, parse_amount


def fees_on_rows_of_their_own(
    ids: Sequence[str],
    texts: Sequence[str],
    amounts: Sequence[Decimal | None],
    fees: Sequence[Decimal | None],
) -> bool:
    """Whether every fee of the fee column is also a row of its own: a row of the fee's amount,
    money out, whose words name the charged row's id. Wise writes a fee in ``Total fees``
    beside the row it was charged for and books it as well (``FEE-CARD-2746465966``, ``Wise
    Charges for: CARD-2746465966``, ``-0.06``); added to the charged row too, every fee was
    counted twice."""
    charged = [(i, abs(f)) for i, f in zip(ids, fees, strict=True) if f and i.strip()]
    if not charged or len(texts) != len(amounts):
        return False
    booked: dict[Decimal, list[str]] = {}  # the texts of the rows of money out, by amount
    for words, amount in zip(texts, amounts, strict=True):
        if amount is not None and amount < 0:
            booked.setdefault(-amount, []).append(words)
    return all(any(row_id in words for words in booked.get(fee, ())) for row_id, fee in charged)


def _read(line: int, code: str, what: str, read: Callable[[], Decimal]) -> Decimal:
    """``read()``, or the row refused at ``line`` saying which of its amounts is unreadable."""
    try:
        return read()
    except ValueProblem as exc:
        raise RowProblem(line, Problem(code, f"{what}: {exc}", reason=exc.args[0])) from None


def fee(row: Row, mapping: CsvMapping, line: int) -> Decimal:
    """The fee charged with the row in the mapping's fee column, as a positive amount."""
    amount = _read(
        line,
        "row.bad_fee",
        "the fee",
        lambda: parse_amount(cell(row, mapping.fee), mapping.decimal_comma) or Decimal(0),
    )
    return abs(amount)


def refunded_part(row: Row, mapping: CsvMapping, line: int) -> Decimal:
    """The part of a purchase refunded that the row itself states (Alipay's web export)."""
    return _read(line, "row.bad_refund", "the refund", lambda: refunded(row, mapping))


def service_fee_amount(row: Row, mapping: CsvMapping, line: int) -> Decimal:
    """What a payment app charged for a neutral row's move (WeChat Pay's ``服务费¥1.00`` on a
    withdrawal), as a positive amount; 0 when it says none."""
    return _read(line, "row.bad_fee", "the fee", lambda: service_fee(row, mapping))


def service_fee_line(
    row: Row, mapping: CsvMapping, line: int, charged: Decimal, posted: date, clock: time | None
) -> ParsedTransaction:
    """The line of a service fee ``charged`` on a neutral row: money spent, though the move is
    left out; its id is the order's, marked as its fee, so a second import finds it."""
    payee, memo = service_fee_texts(row, mapping)
    order = text(row, mapping.fitid)
    return ParsedTransaction(
        posted=posted,
        time=clock,
        amount=-charged,
        payee=payee,
        memo=memo,
        fitid=f"{order}:fee" if order and order not in ("/", "-") else None,
        line=line,
    )
