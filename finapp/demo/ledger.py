"""The accounts being filled: statement lines as a bank's export would show them."""

from __future__ import annotations

import random
import string
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction

#: OFX 1.x caps NAME at 32 characters; banks then repeat the whole descriptor in MEMO.
_NAME_LIMIT = 32
_REF_ALPHABET = string.ascii_uppercase + string.digits


@dataclass
class Ledger:
    """One account's lines while a household is generated."""

    account: ParsedAccount
    channel: str  # how its charges post: card, bank, app
    lines: list[ParsedTransaction] = field(default_factory=list)

    def add(self, posted: date, amount: Decimal, descriptor: str, memo: str = "") -> str:
        """Record a line; returns its FITID."""
        fitid = f"{self.account.number}-{len(self.lines) + 1:06d}"
        payee = descriptor
        if self.channel != "app" and len(descriptor) > _NAME_LIMIT:
            payee, memo = descriptor[:_NAME_LIMIT], memo or descriptor
        self.lines.append(ParsedTransaction(posted, amount, payee, memo, fitid))
        return fitid

    def statement(self, end: date) -> ParsedStatement:
        lines = sorted((t for t in self.lines if t.posted <= end), key=lambda t: t.posted)
        return ParsedStatement(self.account, tuple(lines))


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
