"""Everyday spending: the irregular noise around the recurring streams.

Visits arrive at random (a Poisson process per shop), a few shops are habits with a loose rhythm
(a haircut every four to seven weeks), and favourite orders repeat the same price — exactly the
spending a subscription detector must not mistake for a subscription.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from finapp.demo.dates import card_posting
from finapp.demo.ledger import Ledger, cents, fill, from_cents, money
from finapp.demo.shops import Everyday


def spend(
    rng: random.Random, ledger: Ledger, shop: Everyday, start: date, end: date, pace: float
) -> None:
    """Add one shop's visits from ``start`` to ``end`` to ``ledger``."""
    stores = [f"{rng.randint(100, 9999):04d}" for _ in range(rng.randint(1, 3))]
    for day in _visits(rng, shop, start, end, pace):
        descriptor = fill(rng, rng.choice(shop.descriptors), stores)
        posted = day if ledger.channel == "app" else card_posting(rng, day)
        ledger.add(posted, -_price(rng, shop), descriptor)


def _visits(rng: random.Random, shop: Everyday, start: date, end: date, pace: float) -> list[date]:
    if shop.every_days:
        low, high = shop.every_days
        days, day = [], start + timedelta(days=rng.randint(0, high))
        while day <= end:
            days.append(day)
            day += timedelta(days=rng.randint(low, high))
        return days
    chance = min(0.95, shop.per_month * pace * 12 / 365)
    days = []
    day = start
    while day <= end:
        weekend = 1.4 if day.weekday() >= 5 else 1.0
        if rng.random() < chance * weekend:
            days.append(day)
            if rng.random() < chance / 3:  # a second visit the same day happens
                days.append(day)
        day += timedelta(days=1)
    return days


def _price(rng: random.Random, shop: Everyday) -> Decimal:
    if shop.repeat_prices and rng.random() < 0.5:
        return money(rng.choice(shop.repeat_prices))
    low, high = cents(shop.low), cents(shop.high)
    # most baskets are small, a few are big: a skewed draw between low and high
    return from_cents(low + int((high - low) * rng.random() ** 1.8))
