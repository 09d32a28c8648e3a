"""Budgets: a monthly amount per category, spent including sub-categories, optional rollover."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.budgets import crossed, progress
from finapp.errors import InvalidInputError
from finapp.services.budgets import list_budgets, set_budget
from finapp.services.categorize import set_category
from finapp.services.transactions import list_transactions
from tests.categorize.statements import load
from tests.helpers import run_cli


def test_spent_includes_sub_categories_and_refunds_excludes_transfers(store, tmp_path: Path):
    load(
        store,
        tmp_path,
        "111",
        [
            (date(2024, 3, 2), "-120.00", "WHOLE FOODS MARKET 10"),  # Food:Groceries
            (date(2024, 3, 3), "-30.00", "CHIPOTLE 2231"),  # Food:Dining
            (date(2024, 3, 4), "-40.00", "CORNER BAKERY"),  # set by hand to Food
            (date(2024, 3, 5), "20.00", "WHOLE FOODS MARKET 10"),  # a refund in Groceries
            (date(2024, 3, 6), "-999.00", "SHELL OIL 1"),  # Transport: not Food
            (date(2024, 4, 2), "-50.00", "WHOLE FOODS MARKET 10"),  # next month
        ],
    )
    bakery = next(t for t in list_transactions(store) if t.payee == "CORNER BAKERY")
    set_category(store, bakery.id, "Food")
    set_budget(store, "Food", Decimal("400"), today=date(2024, 3, 1))
    (march,) = list_budgets(store, month=date(2024, 3, 1))
    assert (march.category, march.month, march.spent) == ("Food", "2024-03", Decimal("170.00"))
    assert (march.remaining, march.percent) == (Decimal("230.00"), 42)
    (april,) = list_budgets(store, month=date(2024, 4, 1))
    assert april.spent == Decimal("50.00") and april.available == Decimal("400.00")


def test_rollover_carries_leftovers_and_overspending(store, tmp_path: Path) -> None:
    load(
        store,
        tmp_path,
        "111",
        [
            (date(2024, 1, 10), "-60.00", "CHIPOTLE 1"),
            (date(2024, 2, 10), "-130.00", "CHIPOTLE 1"),
            (date(2024, 3, 10), "-10.00", "CHIPOTLE 1"),
        ],
    )
    set_budget(store, "Food:Dining", Decimal("100"), rollover=True, today=date(2024, 1, 5))
    got = [list_budgets(store, month=date(2024, m, 1))[0] for m in (1, 2, 3)]
    assert [v.available for v in got] == [Decimal("100.00"), Decimal("140.00"), Decimal("110.00")]
    assert [v.remaining for v in got] == [Decimal("40.00"), Decimal("10.00"), Decimal("100.00")]


def test_pure_arithmetic() -> None:
    spent = {date(2024, 1, 1): 5000, date(2024, 2, 1): 15000}
    assert progress(10000, date(2024, 2, 1), spent).remaining == -5000
    assert (
        progress(10000, date(2024, 3, 1), spent, rollover=True, since=date(2024, 1, 1)).available
        == 10000
    )
    assert crossed(7999, 10000, [80, 100]) is None
    assert crossed(8000, 10000, [80, 100]) == 80
    assert crossed(10001, 10000, [80, 100]) == 100


def test_bad_budgets_are_refused(store) -> None:
    with pytest.raises(InvalidInputError):
        set_budget(store, "Food", Decimal("0"))
    with pytest.raises(InvalidInputError, match="not a spending category"):
        set_budget(store, "Income:Salary", Decimal("10"))
    assert list_budgets(store) == []


def test_cli_budget_set_and_list(data_dir: Path) -> None:
    proc = run_cli(data_dir, "budget", "set", "Food:Groceries", "450.00")
    assert proc.returncode == 0, proc.stderr
    listed = json.loads(run_cli(data_dir, "budget", "list", "--json").stdout)
    assert len(listed) == 1
    row = listed[0]
    assert (row["category"], row["amount"], row["spent"], row["rollover"]) == (
        "Food:Groceries",
        "450.00",
        "0.00",
        False,
    )
    assert set(row) >= {"currency", "month", "available", "remaining", "percent"}
