"""Editing the category tree: add, rename, move, merge, delete with reassignment."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.errors import InvalidInputError, NotFoundError
from finapp.services import categories as cats
from finapp.services.budgets import list_budgets, set_budget
from finapp.services.categorize import set_category
from finapp.services.rules import list_rules
from finapp.services.transactions import list_transactions
from tests.categorize.statements import load
from tests.helpers import run_cli


def paths(store) -> set[str]:  # type: ignore[no-untyped-def]
    return {v.path for v in cats.list_categories(store)}


def test_default_tree_is_english_data_that_fits_a_household(store) -> None:
    tree = json.loads(
        (Path(__file__).parents[2] / "resources" / "categories.json").read_text("utf-8")
    )
    assert {n["path"] for n in tree["categories"]} == paths(store)
    for wanted in (
        "Income",
        "Housing",
        "Bills & Utilities",
        "Food:Groceries",
        "Food:Dining",
        "Food:Coffee",
        "Transport",
        "Transport:Fuel",
        "Shopping",
        "Health",
        "Insurance",
        "Entertainment:Streaming",
        "Software & Apps",
        "Travel",
        "Fees",
        "Cash",
        "Transfers",
    ):
        assert wanted in paths(store)


def test_add_rename_move(store) -> None:
    assert cats.add_category(store, "Pets:Vet") == "Pets:Vet"
    with pytest.raises(InvalidInputError, match="already exists"):
        cats.add_category(store, "Pets:Vet")
    assert cats.rename_category(store, "Pets", "Animals") == "Animals"
    assert {"Animals", "Animals:Vet"} <= paths(store) and "Pets:Vet" not in paths(store)
    assert cats.move_category(store, "Animals", "Health") == "Health:Animals"
    assert "Health:Animals:Vet" in paths(store)
    with pytest.raises(InvalidInputError, match="under itself"):
        cats.move_category(store, "Health", "Health:Animals")
    with pytest.raises(InvalidInputError, match="already exists"):
        cats.rename_category(store, "Food:Coffee", "Dining")
    assert cats.move_category(store, "Health:Animals", None) == "Animals"


def test_merge_moves_transactions_rules_budget_and_children(store, tmp_path: Path) -> None:
    load(store, tmp_path, "111", [(date(2024, 1, 3), "-9.00", "LOCAL CAFE 1")])
    (txn,) = list_transactions(store)
    set_category(store, txn.id, "Coffee Shops:Local")
    set_budget(store, "Coffee Shops", Decimal("50"))
    assert cats.merge_category(store, "Coffee Shops", "Food:Coffee").path == "Food:Coffee"
    assert list_transactions(store)[0].category == "Food:Coffee:Local"
    assert "Coffee Shops" not in paths(store)
    assert [r.category for r in list_rules(store, origin="learned")] == ["Food:Coffee:Local"]
    assert [b.category for b in list_budgets(store)] == ["Food:Coffee"]


def test_delete_with_and_without_reassignment(store, tmp_path: Path) -> None:
    load(
        store,
        tmp_path,
        "111",
        [(date(2024, 1, 3), "-9.00", "A SHOP"), (date(2024, 1, 4), "-8.00", "B SHOP")],
    )
    a, b = list_transactions(store)
    set_category(store, a.id, "Hobbies:Models")
    set_category(store, b.id, "Misc")
    with pytest.raises(InvalidInputError, match="sub-categories"):
        cats.delete_category(store, "Hobbies")
    assert cats.delete_category(store, "Hobbies", reassign_to="Shopping").transactions == 1
    assert cats.delete_category(store, "Misc").transactions == 1
    got = {t.payee: t.category for t in list_transactions(store)}
    assert got == {"A SHOP": "Shopping:Models", "B SHOP": None}
    with pytest.raises(NotFoundError):
        cats.delete_category(store, "Misc")


def test_cli_categories_edit_and_list(data_dir: Path) -> None:
    proc = run_cli(data_dir, "categories", "add", "Pets:Food")
    assert proc.returncode == 0, proc.stderr
    listed = json.loads(run_cli(data_dir, "categories", "list", "--json").stdout)
    assert {"path": "Pets:Food", "kind": "expense", "transactions": 0} in [
        {k: v[k] for k in ("path", "kind", "transactions")} for v in listed
    ]
