"""Recognise money moving between the user's own accounts.

A card payment leaves the checking account and lands as a credit on the card a day or two later;
a savings transfer does the same between two deposit accounts. Both sides have the same size,
opposite signs, one currency, different accounts and nearby dates. A coincidence (a refund on
the card equal to some purchase in checking) is told apart by requiring either transfer wording
on one side or a destination that is typically paid into (a card, savings, a loan) while no rule
has already called either side a purchase or income.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

_WORDING = re.compile(
    r"TRANSFER|XFER|PAYMENT|\bPMT\b|AUTOPAY|AUTO PAY|SAVINGS"
    r"|转账|还款|转入|转出|余额宝|零钱通|提现|充值",
    re.IGNORECASE,
)
_PAID_INTO = {"credit_card", "savings", "loan", "investment", "payment_app"}


@dataclass(frozen=True, slots=True)
class Movement:
    """One transaction as the matcher sees it."""

    id: int
    account_id: int
    account_type: str
    posted: date
    amount_minor: int
    currency: str
    text: str  # payee and memo
    category_kind: str | None = None  # expense, income or transfer when a rule already knows


def _plausible(out: Movement, into: Movement) -> bool:
    """Transfer wording on either side; else a typical destination and nothing saying otherwise."""
    kinds = {out.category_kind, into.category_kind}
    if _WORDING.search(out.text) or _WORDING.search(into.text) or "transfer" in kinds:
        return True
    if kinds & {"expense", "income"}:
        return False  # a purchase and a refund of the same size, say
    return into.account_type in _PAID_INTO or out.account_type == "savings"


def match_transfers(movements: Iterable[Movement], max_days: int = 4) -> list[tuple[int, int]]:
    """Pairs ``(out_id, in_id)`` of transfers; each transaction is in at most one pair.

    Closest dates pair first, so two equal monthly payments pair with their own credits.
    """
    groups: dict[tuple[str, int], list[Movement]] = defaultdict(list)
    for m in movements:
        if m.amount_minor:
            groups[(m.currency, abs(m.amount_minor))].append(m)
    pairs: list[tuple[int, int]] = []
    for members in groups.values():
        outs = [m for m in members if m.amount_minor < 0]
        ins = [m for m in members if m.amount_minor > 0]
        options = sorted(
            (abs((i.posted - o.posted).days), o.posted, o.id, i.id, o, i)
            for o in outs
            for i in ins
            if o.account_id != i.account_id
            and abs((i.posted - o.posted).days) <= max_days
            and _plausible(o, i)
        )
        used: set[int] = set()
        for *_, out, into in options:
            if out.id not in used and into.id not in used:
                used.update((out.id, into.id))
                pairs.append((out.id, into.id))
    return pairs
