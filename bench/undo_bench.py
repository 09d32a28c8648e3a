"""Undo and redo of an edit that refiles a busy merchant, on a realistic household.

One category given by hand to the household's most frequent merchant refiles every line of it
(a learned rule); the journal of edits records each row's old value, and undo and redo put
them back. Measured on the realistic statements (hundreds of merchants, varying memos) at 30k
and 100k transactions, as CPU seconds of the edit, its undo and its redo.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import select

from bench.realistic_statements import write_statements
from bench.table import Figure
from finapp.services import edit_history
from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.opening import open_store
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, new_raw_key
from finapp.store.schema import Transaction

SIZES = (30_000, 100_000)


def _cpu(work: Callable[[], object]) -> float:
    start = time.process_time()
    work()
    return time.process_time() - start


def _busiest_first_line(store: Store) -> tuple[int, int]:
    """The first line of the household's most frequent merchant, and how many lines it has."""
    with store.read() as session:
        merchants = Counter(session.scalars(select(Transaction.merchant)))
        busiest, lines = next((m, n) for m, n in merchants.most_common() if m)
        first = session.scalar(select(Transaction.id).where(Transaction.merchant == busiest))
    assert first is not None
    return first, lines


def _measure(folder: Path, size: int) -> Iterator[Figure]:
    statement = write_statements(folder / "history.ofx", size)
    store = open_store(folder / "store", key=StoreKey.from_raw(new_raw_key()))
    try:
        import_files(store, [statement])
        first, lines = _busiest_first_line(store)
        label = f"{lines:,} lines of one merchant in {size // 1000}k"
        edit = _cpu(lambda: set_category(store, first, "Bench:Refiled"))
        undo = _cpu(lambda: edit_history.undo(store))
        redo = _cpu(lambda: edit_history.redo(store))
    finally:
        store.close()
    yield Figure("undo", f"set a category, {label}", edit, "s", "", "CPU")
    yield Figure("undo", f"undo it, {label}", undo, "s", "", "CPU")
    yield Figure("undo", f"redo it, {label}", redo, "s", "", "CPU")


def run(workdir: str) -> Iterator[Figure]:
    for size in SIZES:
        folder = Path(workdir) / f"undo-{size}"
        folder.mkdir()
        yield from _measure(folder, size)
