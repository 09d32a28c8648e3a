"""The accounts being filled: statement lines as a bank's export would show them."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date, time, timedelta
from decimal import Decimal
from itertools import accumulate

from finapp.core.balance_kinds import BalanceKind
from finapp.core.bank_text import OFX_NAME_LIMIT
from finapp.importers.base import Balance, ParsedAccount, ParsedStatement, ParsedTransaction

#: Alipay's paying-source column, and what pays a wallet's payments there with how often: a
#: linked bank card, the 余额宝 fund, 花呗 credit, the balance. Money coming in lands in the
#: balance. Written as the importer keeps it (finapp.importers.csv.payment_apps.paying_source).
_SOURCE_COLUMN = "收/付款方式"
#: where an Alipay payment is paid from, and how often
_PAYING_SOURCES = ("招商银行信用卡(4386)", "余额宝", "花呗", "余额")
_SOURCE_WEIGHTS = (4, 3, 2, 1)
_RECEIVED_INTO = "余额"
_REF_ALPHABET = string.ascii_uppercase + string.digits


@dataclass
class Ledger:
    """One account's lines while a household is generated."""

    account: ParsedAccount
    channel: str  # how its charges post: card, bank, app
    lines: list[ParsedTransaction] = field(default_factory=list)
    #: what the account held before its first line (negative on a card: owed), and a card's
    #: credit limit: its statements state month-end balances and the limit, as banks' do
    opening: Decimal = Decimal(0)
    credit_limit: Decimal | None = None

    def add(
        self, posted: date, amount: Decimal, descriptor: str, memo: str = "", at: time | None = None
    ) -> str:
        """Record a line (at ``at``, else at a time drawn for it where the channel gives
        times); returns its FITID."""
        fitid = f"{self.account.number}-{len(self.lines) + 1:06d}"
        payee = descriptor
        if self.channel != "app" and len(descriptor) > OFX_NAME_LIMIT:
            payee, memo = descriptor[:OFX_NAME_LIMIT], memo or descriptor
        if at is None and self.channel in _TIMED_CHANNELS:
            at = time_of_day(fitid)
        kind = paying_source(descriptor, amount) if self.channel == "app" else ""
        self.lines.append(ParsedTransaction(posted, amount, payee, memo, fitid, kind=kind, time=at))
        return fitid

    def running(self) -> list[Decimal]:
        """The balance after each line, in date order, from the opening balance."""
        lines = sorted(self.lines, key=lambda t: t.posted)
        return list(accumulate((t.amount for t in lines), initial=self.opening))[1:]

    def statement(self, end: date) -> ParsedStatement:
        lines = sorted((t for t in self.lines if t.posted <= end), key=lambda t: t.posted)
        return ParsedStatement(
            self.account,
            tuple(lines),
            month_end_balances(self.opening, lines, end),
            credit_limit=self.credit_limit,
        )


def month_end_balances(
    opening: Decimal, lines: list[ParsedTransaction], end: date
) -> tuple[Balance, ...]:
    """The ledger balance at the end of each month the lines span, up to ``end``."""
    if not lines:
        return ()
    out: list[Balance] = []
    balance, index = opening, 0
    month = lines[0].posted.replace(day=1)
    while month <= end:
        following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
        last = min(following - timedelta(days=1), end)
        while index < len(lines) and lines[index].posted <= last:
            balance += lines[index].amount
            index += 1
        out.append(Balance(BalanceKind.LEDGER, balance, last))
        month = following
    return tuple(out)


#: Channels whose exports carry the time of each line: card OFX downloads and payment-app
#: exports (Alipay's 交易时间) do; a US bank's checking OFX writes none.
_TIMED_CHANNELS = frozenset({"card", "app"})
#: (first minute, last minute) of the parts of an ordinary household's day and how much of its
#: spending each sees: breakfast and commute, lunch, afternoon, dinner and evening, late
#: evening. Nothing after midnight: an ordinary household no bank would look at twice (the
#: demo stages its one night transfer apart, see :mod:`finapp.demo.showcase`).
_DAY_PARTS = (
    (7 * 60, 10 * 60),
    (11 * 60 + 30, 14 * 60),
    (14 * 60, 18 * 60),
    (18 * 60, 22 * 60 + 30),
    (22 * 60 + 30, 23 * 60 + 59),
)
_DAY_WEIGHTS = (22, 30, 18, 26, 4)


def time_of_day(fitid: str) -> time:
    """When a line was made, drawn from its own id: the household's main random sequence
    stays untouched, so a seed gives the same lines as before times were added."""
    rng = random.Random(fitid)
    first, last = rng.choices(_DAY_PARTS, _DAY_WEIGHTS)[0]
    minute = rng.randint(first, last)
    return time(minute // 60, minute % 60, rng.randint(0, 59))


def paying_source(descriptor: str, amount: Decimal) -> str:
    """A payment app line's paying source as its export names it (``收/付款方式: 花呗``).

    Drawn from the payee's first word rather than the household's random sequence: a
    merchant's automatic renewals keep the one source they were bound to, month after month,
    and a seed gives the same lines as before sources were added."""
    if amount > 0:
        return f"{_SOURCE_COLUMN}: {_RECEIVED_INTO}"
    if not amount:
        return ""
    first_word = (descriptor.split() or [""])[0]
    chosen = random.Random(first_word).choices(_PAYING_SOURCES, _SOURCE_WEIGHTS)[0]
    return f"{_SOURCE_COLUMN}: {chosen}"


def fill(rng: random.Random, descriptor: str, stores: list[str]) -> str:
    """A descriptor with a fresh reference code and one of the household's usual stores."""
    ref = "".join(rng.choice(_REF_ALPHABET) for _ in range(rng.choice((6, 8, 10))))
    return descriptor.replace("{ref}", ref).replace("{n}", rng.choice(stores))


def money(value: str | Decimal) -> Decimal:
    return Decimal(value).quantize(Decimal("0.01"))


def cents(value: str | Decimal) -> int:
    return int(money(value) * 100)


def from_cents(value: int) -> Decimal:
    return Decimal(value).scaleb(-2)
