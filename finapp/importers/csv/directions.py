"""Words banks and payment apps use to say whether money came in or went out."""

from __future__ import annotations

import functools

_OUT = {"支出", "借", "借 dr", "dr", "debit", "d", "af", "out", "付", "消费", "取现", "withdrawal"}
_IN = {
    "收入",
    "贷",
    "贷 cr",
    "cr",
    "credit",
    "c",
    "bij",
    "in",
    "收",
    "退货",
    "退款",
    "还款",
    "信用卡还款",
    "deposit",
}
#: German Soll/Haben (``S``/``H``) and bare signs, as header-less exports write them
_OUT |= {"s", "soll", "-", "debet", "débit", "расход", "출금", "出金"}
_IN |= {"h", "haben", "+", "crédit", "приход", "입금", "入金"}
#: an ``Income/Expense`` column's words (WeChat Pay's bill with its interface in English)
_OUT |= {"expense", "expenditure"}
_IN |= {"income"}
#: Rows an app marks as neither income nor spending (top-ups, moves between own balances;
#: PayPal's ``Memo`` lines, holds and authorisations that moved nothing).
_NEUTRAL = {"不计收支", "/", "中性交易", "其他", "memo"}
#: Alipay's web export of 2018–2020 says it in 资金状态 as well, the only place when a download
#: has no 收/支 column: 已支出, 已收入, and 资金转移 (own money moved), 冻结/解冻 (held, freed)
_OUT |= {"已支出"}
_IN |= {"已收入"}
_NEUTRAL |= {"资金转移", "冻结", "解冻"}


@functools.lru_cache(maxsize=1024)
def direction_of(value: str) -> str | None:
    """``"in"``, ``"out"``, ``"neutral"`` or None for a word that says neither.

    The whole value is tried, then its first word (``消费 美团`` is a purchase). Asked of
    every row of an export, whose few words repeat: remembered by the text.
    """
    text = " ".join(value.strip().lower().split())
    for candidate in (text, text.split(" ")[0] if text else ""):
        if candidate in _OUT:
            return "out"
        if candidate in _IN:
            return "in"
        if candidate in _NEUTRAL:
            return "neutral"
    return None
