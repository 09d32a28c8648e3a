"""Fixtures of the data-safety tests: a store holding real statements."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.conftest import MadeStore

#: Two real statements: one account with three lines, and two accounts in one file.
STATEMENTS = ("ofx/ofxparse__bank_medium.ofx", "ofx/ofxparse__checking.ofx")
PAYEE = b"Joe's Bald Hairstyles"


@pytest.fixture
def filled(made_store: MadeStore, corpus: Path) -> Store:
    """A store (as ``store`` gives) holding :data:`STATEMENTS`, imported once a process and
    copied for each test."""

    def fill(store: Store) -> None:
        result = import_files(store, [corpus / name for name in STATEMENTS])
        assert not result.failed and result.new > 0

    return made_store("the safety statements", fill)


@pytest.fixture
def logging_restored() -> Iterator[None]:
    """The root logger's handlers and level as they were: a test that turns on finapp's log
    file must not leave its handler writing for the tests after it."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    for handler in list(root.handlers):
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
