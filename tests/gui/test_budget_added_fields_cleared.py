"""Adding a budget empties the new budget's fields for the next one: the category just budgeted
stayed in its field after Return, as if offered again, with the keyboard left in the emptied
amount. Now both are empty and the keyboard is on the category, where the next budget starts."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from finapp.gui.pages.budgets import BudgetsPage
from finapp.services.budgets import list_budgets
from tests.gui.page_fixtures import TODAY


def test_a_budget_added_with_return_leaves_empty_fields(qtbot, household_ctx) -> None:  # type: ignore[no-untyped-def]
    page = BudgetsPage(household_ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    qtbot.mouseClick(page.new_category.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.new_category.lineEdit(), "Food:Groceries")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.new_amount
    qtbot.keyClicks(page.new_amount, "400")
    qtbot.keyClick(page.new_amount, Qt.Key.Key_Return)

    budgets = {b.category: b.amount for b in list_budgets(household_ctx.store, month=page.month)}
    assert budgets == {"Food:Groceries": Decimal("400")}
    assert [row.view.category for row in page.rows] == ["Food:Groceries"]
    assert page.new_category.currentText() == "" and page.new_amount.text() == ""
    assert QApplication.focusWidget() in (page.new_category, page.new_category.lineEdit())
