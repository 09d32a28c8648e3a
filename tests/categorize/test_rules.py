"""Rules: shipped ones recognise common merchants; user rules have priority; manual choices stay."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.rules import RuleBook, RuleSpec, RuleSubject
from finapp.errors import InvalidInputError
from finapp.services.rules import add_rule, delete_rule, list_rules, rerun_rules
from finapp.services.transactions import list_transactions
from tests.categorize.statements import by_payee, load

D = date(2024, 3, 5)


def subject(payee: str, amount: int = -500, account: int = 1, memo: str = "") -> RuleSubject:
    return RuleSubject(payee, memo, payee.upper(), amount, account)


def test_match_types_amounts_sign_and_account() -> None:
    contains = RuleSpec(1, 10, "coffee")
    starts = RuleSpec(2, 11, "AMZN", match_type="starts")
    equals = RuleSpec(3, 12, "rent", match_type="equals")
    regex = RuleSpec(4, 13, r"^uber\s+(trip|\*)", match_type="regex")
    assert contains.matches(subject("Blue  COFFEE Shop"))
    assert starts.matches(subject("amzn mktp us")) and not starts.matches(subject("x AMZN"))
    assert equals.matches(subject(" Rent ")) and not equals.matches(subject("Rent July"))
    assert regex.matches(subject("UBER TRIP 123")) and not regex.matches(subject("UBER EATS"))
    anywhere = RuleSpec(6, 15, "pg&e", match_field="any")
    assert anywhere.matches(RuleSubject("PGANDE WEB ONLINE X1", "", "PG&E", -100, 1))  # merchant
    assert anywhere.matches(RuleSubject("CUT OFF NAM", "PG&E WEB ONLINE", "CUT", -100, 1))  # memo
    assert not RuleSpec(7, 15, "pg&e").matches(RuleSubject("PGANDE", "", "PG&E", -100, 1))
    sized = RuleSpec(5, 14, "shop", amount_min=1000, amount_max=5000, sign="out", account_id=2)
    assert sized.matches(subject("shop", -2000, account=2))
    assert not sized.matches(subject("shop", -900, account=2))  # too small
    assert not sized.matches(subject("shop", -6000, account=2))  # too big
    assert not sized.matches(subject("shop", 2000, account=2))  # money in
    assert not sized.matches(subject("shop", -2000, account=1))  # other account


def test_priority_then_age_and_first_match_wins() -> None:
    broad = RuleSpec(1, 10, "amazon", priority=100)
    narrow = RuleSpec(2, 20, "amazon prime", priority=50)
    learned = RuleSpec(
        3,
        30,
        "AMAZON PRIME",
        match_type="equals",
        match_field="merchant",
        priority=10,
        origin="learned",
    )
    book = RuleBook([broad, narrow])
    assert book.first_match(subject("AMAZON PRIME VIDEO")) is narrow
    assert book.first_match(subject("AMAZON MKTP")) is broad
    assert RuleBook([broad, narrow, learned]).first_match(subject("amazon prime")) is learned
    urgent = RuleSpec(4, 40, "prime", priority=1)
    assert RuleBook([learned, urgent]).first_match(subject("amazon prime")) is urgent


def test_shipped_rules_recognise_common_and_chinese_merchants(store, tmp_path: Path) -> None:
    load(
        store,
        tmp_path,
        "111",
        [
            (D, "-35.50", "美团外卖"),
            (D, "-42.00", "滴滴出行"),
            (D, "-38.00", "星巴克咖啡(国贸店)"),
            (D, "-199.00", "京东商城"),
            (D, "-59.90", "淘宝网"),
            (D, "-28.00", "饿了么"),
            (D, "-15.49", "NETFLIX.COM 866-579-7172 CA"),
            (D, "-5.75", "STARBUCKS STORE 01234"),
            (D, "-45.10", "SHELL OIL 57444"),
            (D, "-80.00", "T-MOBILE AUTOPAY"),
            (D, "3200.00", "ACME CORP PAYROLL"),
        ],
        currency="CNY",
    )
    got = {t.payee: t.category for t in list_transactions(store)}
    assert got == {
        "美团外卖": "Food:Delivery",
        "滴滴出行": "Transport:Rides & Taxis",
        "星巴克咖啡(国贸店)": "Food:Coffee",
        "京东商城": "Shopping:Online",
        "淘宝网": "Shopping:Online",
        "饿了么": "Food:Delivery",
        "NETFLIX.COM 866-579-7172 CA": "Entertainment:Streaming",
        "STARBUCKS STORE 01234": "Food:Coffee",
        "SHELL OIL 57444": "Transport:Fuel",
        "T-MOBILE AUTOPAY": "Bills & Utilities:Phone",
        "ACME CORP PAYROLL": "Income:Salary",
    }


def test_user_rule_runs_on_import_renames_and_beats_shipped(store, tmp_path: Path) -> None:
    add_rule(store, category="Food:Coffee Beans", pattern="BLUE BOTTLE", rename_to="Blue Bottle")
    add_rule(
        store,
        category="Shopping:Electronics",
        pattern="AMZN",
        match_type="starts",
        amount_min=Decimal("100"),
    )
    load(
        store,
        tmp_path,
        "111",
        [
            (D, "-24.00", "BLUE BOTTLE COFFEE #12"),
            (D, "-250.00", "AMZN MKTP US*2K4LL8"),
            (D, "-12.00", "AMZN MKTP US*9ZZ1"),
        ],
    )
    txns = list_transactions(store)
    assert [(t.payee, t.category) for t in txns] == [
        ("Blue Bottle", "Food:Coffee Beans"),
        ("AMZN MKTP US*2K4LL8", "Shopping:Electronics"),
        ("AMZN MKTP US*9ZZ1", "Shopping:Online"),  # below the user rule's minimum: shipped rule
    ]


def test_rerun_applies_new_rules_to_history_and_keeps_manual(store, tmp_path: Path) -> None:
    from finapp.services.categorize import set_category

    load(
        store,
        tmp_path,
        "111",
        [
            (D, "-9.00", "CORNER DELI 22"),
            (D, "-11.00", "CORNER DELI 23"),
            (D, "-7.00", "KNISH PLACE"),
        ],
    )
    assert all(t.category is None for t in list_transactions(store))
    deli = [t for t in list_transactions(store) if "DELI" in t.payee]
    set_category(store, deli[0].id, "Food:Lunch")  # manual, also learns CORNER DELI
    rule = add_rule(store, category="Food:Dining", pattern="deli", priority=1)
    add_rule(store, category="Food:Dining", pattern="knish")
    assert rerun_rules(store) == 2
    got = {t.payee: (t.category, t.category_source) for t in list_transactions(store)}
    assert got["CORNER DELI 22"] == ("Food:Lunch", "manual")
    assert got["CORNER DELI 23"] == ("Food:Dining", "rule")  # priority 1 beats the learned rule
    assert got["KNISH PLACE"] == ("Food:Dining", "rule")
    delete_rule(store, rule.id)
    rerun_rules(store)
    assert by_payee(store)["CORNER DELI 23"].category == "Food:Lunch"  # learned again


def test_bad_rules_are_refused_and_add_nothing(store) -> None:
    before = len(list_rules(store))
    with pytest.raises(InvalidInputError, match="regular expression"):
        add_rule(store, category="Food", pattern="(unclosed", match_type="regex")
    with pytest.raises(InvalidInputError, match="minimum"):
        add_rule(store, category="Food", pattern="x", amount_min=Decimal(5), amount_max=Decimal(1))
    with pytest.raises(InvalidInputError):
        add_rule(store, category=None, pattern="x")
    assert len(list_rules(store)) == before
    assert {r.origin for r in list_rules(store)} == {"shipped"}


def test_indexed_book_picks_what_a_plain_scan_picks() -> None:
    from finapp.services.shipped_rules import shipped_specs

    shipped = shipped_specs(first_id=10)
    user = [
        RuleSpec(1, 1, "uber", priority=5),
        RuleSpec(2, 2, "STARBUCKS", match_type="equals", match_field="merchant", priority=10),
        RuleSpec(3, 3, r"^sq \*", match_type="regex", priority=100),
        RuleSpec(4, 4, "京", priority=2000),
    ]
    rules = shipped + user
    book = RuleBook(rules)
    scan = sorted(rules, key=lambda r: (r.priority, r.id))
    payees = [
        "UBER EATS 1",
        "Starbucks",
        "SQ *BLUE BOTTLE",
        "京东商城",
        "PAYMENT THANK YOU",
        "T-MOBILE",
        "CORNER SHOP",
        "BP 1234",
        "GAP KIDS",
        "SINGAPORE AIRLINES",
        "美团",
    ]
    for payee in payees:
        for amount in (-500, 500):
            subject = RuleSubject(payee, "", payee.upper(), amount, 1)
            expected = next((r for r in scan if r.matches(subject)), None)
            assert book.first_match(subject) is expected, payee


def test_cli_rules_add_and_list(data_dir: Path) -> None:
    from tests.helpers import run_cli

    proc = run_cli(
        data_dir,
        "rules",
        "add",
        "BLUE BOTTLE",
        "--category",
        "Food:Coffee",
        "--sign",
        "out",
        "--max",
        "50",
        "--rename",
        "Blue Bottle",
    )
    assert proc.returncode == 0, proc.stderr
    listed = json.loads(run_cli(data_dir, "rules", "list", "--json", "--origin", "user").stdout)
    assert [
        {
            k: r[k]
            for k in (
                "pattern",
                "category",
                "sign",
                "amount_max",
                "rename_to",
                "field",
                "match",
                "priority",
                "enabled",
            )
        }
        for r in listed
    ] == [
        {
            "pattern": "BLUE BOTTLE",
            "category": "Food:Coffee",
            "sign": "out",
            "amount_max": "50.00",
            "rename_to": "Blue Bottle",
            "field": "payee",
            "match": "contains",
            "priority": 100,
            "enabled": True,
        }
    ]


def test_each_change_to_the_rules_is_in_force_at_the_next_run(store, tmp_path: Path) -> None:
    """The rule book is compiled once for the same stored rules: a rule turned off, on, given a
    new outcome by undo, or ranked above another, files the history anew at the next run."""
    from finapp.services.edit_history import undo
    from finapp.services.rules import set_rule_enabled

    load(store, tmp_path, "111", [(D, "-18.00", "HARBOR BISTRO 7"), (D, "-6.00", "HARBOR KIOSK")])
    bistro = add_rule(store, category="Food:Dining", pattern="harbor bistro")
    rerun_rules(store)
    assert by_payee(store)["HARBOR BISTRO 7"].category == "Food:Dining"
    set_rule_enabled(store, bistro.id, False)
    rerun_rules(store)
    assert by_payee(store)["HARBOR BISTRO 7"].category is None
    set_rule_enabled(store, bistro.id, True)
    add_rule(store, category="Food:Snacks", pattern="harbor", priority=1)
    rerun_rules(store)
    assert {p: t.category for p, t in by_payee(store).items()} == {
        "HARBOR BISTRO 7": "Food:Snacks",  # priority 1 is tried before the first rule
        "HARBOR KIOSK": "Food:Snacks",
    }
    undo(store)  # the second rule is gone again
    rerun_rules(store)
    assert {p: t.category for p, t in by_payee(store).items()} == {
        "HARBOR BISTRO 7": "Food:Dining",
        "HARBOR KIOSK": None,
    }
