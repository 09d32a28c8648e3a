"""The tray menu: the next renewals and open alerts, each opening its page; pausing."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.gui.models.formatting import format_date
from finapp.services.subscriptions import add_manual
from finapp.store.engine import Store
from finapp.store.schema import Alert
from tests.gui.shell_support import make_shell
from tests.gui.tray_support import RecordingTray, SteppedClock, english  # noqa: F401

NOON = datetime.combine(date.today(), datetime.min.time()).replace(hour=12)


def _raise_alert(store: Store, key: str, message: str, day: date) -> None:
    with store.write() as session:
        session.add(Alert(dedupe_key=key, kind="large_charge", severity="warning",
                          date=day, message=message))  # fmt: skip


def _texts(shell) -> list[str]:  # type: ignore[no-untyped-def]
    shell.tray.menu.aboutToShow.emit()  # rebuilt as it opens
    return [a.text() for a in shell.tray.menu.actions() if not a.isSeparator()]


def _choose(shell, text: str) -> None:  # type: ignore[no-untyped-def]
    shell.tray.menu.aboutToShow.emit()
    next(a for a in shell.tray.menu.actions() if a.text().startswith(text)).trigger()


@pytest.mark.usefixtures("english")  # plural forms: "2 open alerts"
def test_the_menu_lists_the_next_three_renewals_and_the_open_alerts(store, tmp_path: Path, qtbot):
    # the platform's tray (a subclass would be its own translation context)
    today = NOON.date()
    for name, days in (("Netflix", 3), ("Spotify", 9), ("iCloud", 12), ("Gym", 20)):
        add_manual(store, name, Decimal("9.99"), "monthly", today + timedelta(days=days))
    _raise_alert(store, "a1", "A large charge of 950.00 at BESTBUY", today)
    shell = make_shell(
        store, tmp_path, tray=True, clock=SteppedClock(NOON), opening_page="accounts"
    )
    qtbot.addWidget(shell.window)
    shell.start_in_background()
    texts = _texts(shell)
    first = f"Netflix — {format_date(today + timedelta(days=3))} — $9.99"
    assert texts[:4] == [
        "Upcoming renewals",
        first,
        f"Spotify — {format_date(today + timedelta(days=9))} — $9.99",
        f"iCloud — {format_date(today + timedelta(days=12))} — $9.99",
    ]  # three, soonest first: the Gym is not listed
    assert texts[4] == "2 open alerts"  # the one raised by hand and Netflix's reminder
    assert texts[5:] == [
        "&Open finapp",
        "&Import statements…",
        "&Check alerts now",
        "&Pause notifications",
        "&Quit",
    ]
    _choose(shell, "Netflix")
    assert shell.window.isVisible() and shell.window.current_page_name() == "subscriptions"
    assert shell.window.page("subscriptions").selected().name == "Netflix"
    shell.window.hide()
    _choose(shell, "2 open alerts")
    assert shell.window.isVisible() and shell.window.current_page_name() == "alerts"
    shell.close()


def test_paused_notifications_are_held_and_shown_when_the_pause_ends(
    store, tmp_path: Path, qtbot, monkeypatch
):
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    clock = SteppedClock(NOON)
    shell = make_shell(store, tmp_path, tray=True, clock=clock, opening_page="accounts")
    qtbot.addWidget(shell.window)
    shell.start_in_background()
    shell.tray.menu.aboutToShow.emit()
    pause = next(a for a in shell.tray.menu.actions() if a.text() == "&Pause notifications")
    hour = next(a for a in pause.menu().actions() if a.text() == "For 1 &hour")
    hour.trigger()
    assert any(t.startswith("&Resume notifications (paused until ") for t in _texts(shell))
    _raise_alert(store, "p1", "A large charge of 950.00 at BESTBUY", NOON.date())
    shell.window.check_alerts_action.trigger()
    assert shell.tray.shown == []  # held, not shown and not dropped
    clock.advance(minutes=30)
    shell.notifier.timer.timeout.emit()
    assert shell.tray.shown == []
    clock.advance(minutes=31)
    shell.notifier.timer.timeout.emit()  # the pause is over
    assert [text for _t, text, _s in shell.tray.shown] == ["A large charge of 950.00 at BESTBUY"]
    assert "&Pause notifications" in _texts(shell)
    shell.close()


def test_a_pause_until_tomorrow_lasts_the_night_and_resume_ends_it(
    store, tmp_path: Path, qtbot, monkeypatch
):
    monkeypatch.setattr("finapp.gui.shell.Tray", RecordingTray)
    clock = SteppedClock(NOON.replace(hour=21))
    shell = make_shell(store, tmp_path, tray=True, clock=clock, opening_page="accounts")
    qtbot.addWidget(shell.window)
    shell.start_in_background()
    shell.tray.pause_requested.emit(None)  # Pause notifications → Until tomorrow
    assert shell.notifier.paused_until == NOON.replace(hour=8) + timedelta(days=1)
    _raise_alert(store, "n1", "A large charge of 950.00 at BESTBUY", NOON.date())
    shell.notifier.check()
    assert shell.tray.shown == []
    _choose(shell, "&Resume notifications")
    assert len(shell.tray.shown) == 1 and shell.notifier.paused_until is None
    shell.close()


def test_the_menu_follows_what_the_user_does_in_the_window(store, tmp_path: Path, qtbot):
    from finapp.gui.pages.alerts import AlertsPage

    _raise_alert(store, "d1", "A large charge of 950.00 at BESTBUY", NOON.date())
    shell = make_shell(
        store, tmp_path, tray=True, clock=SteppedClock(NOON), opening_page="accounts"
    )
    qtbot.addWidget(shell.window)
    shell.start_in_background()
    assert shell.tray.summary.open_alerts == 1
    shell.open_alerts()
    page = shell.window.page("alerts")
    assert isinstance(page, AlertsPage)
    page.table.selectRow(0)
    page.dismiss_button.click()  # dismissed in the window: no open alert left in the menu
    assert shell.tray.summary.open_alerts == 0
    assert "No open alerts" in _texts(shell)
    shell.close()


def test_import_from_the_tray_brings_the_window_up_under_the_file_chooser(
    store, tmp_path: Path, qtbot
):
    from PySide6.QtWidgets import QFileDialog

    from tests.gui.answering import escape, opened

    shell = make_shell(
        store, tmp_path, tray=True, clock=SteppedClock(NOON), opening_page="accounts"
    )
    qtbot.addWidget(shell.window)
    shell.start_in_background()  # in the tray, no window yet
    _choose(shell, "&Import statements…")
    assert shell.window.isVisible()
    escape(qtbot, opened(shell.window, QFileDialog, "import-file-chooser"))
    shell.close()


@pytest.mark.usefixtures("english")
def test_the_renewal_lines_are_headed_by_what_they_are(store, tmp_path: Path, qtbot):
    """ "Netflix — 12/9/26 — $15.49" alone in a tray menu does not say it is a renewal: a greyed
    heading stands over the lines, as native menus head a group, and choosing it does nothing."""
    from PySide6.QtCore import QPoint, Qt

    today = NOON.date()
    add_manual(store, "Netflix", Decimal("15.49"), "monthly", today + timedelta(days=3))
    add_manual(store, "Spotify", Decimal("11.99"), "monthly", today + timedelta(days=9))
    shell = make_shell(
        store, tmp_path, tray=True, clock=SteppedClock(NOON), opening_page="accounts"
    )
    qtbot.addWidget(shell.window)
    shell.start_in_background()
    menu = shell.tray.menu
    menu.popup(QPoint(900, 40))  # opened as a click on the tray icon opens it
    qtbot.waitUntil(menu.isVisible)
    entries = [a for a in menu.actions() if a.isVisible()]
    heading, netflix = entries[0], entries[1]
    assert heading.text() == "Upcoming renewals" and not heading.isSeparator()
    assert not heading.isEnabled()  # a heading, greyed, not something to choose
    assert netflix.text().startswith("Netflix — ") and netflix.isEnabled()
    above = menu.actionGeometry(heading)
    assert above.height() > 0 and above.bottom() <= menu.actionGeometry(netflix).top()
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=above.center())
    assert not shell.window.isVisible()  # the heading opens nothing
    menu.hide()
    shell.close()


def test_no_heading_without_renewals(store, tmp_path: Path, qtbot):
    shell = make_shell(
        store, tmp_path, tray=True, clock=SteppedClock(NOON), opening_page="accounts"
    )
    qtbot.addWidget(shell.window)
    shell.start_in_background()
    assert "Upcoming renewals" not in _texts(shell)
    shell.close()
