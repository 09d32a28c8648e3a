"""The same card transaction told by two exports: an OFX download and the bank's CSV (or its
MT940, CAMT or QIF).

Within one format, lines are known exactly (:mod:`finapp.core.dedupe`). Across formats nothing
is shared: the OFX has FITIDs and posting dates, the CSV often the purchase date (1–3 days
earlier) and the bank's own spelling of the payee ("AMAZON MKTPLACE PMTS AMZN.COM/BILL WA" vs
"AMZN Mktp US*2K4LM0XY3"). A line arriving in one format is the same transaction as a stored
line of the other when it has the same amount, a date at most :data:`WINDOW_DAYS` apart and a
similar payee (the same merchant identity, or a distinctive word in common).

Matching is one-to-one, so counts survive: each stored line stands for at most one incoming
line, and two identical coffees on one day in one file are never merged with each other. Which
stored line an incoming one takes matters when a shop sells the same coffee every day: pairing
each CSV coffee with the OFX coffee posted the *same* day would pair it with the day-before's
coffee, and the last days of the CSV would find a partner that is not theirs. So the posting
delay of this pair of statements is measured first, on the lines with only one possible partner
(an Amazon order of a unique amount), and ambiguous lines are paired nearest to that delay, on
its side only (a purchase is never posted before it is made).
"""

from __future__ import annotations

import re
import statistics
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

#: Most days between a card purchase and its posting that two exports are matched across.
WINDOW_DAYS = 4
#: Formats whose lines are matched with each other (finapp's own export carries the lines
#: finapp stored, with their ids, and is matched exactly): a bank's OFX, CSV, MT940, CAMT and
#: QIF downloads of one account tell the same transactions (ABN AMRO's TAB and its MT940)
BANK_FAMILIES = frozenset({"ofx", "csv", "mt940", "camt", "qif"})
#: Words too common in payees to say two lines are the same shop.
_GENERIC = frozenset(
    (
        "THE",
        "AND",
        "INC",
        "LLC",
        "LTD",
        "COM",
        "NET",
        "ORG",
        "WWW",
        "USA",
        "PMTS",
        "PMT",
        "PAYMENT",
        "PAYMENTS",
        "BILL",
        "ONLINE",
        "STORE",
        "SHOP",
        "MARKET",
        "MKT",
        "MKTP",
        "MKTPLACE",
        "COFFEE",
        "CAFE",
        "RESTAURANT",
        "BAR",
        "GRILL",
        "FOOD",
        "FOODS",
        "YOU",
        "AUTOPAY",
        "PURCHASE",
        "SALE",
        "RETURN",
        "REFUND",
        "FEE",
    )
)
_WORD = re.compile(r"[^\W\d_]{3,}", re.UNICODE)


#: the family of finapp's own export: its lines carry the ids finapp gave them
OWN_EXPORT = "finapp"


def source_family(batch_format: str) -> str:
    """The format a batch's lines were read from: "ofx", "csv", or :data:`OWN_EXPORT`."""
    if batch_format == "csv:finapp-export":
        return OWN_EXPORT
    return batch_format.split(":", 1)[0]


@dataclass(frozen=True, slots=True)
class Line:
    """A statement line as cross-format matching sees it."""

    posted: date
    amount_minor: int
    merchant: str  # the merchant identity (:func:`finapp.core.merchant.merchant_key`)
    payee: str


def payee_words(line: Line) -> frozenset[str]:
    """The distinctive words naming the shop: from its merchant identity, else its payee."""
    for text in (line.merchant, line.payee):
        words = frozenset(w for w in _WORD.findall(text.upper()) if w not in _GENERIC)
        if words:
            return words
    return frozenset()


def similar_payees(a: Line, b: Line) -> bool:
    """Whether two spellings can name the same shop: the same merchant identity, or a
    distinctive word in common ("AMAZON MKTPLACE" and "AMAZON")."""
    return _same_shop(a, payee_words(a), b, payee_words(b))


def _same_shop(a: Line, a_words: frozenset[str], b: Line, b_words: frozenset[str]) -> bool:
    return bool(a.merchant and a.merchant == b.merchant) or bool(a_words & b_words)


@dataclass(frozen=True, slots=True)
class _Pair:
    incoming: int
    existing: int
    incoming_day: date
    existing_day: date

    @property
    def lag(self) -> int:
        """existing.posted - incoming.posted, in days"""
        return (self.existing_day - self.incoming_day).days


def _candidate_pairs(incoming: Sequence[Line], existing: Sequence[Line]) -> list[_Pair]:
    """Every (incoming, existing) pair of the same amount, within the window, similar payees."""
    by_amount: dict[int, list[int]] = defaultdict(list)
    for j, line in enumerate(existing):
        by_amount[line.amount_minor].append(j)
    words = [payee_words(line) for line in existing]
    pairs = []
    for i, line in enumerate(incoming):
        mine = payee_words(line)
        for j in by_amount.get(line.amount_minor, ()):
            other = existing[j]
            near = abs((other.posted - line.posted).days) <= WINDOW_DAYS
            if near and _same_shop(line, mine, other, words[j]):
                pairs.append(_Pair(i, j, line.posted, other.posted))
    return pairs


def usual_lag(pairs: Sequence[_Pair]) -> int:
    """The posting delay between the two exports, from the lines with one possible partner
    (0 when no line is unambiguous)."""
    per_incoming = Counter(p.incoming for p in pairs)
    per_existing = Counter(p.existing for p in pairs)
    lone = [p.lag for p in pairs if per_incoming[p.incoming] == 1 == per_existing[p.existing]]
    return round(statistics.median(lone)) if lone else 0


def _on_its_side(lag: int, usual: int) -> bool:
    """A pair whose delay runs the other way than the statements' usual one is no pair."""
    return lag * usual >= 0


def match_across_formats(incoming: Sequence[Line], existing: Sequence[Line]) -> set[int]:
    """Indices of ``incoming`` lines that are the same transactions as ``existing`` lines of
    another format; one-to-one, the pairs nearest the usual posting delay first."""
    pairs = _candidate_pairs(incoming, existing)
    usual = usual_lag(pairs)
    pairs = [p for p in pairs if _on_its_side(p.lag, usual)]
    pairs.sort(key=lambda p: (abs(p.lag - usual), abs(p.lag), p.incoming, p.existing))
    partner: dict[int, int] = {}  # existing -> incoming
    matched: set[int] = set()
    for pair in pairs:
        if pair.incoming not in matched and pair.existing not in partner:
            matched.add(pair.incoming)
            partner[pair.existing] = pair.incoming
    _repair(pairs, partner, matched)
    return matched


#: How many matches a repair may move along to free a partner (see :func:`_repair`).
REPAIR_DEPTH = 2


def _repair(pairs: Sequence[_Pair], partner: dict[int, int], matched: set[int]) -> None:
    """Match lines the nearest-delay pass left out, when moving a nearby match frees a partner.

    Daily identical coffees posted 1–3 days late can leave a coffee without a partner in the
    middle of the month, its partner having gone to the coffee of the day before. Moving at
    most :data:`REPAIR_DEPTH` matches along fixes that; a longer chain reaches the ends of the
    exports, where a line without a partner may well have none (its posting falls outside the
    other export): pairing it there would lose a transaction, which is worse than listing one
    twice.
    """
    options: dict[int, list[int]] = defaultdict(list)
    for pair in pairs:
        options[pair.incoming].append(pair.existing)
    for i in sorted(set(options) - matched):
        if _augment(i, options, partner, REPAIR_DEPTH):
            matched.add(i)


def _augment(i: int, options: dict[int, list[int]], partner: dict[int, int], depth: int) -> bool:
    """Give incoming line ``i`` a partner, moving at most ``depth`` other matches along.

    The chains are searched shortest first (breadth first): a stored line is looked at once,
    when it is first reached, which is then by the shortest chain and so with the most moves
    left. A depth-first search that marks what it looked at gives up on a line it first reached
    deep in a failed chain, though a shorter chain to it would have worked: two same-day
    coffees posted three days late, one of them left listed twice.
    """
    taker: dict[int, int] = {}  # stored line reached -> the incoming line that would take it
    holding: dict[int, int] = {}  # incoming line reached -> the stored line it gives up
    layer = [i]
    for moves in range(depth + 1):
        following: list[int] = []
        for line in layer:
            for j in options[line]:
                if j in taker:
                    continue
                taker[j] = line
                holder = partner.get(j)
                if holder is None:
                    _move_along(j, taker, holding, partner)
                    return True
                if moves < depth:
                    holding[holder] = j
                    following.append(holder)
        layer = following
    return False


def _move_along(
    free: int, taker: dict[int, int], holding: dict[int, int], partner: dict[int, int]
) -> None:
    """Each incoming line of the chain ending at the ``free`` stored line takes its next one."""
    j: int | None = free
    while j is not None:
        partner[j] = taker[j]
        j = holding.get(taker[j])
