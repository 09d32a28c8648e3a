"""Budgets by keyboard alone: Tab goes down the budgets as they are shown and then to the new
budget's fields, and the keyboard keeps its place when a change redraws the rows (an amount
saved with Return, Roll over ticked with Space, a budget removed).
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from finapp.gui.pages.budgets import BudgetsPage
from finapp.services.budgets import list_budgets, set_budget
from tests.gui.page_fixtures import TODAY


def _shown(qtbot, ctx) -> BudgetsPage:  # type: ignore[no-untyped-def]
    for category, amount in (("Food:Coffee", "40"), ("Food:Groceries", "400"), ("Utilities", "90")):
        set_budget(ctx.store, category, Decimal(amount), today=TODAY)
    page = BudgetsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(900, 600)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


def _press(qtbot, key: Qt.Key, modifier=Qt.KeyboardModifier.NoModifier) -> QWidget | None:  # type: ignore[no-untyped-def]
    """Press ``key`` where the keyboard is; the widget that has the focus after it."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifier)
    return QApplication.focusWidget()


def _names(widget: QWidget | None) -> str:
    """The focused control's name, or "gone" for one the redrawing took away."""
    if widget is None:
        return "nothing"
    page = next(w for w in QApplication.topLevelWidgets() if isinstance(w, BudgetsPage))
    rows = [control for row in page.rows for control in row.widgets()]
    shown = [*rows, page.new_category, page.new_amount]
    return widget.accessibleName() if widget in shown else "gone"


def _amounts(page: BudgetsPage) -> dict[str, Decimal]:
    return {b.category: b.amount for b in list_budgets(page.ctx.store, month=page.month)}


def test_an_amount_saved_with_return_keeps_the_keyboard_in_its_field(qtbot, household_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _shown(qtbot, household_ctx)
    page.rows[0].amount.setFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(QApplication.focusWidget(), "55")

    assert _names(_press(qtbot, Qt.Key.Key_Return)) == "Monthly budget for Food:Coffee"
    assert _amounts(page)["Food:Coffee"] == Decimal("55")
    assert page.rows[0].amount.text() == "55.00"  # the row was redrawn under the keyboard
    assert _names(_press(qtbot, Qt.Key.Key_Tab)) == "Roll over Food:Coffee"
    assert _names(_press(qtbot, Qt.Key.Key_Space)) == "Roll over Food:Coffee"
    assert page.rows[0].rollover.isChecked()
    assert _names(_press(qtbot, Qt.Key.Key_Tab)) == "Remove budget for Food:Coffee"
    assert _names(_press(qtbot, Qt.Key.Key_Tab)) == "Monthly budget for Food:Groceries"


def test_removing_a_budget_moves_the_keyboard_to_the_next_one(qtbot, household_ctx) -> None:  # type: ignore[no-untyped-def]
    page = _shown(qtbot, household_ctx)
    page.rows[1].remove.setFocus()

    assert _names(_press(qtbot, Qt.Key.Key_Space)) == "Remove budget for Utilities"
    assert set(_amounts(page)) == {"Food:Coffee", "Utilities"}
    assert _names(_press(qtbot, Qt.Key.Key_Space)) == "Remove budget for Food:Coffee"  # the last
    assert _names(_press(qtbot, Qt.Key.Key_Tab)) == "Category of the new budget"
    assert _names(_press(qtbot, Qt.Key.Key_Tab)) == "Amount of the new budget"
    page.rows[0].remove.setFocus()
    assert _names(_press(qtbot, Qt.Key.Key_Space)) == "Category of the new budget"  # none left
    assert _amounts(page) == {}
