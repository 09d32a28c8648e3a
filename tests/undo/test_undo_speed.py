"""A category given to a merchant of 5,000 lines refiles them all in one edit; undo puts all of
them back. The CPU time of each is printed (``-s``) for the record, not asserted."""

from __future__ import annotations

import time
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

    clock = time.process_time()
    done = set_category(store, first, "Food:Coffee")
    edit_seconds = time.process_time() - clock
    assert done.also_applied == LINES - 1

    clock = time.process_time()
    edit_history.undo(store)
    undo_seconds = time.process_time() - clock
    assert {t.id: t.category for t in list_transactions(store)} == before

    clock = time.process_time()
    edit_history.redo(store)
    redo_seconds = time.process_time() - clock
    assert {t.category for t in list_transactions(store)} == {"Food:Coffee"}
    print(f"\n{LINES} lines: edit {edit_seconds:.2f} s, undo {undo_seconds:.2f} s, "
          f"redo {redo_seconds:.2f} s of CPU")  # fmt: skip
