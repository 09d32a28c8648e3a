"""Purchases the merchant gave back in full: no news as a large, unusual or duplicate charge.

A household returns the 412.80 vacuum it ordered, or the shop refunds the second of two
identical charges: by the time the statement holding the refund is imported the matter is
settled, and an alert "Amazon charged 412.80, far above the usual 27.80" only asks the user to
remember why it no longer matters. A charge is refunded in full when a later credit from the
same merchant gives back exactly its amount, in its currency, within :data:`REFUND_DAYS`; each
credit gives back one charge, the latest one it can (the second of a double charge, the last of
a few identical orders). A partial refund leaves the purchase as large as it was.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date

from finapp.core.alert_model import Charge, Credit

#: how long after a purchase its refund may come: a shop's return window (30 to 90 days) and
#: the days the money takes to come back
REFUND_DAYS = 100


def refunded_in_full(charges: Iterable[Charge], credits: Iterable[Credit]) -> dict[int, date]:
    """The ids of the ``charges`` a later credit of ``credits`` gives back in full, each with
    the day its money came back."""
    in_order = sorted(credits, key=lambda c: (c.posted, c.id))
    giving = {credit.merchant for credit in in_order}
    given = {-credit.amount_minor for credit in in_order}
    # sifted in one comprehension by amount first: years of charges pass here, few stay
    theirs = [c for c in charges if c.amount_minor in given and c.merchant in giving]
    by_price: dict[tuple[str, str, int], list[Charge]] = defaultdict(list)
    for charge in theirs:
        by_price[(charge.merchant, charge.currency, -charge.amount_minor)].append(charge)
    refunded: dict[int, date] = {}
    for credit in in_order:
        same = by_price.get((credit.merchant, credit.currency, credit.amount_minor))
        given_back = same and _latest_before(same, credit.posted, refunded)
        if given_back:
            refunded[given_back.id] = credit.posted
    return refunded


def _latest_before(charges: list[Charge], day: date, refunded: dict[int, date]) -> Charge | None:
    """The latest of ``charges`` not given back yet, posted on ``day`` or in the
    :data:`REFUND_DAYS` before it."""
    eligible = [
        c for c in charges if c.id not in refunded and 0 <= (day - c.posted).days <= REFUND_DAYS
    ]
    return max(eligible, key=lambda c: (c.posted, c.id), default=None)
