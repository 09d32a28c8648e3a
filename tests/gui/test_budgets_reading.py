"""The Budgets page as tester t38 met it: a category typed in Chinese finds the one holding the
spending (买菜 → 饮食：超市买菜) or asks before a new one is made; bars say how the month stands in
colour and words; a month past the statements says where they end."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QInputMethodEvent, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from finapp.gui.pages.budgets import BudgetsPage
from finapp.services.budgets import list_budgets, set_budget
from finapp.services.categories import list_categories
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.page_fixtures import TODAY


def _page(qtbot, ctx, today: date = TODAY) -> BudgetsPage:  # type: ignore[no-untyped-def]
    page = BudgetsPage(ctx, today=today)
    qtbot.addWidget(page)
    page.show()
    return page


def _offered(page: BudgetsPage, typed: str) -> list[str]:
    """What the category field's completion lists once ``typed`` is typed."""
    completer = page.new_category.completer()
    page.new_category.lineEdit().clear()
    page.new_category.setFocus()
    edit = page.new_category.lineEdit()
    if typed.isascii():
        QTest.keyClicks(edit, typed)
    else:  # as a Chinese input method types: the chosen characters committed at once
        event = QInputMethodEvent()
        event.setCommitString(typed)
        QCoreApplication.sendEvent(edit, event)
    found = completer.completionModel()
    return [found.index(row, 0).data() for row in range(found.rowCount())]


def _paths(ctx) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.path for c in list_categories(ctx.store)}


def test_typing_part_of_a_name_in_either_language_completes_the_category(
    qtbot,
    household_ctx,
    chinese,  # noqa: F811
) -> None:
    page = _page(qtbot, household_ctx)
    assert "Food:Groceries" in _offered(page, "groc")  # the stored English path too
    (offered,) = _offered(page, "买菜")
    assert offered == "饮食：超市买菜"
    page.new_category.setCurrentText(offered)  # picked from the popup
    page.new_amount.setText("1500")
    before = _paths(household_ctx)
    page.add_budget()
    assert page.findChild(QMessageBox, "budget_new_category") is None  # nothing to ask
    assert [(b.category, b.amount) for b in list_budgets(household_ctx.store)] == [
        ("Food:Groceries", Decimal("1500.00"))
    ]
    assert _paths(household_ctx) == before
    (row,) = page.rows
    assert row.label.text() == "饮食：超市买菜" and row.view.spent > 0


def test_a_name_matching_no_category_is_asked_about_before_it_is_made(
    qtbot,
    household_ctx,
    chinese,  # noqa: F811
) -> None:
    page = _page(qtbot, household_ctx)
    before = _paths(household_ctx)
    page.new_category.setCurrentText("买菜")
    page.new_amount.setText("1500")
    page.add_budget()
    box = page.findChild(QMessageBox, "budget_new_category")
    assert box is not None and box.isVisible()
    assert box.text() == "要新建分类“买菜”吗？"
    assert box.informativeText() == "名称中含“买菜”的分类：饮食：超市买菜"
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.No).click()
    assert list_budgets(household_ctx.store) == [] and _paths(household_ctx) == before

    page.new_amount.setText("1500")
    page.add_budget()
    box = page.findChild(QMessageBox, "budget_new_category")
    assert box.button(QMessageBox.StandardButton.Yes).text() == "创建"
    box.button(QMessageBox.StandardButton.Yes).click()
    assert _paths(household_ctx) == before | {"买菜"}
    assert [b.category for b in list_budgets(household_ctx.store)] == ["买菜"]


def test_bars_turn_amber_then_red_and_say_so(qtbot, household_ctx) -> None:
    store = household_ctx.store
    # June 1–20: groceries and coffee 198.20, Netflix and Spotify 26.48, rent 1,250.00
    set_budget(store, "Food", Decimal("150"), today=TODAY)  # 132%
    set_budget(store, "Entertainment", Decimal("26.48"), today=TODAY)  # 100%
    set_budget(store, "Housing", Decimal("1380"), today=TODAY)  # 90%
    set_budget(store, "Transport", Decimal("500"), today=TODAY)
    page = _page(qtbot, household_ctx)
    rows = {row.view.category: row for row in page.rows}
    shown = {
        name: (row.bar.format(), row.bar.palette().color(QPalette.ColorRole.Highlight).name())
        for name, row in rows.items()
    }
    default = page.palette().color(QPalette.ColorRole.Highlight).name()
    assert shown["Food"] == ("132% · over budget", "#c8453a")
    assert shown["Entertainment"] == ("100% · all used", "#c8453a")
    assert shown["Housing"] == ("90% · nearly used", "#d08a10")
    assert shown["Transport"][1] == default and "·" not in shown["Transport"][0]


def test_bars_say_how_the_month_stands_in_chinese(
    qtbot,
    household_ctx,
    chinese,  # noqa: F811
) -> None:
    set_budget(household_ctx.store, "Food", Decimal("150"), today=TODAY)
    set_budget(household_ctx.store, "Housing", Decimal("1380"), today=TODAY)
    page = _page(qtbot, household_ctx)
    assert sorted(row.bar.format() for row in page.rows) == ["132% · 超支", "90% · 接近上限"]


def test_a_month_past_the_statements_says_where_they_end(qtbot, household_ctx) -> None:
    set_budget(household_ctx.store, "Food", Decimal("150"), today=TODAY.replace(month=1))
    page = _page(qtbot, household_ctx, today=date(2025, 8, 5))  # statements end June 20
    assert page.month_label.text() == "August 2025"
    assert page.rows[0].view.spent == 0
    assert page.data_note.isVisible()
    assert page.data_note.text() == (
        "Data up to Jun 20, 2025: spending after that day is not counted yet."
    )
    page.show_month(date(2025, 5, 1))  # a month the statements cover whole
    assert not page.data_note.isVisible()
    page.show_month(date(2025, 6, 1))  # they end within June
    assert page.data_note.isVisible()
    assert page.new_category.completer().filterMode() == Qt.MatchFlag.MatchContains


def test_the_month_button_names_the_calendar_month_it_goes_back_to(qtbot, household_ctx) -> None:
    """Not "This month" beside the dashboard's button to the statements' latest month: the
    Budgets page goes back to the month the calendar is in, and says which."""
    page = _page(qtbot, household_ctx, today=date(2025, 8, 5))
    page.show_month(date(2025, 5, 1))
    assert page.this_month.text() == "August 2025 (this month)"
    qtbot.mouseClick(page.this_month, Qt.MouseButton.LeftButton)
    assert page.month_label.text() == "August 2025"


def test_the_month_button_names_its_month_in_chinese(
    qtbot,
    household_ctx,
    chinese,  # noqa: F811
) -> None:
    page = _page(qtbot, household_ctx, today=date(2025, 8, 5))
    assert page.this_month.text() == "2025年8月（本月）"
