"""What a card's OFX statement says of the card: credit limit, payment due date, minimum due.

OFX has no field for these in a statement download; banks state them two ways, both read here:

* ``<BALLIST>`` entries named like "Credit Limit", "Payment Due Date", "Minimum Payment Due"
  (the name is the bank's own; a few usual spellings are known, case and punctuation ignored).
  A due date is read from the entry's ``VALUE`` when it is written as a date (``20261125``);
  its ``DTASOF`` is when the balance was taken, not the due date, so it is never used for it.
* ``LEDGERBAL`` (what is owed, negative) and ``AVAILBAL`` (credit still available) stated on
  the same day: the limit is available minus ledger. An ``AVAILBAL`` that only mirrors the
  ledger (``123.45`` beside ``-123.45``, as some banks and anonymised files write) states no
  available credit, so gives no limit.

An entry named explicitly wins over the limit worked out from the balances.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from bs4 import Tag

from finapp.core.balance_kinds import BalanceKind
from finapp.core.dates import in_date_span
from finapp.importers.base import Balance, usable_amount

_LIMIT_NAMES = frozenset(
    {
        "credit limit",
        "credit line",
        "total credit limit",
        "credit limit amount",
        "creditlimit",
        "total credit line",
    }
)
_DUE_NAMES = frozenset(
    {
        "payment due date",
        "due date",
        "pmt due date",
        "payment due",
        "next payment due date",
        "paymentduedate",
        "payment date due",
    }
)
_MINIMUM_NAMES = frozenset(
    {
        "minimum payment due",
        "minimum payment",
        "minimum amount due",
        "min payment due",
        "minimum due",
        "min pmt due",
        "minpmtdue",
        "minimum payment amount",
    }
)
_DATE = re.compile(r"\s*(\d{4})(\d{2})(\d{2})")


@dataclass(frozen=True, slots=True)
class CardFacts:
    """The card facts one statement states; None for each it does not."""

    credit_limit: Decimal | None = None
    payment_due_on: date | None = None
    minimum_due: Decimal | None = None


def _name(text: str) -> str:
    return " ".join(re.sub(r"[^a-z0-9]+", " ", text.lower()).split())


def _text(tag: Tag, child: str) -> str:
    found = tag.find(child)
    return str(found.contents[0]).strip() if found is not None and found.contents else ""


def _amount(text: str) -> Decimal | None:
    try:
        value = abs(Decimal(text.replace(",", "")))
    except InvalidOperation:
        return None
    return value if usable_amount(value) else None


def _day(text: str) -> date | None:
    match = _DATE.match(text)
    if match is None:
        return None
    try:
        day = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None
    return day if in_date_span(day) else None


def stated_card_facts(stmt_tag: Tag | None) -> CardFacts:
    """The facts a statement's ``<BALLIST>`` names (ofxparse's statement tag)."""
    ballist = stmt_tag.find("ballist") if stmt_tag is not None else None
    if ballist is None:
        return CardFacts()
    limit = due = minimum = None
    for bal in ballist.find_all("bal"):
        name, value = _name(_text(bal, "name")), _text(bal, "value")
        if name in _LIMIT_NAMES and limit is None:
            limit = _amount(value)
        elif name in _DUE_NAMES and due is None:
            due = _day(value)
        elif name in _MINIMUM_NAMES and minimum is None:
            minimum = _amount(value)
    return CardFacts(limit, due, minimum)


def _limit_from_balances(balances: tuple[Balance, ...]) -> Decimal | None:
    by_kind = {b.kind: b for b in balances}
    ledger, available = by_kind.get(BalanceKind.LEDGER), by_kind.get(BalanceKind.AVAILABLE)
    if ledger is None or available is None or ledger.as_of != available.as_of:
        return None
    if available.amount == -ledger.amount and ledger.amount != 0:
        return None  # the ledger restated, not the credit left
    limit = available.amount - ledger.amount
    return limit if limit > 0 else None


def card_facts(stated: CardFacts, balances: tuple[Balance, ...]) -> CardFacts:
    """A card statement's facts: those its ``<BALLIST>`` names, the limit else from its
    balances."""
    limit = stated.credit_limit or _limit_from_balances(balances)
    return CardFacts(limit, stated.payment_due_on, stated.minimum_due)
