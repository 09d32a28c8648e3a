"""A category the user cannot add is refused in Chinese, naming the category as the window
shows it (餐饮:超市日用, not Food:Groceries)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QPushButton

from finapp.gui.category_names import display_category
from finapp.gui.pages.settings_categories import CategoriesRulesPanel
from finapp.services.categories import list_categories
from tests.gui.answering import opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture stand_in_chinese asks for
from tests.gui.stand_in import stand_in_chinese, worded  # noqa: F401 - the fixture


def _type_new_category(qtbot, panel: CategoriesRulesPanel, text: str) -> None:  # type: ignore[no-untyped-def]
    (add,) = [b for b in panel.findChildren(QPushButton) if b.text() == "添加…"]
    qtbot.mouseClick(add, Qt.MouseButton.LeftButton)
    field = opened(panel, QInputDialog, "add-category").findChild(QLineEdit)
    typed = QInputMethodEvent()  # Chinese arrives from the input method, not as key presses
    typed.setCommitString(text)
    QApplication.sendEvent(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)


@pytest.mark.usefixtures("stand_in_chinese")
def test_adding_a_category_that_exists_is_refused_in_chinese(qtbot, household_ctx) -> None:
    panel = CategoriesRulesPanel(household_ctx)
    qtbot.addWidget(panel)
    panel.refresh()
    said: list[tuple[str, str]] = []
    household_ctx.bus.message.connect(lambda level, text: said.append((level, text)))
    before = {c.path for c in list_categories(household_ctx.store)}
    shown = display_category("Food:Groceries")
    assert shown != "Food:Groceries"  # the shipped names are in Chinese
    _type_new_category(qtbot, panel, "Food:Groceries")  # as the user knows it from elsewhere
    expected = worded("The category “{category}” already exists", category=shown)
    assert said == [("warning", expected)]
    assert {c.path for c in list_categories(household_ctx.store)} == before
