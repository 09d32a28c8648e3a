"""Tell which bank or card line paid for a payment-app row: the same purchase, counted once.

An Alipay or WeChat Pay row paid with a card names it in its paying source
(``收/付款方式: 招商银行信用卡(5678)``), and the card's own statement lists the same money as
``支付宝-爱奇艺`` or ``财付通-中国石化``. Imported together they are one purchase twice. The
wallet row knows the merchant and its category, so it stays the spending; the bank line is the
money that funded it, left out of spending and income as a move between the user's own
accounts.

A pair needs the same amount (a refund back to the card pairs as well: both money in), the
same currency, at most :data:`MAX_DAYS` days apart (a card books a day or two after the app),
a bank line whose text starts with the wallet's own marker (after the kind of line some banks
print first: 交通银行's ``消费 支付宝-Apple Store``, a refund's ``退款-支付宝-优衣库``), and an
account the paying source
names: by the last four digits of its number, or, when the account has no number, by the bank's
name and kind (a 信用卡 is a credit card, a 储蓄卡 is not). Each line is in one pair at most,
closest days first: two equal purchases on one day pair with two card lines, never one with
both.

One app may be paid through another: a 美团 order paid ``微信支付`` is the 美团 row of the
user's WeChat Pay bill too. The row of the app that sold (美团's, naming the shop) is the
spending; the paying app's row (``美团``, from 零钱) is the money that funded it, as a card's
line is, when its text starts with the selling app's marker.

Some bank lines move money between a wallet and the user's own balances with no wallet row
to pair: ``支付宝-花呗还款`` (paying back the wallet's credit, whose purchases the wallet
lists; 美团月付 and 京东白条 alike) and ``财付通-微信零钱提现`` (the wallet's balance withdrawn
to the card). The wallet
exports list their side as neutral and leave it out; the bank line says itself what it is,
and is a transfer.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from finapp.core.account_types import AccountType

MAX_DAYS = 2

#: wallet, by words its account's name or institution holds -> what its lines start with on a
#: bank statement
_WALLETS: tuple[tuple[tuple[str, ...], tuple[str, ...]], ...] = (
    (("支付宝", "alipay"), ("支付宝",)),
    (("微信", "wechat", "财付通"), ("财付通", "微信支付", "微信")),
    (("京东", "jd "), ("京东支付", "网银在线", "京东商城")),
    # 美团 is paid through 钱袋宝, its payment company: a card prints ``钱袋宝支付-美团App…`` or
    # the company's name, ``北京钱袋宝支付技术有限公司``; 北京三快在线 is 美团's own
    (("美团", "meituan"), ("美团", "钱袋宝", "北京钱袋宝", "北京三快", "三快在线")),
    # a payment Venmo's row says was funded by the bank (``Funding Source: CHASE BANK Personal
    # Checking *4321``) is on the bank's statement as ``VENMO PAYMENT 1000000016 WEB ID: …``
    (("venmo",), ("VENMO",)),
)

#: the markers and own-money words merchant keys read (:func:`finapp.core.merchant.merchant_key`
#: takes a marker and the bank's kind before it off a line): frozen with the keys' version, so
#: a wallet's marker or word added later pairs lines without keying any line anew
_KEYED_MARKERS = ("支付宝", "财付通", "微信支付", "微信", "京东支付", "网银在线")
_KEYED_OWN_MOVE_WORDS = ("花呗", "借呗", "提现", "零钱充值", "余额充值", "余额宝", "零钱通")

#: words of a bank line moving money between a wallet and the user's own balances or credit
#: (plain words, no pattern: the store searches its lines for them as they are): the keyed
#: ones, and the credit of 美团 (月付) and 京东 (白条)
OWN_MOVE_WORDS = (*_KEYED_OWN_MOVE_WORDS, "月付", "白条")
_OWN_MOVE = re.compile("|".join(map(re.escape, OWN_MOVE_WORDS)))
_KEYED_OWN_MOVE = re.compile("|".join(map(re.escape, _KEYED_OWN_MOVE_WORDS)))

#: the kind of line a bank prints before the wallet's marker: a short Chinese word and a
#: space or dash (``消费 ``, ``退货 ``, ``退款-``, ``快捷支付 ``)
_KIND_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}[\s\-－—:：/]+")

#: ``招商银行信用卡(5678)``: the bank and card kind, then the last four digits; Venmo writes
#: them after a star (``CHASE BANK Personal Checking *4321``)
_SOURCE = re.compile(
    r"^(?P<bank>[^(（*]*?)\s*(?:[(（]\s*(?P<last4>\d{4})\s*[)）]|\*\s*(?P<starred>\d{4}))?\s*$"
)
_CARD_KINDS = ("信用卡", "储蓄卡", "借记卡", "银行卡", "卡")
#: an English source's words for a card, and for a bank account
_CREDIT_WORDS = re.compile(r"credit|visa|mastercard|amex", re.IGNORECASE)
_DEPOSIT_WORDS = re.compile(r"checking|savings|debit", re.IGNORECASE)
_BANK = re.compile(r"银行|bank", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Source:
    """The card or bank account a wallet row says it was paid with."""

    bank: str  # 招商银行
    last4: str  # "" when the source gives none
    credit: bool | None  # a credit card; None when the source does not say


@dataclass(frozen=True, slots=True)
class Owned:
    """One of the user's bank or card accounts, as a paying source is matched against it."""

    id: int
    name: str  # its name and institution
    last4: str
    type: str


@dataclass(frozen=True, slots=True)
class Line:
    """A line either side of a pair."""

    id: int
    account_id: int
    posted: date
    amount_minor: int
    currency: str


def wallet_markers(account_text: str) -> tuple[str, ...]:
    """What a wallet's lines start with on a bank statement, from its account's name and
    institution (``Alipay 支付宝`` -> ``支付宝``); () for an account of no wallet known."""
    text = f"{account_text.lower()} "
    return next((marks for words, marks in _WALLETS if any(w in text for w in words)), ())


def all_markers() -> tuple[str, ...]:
    """Every wallet's marker."""
    return tuple(m for _, marks in _WALLETS for m in marks)


def keyed_markers() -> tuple[str, ...]:
    """The wallets' markers merchant keys take off a line (see :data:`_KEYED_MARKERS`)."""
    return _KEYED_MARKERS


def from_marker(text: str, markers: tuple[str, ...]) -> str:
    """``text`` from the marker on when one of ``markers`` begins it, alone or after the line's
    kind (``消费 支付宝-Apple Store`` gives ``支付宝-Apple Store``); "" when none does."""
    text = text.strip()
    if text.startswith(markers):
        return text
    kind = _KIND_WORD.match(text)
    return text[kind.end() :] if kind is not None and text.startswith(markers, kind.end()) else ""


def starts_with_marker(texts: Iterable[str], markers: tuple[str, ...]) -> bool:
    """Whether a bank line's payee or memo begins with one of ``markers`` (after its kind)."""
    return any(from_marker(t, markers) for t in texts if t)


def moves_own_money(texts: Iterable[str], *, keyed: bool = False) -> bool:
    """Whether a bank line with a wallet's marker moves money to or from the user's own
    balance or credit there (``支付宝-花呗还款``, ``财付通-微信零钱提现``); ``keyed``: by the
    markers and words merchant keys read (:data:`_KEYED_MARKERS`)."""
    said = [t.strip() for t in texts if t]
    markers, words = (_KEYED_MARKERS, _KEYED_OWN_MOVE) if keyed else (all_markers(), _OWN_MOVE)
    return starts_with_marker(said, markers) and any(words.search(t) for t in said)


def paying_source(source_kind: str) -> Source | None:
    """The bank account or card a stored paying source (``收/付款方式: 招商银行信用卡(5678)``)
    names; None for a wallet's own balance or credit (``余额``, ``零钱``, ``花呗``)."""
    value = source_kind.partition(": ")[2].strip() if ": " in source_kind else ""
    found = _SOURCE.match(value)
    if not value or found is None or not _BANK.search(found["bank"]):
        return None
    name = found["bank"]
    credit: bool | None = None
    if "信用卡" in name or _CREDIT_WORDS.search(name):
        credit = True
    elif "储蓄卡" in name or "借记卡" in name or _DEPOSIT_WORDS.search(name):
        credit = False
    bank = next((name.partition(k)[0] for k in _CARD_KINDS if k in name), name).strip()
    return Source(bank, found["last4"] or found["starred"] or "", credit)


def paying_app(source_kind: str) -> tuple[str, ...]:
    """The markers of the payment app a wallet row was paid through, when its paying source
    names one and no bank card (美团's ``支付方式: 微信支付``): that app's own row (``美团``,
    paid from 零钱) is the same money, as a card's line is for a card; () for a card, or a
    balance or credit of no app known (``零钱``, ``花呗``)."""
    value = source_kind.partition(": ")[2].strip() if ": " in source_kind else ""
    if not value or _BANK.search(value):
        return ()
    return wallet_markers(value)


def names_account(source: Source, account: Owned) -> bool:
    """Whether ``source`` is ``account``: its last four digits, or, for an account without a
    number, its bank's name and the card's kind."""
    if source.last4 and account.last4:
        return source.last4 == account.last4
    if account.last4 and not source.last4:
        return False
    if source.bank not in account.name:
        return False
    is_card = account.type == AccountType.CREDIT_CARD
    return source.credit is None or source.credit == is_card


def choose_funding(
    candidates: Iterable[tuple[Line, Line]],
) -> list[tuple[int, int]]:
    """``(wallet_id, bank_id)`` pairs among candidate ``(wallet, bank)`` lines already found
    to be the same money: each line in one pair at most, the closest days first, then the
    earlier wallet row, then the lower ids (any order of candidates gives the same pairs)."""
    options = sorted((abs((w.posted - b.posted).days), w.posted, w.id, b.id) for w, b in candidates)
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, wallet_id, bank_id in options:
        if wallet_id not in used and bank_id not in used:
            used.update((wallet_id, bank_id))
            pairs.append((wallet_id, bank_id))
    return pairs
