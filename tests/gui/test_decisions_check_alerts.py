"""A decision in the window re-checks the alerts it affects at once, without Check now.

Lin Xiao marks her gym cancelled on 2 December, dated 15 August: the "renews tomorrow" reminder
goes from the Alerts page and the dashboard, and the charges taken since are told, each with its
day, plus one alert of all three (the September one too old for its own), each notified once.
A budget made tighter raises its alert at once. The rent of 1 December, after the statements
end on 27 November, is listed apart as expected on the dashboard and in the tray menu alike.
"""

from __future__ import annotations

from datetime import datetime, time
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.gui.alert_texts import alert_text
from finapp.gui.pages.alerts import AlertsPage
from finapp.gui.pages.budgets import BudgetsPage
from finapp.gui.pages.dashboard import DashboardPage
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.subscriptions_cancel import CancelledOnDialog
from finapp.gui.shell import Shell
from finapp.services.budgets import set_budget
from finapp.store.engine import Store
from tests.alerts.late_cancel_household import TODAY, import_household, stream_name
from tests.gui.answering import nothing_open, opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.page_fixtures import TODAY as HOUSEHOLD_TODAY
from tests.gui.shell_support import make_shell
from tests.gui.tray_support import RecordingTray, SteppedClock


def _started(store: Store, tmp_path: Path, qtbot, monkeypatch, day) -> Shell:  # type: ignore[no-untyped-def]
    """The window over ``store`` on ``day`` at 9:00, its first check done."""
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    clock = SteppedClock(datetime.combine(day, time(9)))
    shell = make_shell(store, tmp_path, tray=True, clock=clock, opening_page="alerts")
    qtbot.addWidget(shell.window)
    shell.start_in_background()
    return shell


def _alerts(shell: Shell) -> list[str]:
    page = shell.window.page("alerts")
    assert isinstance(page, AlertsPage)
    return [alert_text(alert) for alert in page.model.rows()]


def _told(shell: Shell) -> list[str]:
    return [text for _title, text, _severity in shell.tray.shown]  # type: ignore[attr-defined]


@pytest.fixture
def lin_xiao(store: Store, tmp_path: Path, qtbot, monkeypatch, us_locale):  # type: ignore[no-untyped-def]
    import_household(store, tmp_path)
    shell = _started(store, tmp_path, qtbot, monkeypatch, TODAY)
    yield shell
    shell.close()


def _mark_gym_cancelled(qtbot, shell: Shell, typed: str) -> None:  # type: ignore[no-untyped-def]
    """Subscriptions → the gym → Mark cancelled → ``typed`` → Enter."""
    shell.window.show_page("subscriptions")
    page = shell.window.page("subscriptions")
    assert isinstance(page, SubscriptionsPage)
    gym = stream_name(shell.ctx.store, "goodlife")
    qtbot.waitUntil(lambda: page.table.select(lambda row: row.view.name == gym))
    qtbot.mouseClick(page.buttons["cancel"], Qt.MouseButton.LeftButton)
    dialog = opened(page, CancelledOnDialog, "subscription-cancelled-on")
    field = dialog.day.text
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert nothing_open(page)


def test_marking_the_gym_cancelled_tells_every_charge_since_at_once(qtbot, lin_xiao) -> None:
    shell = lin_xiao
    gym = stream_name(shell.ctx.store, "goodlife")
    renews = f"{gym} renews tomorrow (Dec 3, 2026) for CA$64.99."
    assert renews in _alerts(shell)
    dashboard = shell.window.page("dashboard")
    assert isinstance(dashboard, DashboardPage)
    qtbot.waitUntil(lambda: dashboard.data is not None)
    assert any(renews in dashboard.alerts.item(r).text() for r in range(dashboard.alerts.count()))
    shell.tray.shown.clear()  # type: ignore[attr-defined]

    _mark_gym_cancelled(qtbot, shell, "8/15/26")

    every = (
        f"{gym} charged you 3 times since you cancelled it on Aug 15, 2026, CA$194.97 in all "
        "(from Sep 3, 2026 to Nov 3, 2026)."
    )
    last = f"{gym} charged CA$64.99 on Nov 3, 2026 after you cancelled it."
    qtbot.waitUntil(lambda: every in _alerts(shell))  # no Check now
    shown = _alerts(shell)
    assert renews not in shown
    assert last not in shown  # the November charge is in the alert of all three
    lines = [dashboard.alerts.item(r).text() for r in range(dashboard.alerts.count())]
    assert not any(renews in line for line in lines)
    assert any(every in line for line in lines)
    assert _told(shell) == [every]  # notified as it arose

    shell.window.check_alerts_action.trigger()  # Check now: nothing is told twice
    assert _told(shell) == [every]


def test_the_rent_due_after_the_statements_is_expected_apart_on_the_dashboard_and_the_tray(
    qtbot, lin_xiao
) -> None:
    shell = lin_xiao
    rent = stream_name(shell.ctx.store, "maple")
    summary = shell.tray.summary
    assert [(line.name, line.date) for line in summary.expected] == [(rent, TODAY.replace(day=1))]
    assert all(line.date >= TODAY for line in summary.renewals)
    shell.tray.rebuild_menu()
    entries = [action.text() for action in shell.tray.menu.actions()]
    heading = entries.index("Expected, not in your statements yet")
    assert entries[heading + 1].startswith(f"{rent} — 12/01/2026")
    assert not any(rent in entry for entry in entries[:heading])

    dashboard = DashboardPage(shell.ctx, today=TODAY)
    qtbot.addWidget(dashboard)
    qtbot.waitUntil(lambda: dashboard.data is not None)
    lines = [dashboard.renewals.item(r).text() for r in range(dashboard.renewals.count())]
    heading = lines.index("Expected, not in your statements yet")
    assert lines[heading + 1].startswith(f"12/01/2026  {rent}")
    assert (
        dashboard.renewals.item(heading + 1)
        .toolTip()
        .startswith(f"12/01/2026 — after your statements end Nov 27, 2026  {rent}")
    )
    assert not any(rent in line for line in lines[:heading])


def test_a_budget_made_tighter_raises_its_alert_at_once(
    qtbot, household_store: Store, tmp_path: Path, monkeypatch, us_locale
) -> None:
    # June's groceries and coffee come to 198.20: half of a 400.00 budget, nothing to tell
    set_budget(household_store, "Food", Decimal("400"), today=HOUSEHOLD_TODAY)
    shell = _started(household_store, tmp_path, qtbot, monkeypatch, HOUSEHOLD_TODAY)
    assert not any("budget" in text for text in _alerts(shell))
    shell.tray.shown.clear()  # type: ignore[attr-defined]
    shell.window.show_page("budgets")
    page = shell.window.page("budgets")
    assert isinstance(page, BudgetsPage)
    qtbot.waitUntil(lambda: len(page.rows) == 1)
    row = page.rows[0]
    row.amount.setFocus()
    row.amount.selectAll()
    qtbot.keyClicks(row.amount, "220")
    qtbot.keyClick(row.amount, Qt.Key.Key_Return)

    wanted = "Food has used 90% of its June 2025 budget ($198.20 of $220.00)."
    qtbot.waitUntil(lambda: wanted in _alerts(shell))  # no Check now
    assert _told(shell) == [wanted]
    shell.close()


def test_in_chinese_the_charges_after_cancelling_are_told_with_their_days(
    qtbot,
    store: Store,
    tmp_path: Path,
    monkeypatch,
    chinese,  # noqa: F811
) -> None:
    import_household(store, tmp_path)
    shell = _started(store, tmp_path, qtbot, monkeypatch, TODAY)
    _mark_gym_cancelled(qtbot, shell, "2026/8/15")
    gym = stream_name(store, "goodlife")
    every = (
        f"自您于 2026年8月15日取消以来，{gym} 已扣款 3 次，"
        "共 CA$194.97（2026年9月3日至 2026年11月3日）。"
    )
    qtbot.waitUntil(lambda: every in _alerts(shell))
    assert f"{gym} 在您取消后仍于 2026年11月3日扣款 CA$64.99。" not in _alerts(shell)
    shell.tray.rebuild_menu()
    entries = [action.text() for action in shell.tray.menu.actions()]
    assert "应已扣款，尚未出现在账单中" in entries
    shell.close()
