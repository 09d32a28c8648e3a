"""The history of edits: one user action is one edit, a new edit ends what could be redone,
an import clears it, a row changed behind its back refuses the undo whole, it keeps the last
hundred edits, and it is still there after the store is opened again."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import insert, select, update

from finapp.errors import FinappError
from finapp.services import annotations, edit_history
from finapp.services.backup import backup
from finapp.services.budgets import list_budgets, remove_budget, set_budget
from finapp.services.categorize import set_category
from finapp.services.import_undo import undo_imports
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.services.restore import restore
from finapp.services.subscription_audit import decide
from finapp.services.subscriptions import add_manual, stored_subscriptions
from finapp.services.transactions import list_transactions
from finapp.services.wipe import delete_import
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from finapp.store.schema import Budget, Category, Transaction
from tests.conftest import PASSPHRASE
from tests.importers.ofxgen import Line, statement_ofx
from tests.undo.ledger import Household, rows, seen

KEY = StoreKey.from_passphrase(PASSPHRASE)


def _category(store: Store, txn_id: int) -> str | None:
    return next(t.category for t in list_transactions(store) if t.id == txn_id)


def _refused(code: str) -> pytest.RaisesExc[FinappError]:
    return pytest.raises(FinappError, check=lambda e: e.code == code)


def test_a_review_that_confirms_and_dates_the_next_review_is_one_edit(
    store: Store, tmp_path: Path
) -> None:
    sub = add_manual(store, "Gym", Decimal("40"), "monthly", date(2026, 3, 1))
    edit_history.forget_edits(store)
    before = stored_subscriptions(store)
    decide(store, sub.id, "cancel", as_of=date(2026, 2, 20))  # cancel, then clear the review
    assert len(edit_history.list_edits(store)) == 1
    edit_history.undo(store)
    assert stored_subscriptions(store) == before
    assert edit_history.next_undo(store) is None


def test_a_new_edit_ends_what_could_be_redone(household: Household) -> None:
    store, line = household.store, household.lines["HOTEL"]
    annotations.set_note(store, [line.id], "one")
    annotations.set_note(store, [line.id], "two")
    edit_history.undo(store)
    assert edit_history.next_redo(store) is not None
    annotations.set_note(store, [line.id], "three")
    assert edit_history.next_redo(store) is None
    with _refused("edit.nothing_to_redo"):
        edit_history.redo(store)
    edit_history.undo(store)
    assert next(t.note for t in list_transactions(store) if t.id == line.id) == "one"


def test_undo_and_redo_take_the_edits_in_turn(household: Household) -> None:
    store, line = household.store, household.lines["OAKWOOD"]
    edit_history.forget_edits(store)
    with _refused("edit.nothing_to_undo"):
        edit_history.undo(store)
    set_category(store, line.id, "Housing:Rent")
    set_category(store, line.id, "Housing:Mortgage")
    assert edit_history.undo(store).entry.params["category"] == "Housing:Mortgage"
    assert _category(store, line.id) == "Housing:Rent"
    assert edit_history.undo(store).entry.params["category"] == "Housing:Rent"
    assert _category(store, line.id) is None
    with _refused("edit.nothing_to_undo"):
        edit_history.undo(store)
    assert edit_history.redo(store).entry.params["category"] == "Housing:Rent"
    assert edit_history.redo(store).entry.params["category"] == "Housing:Mortgage"
    assert _category(store, line.id) == "Housing:Mortgage"


def test_an_undo_says_what_it_changed_so_the_pages_reload(household: Household) -> None:
    store, line = household.store, household.lines["OAKWOOD"]
    set_category(store, line.id, "Housing:Rent")
    changes = edit_history.undo(store).changes
    assert {"transactions", "budgets", "alerts"} <= set(changes.kinds)
    set_budget(store, "Food:Coffee", Decimal("30"))
    changes = edit_history.undo(store).changes
    assert "budgets" in changes.kinds and "transactions" not in changes.kinds
    annotations.set_note(store, [line.id], "deposit back in March")
    annotations.add_tags(store, ["move"], [line.id])
    for _ in range(2):  # no alert reads a note or a tag: the inbox is not judged or reloaded
        changes = edit_history.undo(store).changes
        assert "transactions" in changes.kinds and "alerts" not in changes.kinds


def test_importing_undoing_an_import_and_deleting_one_clear_the_history(
    household: Household, tmp_path: Path
) -> None:
    store, lines = household
    annotations.set_note(store, [lines["HOTEL"].id], "kept")
    new = tmp_path / "march"
    new.mkdir()
    (added,) = import_files(store, [_march(new)]).files
    assert edit_history.list_edits(store) == []

    annotations.set_note(store, [lines["HOTEL"].id], "again")
    undo_imports(store, [added.batch_id])
    assert edit_history.list_edits(store) == []

    annotations.set_note(store, [lines["HOTEL"].id], "and again")
    batch = import_files(store, [_march(new)]).files[0].batch_id
    annotations.set_note(store, [lines["HOTEL"].id], "once more")
    assert batch is not None
    delete_import(store, batch)
    assert edit_history.list_edits(store) == []


@pytest.mark.passphrase  # restored with the passphrase
def test_a_restored_store_has_no_edits_to_undo(household: Household, data_dir: Path) -> None:
    store, line = household.store, household.lines["HOTEL"]
    annotations.set_note(store, [line.id], "before the backup")
    saved = Path(backup(store).path)
    store.close()
    restore(data_dir, saved, KEY, KEY)
    again = open_store(data_dir, passphrase=PASSPHRASE)
    try:
        assert next(t.note for t in list_transactions(again) if t.id == line.id) == (
            "before the backup"
        )
        assert edit_history.list_edits(again) == []
    finally:
        again.close()


def _march(folder: Path) -> Path:
    path = folder / "march.ofx"
    path.write_text(statement_ofx([Line(date(2026, 3, 2), "-12.00", "BAKERY", "M1")]), "ascii")
    return path


def test_a_line_changed_since_refuses_the_undo_and_changes_nothing(household: Household) -> None:
    store, lines = household
    annotations.set_note(store, [lines["HOTEL"].id], "older edit")
    set_category(store, lines["OAKWOOD"].id, "Housing:Rent")
    with store.write() as session:  # another process files one of the lines anew
        session.execute(
            update(Transaction)
            .where(Transaction.id == lines["OAKWOOD"].id)
            .values(category_id=None, category_source=None)
        )
    seen_before, rows_before = seen(store), rows(store)
    with _refused("edit.changed_since"):
        edit_history.undo(store)
    assert seen(store) == seen_before
    assert rows(store) == rows_before
    assert edit_history.list_edits(store) == []  # that edit and the older one are forgotten


def test_a_row_made_since_where_the_undo_would_put_one_back_refuses_it(
    store: Store, tmp_path: Path
) -> None:
    set_budget(store, "Food:Coffee", Decimal("30"))
    remove_budget(store, "Food:Coffee")
    with store.write() as session:  # another process budgets the category again
        session.execute(
            insert(Budget).values(
                category_id=select(Category.id).where(Category.name == "Coffee").scalar_subquery(),
                amount_minor=5000,
                currency="USD",
                rollover=False,
                since=date(2026, 2, 1),
            )
        )
    with _refused("edit.changed_since"):
        edit_history.undo(store)
    assert [(b.category, b.amount) for b in list_budgets(store)] == [
        ("Food:Coffee", Decimal("50.00"))
    ]


def test_a_change_since_to_another_column_does_not_stop_the_undo(household: Household) -> None:
    store, line = household.store, household.lines["OAKWOOD"]
    set_category(store, line.id, "Housing:Rent")
    with store.write() as session:
        session.execute(update(Transaction).where(Transaction.id == line.id).values(note="hi"))
    edit_history.undo(store)
    after = next(t for t in list_transactions(store) if t.id == line.id)
    assert (after.category, after.note) == (None, "hi")


def test_the_history_keeps_the_last_hundred_edits(household: Household) -> None:
    store, line = household.store, household.lines["HOTEL"]
    edit_history.forget_edits(store)
    for n in range(105):
        annotations.set_note(store, [line.id], f"note {n}")
    assert len(edit_history.list_edits(store)) == 100
    for _ in range(100):
        edit_history.undo(store)
    with _refused("edit.nothing_to_undo"):
        edit_history.undo(store)
    assert next(t.note for t in list_transactions(store) if t.id == line.id) == "note 4"


def test_an_edit_can_still_be_undone_after_the_store_is_opened_again(
    household: Household, data_dir: Path
) -> None:
    store, line = household.store, household.lines["OAKWOOD"]
    set_category(store, line.id, "Housing:Rent")
    store.close()
    again = open_store(data_dir, passphrase=PASSPHRASE)
    try:
        entry = edit_history.next_undo(again)
        assert entry is not None and entry.params["payee"] == "Oakwood Apts Rent"
        edit_history.undo(again)
        assert _category(again, line.id) is None
        edit_history.redo(again)
        assert _category(again, line.id) == "Housing:Rent"
    finally:
        again.close()


def test_an_edit_that_changes_nothing_is_not_kept(household: Household) -> None:
    store, line = household.store, household.lines["HOTEL"]
    annotations.set_note(store, [line.id], "same")
    annotations.set_note(store, [line.id], "same")
    assert len(edit_history.list_edits(store)) == 1


def test_any_text_comes_back_exactly(household: Household) -> None:
    store, line = household.store, household.lines["HOTEL"]
    for text in ("Bob's “café”\n-- ; DROP TABLE x; ? :name %s 中文", "it's ' \" \\ 'quoted'"):
        annotations.set_note(store, [line.id], text)
        edit_history.undo(store)
        assert next(t.note for t in list_transactions(store) if t.id == line.id) == ""
        edit_history.redo(store)
        assert next(t.note for t in list_transactions(store) if t.id == line.id) == text
        edit_history.undo(store)
