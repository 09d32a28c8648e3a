"""A renewal reminder reaches a person who never opened finapp: issue 15's "done when".

finapp is started as the login entry starts it (``finapp-gui --background``) over a store whose
key is in the keyring and whose statement holds a monthly Netflix charge renewing in 10 days →
no window, no dialog (with a tray; without one the window waits minimised) → four days pass
(the app's clock moved, the schedule's minute tick fires) → exactly one notification reaches
the desktop's notification server (a real one on a private D-Bus session) → the person clicks
it → the window is up on the Alerts page with that reminder selected → Settings → "Start
finapp when I log in" ticked writes the desktop's autostart entry, unticked removes it → Ctrl+Q.

The app's clock is its one :class:`~finapp.gui.clock.Clock`; ``main()`` builds it, so the test
moves the clock's time source (``Clock.now``) rather than the calendar. The tray is whatever the
platform has: none offscreen (``make test``), trayer's under ``make journeys`` (Xvfb).
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QScrollArea, QSystemTrayIcon, QWidget

from finapp.gui.clock import Clock
from finapp.gui.launcher import Launcher
from finapp.gui.main_window import MainWindow
from finapp.services.autostart import desktop_entry_path
from finapp.services.imports import import_files
from finapp.services.keys_admin import take_unshown_recovery_key
from finapp.services.opening import open_store
from finapp.store.schema import Alert
from tests.gui.dbus_session import NotificationServer, private_session_bus
from tests.journeys.actions import CTRL, click, press
from tests.journeys.driver import Journey, Wait, do, open_windows, run_app, wait_for
from tests.journeys.statements import monthly_streaming_statement

#: the morning finapp starts at login (outside the default quiet hours, 22:00–08:00)
LOGIN = datetime.combine(date.today(), datetime.min.time()).replace(hour=10)
#: Netflix renews ten days after login: its 7-day reminder falls due three days after it
RENEWS = LOGIN.date() + timedelta(days=10)


def _month_before(day: date) -> date:
    year, month = (day.year, day.month - 1) if day.month > 1 else (day.year - 1, 12)
    return date(year, month, min(day.day, 28))


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[datetime]:
    """The app's time source, moved by the test: ``clock[0]`` is now."""
    moment = [LOGIN]
    monkeypatch.setattr(Clock, "now", lambda _self: moment[0])
    return moment


@pytest.fixture
def notification_server(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[NotificationServer]:
    """A desktop's notification service (with actions) on a session bus of the test's own."""
    with private_session_bus() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        server = NotificationServer(address, tmp_path / "notify-calls.jsonl", ["actions", "body"])
        try:
            yield server
        finally:
            server.stop()


def _netflix_notes(server: NotificationServer) -> list[dict]:
    return [c for c in server.calls("Notify") if "Netflix" in c["summary"] + c["body"]]


def _launchers() -> list[Launcher]:
    app = QApplication.instance()
    return app.findChildren(Launcher) if app is not None else []


def _household(app_home: Path, tmp_path: Path) -> None:
    """The household as it was when finapp was last used: statements in, recovery key seen."""
    statement = monthly_streaming_statement(
        tmp_path, _month_before(RENEWS), LOGIN.date() - timedelta(days=1)
    )
    store = open_store(app_home)  # the key goes to the (memory) keyring
    assert import_files(store, [statement]).new > 50
    take_unshown_recovery_key(store)
    store.close()


def _login_started() -> Wait:
    """Wait for the finapp this journey starts (not an earlier journey's, in this process) to
    be running with its check at start done; returns its launcher."""
    earlier = _launchers()

    def started() -> Launcher | None:
        launcher = next((one for one in _launchers() if one not in earlier), None)
        shell = launcher.shell if launcher is not None else None
        if shell is None or shell.notifier._last_check is None or shell.ctx.tasks.busy:
            return None
        return launcher

    return wait_for("finapp started at login, its first check done", started)


def _scroll_to(widget: QWidget) -> None:
    """Scroll the page until ``widget`` is in view, as a person does before clicking it."""
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if parent is not None:
        parent.ensureWidgetVisible(widget)


def test_a_login_start_reminds_once_and_the_notification_opens_the_alert(
    app_home: Path, tmp_path: Path, memory_keyring, monkeypatch: pytest.MonkeyPatch,
    clock: list[datetime], notification_server: NotificationServer,
) -> None:  # fmt: skip
    home, config = tmp_path / "home", tmp_path / "config"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(config))
    entry = desktop_entry_path()
    assert entry.is_relative_to(config)

    _household(app_home, tmp_path)
    tray = QSystemTrayIcon.isSystemTrayAvailable()
    started = _login_started()
    server = notification_server

    def journey() -> Journey:
        launcher = yield started
        shell = launcher.shell
        main: MainWindow = shell.window
        if tray:  # finapp waits in the tray: nothing on screen at all
            assert open_windows() == [], [w.objectName() for w in open_windows()]
            assert shell.tray.icon is not None and shell.tray.icon.isVisible()
        else:  # nowhere quiet to wait: the window alone, minimised to the task bar
            assert [w.objectName() for w in open_windows()] == ["main-window"]
            assert main.isMinimized()
        assert server.calls("Notify") == [], "nothing is due at login"

        yield do(
            "four days pass; the minute tick comes",
            lambda: (
                clock.__setitem__(0, clock[0] + timedelta(days=4)),
                shell.notifier.timer.timeout.emit(),
            ),
        )
        yield wait_for("a notification about Netflix", lambda: _netflix_notes(server))
        yield wait_for("the check done", lambda: not shell.ctx.tasks.busy)
        yield do(
            "a minute later, the next tick",
            lambda: (
                clock.__setitem__(0, clock[0] + timedelta(minutes=1)),
                shell.notifier.timer.timeout.emit(),
            ),
        )
        yield wait_for("that check done too", lambda: not shell.ctx.tasks.busy)
        (note,) = _netflix_notes(server)
        assert len(server.calls("Notify")) == 1, server.calls("Notify")
        assert "in 6 days" in note["summary"] + note["body"], note
        assert "default" in note["actions"], note["actions"]
        if tray:
            assert open_windows() == [], "a notification, not a window"

        shell.tray.menu.aboutToShow.emit()
        entries = [a.text() for a in shell.tray.menu.actions() if not a.isSeparator()]
        assert entries[0] == "Upcoming renewals", entries  # the heading over the renewals
        assert entries[1].startswith("Netflix — ") and entries[1].endswith("15.49"), entries
        assert "1 open alert" in entries, entries
        where = (shell.tray.icon.geometry().bottomLeft() if shell.tray.icon is not None
                 else QPoint(900, 40))  # fmt: skip
        yield do("open the tray menu", lambda: shell.tray.menu.popup(where))
        yield wait_for("the tray menu on screen", shell.tray.menu.isVisible)
        yield do("close the tray menu", shell.tray.menu.hide)
        yield wait_for("the tray menu gone", lambda: not shell.tray.menu.isVisible())

        with shell.ctx.store.read() as session:
            (alert,) = session.query(Alert).filter(Alert.kind == "renewal").all()
            alert_id = alert.id
        yield do("click the notification", lambda: server.invoke(note["id"], "default"))
        alerts = yield wait_for(
            "the window on the Alerts page, the reminder selected",
            lambda: (
                main.isVisible()
                and not main.isMinimized()
                and main.current_page_name() == "alerts"
                and (page := main.built_pages().get("alerts")) is not None
                and [a.id for a in page.selected()] == [alert_id]
                and page
            ),
        )
        assert "Netflix" in alerts.selected()[0].message
        assert len(server.calls("Notify")) == 1

        yield do("Settings (Ctrl+,)", lambda: press(main, Qt.Key.Key_Comma, CTRL))
        settings = yield wait_for(
            "the Settings page",
            lambda: main.current_page_name() == "settings" and main.built_pages().get("settings"),
        )
        box = settings.findChild(QCheckBox, "settings-start-at-login")
        yield do("scroll to the box", lambda: _scroll_to(box))
        assert not box.isChecked() and not entry.exists()
        yield do("tick Start finapp when I log in", lambda: click(box))
        yield wait_for("the autostart entry written", lambda: entry.exists() and box.isChecked())
        text = entry.read_text("utf-8")
        assert "--background" in text and str(app_home) in text, text
        yield do("untick it", lambda: click(box))
        yield wait_for(
            "the autostart entry gone", lambda: not entry.exists() and not box.isChecked()
        )
        yield do("Ctrl+Q", lambda: press(main, Qt.Key.Key_Q, CTRL))

    code = run_app(["--background", "--data-dir", str(app_home)], journey(), "login-reminder")
    assert code == 0
    assert open_windows() == []
    assert len(_netflix_notes(server)) == 1
