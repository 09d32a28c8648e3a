"""Empty pages say why they are empty and offer the next step as a button."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from finapp.gui.pages.accounts import AccountsPage
from finapp.gui.pages.alerts import AlertsPage
from finapp.gui.pages.budgets import BudgetsPage
from finapp.gui.pages.dashboard import DashboardPage
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts
from tests.conftest import another_store
from tests.gui.page_fixtures import TODAY


@pytest.fixture
def empty_ctx(household_ctx, tmp_path):  # type: ignore[no-untyped-def]
    """A store with nothing imported, with the household context's bus and task runner."""
    store = another_store(tmp_path / "empty")
    yield dataclasses.replace(household_ctx, store=store)
    store.close()


def _shown(qtbot, page):  # type: ignore[no-untyped-def]
    qtbot.addWidget(page)
    page.show()
    return page


@pytest.mark.parametrize(
    ("build", "opening"),
    [
        (lambda ctx: DashboardPage(ctx, today=TODAY), "Nothing to show yet."),
        (lambda ctx: TransactionsPage(ctx), "No transactions yet."),
        (lambda ctx: SubscriptionsPage(ctx, today=TODAY), "No recurring charges found yet."),
        (lambda ctx: AccountsPage(ctx), "No accounts yet"),
    ],
    ids=["dashboard", "transactions", "subscriptions", "accounts"],
)
def test_an_empty_store_offers_to_import(qtbot, empty_ctx, build, opening) -> None:  # type: ignore[no-untyped-def]
    page = _shown(qtbot, build(empty_ctx))
    empty = page.stack.empty
    assert empty.isVisible() and empty.label.text().startswith(opening)
    assert empty.button.text() == "Import statements…"
    with qtbot.waitSignal(empty_ctx.bus.import_requested, timeout=1000):
        qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)


def test_no_alerts_says_all_is_well_and_offers_check_now(qtbot, empty_ctx) -> None:
    page = _shown(qtbot, AlertsPage(empty_ctx, today=TODAY))
    empty = page.stack.empty
    assert empty.isVisible() and empty.label.text().startswith("Nothing needs your attention.")
    assert empty.button.text() == "Check now"
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert empty.isVisible()  # an empty store raises nothing


def test_alert_filters_hiding_everything_offer_show_all(qtbot, household_ctx) -> None:
    set_low_balance_threshold(household_ctx.store, "Checking", Decimal("99999"))
    evaluate_alerts(household_ctx.store, TODAY)
    page = _shown(qtbot, AlertsPage(household_ctx, today=TODAY))
    total = page.model.rowCount()
    assert total and not page.stack.is_empty_shown()
    qtbot.mouseClick(page.unread_only, Qt.MouseButton.LeftButton)
    kinds = {a.kind for a in page.model.rows()}
    missing = next(page.kind_box.itemData(i) for i in range(1, page.kind_box.count())
                   if page.kind_box.itemData(i) not in kinds)  # fmt: skip
    page.kind_box.setCurrentIndex(page.kind_box.findData(missing))
    empty = page.stack.empty
    assert empty.isVisible() and empty.label.text() == "No alerts match these filters."
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == total and page.table.isVisible()
    assert not page.unread_only.isChecked() and page.kind_box.currentIndex() == 0


def test_no_budgets_points_at_the_new_budget_fields(qtbot, household_ctx) -> None:
    page = _shown(qtbot, BudgetsPage(household_ctx, today=TODAY))
    page.activateWindow()
    assert page.empty.isVisible()
    assert page.empty.label.text().startswith("No budgets yet.")
    qtbot.mouseClick(page.empty.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.new_category.hasFocus)
