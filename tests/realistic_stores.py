"""Stores holding a realistic household's statement (``bench/realistic_statements.py``)."""

from __future__ import annotations

from bench.realistic_statements import write_statements
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.conftest import MadeStore


def realistic_store(made_store: MadeStore, count: int, seed: int) -> Store:
    """A store (the ``store`` fixture's kind) with a realistic statement of ``count`` lines drawn
    with ``seed`` imported whole: imported once a process, and each test a copy."""

    def fill(store: Store) -> None:
        statement = write_statements(store.data_dir.parent / "household.ofx", count, seed=seed)
        result = import_files(store, [statement])
        assert not result.failed and result.new == count

    return made_store(("realistic statement", count, seed), fill)
