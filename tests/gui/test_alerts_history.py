"""The alerts page opens on what is current; resolved and dismissed alerts wait in History,
where a dismissed one can be restored."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt

from finapp.gui.pages.alerts import COL_STATE, AlertsPage
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.budgets import set_budget
from tests.gui.page_fixtures import TODAY
from tests.gui.tray_support import english  # noqa: F401


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


def _shown_alerts_page(qtbot, ctx) -> AlertsPage:  # type: ignore[no-untyped-def]
    set_budget(ctx.store, "Entertainment", Decimal("20"), today=TODAY)
    set_low_balance_threshold(ctx.store, "Checking", Decimal("99999"))
    evaluate_alerts(ctx.store, TODAY)
    page = AlertsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def _row_of(page: AlertsPage, alert_id: int) -> int:
    return [a.id for a in page.model.rows()].index(alert_id)


def _click_tab(qtbot, page: AlertsPage, index: int) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(
        page.view_tabs, Qt.MouseButton.LeftButton, pos=page.view_tabs.tabRect(index).center()
    )


@pytest.mark.usefixtures("english")  # plural forms: "1 alert"
def test_an_alert_dismissed_by_mistake_is_restored_from_history(qtbot, household_ctx) -> None:
    """Delete pressed once too often: History shows the alert as dismissed, Restore (there
    instead of Mark read and Dismiss) brings it back under Current, and the status bar says so."""
    page = _shown_alerts_page(qtbot, household_ctx)
    (low,) = [a for a in page.model.rows() if a.kind == "low_balance"]
    page.table.selectRow(_row_of(page, low.id))
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    assert low.id not in {a.id for a in page.model.rows()}
    assert not page.restore_button.isVisible()

    _click_tab(qtbot, page, 1)
    assert page.restore_button.isVisible()
    assert not page.dismiss_button.isVisible() and not page.read_button.isVisible()
    page.table.selectRow(_row_of(page, low.id))
    assert page.restore_button.isEnabled()
    with qtbot.waitSignal(household_ctx.bus.message) as told:
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert told.args == ["info", "1 alert back under Current."]
    assert low.id not in {a.id for a in page.model.rows()}

    _click_tab(qtbot, page, 0)
    assert low.id in {a.id for a in page.model.rows()}
    assert low.id in {a.id for a in list_alerts(household_ctx.store, as_of=TODAY)}


@pytest.mark.usefixtures("english")  # plural forms: "1 no longer holds"
def test_a_restored_alert_that_no_longer_holds_stays_in_history_as_resolved(
    qtbot, household_ctx
) -> None:
    """Dismissed while the balance was under the limit; the limit lowered since: restored, the
    alert is judged at once and kept in History as resolved, and the status bar says why. A
    resolved alert has nothing to come back to: Restore stays off for it."""
    page = _shown_alerts_page(qtbot, household_ctx)
    (low,) = [a for a in page.model.rows() if a.kind == "low_balance"]
    page.table.selectRow(_row_of(page, low.id))
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    set_low_balance_threshold(household_ctx.store, "Checking", Decimal("1"))

    _click_tab(qtbot, page, 1)
    page.table.selectRow(_row_of(page, low.id))
    with qtbot.waitSignal(household_ctx.bus.message) as told:
        qtbot.mouseClick(page.restore_button, Qt.MouseButton.LeftButton)
    assert told.args == ["info", "1 no longer holds: kept in History as resolved."]
    (shown,) = [a for a in page.model.rows() if a.id == low.id]
    assert shown.state == "resolved"
    page.table.selectRow(_row_of(page, low.id))
    assert not page.restore_button.isEnabled()
    assert low.id not in {a.id for a in list_alerts(household_ctx.store, as_of=TODAY)}
