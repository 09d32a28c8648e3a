"""Subscription decisions show at once, and row actions wait for a selected row."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView

from finapp.gui.pages.accounts import AccountsPage
from finapp.gui.pages.alerts import AlertsPage
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.services import subscription_sync
from finapp.services import subscriptions as service
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.alerts import evaluate_alerts
from tests.gui.page_fixtures import TODAY

STATUS = 6


def _subscriptions(qtbot, ctx) -> SubscriptionsPage:  # type: ignore[no-untyped-def]
    service.detect_subscriptions(ctx.store, TODAY)  # what the import found on TODAY
    page = SubscriptionsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    return page


def _click_row(qtbot, table: QAbstractItemView, row: int | QModelIndex) -> None:  # type: ignore[no-untyped-def]
    index = row if isinstance(row, QModelIndex) else table.model().index(row, 0)
    rect = table.visualRect(index)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def _row_of(page: SubscriptionsPage, name: str) -> QModelIndex:
    return page.model.find(lambda p: p.view.name == name)


def test_confirm_shows_confirmed_in_its_row_right_after_the_click(qtbot, household_ctx) -> None:
    page = _subscriptions(qtbot, household_ctx)
    row = _row_of(page, "Netflix")
    assert row.siblingAtColumn(STATUS).data() == "Suggested"
    _click_row(qtbot, page.table, row)
    qtbot.mouseClick(page.buttons["confirm"], Qt.MouseButton.LeftButton)
    row = _row_of(page, "Netflix")
    assert row.siblingAtColumn(STATUS).data() == "Confirmed"
    # the listing kept what detection found
    assert page.model.row_at(row).view.next_date is not None


def test_confirming_does_not_rerun_detection(qtbot, household_ctx, monkeypatch) -> None:
    """Detection takes seconds on years of history; a decision must not wait for it."""
    page = _subscriptions(qtbot, household_ctx)
    ran: list[object] = []
    monkeypatch.setattr(subscription_sync, "sync", lambda *args, **kwargs: ran.append(args))
    _click_row(qtbot, page.table, _row_of(page, "Spotify"))
    qtbot.mouseClick(page.buttons["dismiss"], Qt.MouseButton.LeftButton)
    assert "Spotify" not in {p.view.name for p in page.model.rows()}
    assert ran == []


def test_subscription_row_actions_need_a_selected_row(qtbot, household_ctx) -> None:
    page = _subscriptions(qtbot, household_ctx)
    row_actions = ["confirm", "dismiss", "cancel", "rename", "reminders", "charges"]
    assert not any(page.buttons[name].isEnabled() for name in row_actions)
    assert page.buttons["add"].isEnabled() and page.buttons["export"].isEnabled()
    _click_row(qtbot, page.table, _row_of(page, "Netflix"))
    assert all(page.buttons[name].isEnabled() for name in row_actions)
    page.table.clearSelection()
    assert not any(page.buttons[name].isEnabled() for name in row_actions)


def test_alert_actions_need_a_selected_alert(qtbot, household_ctx) -> None:
    set_low_balance_threshold(household_ctx.store, "Checking", Decimal("99999"))
    evaluate_alerts(household_ctx.store, TODAY)
    page = AlertsPage(household_ctx, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    buttons = (page.open_button, page.read_button, page.dismiss_button)
    assert not any(b.isEnabled() for b in buttons)
    _click_row(qtbot, page.table, 0)
    assert all(b.isEnabled() for b in buttons)
    assert page.model.rowCount() > 1
    while page.model.rowCount() > 1:  # as in a mail app: the next alert takes the selection
        dismissed = page.selected()
        qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
        assert page.selected() and page.selected() != dismissed
        assert all(b.isEnabled() for b in buttons)
    qtbot.mouseClick(page.dismiss_button, Qt.MouseButton.LeftButton)
    assert not any(b.isEnabled() for b in buttons)  # the last one gone: nothing to act on


def test_account_actions_need_a_selected_account(qtbot, household_ctx) -> None:
    page = AccountsPage(household_ctx)
    qtbot.addWidget(page)
    page.show()
    assert not page.threshold.isEnabled()
    _click_row(qtbot, page.table, 0)
    assert page.threshold.isEnabled()
    page.threshold.clear()
    qtbot.keyClicks(page.threshold, "250")
    qtbot.keyClick(page.threshold, Qt.Key.Key_Return)
    assert "$250.00" in {page.model.index(0, c).data() for c in range(page.model.columnCount())}


def test_a_reload_keeps_the_selected_row_and_its_actions(qtbot, household_ctx) -> None:
    """The page reloads under the user (their last action, an import, the day's check)."""
    page = _subscriptions(qtbot, household_ctx)
    _click_row(qtbot, page.table, _row_of(page, "Spotify"))
    assert page.buttons["dismiss"].isEnabled()
    page.refresh()
    assert page.selected() is not None and page.selected().name == "Spotify"
    assert page.buttons["dismiss"].isEnabled()
