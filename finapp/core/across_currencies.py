"""Recognise money the user wires between two of their own accounts in different currencies.

A student abroad wires his semester's money from his 招商银行 account at home (-130,000.00 CNY,
"境外汇款汇出", the beneficiary "LI XIAOYU BANK OF AMERICA N.A.") to his own Bank of America
account, where it lands two days later as +17,808.22 USD ("WIRE TYPE:INTL IN … ORIG:LI XIAOYU
… SND BK:CHINA MERCHANTS BANK"). The amounts differ by the exchange rate, so the matcher of one
currency (:mod:`finapp.core.transfers`) never meets them, and the dollars read as income.

Two such lines are one move of the user's own money when all of these hold:

* money out of one account and into another of another currency, the money in at most
  :data:`MAX_DAYS` days later (an international wire takes a few working days);
* both are worded as a wire, transfer or remittance (money paid to a person at a shop's till or
  a salary by payroll is not);
* both name the same person: the one paid on one side is the one paying on the other, the
  account holder sending to themselves (a parent's wire names the parent, an employer's the
  employer: foreign income stays income);
* one side names the other account's bank (the beneficiary's bank on the money out, or the
  sending bank on the money in);
* when the user keeps a rate between the two currencies, the money out converted at it is
  within :data:`RATE_SLACK` of the money in (a bank's own rate and its fees differ a little from
  a reference rate); without one, the amounts cannot be checked and the words above decide.

Closest days pair first, then the amounts that agree best; each line pairs once.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal

from finapp.core.counterparty import counterparty
from finapp.core.transfers import Movement

#: days a wire may take to arrive
MAX_DAYS = 5
#: how far the money in may differ from the money out converted at the user's rate
RATE_SLACK = Decimal("0.05")
#: words of a wire, transfer or remittance, in the languages of the banks that send them abroad
SENT_WORDS = ("WIRE", "TRANSFER", "XFER", "REMIT", "SWIFT", "汇款", "汇出", "汇入", "转账", "电汇")
_SENT = re.compile("|".join(SENT_WORDS), re.IGNORECASE)
#: a word of a name or a bank's name as printed: Latin letters or Chinese
_WORDS = re.compile(r"[A-Z][A-Z'&.-]*|[\u3400-\u9fff]+")
#: the least number of words a person's name must have to be matched on both sides
_NAME_WORDS = 2

#: the money out converted into the money in's currency, in its minor units; None: no rate
Converter = Callable[[Movement, str], int | None]


def _words(text: str) -> list[str]:
    return _WORDS.findall(text.upper())


def _names_same_person(out: Movement, into: Movement) -> bool:
    """Whether the person one side names (the wire's originator or beneficiary, a transfer's
    party) is named, every word of the name, on the other side too."""
    for named, other in ((into, out), (out, into)):
        person = [w for w in _words(counterparty(named.text)) if w.isalpha()]
        if len(person) >= _NAME_WORDS and set(person) <= set(_words(other.text)):
            return True
    return False


def _names_bank(text: str, bank: str) -> bool:
    """Whether ``text`` names the bank ``bank`` (an account's institution), all its words in a
    row ("BANK OF AMERICA" in "LI XIAOYU BANK OF AMERICA N.A.")."""
    words = _words(bank)
    if not words or len("".join(words)) < 3:
        return False
    said = f" {' '.join(_words(text))} "
    return f" {' '.join(words)} " in said


def _agrees(out: Movement, into: Movement, convert: Converter) -> Decimal | None:
    """How far apart the two amounts are at the user's rate (0.01: one per cent); None when
    no rate is kept, and a value above :data:`RATE_SLACK` when they do not agree."""
    converted = convert(out, into.currency)
    if converted is None:
        return None
    return abs(Decimal(converted) - into.amount_minor) / into.amount_minor


def _candidate(out: Movement, into: Movement, banks: Mapping[int, str]) -> bool:
    """Everything but the amounts: currencies, days, words, the person and the bank."""
    days = (into.posted - out.posted).days
    return (
        out.amount_minor < 0 < into.amount_minor
        and out.currency != into.currency
        and out.account_id != into.account_id
        and 0 <= days <= MAX_DAYS
        and _SENT.search(out.text) is not None
        and _SENT.search(into.text) is not None
        and _names_same_person(out, into)
        and (
            _names_bank(out.text, banks.get(into.account_id, ""))
            or _names_bank(into.text, banks.get(out.account_id, ""))
        )
    )


def match_across_currencies(
    lines: Iterable[Movement], banks: Mapping[int, str], convert: Converter
) -> list[tuple[int, int]]:
    """Pairs ``(out_id, in_id)`` of wires between the user's own accounts in two currencies
    among ``lines``; ``banks``: each account's institution by account id."""
    lines = list(lines)
    outs = [m for m in lines if m.amount_minor < 0]
    ins = [m for m in lines if m.amount_minor > 0]
    ranked: list[tuple[int, Decimal, int, int]] = []
    for out in outs:
        for into in ins:
            if not _candidate(out, into, banks):
                continue
            apart = _agrees(out, into, convert)
            if apart is not None and apart > RATE_SLACK:
                continue
            days = (into.posted - out.posted).days
            ranked.append((days, apart if apart is not None else RATE_SLACK, out.id, into.id))
    used: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for _, _, out_id, in_id in sorted(ranked):
        if out_id not in used and in_id not in used:
            used.update((out_id, in_id))
            pairs.append((out_id, in_id))
    return pairs
