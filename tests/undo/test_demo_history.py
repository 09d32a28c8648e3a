"""The demo is met as it is: nothing of its staging (budgets, notes, a cancelled subscription)
waits in Edit → Undo, and an edit made in it is undone as anywhere."""

from __future__ import annotations

from datetime import date

from finapp.services import edit_history
from finapp.services.annotations import set_note
from finapp.services.demo import fill_demo_store
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store


def test_the_demo_starts_with_no_edit_to_undo_and_its_edits_undo(store: Store) -> None:
    fill_demo_store(store, date(2026, 11, 18))
    assert edit_history.list_edits(store) == []
    line = list_transactions(store)[-1]
    set_note(store, [line.id], "tried the demo")
    edit_history.undo(store)
    assert next(t.note for t in list_transactions(store) if t.id == line.id) == line.note
