"""Tray menu and alert notifications: once each, in the tray or (without one) the banner."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services.budgets import set_budget
from finapp.store.engine import Store
from finapp.store.schema import Alert
from tests.gui.shell_support import make_shell
from tests.gui.tray_support import RecordingTray, SteppedClock


def _midday() -> SteppedClock:
    """Today at noon: outside the default quiet hours, so notifications pop up at once."""
    return SteppedClock(datetime.combine(date.today(), time(12)))


def _raise_alert(
    store: Store,
    key: str,
    message: str,
    severity: str = "warning",
    kind: str = "large_charge",
    day: date | None = None,
) -> None:
    """What the alert engine stores when it raises an alert (today unless ``day``)."""
    with store.write() as session:
        session.add(
            Alert(
                dedupe_key=key,
                kind=kind,
                severity=severity,
                date=day or date.today(),
                message=message,
            )  # fresh: still open when checked
        )


def test_tray_menu_offers_open_import_check_pause_and_quit(store, tmp_path: Path, qtbot):
    shell = make_shell(store, tmp_path, opening_page="accounts")
    qtbot.addWidget(shell.window)
    menu = shell.tray.menu
    menu.aboutToShow.emit()  # the menu is rebuilt each time it opens
    texts = [a.text() for a in menu.actions() if not a.isSeparator()]
    assert texts == [
        "No open alerts",
        "&Open finapp",
        "&Import statements…",
        "&Check alerts now",
        "&Pause notifications",
        "&Quit",
    ]
    shell.window.hide()
    next(a for a in menu.actions() if a.text() == "&Open finapp").trigger()
    assert shell.window.isVisible()
    shell.close()


def test_new_alerts_notify_in_the_tray_once_each(store, tmp_path: Path, qtbot, monkeypatch):
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    shell = make_shell(store, tmp_path, tray=True, clock=_midday(), opening_page="accounts")
    qtbot.addWidget(shell.window)
    shell.notifier._evaluate = lambda _store: None  # alerts below are raised by hand
    _raise_alert(store, "a1", "A large charge of 950.00 at BESTBUY")
    shell.notifier.check()
    assert shell.tray.shown == [("finapp: alert", "A large charge of 950.00 at BESTBUY", "warning")]
    shell.notifier.check()  # checked again (timer, import): nothing new, nothing shown
    assert len(shell.tray.shown) == 1
    _raise_alert(store, "a2", "Balance of Checking below 100.00", "critical")
    shell.window.check_alerts_action.trigger()  # File → Check alerts now
    assert shell.tray.shown[-1] == (
        "finapp: urgent alert",
        "Balance of Checking below 100.00",
        "critical",
    )
    assert not shell.window.banner.isVisible()  # the tray had it; no duplicate in the window
    shell.window.hide()
    shell.tray.message_clicked.emit()  # the user clicks the notification
    assert shell.window.isVisible() and shell.window.current_page_name() == "alerts"
    with store.read() as session:
        assert all(a.notified for a in session.query(Alert))
    shell.close()


def test_many_new_alerts_make_one_summary_notification(store, tmp_path: Path, qtbot, monkeypatch):
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    shell = make_shell(store, tmp_path, tray=True, clock=_midday(), opening_page="accounts")
    qtbot.addWidget(shell.window)
    shell.notifier._evaluate = lambda _store: None
    for n in range(5):
        _raise_alert(store, f"k{n}", f"Alert number {n}")
    shell.notifier.check()
    assert len(shell.tray.shown) == 1
    assert shell.tray.shown[0][1].startswith("5 new alerts. Most important: ")
    shell.close()


def test_a_summary_leads_with_the_most_serious_alert_not_the_newest(
    store, tmp_path: Path, qtbot, monkeypatch
):
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    shell = make_shell(store, tmp_path, tray=True, clock=_midday(), opening_page="accounts")
    qtbot.addWidget(shell.window)
    shell.notifier._evaluate = lambda _store: None
    yesterday = date.today() - timedelta(days=1)
    month = f"{yesterday:%Y-%m}"
    transport = set_budget(store, "Transport", Decimal("35")).view.category_id
    groceries = set_budget(store, "Food:Groceries", Decimal("200")).view.category_id
    over = "Transport is over its budget: 105% used (37.00 CNY of 35.00 CNY)."
    key = f"budget:{transport}:{month}:warning:100"  # as the engine keys them
    _raise_alert(store, key, over, "warning", "budget", yesterday)
    near = "Food:Groceries has used 90% of its budget."
    _raise_alert(store, f"budget:{groceries}:{month}:80", near, "info", "budget")
    # notices the check keeps open (a renewal or fund note it would re-judge and close here)
    _raise_alert(store, "c1", "A charge of 268.00 at 盒马鲜生.", "info")
    _raise_alert(store, "c2", "A charge of 320.00 at 古北物业管理.", "info")  # the newest
    shell.notifier.check()
    ((_title, text, severity),) = shell.tray.shown
    assert text == f"4 new alerts. Most important: {over}" and severity == "warning"
    shell.close()


def test_without_a_tray_alerts_show_in_the_window_banner(store, tmp_path: Path, qtbot):
    shell = make_shell(store, tmp_path, tray=False, opening_page="accounts")
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.notifier._evaluate = lambda _store: None
    _raise_alert(store, "b1", "Netflix renews on 2025-03-09")
    navigations = []
    shell.ctx.bus.navigate.connect(lambda page, filters: navigations.append(page))
    shell.notifier.check()
    banner = shell.window.banner
    assert banner.isVisible() and banner.label.text() == "Netflix renews on 2025-03-09"
    banner.action_button.click()  # "Show alerts"
    assert navigations == ["alerts"]
    shell.close()


def test_alert_check_runs_after_each_import(store, statements, tmp_path: Path, qtbot, monkeypatch):
    from datetime import date

    from finapp.gui import notify

    checks = []
    real_check = notify.run_check
    monkeypatch.setattr(notify, "run_check", lambda *args: checks.append(args) or real_check(*args))
    shell = make_shell(store, tmp_path, opening_page="accounts")
    qtbot.addWidget(shell.window)
    changes = []
    shell.ctx.bus.data_changed.connect(changes.append)
    shell.open_files([statements.checking])
    assert checks == [(store, date.today())]
    # the day's first check moved the subscriptions on to today: pages showing them reload
    assert any(c.touches({notify.bus.SUBSCRIPTIONS}) for c in changes[1:])
    shell.close()
