"""Fixtures shared by the GUI tests (the page tests' household store lives in page_fixtures)."""

from tests.gui.page_fixtures import (  # noqa: F401
    household_ctx,
    household_store,
    household_template,
    us_locale,
)
