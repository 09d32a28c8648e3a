"""The money each currency moves, which picks the automatic base currency, read in one grouped
query by currency and category: the same as the month report's sums over the whole history
give, a split line counted by its parts and a part filed as a transfer left out."""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

import pytest

from finapp.core.category_kinds import CategoryKind
from finapp.services.automatic_currency import money_moved
from finapp.services.month_report import classified_sums
from finapp.services.rates import get_base_currency
from finapp.services.splits import SplitPart, set_splits
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.conftest import MadeStore
from tests.realistic_stores import realistic_store


def _from_the_month_reports_sums(store: Store) -> Counter[str]:
    """The money moved as every month's report sums it: by month, category and direction."""
    volume: Counter[str] = Counter()
    with store.read() as session:
        for _month, currency, _category, kind, amount in classified_sums(session):
            if kind != CategoryKind.TRANSFER:
                volume[currency] += abs(amount)
    return volume


def _moved(store: Store) -> Counter[str]:
    with store.read() as session:
        return money_moved(session)


@pytest.mark.parametrize("seed", [3, 11])
def test_the_money_moved_is_what_the_month_reports_add_up(made_store: MadeStore, seed: int) -> None:
    store = realistic_store(made_store, 2500, seed)
    before = _moved(store)
    assert set(before) == {"USD", "CNY"}  # the household's dollar and yuan accounts
    assert before == _from_the_month_reports_sums(store)
    # a dollar purchase split: all but 50.00 of shopping, 50.00 moved to savings
    line = next(
        t
        for t in list_transactions(store)
        if t.currency == "USD" and t.amount < -100 and not t.is_transfer
        and not (t.category or "").startswith("Transfers")
    )  # fmt: skip
    savings = Decimal("-50.00")
    parts = [SplitPart("Shopping", line.amount - savings), SplitPart("Transfers:Savings", savings)]
    set_splits(store, line.id, parts)
    after = _moved(store)
    assert after == _from_the_month_reports_sums(store)
    assert before["USD"] - after["USD"] == 5000  # the part moved to savings weighs no more
    assert after["CNY"] == before["CNY"]
    assert get_base_currency(store) == max(after, key=after.__getitem__)
