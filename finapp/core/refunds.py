"""Purchases the merchant gave back in full: no news as a large, unusual or duplicate charge.

A household returns the 412.80 vacuum it ordered, or the shop refunds the second of two
identical charges: by the time the statement holding the refund is imported the matter is
settled, and an alert "Amazon charged 412.80, far above the usual 27.80" only asks the user to
remember why it no longer matters. A charge is refunded in full when a later credit from the
same merchant gives back exactly its amount, in its currency, within :data:`REFUND_DAYS`; each
credit gives back one charge, the latest one it can (the second of a double charge, the last of
a few identical orders). A partial refund leaves the purchase as large as it was.

Some banks print how the money moved before the shop, and so in its merchant key: 交通银行's
card lists ``消费 京东商城平台商户`` and, a week later, ``退货 京东商城平台商户``; ICBC writes
``消费``/``退款``, a US card ``RETURN AMAZON.COM``. Keys stay as they are (a rename or a rule
holds by its key); a purchase and a credit are the same merchant here when their keys agree
with that word taken off (:func:`refund_key`).

A shop words its refunds in its own way, not as the card printed the order: ``UBER *EATS`` (key
``UBER``) comes back as ``Uber Eats credit`` (``UBER EATS``), a ``TESCO STORES 3274`` basket as
``TESCO REFUND``, an order from 美团外卖 as 美团退款. A credit gives back a purchase of the same
shop (:func:`same_shop`): one key is the other followed by more words (a Chinese one, more
characters), the shop's name first in both.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from functools import lru_cache

from finapp.core.charges import Charge, Credit

#: how long after a purchase its refund may come: a shop's return window (30 to 90 days) and
#: the days the money takes to come back
REFUND_DAYS = 100

#: the word a bank prints before (or a US card after) the shop to say how the money moved: a
#: purchase (消费, PURCHASE) or money given back (退货, 退款, RETURN, REFUND), as it
#: stands in a merchant key (Chinese keys lose their spaces: ``退货京东商城平台商户``), or a
#: Chinese shop's own after its name (``美团退款``)
_KIND_WORD = re.compile(
    r"^(?:消费|退货|退款)(?=\S)|^(?:PURCHASE|RETURN|REFUND) (?=\S)|(?<=\S) (?:RETURN|REFUND)$"
    r"|(?<=[\u4e00-\u9fff]{2})(?:退货|退款)$"  # a shop's own word after its name: 美团退款
)


def refund_key(merchant: str) -> str:
    """``merchant`` (a merchant key) without the bank's word for how the money moved: the key
    a purchase and its refund share (``消费京东商城平台商户`` and ``退货京东商城平台商户`` are
    both ``京东商城平台商户``)."""
    return _KIND_WORD.sub("", merchant, count=1)


@lru_cache(maxsize=4096)
def shop_of(merchant: str) -> str:
    """The first word of ``merchant``'s :func:`refund_key` (its first two characters when it
    is Chinese): the shop a purchase and a credit must both start with to be one another's
    (:func:`same_shop`), so each credit is compared with few charges."""
    key = refund_key(merchant)
    word = key.split(" ", 1)[0]
    return word[:_HAN_SHOP] if _HAN.match(word) else word


@lru_cache(maxsize=4096)
def same_shop(purchase: str, credit: str) -> bool:
    """Whether a credit keyed ``credit`` may give back a purchase keyed ``purchase``: their
    :func:`refund_key` agree, or one is the other with more words after it (``UBER`` and
    ``UBER EATS``; Chinese: more characters, ``美团`` and ``美团外卖``).

    It and :func:`shop_of` remember their answers: an evaluation asks them of the same few
    hundred merchant keys for every charge and credit of the year (a few regular expressions
    each)."""
    a, b = refund_key(purchase), refund_key(credit)
    short, long = sorted((a, b), key=len)
    if not short or not long.startswith(short):
        return False
    rest = long[len(short) :]
    return not rest or rest.startswith(" ") or (len(short) >= _HAN_SHOP and bool(_HAN.match(rest)))


#: Han characters: a Chinese key runs its words together (``美团外卖``)
_HAN = re.compile(r"[\u4e00-\u9fff]")
#: the fewest characters that name a Chinese shop (美团, 京东, 淘宝)
_HAN_SHOP = 2


def refunded_in_full(charges: Iterable[Charge], credits: Iterable[Credit]) -> dict[int, date]:
    """The ids of the ``charges`` a later credit of ``credits`` gives back in full, each with
    the day its money came back."""
    in_order = sorted(credits, key=lambda c: (c.posted, c.id))
    giving = {shop_of(credit.merchant) for credit in in_order}
    given = {-credit.amount_minor for credit in in_order}
    # sifted in one comprehension by amount first: years of charges pass here, few stay
    theirs = [c for c in charges if c.amount_minor in given and shop_of(c.merchant) in giving]
    by_price: dict[tuple[str, str, int], list[Charge]] = defaultdict(list)
    for charge in theirs:
        by_price[(shop_of(charge.merchant), charge.currency, -charge.amount_minor)].append(charge)
    refunded: dict[int, date] = {}
    for credit in in_order:
        same = by_price.get((shop_of(credit.merchant), credit.currency, credit.amount_minor))
        given_back = same and _latest_before(same, credit, refunded)
        if given_back:
            refunded[given_back.id] = credit.posted
    return refunded


def _latest_before(
    charges: list[Charge], credit: Credit, refunded: dict[int, date]
) -> Charge | None:
    """The latest of ``charges`` of the ``credit``'s shop not given back yet, posted on its
    day or in the :data:`REFUND_DAYS` before it."""
    eligible = [
        c
        for c in charges
        if c.id not in refunded
        and 0 <= (credit.posted - c.posted).days <= REFUND_DAYS
        and same_shop(c.merchant, credit.merchant)
    ]
    return max(eligible, key=lambda c: (c.posted, c.id), default=None)
