"""A summary of many new alerts looks as serious as the alert it names (the most serious one):
routine notices show the information icon, never the critical one; and its count agrees with
the Alerts page's: older unread alerts are named apart from the new ones."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QSystemTrayIcon

from finapp.gui.pages.alerts import AlertsPage
from finapp.gui.tray import _message_icon
from tests.gui.shell_support import make_shell
from tests.gui.test_shell_tray import _midday, _raise_alert
from tests.gui.tray_support import RecordingTray

#: what the day's check raises on a household's first days: renewals and budget notices
ROUTINE = (
    "Apple renews tomorrow (Dec 3, 2026) for $10.99.",
    "Food:Groceries has used 90% of its December 2026 budget ($60.30 of $67.00).",
    "Sapphire Visa is at 33% of its $8,000.00 limit ($2,697.83 owed).",
    "Netflix renews in 5 days (Dec 7, 2026) for $17.99.",
)


def _shell(store, tmp_path: Path, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    shell = make_shell(store, tmp_path, tray=True, clock=_midday(), opening_page="accounts")
    qtbot.addWidget(shell.window)
    shell.notifier._evaluate = lambda _store: None  # the alerts below are raised by hand
    return shell


def test_routine_alerts_summed_up_show_the_information_icon(store, tmp_path, qtbot, monkeypatch):  # type: ignore[no-untyped-def]
    shell = _shell(store, tmp_path, qtbot, monkeypatch)
    for number, message in enumerate(ROUTINE):
        _raise_alert(store, f"r{number}", message, "info")  # notices, all of them
    shell.notifier.check()
    ((_title, text, severity),) = shell.tray.shown
    assert text.startswith("4 new alerts. Most important: ")
    assert _message_icon(severity) == QSystemTrayIcon.MessageIcon.Information

    _raise_alert(store, "c1", "Balance of Everyday Checking below $100.00", "critical")
    for number, message in enumerate(ROUTINE):
        _raise_alert(store, f"again{number}", message, "info")
    shell.notifier.check()
    assert _message_icon(shell.tray.shown[-1][2]) == QSystemTrayIcon.MessageIcon.Critical
    shell.close()


def test_the_summary_counts_the_unread_alerts_the_alerts_page_counts(  # type: ignore[no-untyped-def]
    store, tmp_path, qtbot, monkeypatch
) -> None:
    shell = _shell(store, tmp_path, qtbot, monkeypatch)
    _raise_alert(store, "older", "A first charge from Harmony Music Studio: $35.00.")
    shell.notifier.check()  # told yesterday, not read since
    for number, message in enumerate(ROUTINE):
        _raise_alert(store, f"r{number}", message, "info")
    shell.notifier.check()
    text = shell.tray.shown[-1][1]
    assert text.startswith("4 new alerts, 5 unread in all. Most important: ")
    shell.window.show_page("alerts")
    page = shell.window.page("alerts")
    assert isinstance(page, AlertsPage)
    qtbot.waitUntil(lambda: page.count.text() == "5 unread")
    shell.close()
