"""Every kind of edit the journal keeps has its own words in the Edit menu, built from the facts
the services give it: the payee as the pages show it, a count for several payees' lines."""

from __future__ import annotations

import pytest

from finapp.gui.category_names import display_category
from finapp.gui.edit_words import edit_words
from tests.gui.chinese import chinese  # noqa: F401 - the fixture

NAMED = [
    ("category", {"payee": "Netflix", "category": "Entertainment"}, "Category of Netflix"),
    ("category", {"count": "3", "category": "Food"}, "Category of 3 Transaction(s)"),
    ("split", {"payee": "Costco"}, "Split of Costco"),
    ("unsplit", {"payee": "Costco"}, "Removing the Split of Costco"),
    ("note", {"payee": "Netflix"}, "Note on Netflix"),
    ("note", {"count": "2"}, "Note on 2 Transaction(s)"),
    ("tags", {"count": "4"}, "Tags of 4 Transaction(s)"),
    ("rename_payee", {"payee": "Blue Bottle Coffee", "name": "Coffee"},
     "Renaming Blue Bottle Coffee to Coffee"),
    ("merge_payee", {"payee": "Spotify", "target": "Netflix"}, "Merging Spotify into Netflix"),
    ("rule_add", {"pattern": "amzn"}, "New Rule “amzn”"),
    ("rule_edit", {"pattern": "amzn"}, "Change to Rule “amzn”"),
    ("rule_delete", {"pattern": "amzn"}, "Deleting Rule “amzn”"),
    ("budget_set", {"category": "Food:Groceries"}, "Budget for Food:Groceries"),
    ("budget_clear", {"category": "Food"}, "Removing the Budget for Food"),
    ("subscription", {"name": "Netflix", "decision": "cancelled"}, "Cancelling Netflix"),
    ("subscription", {"name": "Netflix", "decision": "kept"}, "Keeping Netflix"),
    ("subscription", {"name": "Netflix", "decision": "not_subscription"},
     "Netflix Is Not a Subscription"),
    ("subscription", {"name": "Gym", "decision": "added"}, "Adding Gym"),
    ("category_add", {"category": "Food:Takeaway"}, "New Category Food:Takeaway"),
    ("category_rename", {"category": "Food:Takeaway", "name": "Food:Take-out"},
     "Renaming Category Food:Takeaway to Food:Take-out"),
    ("category_move", {"category": "Food:Coffee", "name": "Coffee"},
     "Moving Category Food:Coffee to Coffee"),
    ("category_merge", {"category": "Food:Coffee", "target": "Food:Dining"},
     "Merging Category Food:Coffee into Food:Dining"),
    ("category_delete", {"category": "Food:Takeaway"}, "Deleting Category Food:Takeaway"),
    ("threshold", {"account": "Everyday Checking"}, "Low Balance Warning of Everyday Checking"),
    ("account_rename", {"account": "Checking", "name": "Everyday Checking"},
     "Renaming Account Checking to Everyday Checking"),
    ("card_limit", {"account": "Sapphire Visa"}, "Credit Limit of Sapphire Visa"),
    ("reconciled", {"account": "Everyday Checking"}, "Reconciling Everyday Checking"),
    ("unreconciled", {"account": "Everyday Checking"},
     "Clearing the Reconciliation of Everyday Checking"),
    ("goal_add", {"name": "New roof"}, "New Goal “New roof”"),
    ("goal_remove", {"name": "New roof"}, "Removing Goal “New roof”"),
    # an alert by what it said, as the Alerts page words it; several by how many
    ("alert_dismiss", {"count": "1", "kind": "renewal", "message": "Trainline is due in 5 days.",
                       "facts": "{}"}, "Dismissing Alert “Trainline is due in 5 days”"),
    ("alert_dismiss", {"count": "3"}, "Dismissing 3 Alert(s)"),
    ("alert_restore", {"count": "1", "kind": "low_balance", "facts": "{}",
                       "message": "Checking was at $100.00 on Jun 20, 2025 (latest statement), "
                                  "below your $500.00 warning."},
     "Restoring Alert “Checking was at $100.00 on Jun 20, 2025 (latest…”"),
    # a payee the namer made is worded as the pages word it, a subject kept as the line has it
    ("note", {"payee": "Salary — Globex"}, "Note on Salary — Globex"),
    # a payee named "%2" stays itself
    ("merge_payee", {"payee": "%2", "target": "Netflix"}, "Merging %2 into Netflix"),
]  # fmt: skip


@pytest.mark.parametrize(("action", "params", "words"), NAMED)
def test_each_edit_is_named_for_what_it_changed(qapp, action, params, words) -> None:  # type: ignore[no-untyped-def]
    assert edit_words(action, params) == words


def test_an_edit_this_window_has_no_words_for_is_still_named_plainly(qapp) -> None:  # type: ignore[no-untyped-def]
    assert edit_words("something_new", {"payee": "Netflix"}) == "Last Edit"
    assert edit_words("subscription", {"name": "Netflix", "decision": "new"}) == (
        "Change to Netflix"
    )


@pytest.mark.usefixtures("chinese")
def test_categories_are_named_in_the_users_words(qapp) -> None:  # type: ignore[no-untyped-def]
    """A shipped category's name is the user's language's, as every list shows it; the
    words around it stay English until they are translated."""
    shown = edit_words("category_merge", {"category": "Food:Coffee", "target": "Food:Dining"})
    assert "Food" not in shown and "Coffee" not in shown and "Dining" not in shown
    assert display_category("Food:Coffee") in shown and display_category("Food:Dining") in shown


@pytest.mark.usefixtures("chinese")
def test_chinese_names_what_an_edit_changed_in_quotes(qapp) -> None:  # type: ignore[no-untyped-def]
    """撤销交通：打车的预算 ran the category into the words around it; Chinese sets a name apart
    in quotes: 撤销“交通：打车”预算."""
    taxi = display_category("Transport:Rides & Taxis")
    assert edit_words("budget_set", {"category": "Transport:Rides & Taxis"}) == f"“{taxi}”预算"
    assert edit_words("account_rename", {"account": "Checking", "name": "家用"}) == (
        "将账户“Checking”重命名为“家用”"
    )
