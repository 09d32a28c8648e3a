"""The import's shortcuts give what the plain reading gives: amounts converted once per distinct
amount are each line's own conversion, in every currency and however the amount is written."""

from __future__ import annotations

import random
from datetime import date
from decimal import Decimal

import pytest

from finapp.core.money import to_minor
from finapp.importers.base import ParsedAccount, ParsedStatement, ParsedTransaction
from finapp.services.import_keys import minor_units


def _amounts(rng: random.Random) -> list[Decimal]:
    """Amounts as statements write them: repeated (rent, coffees), the same value with more or
    fewer decimals (``12.5``, ``12.50``, ``12.500``), halves that round, whole amounts."""
    written = []
    for _ in range(3_000):
        cents = rng.choice((-1, 1)) * rng.randint(0, 300)
        shape = rng.randrange(5)
        if shape == 0:
            written.append(f"{cents / 100:.2f}")
        elif shape == 1:
            written.append(f"{cents / 100:.3f}")  # 12.500: the same value as 12.50
        elif shape == 2:
            written.append(f"{cents}.{rng.choice('05')}5")  # a half of the unit: rounds
        elif shape == 3:
            written.append(str(cents // 100))
        else:
            written.append(rng.choice(("-1450.00", "-12.5", "-12.50", "0", "-0.00", "19.99")))
    return [Decimal(text) for text in written]


@pytest.mark.parametrize("currency", ["USD", "JPY", "BHD", "CNY"])
def test_amounts_converted_once_are_each_lines_own_conversion(currency: str) -> None:
    amounts = _amounts(random.Random(currency))
    lines = tuple(
        ParsedTransaction(posted=date(2026, 1, 1), amount=amount, payee="COFFEE", fitid=str(i))
        for i, amount in enumerate(amounts)
    )
    stmt = ParsedStatement(ParsedAccount(number="1", currency=currency), lines)
    assert len(set(amounts)) < len(amounts) / 2  # the statement repeats its amounts
    assert minor_units(stmt, currency) == [to_minor(a, currency) for a in amounts]
