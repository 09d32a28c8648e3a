"""The demo household has a supermarket receipt split between groceries and the home, so the
Transactions page, its split editor and the reports have a split line to show."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from finapp.services.demo import fill_demo_store
from finapp.services.splits import read_splits
from finapp.services.transactions import list_transactions


def test_the_latest_big_grocery_receipt_is_split_with_the_home(store) -> None:  # type: ignore[no-untyped-def]
    fill_demo_store(store, date(2026, 11, 18))
    splits = read_splits(store)
    assert len(splits) == 1
    [(receipt_id, parts)] = splits.items()
    [receipt] = [t for t in list_transactions(store) if t.id == receipt_id]
    assert (receipt.category, receipt.category_source) == ("Food:Groceries", "split")
    assert receipt.amount <= Decimal("-40") and receipt.date <= date(2026, 11, 18)
    assert [(p.category, p.memo) for p in parts] == [
        ("Food:Groceries", ""),
        ("Shopping:Home", "paper towels, dish soap"),
    ]
    assert sum(p.amount for p in parts) == receipt.amount
    assert parts[1].amount == (receipt.amount * Decimal("0.3")).quantize(Decimal("0.01"))
