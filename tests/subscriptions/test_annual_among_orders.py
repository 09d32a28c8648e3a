"""An annual membership among a shop's one-off orders (issue 14, item 7).

Amazon charges a Prime renewal once a year on the same card as dozens of Marketplace orders;
with an order of about the same price, the two renewals' ``AMAZON PRIME`` reads as a variant of
``AMAZON`` and joins the orders. The renewal is the only charge at its exact price, a year apart
to within days, and it prints a word no order prints: that stands out however many irregular
orders surround it. Buying the same item again and again at irregular intervals is no
subscription.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from finapp.core.recurrence import detect_streams
from tests.subscriptions.statements import Ledger

AS_OF = date(2024, 12, 31)
START = date(2023, 1, 1)
_CODE = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ"


def _code(rng: random.Random) -> str:
    """Amazon's order reference: nine letters and digits."""
    return "".join(rng.choice(_CODE) for _ in range(9))


def _orders(ledger: Ledger, rng: random.Random, count: int) -> None:
    """Marketplace orders over two years: irregular days, prices from a few dollars to $180
    (a few near the membership's price), printed as banks print Amazon."""
    for _ in range(count):
        day = START + timedelta(days=rng.randrange(700))
        cents = rng.choice((rng.randrange(699, 6000), rng.randrange(6000, 18000)))
        payee = rng.choice(("AMZN Mktp US*{}", "Amazon.com*{} Amzn.com/bill WA", "AMAZON.COM*{}"))
        ledger.add(day, f"-{cents // 100}.{cents % 100:02d}", payee.format(_code(rng)))
    ledger.add(date(2023, 8, 14), "-136.48", f"AMZN Mktp US*{_code(rng)}")  # a big order
    ledger.charges.sort(key=lambda c: c.posted)


def _yearly(ledger: Ledger) -> list[tuple[str, str, int, list[date]]]:
    return [
        (
            s.merchant,
            s.cadence,
            s.amount_minor,
            [c.posted for c in ledger.charges if c.id in s.transaction_ids],
        )
        for s in detect_streams(ledger.charges, AS_OF)
    ]


def test_two_renewals_a_year_apart_among_80_orders_are_one_yearly_stream() -> None:
    rng = random.Random(14)
    ledger = Ledger()
    _orders(ledger, rng, 80)
    ledger.add(date(2023, 3, 14), "-139.00", f"Amazon Prime*{_code(rng)} Amzn.com/bill WA")
    ledger.add(date(2024, 3, 15), "-139.00", f"AMAZON PRIME*{_code(rng)}")
    assert [(cadence, amount, dates) for _, cadence, amount, dates in _yearly(ledger)] == [
        ("annual", -13900, [date(2023, 3, 14), date(2024, 3, 15)])
    ]


def test_the_same_item_bought_again_at_irregular_intervals_is_no_subscription() -> None:
    rng = random.Random(3)
    ledger = Ledger()
    _orders(ledger, rng, 80)
    day = START
    while day < AS_OF:  # a $12.99 refill every three to eight weeks, one of them a year apart
        ledger.add(day, "-12.99", f"AMZN Mktp US*{_code(rng)}")
        day += timedelta(days=rng.randrange(21, 57))
    ledger.add(date(2024, 1, 3), "-12.99", f"Amazon.com*{_code(rng)} Amzn.com/bill WA")
    ledger.charges.sort(key=lambda c: c.posted)
    assert _yearly(ledger) == []
