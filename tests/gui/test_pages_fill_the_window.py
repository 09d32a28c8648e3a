"""Pages that look finished at 1024×640 and at 1920×1080: Save in view, list settings with
controls of their own, tables to the page's edge, the new budget under the budgets."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

from finapp.gui.pages.accounts import AccountsPage
from finapp.gui.pages.budgets import BudgetsPage
from finapp.gui.pages.payees import PayeesPage
from finapp.gui.pages.settings import SettingsPage
from finapp.gui.ui_state import UiState
from finapp.services.budgets import set_budget
from finapp.services.settings import get_settings
from tests.gui.page_fixtures import TODAY


@pytest.fixture
def settings_page(qtbot, household_ctx, tmp_path: Path) -> SettingsPage:  # type: ignore[no-untyped-def]
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(page)
    page.resize(800, 520)  # what a 1024×640 window leaves the page
    page.show()
    qtbot.waitUntil(lambda: page.options.edits["reminder_offsets"].text() == "30,7,1")
    return page


def test_the_saved_note_is_in_view_on_a_small_screen_while_the_form_scrolls(
    qtbot, settings_page
) -> None:  # type: ignore[no-untyped-def]
    """Settings apply as they change: the line saying so (and naming a refused value) stays
    in view in its bar under the scrolling form, as the Save button did."""
    note = settings_page.options.saved_hint
    assert note.isVisible() and not note.visibleRegion().isEmpty()
    scroll = settings_page.options.form_scroll
    assert scroll.verticalScrollBar().maximum() > 0, "the long form scrolls under the bar"
    assert not scroll.widget().isAncestorOf(note)
    scroll.verticalScrollBar().setValue(0)
    assert not note.visibleRegion().isEmpty()


def test_reminder_days_and_percentages_are_spin_boxes_saved_as_before(settings_page) -> None:
    options = settings_page.options
    days = options.edits["reminder_offsets"]
    assert [spin.value() for spin in days.spins] == [30, 7, 1]
    days.spins[1].setValue(14)
    days.add_button.click()
    days.spins[-1].setValue(3)
    budget = options.edits["budget_thresholds"]
    assert [spin.text() for spin in budget.spins] == ["80%", "100%"]
    budget.spins[0].setValue(0)  # below 1%: the box keeps the lowest it allows
    assert budget.spins[0].value() == 1
    cards = options.edits["card_utilisation_thresholds"]
    cards.spins[2].setValue(250)  # above 100% of a card's limit: refused by the box
    assert cards.spins[2].value() == 100
    options.save()
    settings = get_settings(settings_page.ctx.store)
    assert settings.reminder_offsets == [30, 14, 3, 1]
    assert settings.budget_thresholds == [100, 1]
    assert settings.card_utilisation_thresholds == [30, 80, 100]


def test_the_last_reminder_cannot_be_removed(qtbot, settings_page) -> None:
    days = settings_page.options.edits["reminder_offsets"]

    def remove_buttons() -> list[QToolButton]:
        return [s.parentWidget().findChild(QToolButton) for s in days.spins]

    for _ in range(2):
        qtbot.mouseClick(remove_buttons()[0], Qt.MouseButton.LeftButton)
    assert days.text() == "1"
    assert not remove_buttons()[0].isEnabled()


def test_reporting_thresholds_are_a_currency_table_and_a_bad_code_is_refused(
    qtbot, settings_page
) -> None:
    options = settings_page.options
    field = options.edits["reporting_thresholds"]
    table = field.table
    codes = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert codes == ["USD", "EUR", "GBP", "CAD", "AUD", "CNY", "HKD"]
    assert table.item(5, 1).text() == "50000"
    table.item(5, 1).setText("60000")
    options.save()
    assert get_settings(settings_page.ctx.store).reporting_thresholds["CNY"] == Decimal(60000)
    qtbot.mouseClick(
        next(b for b in field.findChildren(QPushButton) if b.text() == "Add"),
        Qt.MouseButton.LeftButton,
    )
    table.item(table.rowCount() - 1, 0).setText("YUAN")
    with qtbot.waitSignal(settings_page.ctx.bus.refused) as blocker:  # banner over Settings
        table.item(table.rowCount() - 1, 1).setText("100")  # the row complete: applied
    assert blocker.args[0] == "settings" and "YUAN" in blocker.args[1]
    assert "YUA" not in get_settings(settings_page.ctx.store).reporting_thresholds


def test_start_at_login_says_why_it_is_greyed_in_the_demo(qtbot, household_ctx, tmp_path) -> None:
    household_ctx.is_demo = True
    page = SettingsPage(household_ctx, ui_state=UiState(tmp_path / "ui.ini"))
    qtbot.addWidget(page)
    page.show()
    assert not page.options.start_at_login.isEnabled()
    assert page.options.login_reason.isVisible() and "demo" in page.options.login_reason.text()


@pytest.mark.parametrize("page_class", [AccountsPage, PayeesPage])
def test_tables_reach_the_page_edge_on_a_wide_screen(qtbot, household_ctx, page_class) -> None:
    page = page_class(household_ctx)
    qtbot.addWidget(page)
    page.resize(1760, 900)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    QApplication.processEvents()
    header = page.table.horizontalHeader()
    used = sum(header.sectionSize(c) for c in range(header.count()))
    assert used >= page.table.viewport().width() - 2
    names = header.sectionSize(0)
    assert names < page.table.viewport().width() / 3, "the names keep their own width"


def test_account_buttons_keep_their_size_and_warn_below_sits_by_its_field(
    qtbot, household_ctx
) -> None:
    page = AccountsPage(household_ctx)
    qtbot.addWidget(page)
    page.resize(1760, 900)
    page.show()
    QApplication.processEvents()
    button = page.reconcile_button
    assert button.width() <= button.sizeHint().width() + 2
    label = page.threshold.parentWidget().findChildren(type(page.no_balance))
    warn = next(w for w in label if w.text() == "Warn below")
    assert page.threshold.x() - warn.geometry().right() < 20


def test_the_new_budget_row_is_under_the_budgets_with_its_currency(qtbot, household_ctx) -> None:
    for category, amount in (("Food:Coffee", "40"), ("Food:Groceries", "400")):
        set_budget(household_ctx.store, category, Decimal(amount), today=TODAY)
    page = BudgetsPage(household_ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1760, 1000)
    page.show()
    qtbot.waitUntil(lambda: bool(page.rows) and page.new_currency.text() == "USD")
    QApplication.processEvents()
    last = page.rows[-1].remove
    gap = (
        page.new_category.mapTo(page, page.new_category.rect().topLeft()).y()
        - last.mapTo(page, last.rect().bottomLeft()).y()
    )
    assert 0 < gap < 60, "right under the list, not at the window's foot"
    assert all(row.currency.text() == "USD" for row in page.rows)


def test_tab_walks_the_reminder_days_in_order_then_on_to_the_next_option(
    qtbot, settings_page
) -> None:
    options = settings_page.options
    days, budget = options.edits["reminder_offsets"], options.edits["budget_thresholds"]
    settings_page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is settings_page)
    days.spins[0].setFocus()
    walked = []
    for _ in range(7):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        walked.append(QApplication.focusWidget())
    removes = [s.parentWidget().findChild(QToolButton) for s in days.spins]
    assert walked[:6] == [
        removes[0], days.spins[1], removes[1], days.spins[2], removes[2], days.add_button,
    ]  # fmt: skip
    assert walked[6] is budget.spins[0]
