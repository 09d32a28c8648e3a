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
"""

from __future__ import annotations

import functools

from finapp.core.account_types import AccountType
from finapp.importers.csv.mapping import CsvMapping, normalise_name

#: Header names of the paying-source column.
SOURCE_COLUMNS = ("收/付款方式", "支付方式")

_REFUND = ("退款",)
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
        kind = " (a refund the export books apart)"
    elif any(w in said for w in _OWN_MONEY):
        kind = " (a move between your own balances and cards)"
    else:
        kind = ""
    label = repr(word) if word.strip() else "no direction in 收/支"
    return f"{label}{kind}: the export counts it as neither income nor spending"


@functools.lru_cache(maxsize=64)
def _source_column(header: tuple[str, ...]) -> int | None:
    """The paying-source column of a header (looked up once per file, not once per row)."""
    return next((i for i, n in enumerate(header) if normalise_name(n) in SOURCE_COLUMNS), None)


def paying_source(row: tuple[str, ...], mapping: CsvMapping) -> str:
    """``支付方式: 零钱``: the row's paying-source cell with its column's name; "" when the
    export has no such column or leaves it empty (``/``)."""
    column = _source_column(mapping.header)
    if column is None or column >= len(row) or row[column] in ("", "/"):
        return ""
    return f"{mapping.header[column].strip()}: {row[column]}"
