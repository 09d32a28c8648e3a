"""Fixtures shared by the GUI tests (the page tests' household store lives in page_fixtures)."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from finapp.services import settings
from tests.gui.chinese import translation_cache  # noqa: F401
from tests.gui.page_fixtures import (  # noqa: F401
    household_ctx,
    household_store,
    household_template,
    three_currency_template,
    two_year_store,
    two_year_template,
    us_locale,
)
from tests.gui.source_trees import SourceTrees
from tests.health.multi_currency import three_currency_store  # noqa: F401
from tests.written_statements import Statements, write_statements


@pytest.fixture(scope="module")
def source_trees() -> SourceTrees:
    """finapp's calls and assignments, for a module of tests that read the code."""
    return SourceTrees.read()


@pytest.fixture
def statements(tmp_path: Path) -> Statements:
    """Statements written for the test: ``checking`` and ``card`` (3 lines each, two accounts)
    and ``credit_union`` (8 rows of CSV the mapping wizard must read); no corpus needed."""
    return write_statements(tmp_path / "downloads")


@pytest.fixture(autouse=True)
def no_key_held(qapp) -> None:  # type: ignore[no-untyped-def]
    """Each test starts with no modifier key held, as a person's hands leave the keyboard.

    Qt keeps the modifiers of the last key event: after an earlier test's Shift+F10 a row
    selected in code would be a Shift-click, extending a selection from nowhere to nothing.
    """
    QTest.keyRelease(QWidget(), Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


@pytest.fixture(autouse=True)
def own_home_currency(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's window sets the currency of a household with no statement from its own
    locale (人民币 for a Chinese one): the next test starts from the files' default again."""
    monkeypatch.setattr(settings, "_home_currency", settings.DEFAULT_CURRENCY)


@pytest.fixture(autouse=True)
def own_window_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test's windows keep their state (a language, the folder a backup was saved in) in a
    file of the test's own, as on a fresh account: one test's is not another's."""
    monkeypatch.setenv("FINAPP_UI_SETTINGS", str(tmp_path / "window-state.ini"))
