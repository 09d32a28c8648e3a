"""Fixtures shared by the GUI tests (the page tests' household store lives in page_fixtures)."""

from pathlib import Path

import pytest

from tests.gui.page_fixtures import (  # noqa: F401
    household_ctx,
    household_store,
    household_template,
    us_locale,
)
from tests.written_statements import Statements, write_statements


@pytest.fixture
def statements(tmp_path: Path) -> Statements:
    """Statements written for the test: ``checking`` and ``card`` (3 lines each, two accounts)
    and ``credit_union`` (8 rows of CSV the mapping wizard must read); no corpus needed."""
    return write_statements(tmp_path / "downloads")
