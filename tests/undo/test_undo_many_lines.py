"""A category given to a merchant of 5,000 lines refiles them all in one edit; undo puts all of
them back and redo files them again (the time it takes is ``python -m bench undo``'s)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from finapp.services import edit_history
from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.categorize.statements import write_ofx

LINES = 5_000


def test_undoing_a_category_over_five_thousand_lines_puts_each_back(
    store: Store, tmp_path: Path
) -> None:
    start = date(2012, 1, 1)
    coffees = [(start + timedelta(days=n), "-4.50", "SQ *CORNER COFFEE") for n in range(LINES)]
    import_files(store, [write_ofx(tmp_path / "coffee.ofx", "9911", coffees)])
    before = {t.id: t.category for t in list_transactions(store)}
    first = min(before)

    done = set_category(store, first, "Food:Coffee")
    assert done.also_applied == LINES - 1

    edit_history.undo(store)
    assert {t.id: t.category for t in list_transactions(store)} == before

    edit_history.redo(store)
    assert {t.category for t in list_transactions(store)} == {"Food:Coffee"}
