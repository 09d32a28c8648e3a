"""Category names as a user types them: another case or stray spaces find the category that
exists; a tab, a control character or an endless name is refused; a new one is announced."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.errors import InvalidInputError
from finapp.services import categories as cats
from finapp.services.budgets import list_budgets, set_budget
from finapp.services.categorize import set_category
from finapp.services.transactions import list_transactions
from tests.categorize.statements import load
from tests.cli_in_process import run_main


def _paths(store) -> list[str]:  # type: ignore[no-untyped-def]
    return [v.path for v in cats.list_categories(store)]


def _one_line(store, tmp_path: Path) -> int:  # type: ignore[no-untyped-def]
    load(store, tmp_path, "111", [(date(2026, 3, 2), "-84.20", "WHOLEFDS MKT #10234 SEATTLE WA")])
    (txn,) = list_transactions(store)
    return txn.id


def test_another_case_or_spaces_file_into_the_existing_category(store, tmp_path: Path) -> None:
    txn_id = _one_line(store, tmp_path)
    before = _paths(store)
    for typed in ("food:groceries", "  Food : Groceries  ", "FOOD:GROCERIES"):
        result = set_category(store, txn_id, typed)
        assert (result.path, result.created) == ("Food:Groceries", False)
    assert _paths(store) == before  # no "food" tree beside "Food"
    set_budget(store, "food", Decimal("300"), today=date(2026, 3, 1))
    (budget,) = list_budgets(store, month=date(2026, 3, 1))
    assert (budget.category, budget.spent) == ("Food", Decimal("84.20"))
    with pytest.raises(InvalidInputError, match="'Food:Coffee' already exists"):
        cats.add_category(store, "food:COFFEE")


def test_a_rename_may_change_only_the_case_but_not_take_a_siblings_name(store) -> None:
    assert cats.rename_category(store, "Food:Coffee", "COFFEE") == "Food:COFFEE"
    with pytest.raises(InvalidInputError, match="already exists"):
        cats.rename_category(store, "Food:COFFEE", "dining")


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("Tab\tName", "category.control_character"),
        ("Food:Line\nBreak", "category.control_character"),
        ("Bell\x07", "category.control_character"),
        ("Food:" + "x" * 61, "category.name_too_long"),
    ],
)
def test_names_a_list_cannot_show_are_refused(store, typed: str, code: str) -> None:
    before = _paths(store)
    with pytest.raises(InvalidInputError) as refused:
        cats.add_category(store, typed)
    assert refused.value.code == code
    with pytest.raises(InvalidInputError):
        set_budget(store, typed, Decimal("10"))
    with pytest.raises(InvalidInputError):
        cats.rename_category(store, "Food:Coffee", typed.rpartition(":")[2])
    assert _paths(store) == before


def test_sixty_characters_and_chinese_names_are_fine(store) -> None:
    assert cats.add_category(store, "Hobbies:" + "x" * 60) == "Hobbies:" + "x" * 60
    assert cats.add_category(store, "餐饮:外卖") == "餐饮:外卖"


def test_the_commands_say_when_they_create_a_category(
    store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    txn_id = _one_line(store, tmp_path)
    data = ["--data-dir", str(store.data_dir)]
    code, out, err = run_main([*data, "categorize", str(txn_id), "Transport:Rides"], capsys)
    assert code == 0, err
    assert out.splitlines()[0] == "created category Transport:Rides"
    code, out, _ = run_main([*data, "categorize", str(txn_id), " food : groceries "], capsys)
    assert (code, out.splitlines()[0]) == (0, f"transaction {txn_id}: Food:Groceries")
    assert "created" not in out
    code, out, _ = run_main([*data, "budget", "set", "Nope:Cat", "10"], capsys)
    assert (code, out.splitlines()) == (
        0,
        ["created category Nope:Cat", "Nope:Cat: 10.00 USD a month"],
    )
    code, out, _ = run_main([*data, "budget", "set", "nope:cat", "12"], capsys)
    assert (code, out.splitlines()) == (0, ["Nope:Cat: 12.00 USD a month"])
    code, out, err = run_main([*data, "categorize", str(txn_id), "Tab\tName"], capsys)
    assert (code, out) == (2, "") and "tab" in err
