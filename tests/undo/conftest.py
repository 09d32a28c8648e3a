"""The household the undo tests edit."""

from __future__ import annotations

import pytest

from tests.annotations.statements import household as import_household
from tests.conftest import MadeStore
from tests.undo.ledger import Household, lines


@pytest.fixture
def household(made_store: MadeStore) -> Household:
    """A new store (as ``store`` gives) with the household's statements imported, imported once
    a process and copied for each test, and its first line of each payee."""
    store = made_store("undo household", lambda s: import_household(s, s.data_dir.parent))
    return Household(store, lines(store))
