"""An export that is a credit card's writing its charges positive, told by what the file says.

Every Chinese card export writes a purchase as a positive amount and a repayment (还款) or a
refund as a negative one: read as signed amounts, a month of spending would be money in. With
no profile for the layout, a file whose name, preamble or header says ``信用卡`` is read as a
card's, positive amounts money out (the reading report says so). One that only looks like a
card's, by a column of the card's last four digits (``卡号后四位``), without saying so is
asked about, pre-filled that way: the mapping wizard opens rather than a guess going in.

American Express's short download (``Date,Description,Amount``, named ``activity.csv``) says
nothing of being a card's, and writes charges positive too: read as signed amounts, Netflix was
income. Its lines do say it: the card thanks for the payment it received ("AUTOPAY PAYMENT -
THANK YOU", "ONLINE PAYMENT RECEIVED - THANK YOU"), which only a card's own statement prints,
and there that payment is negative while the charges are positive. A file whose every such line
is negative and most of whose other lines are positive is read as a card's.

U.S. Bank's card download (``Date,Transaction,Name,Memo,Amount``) writes its charges negative,
as a checking account's spending, and the payment it received positive: ``PAYMENT THANK YOU``
``6327.90``. Read as a checking account, a card's debt was money in the bank, and its running
total below zero set off low-balance alerts. A file whose every thanked payment is positive and
most of whose other lines are negative is a card's too, its amounts read as written.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import PurePath

from finapp.core.card_payments import THANKED_PAYMENT
from finapp.errors import Problem
from finapp.importers.csv.mapping import normalise_name
from finapp.importers.csv.table import CsvTable

#: the word a Chinese card statement's name, title or columns use for the card
CARD_WORD = "信用卡"
#: columns of the card's last four digits, which only card statements write
_LAST_FOUR_COLUMNS = frozenset({"卡号后四位", "卡号末四位"})


def says_credit_card(table: CsvTable, path: str) -> bool:
    """Whether the file's name, the lines above its header or its header say ``信用卡``."""
    return any(CARD_WORD in text for text in (PurePath(path).name, table.preamble, *table.header))


_THANKED = re.compile(THANKED_PAYMENT, re.IGNORECASE)
#: of the lines that are no thanked payment, the share that must be positive
_MOSTLY = 2 / 3


def thanked_card_sign(texts: Sequence[str], amounts: Iterable[Decimal | None]) -> str | None:
    """How a card's export signs its lines, told by its thanked payments (each line's words in
    ``texts``, its amount in ``amounts``): ``negate`` when every one is negative and most other
    lines positive (charges written positive), ``as_is`` when every one is positive and most
    others negative (charges written as money out); None for a file thanking for no payment, or
    not so clearly either. One look at all the words first: most files thank for none, and
    their amounts are then not read again."""
    if _THANKED.search("\n".join(texts)) is None:
        return None
    thanked: list[Decimal] = []
    others: list[Decimal] = []
    for words, amount in zip(texts, amounts, strict=False):
        if amount:
            (thanked if _THANKED.search(words) else others).append(amount)
    if not thanked or not others:
        return None
    for sign, charge_sign in (("negate", 1), ("as_is", -1)):
        paid_back = all(amount * charge_sign < 0 for amount in thanked)
        charged = sum(amount * charge_sign > 0 for amount in others)
        if paid_back and charged >= _MOSTLY * len(others):
            return sign
    return None


def card_sign_problems(table: CsvTable) -> list[str]:
    """The question for a file that has a card's last-four column but does not say it is a
    card's: whether a positive amount is a purchase. [] for any other file."""
    column = next((h for h in table.header if normalise_name(h) in _LAST_FOUR_COLUMNS), None)
    if column is None:
        return []
    return [
        Problem(
            "csv.card_sign_unclear",
            f"the file looks like a credit card's (column {column!r}): say whether a positive "
            "amount is a purchase (money out) or money in",
            column=column,
        )
    ]
