"""Payment-app exports (Alipay, WeChat Pay, JD, Meituan): rows that move no money of the user's.

These apps list every event of the account, not only income and spending: a top-up from a card,
a move into 余额宝 or 零钱通, a withdrawal to a bank card, a refund they book apart. They mark
such rows neutral in their ``收/支`` column — ``不计收支`` (Alipay app, 2021 on), ``其他``
(some Alipay app exports of 2021), ``/`` (WeChat Pay, every year), or nothing at all (Alipay's
web export of 2018–2020, whose ``资金状态`` then says ``资金转移``). Such a row is left out and
listed with a reason saying what kind of move it is, so the user can check it; it never refuses
the file. In a bank export an empty direction stays an unreadable row: only payment apps use it
to mean "neither".

The paying source (``收/付款方式``, ``支付方式``: ``招商银行信用卡(1234)``, ``余额宝``, ``零钱``)
is kept in the line's ``kind`` (stored as the transaction's ``source_kind``) written with its
column's name, ``支付方式: 零钱``. Not in the memo: payee and memo are the text transfer matching
and categorisation read, and ``余额宝`` or ``零钱通`` there would make every purchase paid from
them look like a move between the user's own accounts. For the same reason it is not read as a
sign of a balance move when a neutral row's reason is worded.

Refunds are money back, and count as such. The app export (2021 on) books a refund as a row of
its own, ``不计收支`` ``退款成功`` ``退款-运动鞋``, whose order number is its purchase's with a
suffix (``…9999_2024041212345``): it is read as money in, unless its purchase in the same file
is closed (``交易关闭``: a refund of the whole trade, left out with it, so neither counts). An
export whose refund rows carry order numbers of their own still names the purchase: the same
交易对方, the same amount and its 商品说明 after ``退款-`` (``退款-羽绒服`` of ``羽绒服``); a
closed purchase so named is the refund's too. The
web export of 2018–2020 writes the refunded part on the purchase row itself (``成功退款（元）``):
the purchase is read net of it, ``成功退款: 100.00`` added to its memo; its refund rows stay
neutral there (counted on the purchase already).

WeChat Pay books a refund as a row of its own too (``美团平台商户-退款``, ``微信红包-退款``,
money in), with an order number of its own; what links it to its purchase is the purchase row's
status, which says what came back: ``已全额退款`` or ``已退款(￥20.00)``. That status is kept in
the purchase's memo, ``(已全额退款)`` or ``(已退款: 20.00)``, so the refund, perhaps in next
month's export, finds its purchase (:mod:`finapp.services.wallet_refunds`).

美团 lists the repayment of its own credit (美团月付) as a row of its own, ``还款`` in its
交易类型, written ``支出`` like a purchase: ``【美团月付】主动还款2026年5月账单``. The
purchases made on that credit are the export's rows already, each counted as spending; the
repayment is the user's money paying the app's credit back, a move between their own
accounts, as Alipay's ``花呗主动还款`` is (which Alipay itself marks ``不计收支``). It is left
out and listed, and the bank line that paid it (``美团月付还款``) is a transfer
(:mod:`finapp.core.wallet_funding`).

A move of the user's own money may cost something: WeChat Pay charges a 服务费 on a withdrawal
of 零钱 to a bank card (and on card repayments past the free amount), written only in the
neutral row's ``备注`` (``服务费¥1.00``). The move stays left out; the fee is money spent, read
as a line of its own (``零钱提现服务费``, money out, the row's order number with ``:fee``), which
the shipped rules file as a bank fee.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from decimal import Decimal

from finapp.core.account_types import AccountType
from finapp.errors import Problem
from finapp.importers.csv.cells import cell
from finapp.importers.csv.directions import direction_of
from finapp.importers.csv.mapping import CsvMapping, normalise_name
from finapp.importers.csv.values import parse_amount

#: Header names of the paying-source column (Venmo's names the bank that funded a payment).
SOURCE_COLUMNS = ("收/付款方式", "支付方式", "funding source")
#: Header name of the web export's column of the part of a trade refunded.
REFUNDED_COLUMNS = ("成功退款(元)",)
#: Header names of the note column, where WeChat Pay writes a move's service fee.
NOTE_COLUMNS = ("备注",)
#: Header names of the column naming what kind of row it is (``零钱提现``).
KIND_COLUMNS = ("交易类型",)
#: what a payment app's 交易类型 says of a row paying back the app's own credit (美团's 还款)
_REPAYMENT_KINDS = ("还款",)
#: a purchase's status saying it was refunded whole, or in part (``已退款(￥20.00)``)
_REFUNDED_WHOLE = "已全额退款"
_REFUNDED_PART = re.compile(r"^已退款\s*[(（]?\s*[¥￥]?\s*(\d[\d,]*(?:\.\d+)?)\s*[)）]?$")
#: how :func:`refund_note` keeps a part refunded in the memo
_STATED_PART = re.compile(r"\(已退款: (\d+(?:\.\d+)?)\)")
#: what JD writes after a purchase's amount when it was refunded: ``286.40(已全额退款)``
_STATED_AMOUNT = re.compile(r"\s*[(（][^)）]*[)）]\s*$")
_SERVICE_FEE = re.compile(r"服务费\s*[¥￥]?\s*(\d[\d,]*(?:\.\d+)?)")

_REFUND = ("退款",)
#: how a refund row's goods begin, before its purchase's (``退款-羽绒服 男 轻型``)
_REFUND_OF = re.compile(r"^退款\s*[-－:：]\s*")
#: how a refund row's kind ends, after its purchase's (``转账-退款``, ``微信红包-退款``)
_REFUND_AFTER = re.compile(r"\s*[-－]\s*退款$")
_OWN_MONEY = (
    "余额宝",
    "零钱",
    "提现",
    "充值",
    "转入",
    "转出",
    "还款",
    "理财",
    "资金转移",
    "余额",
    "花呗",
    "信用卡",
)


def blank_means_neutral(word: str, account_type: str) -> bool:
    """Whether an empty ``收/支`` cell marks a neutral row: in a payment app's export it does."""
    return not word.strip() and account_type == AccountType.PAYMENT_APP


def repays_own_credit(row: tuple[str, ...], mapping: CsvMapping) -> bool:
    """Whether a payment app's row pays back the app's own credit (美团's ``还款`` row, written
    ``支出``): the purchases on that credit are counted on their own rows already."""
    if mapping.account_type != AccountType.PAYMENT_APP:
        return False
    kind = _column(mapping.header, KIND_COLUMNS)
    return kind is not None and kind < len(row) and row[kind].strip() in _REPAYMENT_KINDS


def repayment_reason(row: tuple[str, ...], mapping: CsvMapping) -> Problem:
    """Why a repayment of the app's own credit is left out though the export says 支出."""
    said = cell(row, mapping.payee[0] if mapping.payee else None).strip()
    english = (
        f"{said!r} pays back the app's own credit, whose purchases are counted on their own "
        "rows: a move of your own money, neither income nor spending"
    )
    return Problem("row.repays_app_credit", english, said=said)


def _described(row: tuple[str, ...], mapping: CsvMapping) -> str:
    """The row's status, payee, type and description cells (not its paying source)."""
    names = [normalise_name(h) for h in mapping.header]
    columns = (mapping.status, *mapping.payee, *mapping.memo)
    return " ".join(
        row[i]
        for i in columns
        if i is not None and i < len(row) and (i >= len(names) or names[i] not in SOURCE_COLUMNS)
    )


def neutral_reason(word: str, row: tuple[str, ...], mapping: CsvMapping) -> str:
    """Why a neutral row is left out: a refund, a move between the user's own balances and
    cards, or (when its cells say neither) only that the export counts it as neutral."""
    said = _described(row, mapping)
    if any(w in said for w in _REFUND):
        kind, why = "refund", " (a refund the export books apart)"
    elif any(w in said for w in _OWN_MONEY):
        kind, why = "own_money", " (a move between your own balances and cards)"
    else:
        kind, why = "", ""
    label = repr(word) if word.strip() else "no direction in 收/支"
    english = f"{label}{why}: the export counts it as neither income nor spending"
    return Problem("row.neutral" + (f"_{kind}" if kind else ""), english, word=word)


@functools.lru_cache(maxsize=64)
def _column(header: tuple[str, ...], names: tuple[str, ...]) -> int | None:
    """The column of a header named one of ``names`` (looked up once per file, not per row)."""
    return next((i for i, n in enumerate(header) if normalise_name(n) in names), None)


def trade_of(order: str) -> str:
    """The trade an order number belongs to: a refund's ``…9999_2024041212345`` is ``…9999``."""
    return order.strip().partition("_")[0]


def closed_trades(
    rows: Iterable[tuple[str, ...]], mapping: CsvMapping, closed: set[str]
) -> set[str]:
    """The trades of a file the export leaves out whole: a status one of ``closed``
    (normalised), or a purchase it counts as neither income nor spending (JD's
    ``286.40(已全额退款)`` 不计收支). A refund of one of them is no money back either: the file
    leaves out its purchase. Each is known by its order number and by what it sold, to whom
    (:func:`_goods`), and without whom for the refund that names nobody (WeChat Pay's
    ``转账-退款`` of a transfer the friend sent back, whose 交易对方 is ``/``)."""
    found: set[str] = set()
    for row in rows:
        if normalise_name(cell(row, mapping.status)) in closed or _neutral_purchase(row, mapping):
            found |= {trade_of(cell(row, mapping.fitid)), *_goods(row, mapping)} - {""}
    return found


def _neutral_purchase(row: tuple[str, ...], mapping: CsvMapping) -> bool:
    """Whether a payment app's row is a purchase (no refund) its export counts as neither."""
    if mapping.sign != "direction" or mapping.account_type != AccountType.PAYMENT_APP:
        return False
    word = cell(row, mapping.direction)
    neutral = direction_of(word) == "neutral" or blank_means_neutral(word, mapping.account_type)
    return neutral and not any(w in _described(row, mapping) for w in _REFUND)


def _goods(row: tuple[str, ...], mapping: CsvMapping) -> tuple[str, str]:
    """What a row's trade sold, for how much, and to whom (``优衣库|羽绒服|499.00``), its
    refund's as its purchase's, and the same without whom; ("", "") for a row naming no goods.
    A row naming nobody (``/``) gives only the second. Goods are the first memo cell naming
    any (WeChat Pay's 商品 is ``/`` on a transfer: its 交易类型 ``转账``, whose refund is
    ``转账-退款``)."""
    cells = (_REFUND_OF.sub("", _REFUND_AFTER.sub("", cell(row, i).strip())) for i in mapping.memo)
    goods = next((c for c in cells if c and c != "/"), "")
    if not goods:
        return "", ""
    amount = _STATED_AMOUNT.sub("", cell(row, mapping.amount)).strip()
    payee = cell(row, mapping.payee[0] if mapping.payee else None).strip()
    anyone = "\x1f".join(("", goods, amount))
    return ("\x1f".join((payee, goods, amount)) if payee not in ("", "/") else ""), anyone


def counts_as_refund(
    row: tuple[str, ...], mapping: CsvMapping, order: str, closed: set[str]
) -> bool:
    """Whether a neutral row is a refund that is money back: the app export's refund of a
    trade not closed in the file, in an export that does not net refunds on the purchase."""
    if mapping.account_type != AccountType.PAYMENT_APP:
        return False
    if _column(mapping.header, REFUNDED_COLUMNS) is not None:
        return False  # the web export: counted on the purchase row
    return _is_refund(row, mapping) and not _of_closed_trade(row, mapping, order, closed)


def _is_refund(row: tuple[str, ...], mapping: CsvMapping) -> bool:
    return any(w in _described(row, mapping) for w in _REFUND)


def refunds_left_out(
    row: tuple[str, ...], mapping: CsvMapping, order: str, closed: set[str]
) -> bool:
    """Whether a payment app's refund row gives back a trade the file leaves out (``closed``,
    see :func:`closed_trades`): then it is no money back either."""
    if mapping.account_type != AccountType.PAYMENT_APP or not _is_refund(row, mapping):
        return False
    return _of_closed_trade(row, mapping, order, closed)


def _of_closed_trade(
    row: tuple[str, ...], mapping: CsvMapping, order: str, closed: set[str]
) -> bool:
    """Whether a refund row's trade is one of ``closed``: by its order number, or by what it
    sold and to whom (to anyone, when the refund names nobody)."""
    payee_known, anyone = _goods(row, mapping)
    refunded = {trade_of(order), payee_known or anyone}
    return bool(refunded - {""} & closed)


def refund_left_out_reason() -> Problem:
    """Why a refund of a trade the export leaves out is left out with it."""
    english = "a refund of a trade the export leaves out (closed or returned): no money back"
    return Problem("row.refund_of_left_out", english)


def refunded(row: tuple[str, ...], mapping: CsvMapping) -> Decimal:
    """The part of the row's trade refunded, from the web export's ``成功退款（元）``; 0 when
    the export has no such column or the cell is empty. :class:`ValueProblem` when unreadable."""
    column = _column(mapping.header, REFUNDED_COLUMNS)
    if column is None or column >= len(row) or mapping.account_type != AccountType.PAYMENT_APP:
        return Decimal(0)
    return abs(parse_amount(row[column], mapping.decimal_comma) or Decimal(0))


def refund_note(status: str, mapping: CsvMapping) -> str:
    """What a payment app's purchase status says came back, as the purchase's memo keeps it:
    ``(已全额退款)``, ``(已退款: 20.00)``; "" for any other status or export."""
    if mapping.account_type != AccountType.PAYMENT_APP:
        return ""
    status = status.strip()
    if status == _REFUNDED_WHOLE:
        return f"({_REFUNDED_WHOLE})"
    part = _REFUNDED_PART.match(status)
    return f"(已退款: {part[1].replace(',', '')})" if part else ""


def written_refund_note(amount_cell: str, mapping: CsvMapping) -> str:
    """What an amount cell says came back of a payment app's purchase, as :func:`refund_note`
    keeps a status's words: 京东 writes them after the amount (``392.98(已退款203.98)``,
    ``44.28(已全额退款)``), where only the amount was read. "" for any other cell."""
    stated = _STATED_AMOUNT.search(amount_cell)
    return refund_note(stated.group().strip()[1:-1], mapping) if stated else ""


def refund_stated(memo: str, paid: Decimal) -> Decimal | None:
    """What a purchase's memo says came back of the ``paid`` amount (see :func:`refund_note`);
    None when it says nothing came back."""
    if f"({_REFUNDED_WHOLE})" in memo:
        return paid
    part = _STATED_PART.search(memo)
    return Decimal(part[1]) if part else None


def source_column(mapping: CsvMapping) -> int | None:
    """The column :func:`paying_source` reads, None in an export with none."""
    return _column(mapping.header, SOURCE_COLUMNS)


def states_refunds(mapping: CsvMapping) -> bool:
    """Whether a row may state a part refunded (:func:`refunded`): the web export's column."""
    column = _column(mapping.header, REFUNDED_COLUMNS)
    return column is not None and mapping.account_type == AccountType.PAYMENT_APP


def paying_source(row: tuple[str, ...], mapping: CsvMapping) -> str:
    """``支付方式: 零钱``: the row's paying-source cell with its column's name; "" when the
    export has no such column or leaves it empty (``/``)."""
    column = _column(mapping.header, SOURCE_COLUMNS)
    if column is None or column >= len(row) or row[column] in ("", "/"):
        return ""
    return f"{mapping.header[column].strip()}: {row[column]}"


def service_fee(row: tuple[str, ...], mapping: CsvMapping) -> Decimal:
    """The 服务费 the app charged on a row (``服务费¥1.00`` in its ``备注``), as a positive
    amount; 0 when it says none. :class:`ValueProblem` when unreadable."""
    column = _column(mapping.header, NOTE_COLUMNS)
    if column is None or column >= len(row) or mapping.account_type != AccountType.PAYMENT_APP:
        return Decimal(0)
    found = _SERVICE_FEE.search(row[column])
    return abs(parse_amount(found[1]) or Decimal(0)) if found else Decimal(0)


def service_fee_texts(row: tuple[str, ...], mapping: CsvMapping) -> tuple[str, str]:
    """The payee and memo of a row's service fee line: what the fee was for (``零钱提现服务费``)
    and the row's own words (``零钱提现 服务费¥1.00``)."""
    kind = _column(mapping.header, KIND_COLUMNS)
    note = _column(mapping.header, NOTE_COLUMNS)
    what = row[kind].strip() if kind is not None and kind < len(row) else ""
    said = row[note].strip() if note is not None and note < len(row) else ""
    return f"{what}服务费", f"{what} {said}".strip()
