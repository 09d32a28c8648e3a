"""Deleting or merging a category says what goes with it: its budget, and the rules that filed
into it (so future lines they matched are not uncategorized by surprise)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services import categories as cats
from finapp.services.budgets import list_budgets, set_budget
from finapp.services.category_removal import BudgetDropped
from finapp.services.rules import list_rules
from finapp.services.transactions import list_transactions
from tests.categorize.statements import load
from tests.cli_in_process import run_main

MARCH = date(2026, 3, 1)
COFFEE = [
    (date(2026, 3, 4), "-6.50", "SQ *BLUE BOTTLE COFFEE"),
    (date(2026, 3, 6), "-5.25", "STARBUCKS STORE 0042"),
]


def _budgets(store) -> dict[str, Decimal]:  # type: ignore[no-untyped-def]
    return {b.category: b.amount for b in list_budgets(store, month=MARCH)}


def test_deleting_a_category_names_its_budget_and_the_rules_that_filed_into_it(
    store, tmp_path: Path
) -> None:
    load(store, tmp_path, "111", COFFEE)
    assert {t.category for t in list_transactions(store)} == {"Food:Coffee"}
    set_budget(store, "Food:Coffee", Decimal("50"), today=MARCH)
    rules = [r.pattern for r in list_rules(store) if r.category == "Food:Coffee"]
    assert "STARBUCKS" in rules

    removed = cats.delete_category(store, "Food:Coffee")

    assert (removed.path, removed.transactions) == ("Food:Coffee", 2)
    assert removed.budgets == (BudgetDropped("Food:Coffee", Decimal("50.00"), "USD"),)
    assert list(removed.rules) == rules
    assert _budgets(store) == {}
    assert not [r for r in list_rules(store) if r.pattern == "STARBUCKS"]


def test_merging_two_budgeted_categories_keeps_the_targets_and_names_the_other(store) -> None:
    set_budget(store, "Food:Coffee", Decimal("50"), today=MARCH)
    set_budget(store, "Food:Dining", Decimal("100"), today=MARCH)

    merged = cats.merge_category(store, "Food:Coffee", "Food:Dining")

    assert merged.path == "Food:Dining"
    assert merged.budgets == (
        BudgetDropped("Food:Coffee", Decimal("50.00"), "USD", kept_by="Food:Dining"),
    )
    assert merged.rules == ()  # they file into Food:Dining now
    assert _budgets(store) == {"Food:Dining": Decimal("100.00")}


def test_a_budget_moves_quietly_to_a_target_without_one(store) -> None:
    set_budget(store, "Food:Coffee", Decimal("50"), today=MARCH)
    merged = cats.merge_category(store, "Food:Coffee", "Food:Dining")
    assert merged.budgets == ()
    assert _budgets(store) == {"Food:Dining": Decimal("50.00")}


def test_the_command_says_all_that_went(
    store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    load(store, tmp_path, "111", COFFEE)
    set_budget(store, "Food:Coffee", Decimal("50"), today=MARCH)
    set_budget(store, "Food:Dining", Decimal("100"), today=MARCH)
    data = ["--data-dir", str(store.data_dir)]

    code, out, err = run_main([*data, "categories", "delete", "Food:Coffee"], capsys)

    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "deleted: Food:Coffee (2 transaction(s) now uncategorized)"
    assert lines[1] == "also removed: the budget of Food:Coffee (50.00 USD a month)"
    assert lines[2].startswith("also removed: ") and "rule(s) that filed into it (" in lines[2]
    assert "STARBUCKS" in lines[2] and "stay uncategorized" in lines[2]
    assert run_main([*data, "undo"], capsys)[0] == 0

    code, out, _ = run_main([*data, "categories", "merge", "Food:Coffee", "Food:Dining"], capsys)
    assert (code, out.splitlines()[:2]) == (
        0,
        [
            "merged into: Food:Dining (2 transaction(s) moved)",
            "also removed: the budget of Food:Coffee (50.00 USD a month); "
            "Food:Dining keeps its own budget",
        ],
    )
