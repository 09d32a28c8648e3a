"""A store seeded by an older finapp takes this finapp's corrected shipped rules when it is
opened, and keeps every rule and filing the user made."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from sqlalchemy import delete, select

from finapp.services.categories import delete_category, list_categories, rename_category
from finapp.services.categorize import set_category
from finapp.services.edit_history import next_undo, undo
from finapp.services.opening import open_store
from finapp.services.rules import add_rule, list_rules, set_rule_enabled
from finapp.services.shipped_book_record import BOOK_SETTING, FINGERPRINT_SETTING
from finapp.services.shipped_rule_file import ShippedGroup, ShippedRule
from finapp.services.shipped_rules import insert_shipped_rules
from finapp.store.engine import Store
from finapp.store.schema import Rule, Setting
from tests.categorize.statements import by_payee, load

D = date(2026, 10, 5)

#: the rule book of an older finapp: Uber Eats known only as "UBER EATS", so a card's
#: "UBER *EATS" was a ride; every Costco line groceries; refunds income
OLD_BOOK = """{"rules": [
  {"category": "Food:Delivery", "match": "contains", "patterns": ["DOORDASH", "UBER EATS"]},
  {"category": "Food:Groceries", "match": "contains", "patterns": ["COSTCO", "KROGER"]},
  {"category": "Transport:Rides & Taxis", "match": "contains", "patterns": ["UBER", "LYFT"]},
  {"category": "Health:Fitness", "match": "contains", "patterns": ["GYM"]},
  {"category": "Income:Refunds", "match": "contains", "sign": "in", "patterns": ["REFUND"]}
]}"""


def _as_older_finapp_left_it(store: Store, groups: list[ShippedGroup]) -> None:
    """``store``'s shipped rules replaced by ``groups``' rules, as an older finapp seeded them,
    recording no book (no finapp before this one did)."""
    items: list[ShippedRule] = [
        {**group, "pattern": pattern} for group in groups for pattern in group["patterns"]
    ]
    with store.write() as session:
        session.execute(delete(Rule).where(Rule.origin == "shipped"))
        session.execute(delete(Setting).where(Setting.key.in_([BOOK_SETTING, FINGERPRINT_SETTING])))
        insert_shipped_rules(session, items, {})


def _reopened(store: Store) -> Store:
    store.close()
    return open_store(store.data_dir)


def _shipped(store: Store) -> dict[str, tuple[str | None, bool]]:
    return {r.pattern: (r.category, r.enabled) for r in list_rules(store, origin="shipped")}


def test_an_old_store_files_uber_eats_as_food_and_keeps_what_the_user_did(
    store: Store, tmp_path: Path
) -> None:
    _as_older_finapp_left_it(store, json.loads(OLD_BOOK)["rules"])
    load(
        store,
        tmp_path,
        "4111000011112222",
        [
            (D, "-23.40", "UBER *EATS PENDING"),
            (D, "-18.00", "UBER *TRIP HELP.UBER.COM"),
            (D, "-48.10", "COSTCO GAS #0473"),
            (D, "-61.30", "KROGER FUEL #612"),
            (D, "-12.00", "CITY GYM DAY PASS"),
            (D, "-9.99", "NETFLIX.COM"),
            (D, "14.20", "ACME STORE REFUND"),
        ],
        kind="CREDITCARD",
    )
    before = by_payee(store)
    assert before["UBER *EATS PENDING"].category == "Transport:Rides & Taxis"  # the old mistake
    assert before["COSTCO GAS #0473"].category == "Food:Groceries"
    # the user: files the Kroger fuel line by hand, turns the GYM rule off, adds a rule of their own
    set_category(store, before["KROGER FUEL #612"].id, "Shopping")
    gym = next(r for r in list_rules(store, origin="shipped") if r.pattern == "GYM")
    set_rule_enabled(store, gym.id, False)
    mine = add_rule(store, category="Entertainment:Streaming", pattern="NETFLIX")

    store = _reopened(store)
    try:
        after = by_payee(store)
        assert after["UBER *EATS PENDING"].category == "Food:Delivery"
        assert after["UBER *TRIP HELP.UBER.COM"].category == "Transport:Rides & Taxis"
        assert after["COSTCO GAS #0473"].category == "Transport:Fuel"
        assert after["ACME STORE REFUND"].category == "Refunds"  # money back lowers spending
        assert after["KROGER FUEL #612"].category == "Shopping"  # the user's choice stands
        assert after["NETFLIX.COM"].category == "Entertainment:Streaming"
        shipped = _shipped(store)
        assert shipped["GYM"] == ("Health:Fitness", False)  # turned off, as the user left it
        assert shipped["UBER *EATS"] == ("Food:Delivery", True)
        assert "(?<![A-Z])ALDI(?![A-Z])" in shipped  # the whole current book, not the old one
        assert [r for r in list_rules(store, origin="user")] == [mine]
    finally:
        store.close()


def test_a_shipped_rule_the_user_deleted_stays_deleted(store: Store, tmp_path: Path) -> None:
    """A store seeded by a released finapp (here the book before Uber Eats' card spelling was
    known), whose user deleted the NETFLIX rule: the new book's rules come, NETFLIX does not."""
    released = json.loads(
        (Path(__file__).parents[2] / "resources" / "shipped_rules_past.json").read_text("utf-8")
    )
    book_8 = [
        {"category": category, "match": match, "patterns": [pattern], "field": field}
        | ({"sign": sign} if sign else {})
        for pattern, match, sign, field, category, (first, last) in released["rules"]
        if first <= 8 <= last and pattern != "NETFLIX"
    ]
    _as_older_finapp_left_it(store, book_8)
    load(store, tmp_path, "000123", [(D, "-15.49", "NETFLIX.COM"), (D, "-9.10", "UBER *EATS")])
    assert by_payee(store)["UBER *EATS"].category == "Transport:Rides & Taxis"

    store = _reopened(store)
    try:
        shipped = _shipped(store)
        assert "NETFLIX" not in shipped
        assert "HULU" in shipped and "UBER *EATS" in shipped
        assert by_payee(store)["NETFLIX.COM"].category is None
        assert by_payee(store)["UBER *EATS"].category == "Food:Delivery"
    finally:
        store.close()


def test_opening_a_store_of_this_book_changes_nothing_and_keeps_undo(store: Store) -> None:
    """Every open but the first after an update: the rules stay the same rows, and the user
    can still take back the edit made before closing."""
    rule = list_rules(store, origin="shipped")[0]
    set_rule_enabled(store, rule.id, False)
    with store.read() as session:
        ids = session.scalars(select(Rule.id).order_by(Rule.id)).all()

    store = _reopened(store)
    try:
        with store.read() as session:
            assert session.scalars(select(Rule.id).order_by(Rule.id)).all() == ids
        assert next_undo(store) is not None
        undo(store)
        assert _shipped(store)[rule.pattern] == (rule.category, True)
    finally:
        store.close()


def test_new_rules_follow_the_users_categories(store: Store, tmp_path: Path) -> None:
    """The user renamed Food:Delivery and deleted Health:Fitness: the new book's delivery rules
    file under the new name, and no fitness category comes back."""
    _as_older_finapp_left_it(store, json.loads(OLD_BOOK)["rules"])
    load(store, tmp_path, "000123", [(D, "-31.75", "UBER *EATS"), (D, "-40.00", "LA FITNESS")])
    rename_category(store, "Food:Delivery", "Takeaway")
    delete_category(store, "Health:Fitness")

    store = _reopened(store)
    try:
        paths = {c.path for c in list_categories(store)}
        assert "Food:Delivery" not in paths and "Health:Fitness" not in paths
        assert _shipped(store)["UBER *EATS"] == ("Food:Takeaway", True)
        assert by_payee(store)["UBER *EATS"].category == "Food:Takeaway"
        assert by_payee(store)["LA FITNESS"].category is None
    finally:
        store.close()
