"""Setting a category teaches the merchant: its other lines and future imports follow."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.categorize import set_category
from finapp.services.rules import add_rule, list_rules
from finapp.services.transactions import list_transactions
from tests.categorize.statements import load
from tests.helpers import run_cli


def test_correction_spreads_to_the_merchant_but_not_to_manual_choices(store, tmp_path: Path):
    load(
        store,
        tmp_path,
        "111",
        [
            (date(2024, 1, 3), "-12.40", "SQ *LUIGIS TRATTORIA 4471 BROOKLYN NY"),
            (date(2024, 1, 9), "-18.00", "SQ *LUIGIS TRATTORIA 5532 BROOKLYN NY"),
            (date(2024, 1, 20), "-7.90", "SQ *LUIGIS TRATTORIA 0911 BROOKLYN NY"),
            (date(2024, 1, 21), "-30.00", "SQ *BOB'S BIKES 11 BROOKLYN NY"),
        ],
    )
    first, second, third, bikes = list_transactions(store)
    assert first.category == "Food:Dining"  # shipped rule for trattorias
    set_category(store, third.id, "Food:Takeaway")  # a manual choice of its own
    result = set_category(store, first.id, "Food:Italian")
    assert result.also_applied == 0  # told apart by price: the rest keeps the earlier lesson
    got = {t.id: (t.category, t.category_source) for t in list_transactions(store)}
    assert got[first.id] == ("Food:Italian", "manual")
    assert got[second.id] == ("Food:Takeaway", "learned")
    assert got[third.id] == ("Food:Takeaway", "manual")  # never overwritten
    assert got[bikes.id][0] == bikes.category  # another merchant: untouched
    learned = list_rules(store, origin="learned")  # two choices for one merchant: a size learned
    assert [(r.pattern, r.amount_min, r.category) for r in learned] == [
        (first.merchant, Decimal("12.40"), "Food:Italian"),
        (first.merchant, None, "Food:Takeaway"),
    ]


def test_future_imports_use_what_was_learned(store, tmp_path: Path) -> None:
    load(store, tmp_path, "111", [(date(2024, 1, 3), "-64.10", "HARMONY HOUSE MKT #22 QUEENS NY")])
    (txn,) = list_transactions(store)
    assert txn.category is None
    set_category(store, txn.id, "Food:Groceries")
    load(store, tmp_path, "111", [(date(2024, 2, 3), "-58.75", "HARMONY HOUSE MKT #31 QUEENS NY")])
    later = list_transactions(store)[-1]
    assert later.merchant == txn.merchant
    assert (later.category, later.category_source) == ("Food:Groceries", "learned")


def test_learning_beats_shipped_and_user_rules_unless_the_user_says_otherwise(store, tmp_path):
    load(store, tmp_path, "111", [(date(2024, 1, 3), "-5.00", "STARBUCKS STORE 0042")])
    (txn,) = list_transactions(store)
    set_category(store, txn.id, "Work:Client Meetings")
    load(store, tmp_path, "111", [(date(2024, 1, 4), "-6.00", "STARBUCKS STORE 0042")])
    assert list_transactions(store)[-1].category == "Work:Client Meetings"
    add_rule(store, category="Food:Coffee", pattern="STARBUCKS", priority=1)
    load(store, tmp_path, "111", [(date(2024, 1, 5), "-7.00", "STARBUCKS STORE 0042")])
    assert list_transactions(store)[-1].category == "Food:Coffee"


def test_cli_categorize_reports_what_it_learned(data_dir: Path, store, tmp_path: Path) -> None:
    load(
        store,
        tmp_path,
        "111",
        [
            (date(2024, 1, 3), "-9.00", "NORTHSIDE TAILOR 12"),
            (date(2024, 2, 3), "-11.00", "NORTHSIDE TAILOR 12"),
        ],
    )
    first = list_transactions(store)[0]
    store.close()
    proc = run_cli(data_dir, "categorize", str(first.id), "Shopping:Clothing")
    assert proc.returncode == 0, proc.stderr
    assert "also applied to 1 other" in proc.stdout


def test_one_merchant_filed_in_two_places_is_told_apart_by_price(store, tmp_path: Path) -> None:
    apple = "APPLE.COM/BILL 866-712-7753 CA"
    load(
        store,
        tmp_path,
        "4444",
        [
            (date(2024, 1, 5), "-0.99", apple),
            (date(2024, 1, 9), "-10.99", apple),
            (date(2024, 2, 5), "-0.99", apple),
            (date(2024, 2, 9), "-10.99", apple),
        ],
        kind="CREDITCARD",
    )
    icloud, music, *_ = list_transactions(store)
    set_category(store, icloud.id, "Software & Apps")
    set_category(store, music.id, "Entertainment:Music")
    load(
        store,
        tmp_path,
        "4444",
        [
            (date(2024, 3, 5), "-0.99", apple),
            (date(2024, 3, 9), "-10.99", apple),
        ],
        kind="CREDITCARD",
    )
    got = [(t.amount, t.category) for t in list_transactions(store)]
    assert (
        got
        == [
            (Decimal("-0.99"), "Software & Apps"),
            (Decimal("-10.99"), "Entertainment:Music"),
        ]
        * 3
    )
