"""Budgets and alerts pages over a real store: edits reach the services, jumps reach the bus."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut

from finapp.gui.pages.alerts import AlertsPage
from finapp.gui.pages.budgets import BudgetsPage
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.budgets import list_budgets, set_budget
from tests.gui.page_fixtures import TODAY


def _budgets(qtbot, ctx) -> BudgetsPage:  # type: ignore[no-untyped-def]
    page = BudgetsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    return page


def test_budget_rows_show_progress_for_the_month(qtbot, household_ctx) -> None:
    set_budget(household_ctx.store, "Food", Decimal("150"), today=TODAY)
    page = _budgets(qtbot, household_ctx)
    assert page.month_label.text() == "June 2025"
    (row,) = page.rows
    # groceries and coffee on June 7 and 14: 2 x (92.35 + 6.75) = 198.20 of 150
    assert row.view.spent == Decimal("198.20")
    assert row.bar.value() == 100 and row.bar.format() == "132% · over budget"
    assert "$198.20 of $150.00" in row.spent.text()


def test_adding_and_editing_a_budget_saves_it(qtbot, household_ctx) -> None:
    page = _budgets(qtbot, household_ctx)
    assert not page.rows and page.empty.isVisibleTo(page)
    page.new_category.setCurrentText("Entertainment")
    page.new_amount.setText("30")
    page.add_budget()
    (row,) = page.rows
    assert row.view.category == "Entertainment" and row.view.amount == Decimal("30.00")
    row.amount.setText("25.50")
    page.save_amount("Entertainment", row.amount)
    assert [b.amount for b in list_budgets(household_ctx.store)] == [Decimal("25.50")]
    assert page.rows[0].bar.format() == "103% · over budget"  # 15.49 + 10.99 of 25.50
    page.rows[0].rollover.setChecked(True)
    assert list_budgets(household_ctx.store)[0].rollover
    page.remove("Entertainment")
    assert list_budgets(household_ctx.store) == [] and not page.rows


def test_a_bad_amount_is_refused_with_a_message(qtbot, household_ctx) -> None:
    page = _budgets(qtbot, household_ctx)
    page.new_category.setCurrentText("Food")
    page.new_amount.setText("lots")
    with qtbot.waitSignal(household_ctx.bus.refused) as blocker:  # the banner over Budgets
        page.add_budget()
    assert blocker.args[0] == "budgets" and "lots" in blocker.args[1]
    assert list_budgets(household_ctx.store) == []


def test_month_navigation_shows_earlier_spending(qtbot, household_ctx) -> None:
    set_budget(household_ctx.store, "Entertainment", Decimal("20"), today=TODAY.replace(month=1))
    page = _budgets(qtbot, household_ctx)
    page.show_month(TODAY.replace(month=2, day=1))
    assert page.month_label.text() == "February 2025"
    assert page.rows[0].view.spent == Decimal("26.48")
    page.apply_filter({"month": "2025-01"})
    assert page.month_label.text() == "January 2025"


def _alerts(qtbot, ctx) -> AlertsPage:  # type: ignore[no-untyped-def]
    set_budget(ctx.store, "Entertainment", Decimal("20"), today=TODAY)
    set_low_balance_threshold(ctx.store, "Checking", Decimal("99999"))
    assert len(evaluate_alerts(ctx.store, TODAY)) >= 2
    page = AlertsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    return page


def test_alerts_list_filters_and_dismisses(qtbot, qtmodeltester, household_ctx) -> None:
    page = _alerts(qtbot, household_ctx)
    qtmodeltester.check(page.model)
    kinds = {a.kind for a in page.model.rows()}
    assert {"budget", "low_balance"} <= kinds
    page.apply_filter({"kind": "budget"})
    assert {a.kind for a in page.model.rows()} == {"budget"}
    budget_alert = page.model.row(0)
    page.table.selectRow(0)
    page.dismiss_button.click()
    remaining = list_alerts(household_ctx.store, as_of=TODAY)
    assert budget_alert.id not in {a.id for a in remaining}
    assert budget_alert.id not in {a.id for a in page.model.rows()}
    page.show_history(True)
    assert budget_alert.id in {a.id for a in page.model.rows()}


def test_opening_an_alert_marks_it_read_and_jumps(qtbot, household_ctx) -> None:
    page = _alerts(qtbot, household_ctx)
    page.apply_filter({"kind": "low_balance"})
    alert = page.model.row(0)
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.FontRole).bold()  # unread
    page.table.selectRow(0)
    with qtbot.waitSignal(household_ctx.bus.navigate) as blocker:
        page.open_button.click()
    assert blocker.args == ["transactions", {"account": "Checking"}]
    assert next(a for a in list_alerts(household_ctx.store) if a.id == alert.id).read
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.FontRole) is None


def test_delete_key_dismisses_the_selected_alert(qtbot, household_ctx) -> None:
    page = _alerts(qtbot, household_ctx)
    page.table.selectRow(0)
    chosen = page.model.row(0)
    delete = QKeySequence(QKeySequence.StandardKey.Delete)
    # offscreen windows never become active, so the key's shortcut is fired as Qt would fire it
    (shortcut,) = [s for s in page.findChildren(QShortcut) if s.key() == delete]
    shortcut.activated.emit()
    assert chosen.id not in {a.id for a in list_alerts(household_ctx.store, as_of=TODAY)}
