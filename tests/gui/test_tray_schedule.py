"""Checks on a schedule: at start, on a new day, after sleep and hourly; renewals grouped."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.gui import notify
from finapp.services.subscriptions import add_manual
from tests.gui.shell_support import make_shell
from tests.gui.tray_support import RecordingTray, SteppedClock, english  # noqa: F401

TODAY = date.today()


@pytest.fixture
def checks(monkeypatch) -> list[date]:  # type: ignore[no-untyped-def]
    """The days the app's checks ran for."""
    days: list[date] = []
    real = notify.run_check
    monkeypatch.setattr(
        notify, "run_check", lambda store, day: days.append(day) or real(store, day)
    )
    return days


def _started(store, tmp_path: Path, clock: SteppedClock, monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    shell = make_shell(store, tmp_path, tray=True, clock=clock)
    shell.start_in_background()
    return shell


def test_checks_run_at_start_on_a_new_day_and_hourly(store, tmp_path, qtbot, monkeypatch, checks):
    clock = SteppedClock(datetime.combine(TODAY, datetime.min.time()).replace(hour=22))
    shell = _started(store, tmp_path, clock, monkeypatch)
    qtbot.addWidget(shell.window)
    assert checks == [TODAY]  # at start
    for _minute in range(59):  # an hour of ticks, a minute apart: nothing due
        clock.advance(minutes=1)
        shell.notifier.timer.timeout.emit()
    assert checks == [TODAY]
    clock.advance(minutes=1)
    shell.notifier.timer.timeout.emit()  # 23:00: an hour since the last check
    assert checks == [TODAY, TODAY]
    for _minute in range(61):  # past midnight
        clock.advance(minutes=1)
        shell.notifier.timer.timeout.emit()
    tomorrow = TODAY + timedelta(days=1)
    assert checks == [TODAY, TODAY, tomorrow]  # 00:00, as the date changed
    shell.close()


def test_waking_from_sleep_checks_at_once(store, tmp_path, qtbot, monkeypatch, checks):
    clock = SteppedClock(datetime.combine(TODAY, datetime.min.time()).replace(hour=9))
    shell = _started(store, tmp_path, clock, monkeypatch)
    qtbot.addWidget(shell.window)
    clock.advance(minutes=20)  # asleep: no ticks for twenty minutes
    shell.notifier.timer.timeout.emit()
    assert checks == [TODAY, TODAY]
    shell.close()


@pytest.mark.usefixtures("english")  # plural forms: "3 renewals"
def test_renewals_found_together_make_one_notification(store, tmp_path, qtbot, monkeypatch):
    start = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)
    for name, days in (("Netflix", 12), ("Spotify", 13), ("iCloud", 14)):
        add_manual(store, name, Decimal("9.99"), "monthly", TODAY + timedelta(days=days))
    clock = SteppedClock(start)
    shell = _started(store, tmp_path, clock, monkeypatch)
    qtbot.addWidget(shell.window)
    assert shell.tray.shown == []
    clock.advance(days=7)  # back after a week away: all three are within a week
    shell.notifier.timer.timeout.emit()
    assert [text for _title, text, _sev in shell.tray.shown] == [
        "3 renewals this week: Netflix, Spotify, iCloud"
    ]
    shell.close()


@pytest.mark.usefixtures("english")
def test_rent_among_reminders_found_together_makes_them_payments_due(
    store, tmp_path, qtbot, monkeypatch
):
    start = datetime.combine(TODAY, datetime.min.time()).replace(hour=9)
    add_manual(store, "Rent", Decimal("2150.00"), "monthly", TODAY + timedelta(days=9), kind="bill")
    for name, days in (("Netflix", 12), ("Spotify", 13)):
        add_manual(store, name, Decimal("9.99"), "monthly", TODAY + timedelta(days=days))
    clock = SteppedClock(start)
    shell = _started(store, tmp_path, clock, monkeypatch)
    qtbot.addWidget(shell.window)
    clock.advance(days=7)
    shell.notifier.timer.timeout.emit()
    assert [text for _title, text, _sev in shell.tray.shown] == [
        "3 payments due this week: Rent, Netflix, Spotify"
    ]
    shell.close()
