"""Where each budget stands, in words a reader gets without colour, and what `budget list`
says of a month the statements have not reached yet (tester t38: statements a month old)."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.budgets import budget_totals, list_budgets, set_budget
from tests.categorize.statements import load
from tests.cli_in_process import run_main

OCTOBER = date(2025, 10, 1)


def _october(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """A checking statement that ends on Oct 31: groceries, dining, fuel, coffee."""
    load(
        store,
        tmp_path,
        "1207",
        [
            (date(2025, 10, 4), "-212.40", "KROGER #0412 CINCINNATI OH"),
            (date(2025, 10, 18), "-229.07", "KROGER #0412 CINCINNATI OH"),
            (date(2025, 10, 9), "-96.12", "CHIPOTLE 2231"),
            (date(2025, 10, 12), "-63.50", "SHELL OIL 57442"),
            (date(2025, 10, 31), "-40.00", "STARBUCKS STORE 1123"),
        ],
    )
    for category, amount in (
        ("Food:Groceries", "600"),  # 441.47: 73%, under
        ("Food:Dining", "120"),  # 96.12: 80%, the first threshold
        ("Transport:Fuel", "63.50"),  # all used
        ("Food:Coffee", "35"),  # 40.00: over by 5.00
    ):
        set_budget(store, category, Decimal(amount), today=OCTOBER)


def test_each_budget_says_where_it_stands(store, tmp_path: Path) -> None:
    _october(store, tmp_path)
    standing = {v.category: v.standing for v in list_budgets(store, month=OCTOBER)}
    assert standing == {
        "Food:Coffee": "over",
        "Food:Dining": "near",
        "Food:Groceries": "under",
        "Transport:Fuel": "used",
    }


def test_what_is_left_is_not_netted_against_what_is_over(store, tmp_path: Path) -> None:
    _october(store, tmp_path)
    totals = budget_totals(list_budgets(store, month=OCTOBER))
    # 158.53 + 23.88 left in two budgets; coffee 5.00 over; fuel exactly used counts in neither
    assert (totals.left, totals.left_in) == (Decimal("182.41"), 2)
    assert (totals.over, totals.over_in) == (Decimal("5.00"), 1)


def test_budget_list_says_where_the_data_ends_for_a_month_past_it(
    store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _october(store, tmp_path)
    data = ["--data-dir", str(store.data_dir)]
    code, out, err = run_main([*data, "budget", "list", "--month", "2025-11"], capsys)
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Month 2025-11 (data up to 2025-10-31)"  # as `report` says it
    groceries = next(line.split() for line in lines if line.startswith("Food:Groceries"))
    assert groceries[4:6] == ["0.00", "600.00"]  # spent, remaining: read with the line above
    code, out, _ = run_main([*data, "budget", "list", "--month", "2025-10"], capsys)
    assert out.splitlines()[0].split() == ["category", "month", "budget", "available",
                                           "spent", "remaining", "%"]  # fmt: skip
    code, out, _ = run_main([*data, "budget", "list", "--month", "2025-10", "--json"], capsys)
    assert [row["standing"] for row in json.loads(out)] == ["over", "near", "under", "used"]
