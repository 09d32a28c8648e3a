"""Every kind of edit, undone and redone: undo gives back exactly what the user saw before and
the store's rows as they were, redo exactly what the edit made, and the edit is named for the
Edit menu and ``finapp edits`` by what it touched."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from finapp.services import (
    account_closing,
    accounts,
    annotations,
    budgets,
    cards,
    categories,
    edit_history,
    goals,
    reconciliation,
    rules,
    splits,
    subscriptions,
)
from finapp.services.categorize import set_categories, set_category
from finapp.services.payee_merge import merge_payees
from finapp.services.payee_names import rename_payee
from finapp.services.splits import SplitPart
from finapp.services.subscription_audit import decide
from finapp.services.transactions import TransactionView
from finapp.store.engine import Store
from tests.categorize.statements import load
from tests.undo.ledger import Household, rows, seen

Lines = dict[str, TransactionView]
CHECKING, CARD = "Checking …3456", "Credit Card …4417"
Edit = Callable[[Store, Lines], object]


def _manual(store: Store) -> int:
    """A subscription paid elsewhere, for decisions on it (not an edit under test)."""
    view = subscriptions.add_manual(store, "Gym", Decimal("40"), "monthly", date(2026, 3, 1))
    return view.id


def _rule(store: Store) -> int:
    return rules.add_rule(store, category="Utilities:Electric", pattern="AUSTIN").id


def _budget(store: Store) -> None:
    budgets.set_budget(store, "Food:Coffee", Decimal("30"), today=date(2026, 2, 1))


def _goal(store: Store) -> None:
    goals.add_goal(store, "Trip", Decimal("1000"), date(2027, 1, 1), [CHECKING],
                   today=date(2026, 2, 1))  # fmt: skip


def _card(store: Store) -> None:
    """A credit card's statement beside the household's."""
    lines = [(date(2026, 2, 3), "-42.10", "SHELL OIL 5744"), (date(2026, 2, 9), "-12.00", "CVS")]
    load(store, store.data_dir.parent / "card", "4417", lines, kind="CREDITCARD")


def _closed_card(store: Store) -> None:
    _card(store)
    account_closing.close_account(store, CARD, date(2026, 3, 31))


def _split(store: Store, line: TransactionView) -> None:
    parts = [SplitPart("Housing:Rent", Decimal("-1000")), SplitPart("Utilities", Decimal("-450"))]
    splits.set_splits(store, line.id, parts)


#: (name, what is made first and is not the edit, the edit, the action it is kept as,
#: the facts that name it)
EDITS: list[tuple[str, Callable[[Store, Lines], object], Edit, str, dict[str, str]]] = [
    ("category", lambda s, h: None,
     lambda s, h: set_category(s, h["OAKWOOD"].id, "Housing:Rent"),
     "category", {"payee": "Oakwood Apts Rent", "category": "Housing:Rent"}),
    ("category of several payees", lambda s, h: None,
     lambda s, h: set_categories(s, [h["CAFE"].id, h["SNCF"].id], "Travel:Food"),
     "category", {"count": "2", "category": "Travel:Food"}),
    ("note", lambda s, h: None,
     lambda s, h: annotations.set_note(s, [h["HOTEL"].id], "Anniversary weekend"),
     "note", {"payee": "Hotel Le Marais Paris"}),
    ("tags", lambda s, h: annotations.add_tags(s, ["old"], [h["HOTEL"].id]),
     lambda s, h: annotations.retag(
         s, ["holiday-2026"], ["old"], [h["HOTEL"].id, h["CAFE"].id, h["SNCF"].id]),
     "tags", {"count": "3"}),
    ("payee rename", lambda s, h: None,
     lambda s, h: rename_payee(s, h["SPOTIFY"].merchant, "Spotify Family"),
     "rename_payee", {"payee": "Spotify", "name": "Spotify Family"}),
    ("payee merge", lambda s, h: set_category(s, h["CAFE"].id, "Food:Coffee"),
     lambda s, h: merge_payees(s, h["CAFE"].merchant, h["SQ"].merchant),
     "merge_payee", {"payee": "Cafe De Flore Paris", "target": "Blue Bottle Coffee"}),
    ("new rule", lambda s, h: None, lambda s, h: _rule(s), "rule_add", {"pattern": "AUSTIN"}),
    ("rule turned off", lambda s, h: _rule(s),
     lambda s, h: rules.set_rule_enabled(s, rules.list_rules(s, origin="user")[0].id, False),
     "rule_edit", {"pattern": "AUSTIN"}),
    ("rule deleted", lambda s, h: _rule(s),
     lambda s, h: rules.delete_rule(s, rules.list_rules(s, origin="user")[0].id),
     "rule_delete", {"pattern": "AUSTIN"}),
    ("budget set", lambda s, h: None, lambda s, h: _budget(s),
     "budget_set", {"category": "Food:Coffee"}),
    ("budget changed", lambda s, h: _budget(s),
     lambda s, h: budgets.set_budget(s, "Food:Coffee", Decimal("45.50"), rollover=True),
     "budget_set", {"category": "Food:Coffee"}),
    ("budget removed", lambda s, h: _budget(s),
     lambda s, h: budgets.remove_budget(s, "Food:Coffee"),
     "budget_clear", {"category": "Food:Coffee"}),
    ("subscription cancelled", lambda s, h: _manual(s),
     lambda s, h: subscriptions.cancel(s, _gym(s), date(2026, 2, 20)),
     "subscription", {"name": "Gym", "decision": "cancelled"}),
    ("subscription renamed", lambda s, h: _manual(s),
     lambda s, h: subscriptions.rename(s, _gym(s), "Climbing gym"),
     "subscription", {"name": "Gym", "decision": "renamed"}),
    ("not a subscription", lambda s, h: _manual(s),
     lambda s, h: subscriptions.dismiss(s, _gym(s)),
     "subscription", {"name": "Gym", "decision": "not_subscription"}),
    ("subscription reminders", lambda s, h: _manual(s),
     lambda s, h: subscriptions.set_reminders(s, _gym(s), [14, 2]),
     "subscription", {"name": "Gym", "decision": "reminders"}),
    ("subscription kept on review", lambda s, h: _manual(s),
     lambda s, h: decide(s, _gym(s), "keep", as_of=date(2026, 2, 20)),
     "subscription", {"name": "Gym", "decision": "kept"}),
    ("subscription added", lambda s, h: None, lambda s, h: _manual(s),
     "subscription", {"name": "Gym", "decision": "added"}),
    ("split", lambda s, h: None, lambda s, h: _split(s, h["OAKWOOD"]),
     "split", {"payee": "Oakwood Apts Rent"}),
    ("split removed", lambda s, h: _split(s, h["OAKWOOD"]),
     lambda s, h: splits.clear_splits(s, h["OAKWOOD"].id),
     "unsplit", {"payee": "Oakwood Apts Rent"}),
    ("new category", lambda s, h: None,
     lambda s, h: categories.add_category(s, "Pets:Vet"),
     "category_add", {"category": "Pets:Vet"}),
    ("category renamed", lambda s, h: None,
     lambda s, h: categories.rename_category(s, "Food:Coffee", "Cafés"),
     "category_rename", {"category": "Food:Coffee", "name": "Food:Cafés"}),
    ("category moved", lambda s, h: None,
     lambda s, h: categories.move_category(s, "Food:Coffee", "Entertainment"),
     "category_move", {"category": "Food:Coffee", "name": "Entertainment:Coffee"}),
    ("category merged", lambda s, h: _budget(s),
     lambda s, h: categories.merge_category(s, "Food:Coffee", "Food:Dining"),
     "category_merge", {"category": "Food:Coffee", "target": "Food:Dining"}),
    ("category deleted", lambda s, h: _budget(s),
     lambda s, h: categories.delete_category(s, "Food:Coffee"),
     "category_delete", {"category": "Food:Coffee"}),
    ("low balance threshold", lambda s, h: None,
     lambda s, h: accounts.set_low_balance_threshold(s, CHECKING, Decimal("500")),
     "threshold", {"account": CHECKING}),
    ("account renamed", lambda s, h: None,
     lambda s, h: accounts.rename_account(s, CHECKING, "Everyday Checking"),
     "account_rename", {"account": CHECKING, "name": "Everyday Checking"}),
    ("books reconciled", lambda s, h: None,
     lambda s, h: reconciliation.mark_reconciled(s, CHECKING, date(2026, 1, 31), accept=True),
     "reconciled", {"account": CHECKING}),
    ("reconciliation cleared",
     lambda s, h: reconciliation.mark_reconciled(s, CHECKING, date(2026, 1, 31), accept=True),
     lambda s, h: reconciliation.clear_reconciled(s, CHECKING),
     "unreconciled", {"account": CHECKING}),
    ("goal added", lambda s, h: None, lambda s, h: _goal(s), "goal_add", {"name": "Trip"}),
    ("goal removed", lambda s, h: _goal(s), lambda s, h: goals.remove_goal(s, "Trip"),
     "goal_remove", {"name": "Trip"}),
    ("card limit", lambda s, h: _card(s),
     lambda s, h: cards.set_credit_limit(s, CARD, Decimal("5000")),
     "card_limit", {"account": CARD}),
    ("account closed", lambda s, h: _card(s),
     lambda s, h: account_closing.close_account(s, CARD, date(2026, 3, 31)),
     "account_close", {"account": CARD}),
    ("account reopened", lambda s, h: _closed_card(s),
     lambda s, h: account_closing.reopen_account(s, CARD),
     "account_reopen", {"account": CARD}),
]  # fmt: skip


def _gym(store: Store) -> int:
    return next(v.id for v in subscriptions.stored_subscriptions(store) if v.manual)


@pytest.mark.parametrize(
    ("prepare", "edit", "action", "params"),
    [pytest.param(*case[1:], id=case[0]) for case in EDITS],
)
def test_undo_gives_back_what_was_and_redo_what_the_edit_made(
    household: Household,
    prepare: Callable[[Store, Lines], object],
    edit: Edit,
    action: str,
    params: dict[str, str],
) -> None:
    store, lines = household
    prepare(store, lines)
    edit_history.forget_edits(store)  # only the edit under test is in the journal
    seen_before, rows_before = seen(store), rows(store)

    edit(store, lines)
    seen_after, rows_after = seen(store), rows(store)
    assert seen_after != seen_before
    entry = edit_history.next_undo(store)
    assert entry is not None
    assert (entry.action, entry.params) == (action, params)
    assert [e for e, _ in edit_history.list_edits(store)] == [entry]

    undone = edit_history.undo(store)
    assert undone.entry == entry
    assert seen(store) == seen_before
    assert rows(store) == rows_before
    assert edit_history.next_undo(store) is None
    assert edit_history.next_redo(store) == entry

    edit_history.redo(store)
    assert seen(store) == seen_after
    assert rows(store) == rows_after
    assert edit_history.next_undo(store) == entry
    assert edit_history.next_redo(store) is None

    edit_history.undo(store)  # and again: the redo recorded its own undo
    assert seen(store) == seen_before
    assert rows(store) == rows_before
