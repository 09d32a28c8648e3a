"""The alerts page opens on what is current; resolved and dismissed alerts wait in History."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

from finapp.gui.pages.alerts import COL_STATE, AlertsPage
from finapp.services.alerts import evaluate_alerts
from finapp.services.budgets import set_budget
from tests.gui.page_fixtures import TODAY


def test_a_past_months_budget_alert_moves_to_history(qtbot, household_ctx) -> None:
    store = household_ctx.store
    set_budget(store, "Entertainment", Decimal("20"), today=TODAY)
    (alert,) = [a for a in evaluate_alerts(store, TODAY) if a.kind == "budget"]
    next_month = TODAY.replace(day=1) + timedelta(days=32)
    evaluate_alerts(store, next_month)  # June has ended: its budget alert no longer holds
    page = AlertsPage(household_ctx, today=next_month)
    qtbot.addWidget(page)
    assert alert.id not in {a.id for a in page.model.rows()}
    assert page.table.isColumnHidden(COL_STATE)

    page.view_tabs.setCurrentIndex(1)  # the user clicks History
    (shown,) = [a for a in page.model.rows() if a.id == alert.id]
    assert shown.state == "resolved"
    row = page.model.rows().index(shown)
    assert page.model.index(row, COL_STATE).data() == "Resolved 07/01/2025"
    assert not page.table.isColumnHidden(COL_STATE)
    assert all(a.state != "open" for a in page.model.rows())
