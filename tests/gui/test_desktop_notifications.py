"""Alerts as the desktop's notifications, against a real notification server on a private bus.

The server (tests/gui/notification_server.py) refuses a ``Notify`` whose D-Bus types are not
exactly the specification's, as GNOME Shell, KDE and dunst do, and answers actions as they do.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.desktop_notifications import DesktopNotifications
from finapp.gui.tray import Tray
from finapp.services import notification_policy as policy
from finapp.store.engine import Store
from finapp.store.schema import Alert
from tests.gui.chinese import speaking
from tests.gui.dbus_session import NotificationServer, private_session_bus
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.tray_support import SteppedClock


@pytest.fixture
def session_bus(monkeypatch) -> Iterator[str]:
    with private_session_bus() as address:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", address)
        yield address


@pytest.fixture
def server(session_bus: str, tmp_path: Path) -> Iterator[NotificationServer]:
    running = NotificationServer(session_bus, tmp_path / "server-calls.jsonl", ["actions", "body"])
    yield running
    running.stop()


@pytest.fixture
def ctx(store: Store, tmp_path: Path) -> AppContext:
    policy.set_quiet_hours(store, "off")  # these tests may run at any hour
    bus = AppBus()
    return AppContext(store, bus, InlineTaskRunner(bus), tmp_path)


class RecordingTray(Tray):
    """A tray whose balloons are recorded (the offscreen platform has no tray)."""

    def __init__(self) -> None:
        super().__init__({}, available=False)
        self.shown: list[tuple[str, str, str]] = []

    def rebuild_menu(self) -> None:
        pass

    def notify(self, title: str, text: str, severity: str = "info") -> bool:
        self.shown.append((title, text, severity))
        return True


def _alert(store: Store, message: str = "Netflix renews on 9 Mar for 15.49") -> int:
    with store.write() as session:
        alert = Alert(
            dedupe_key=message,
            kind="renewal",
            severity="warning",
            date=date.today(),
            message=message,
            notified=True,
        )
        session.add(alert)
        session.flush()
        return alert.id


def _read(store: Store, alert_id: int) -> bool:
    with store.read() as session:
        return session.get(Alert, alert_id).read


def test_an_alert_is_one_native_notification_and_mark_as_seen_marks_it_read(
    ctx: AppContext, server: NotificationServer, qtbot
):
    alert_id = _alert(ctx.store)
    notifications = DesktopNotifications(ctx)
    changes = []
    ctx.bus.data_changed.connect(changes.append)

    assert notifications.show(
        "finapp: alert", "Netflix renews on 9 Mar for 15.49", "critical", [alert_id]
    )

    (notify,) = server.calls("Notify")  # exactly one, accepted by a strict server
    assert notify["app_name"] == "finapp"
    assert (notify["summary"], notify["body"]) == (
        "finapp: alert",
        "Netflix renews on 9 Mar for 15.49",
    )
    assert notify["actions"] == [
        "default",
        "Open",
        "snooze",
        "Snooze 1 day",
        "seen",
        "Mark as seen",
    ]
    assert notify["hints"]["urgency"] == ["y", 2]
    assert notify["app_icon"].endswith("finapp.svg")
    assert not server.calls("Notify-refused")

    with qtbot.waitSignal(notifications.action_invoked, timeout=10_000) as invoked:
        server.invoke(notify["id"], "seen")  # the user clicks "Mark as seen" on the desktop
    assert invoked.args == [[alert_id], "seen"]
    assert _read(ctx.store, alert_id)
    assert any(c.touches({"alerts"}) for c in changes)  # the Alerts page shows it read
    notifications.close()


def test_snooze_brings_the_alert_back_tomorrow(ctx: AppContext, server: NotificationServer, qtbot):
    alert_id = _alert(ctx.store)
    notifications = DesktopNotifications(ctx)
    notifications.show("finapp: alert", "Netflix renews on 9 Mar for 15.49", "warning", [alert_id])
    (notify,) = server.calls("Notify")

    before = datetime.now()
    with qtbot.waitSignal(notifications.action_invoked, timeout=10_000) as invoked:
        server.invoke(notify["id"], "snooze")
    assert invoked.args == [[alert_id], "snooze"]
    until = policy.held(ctx.store)[alert_id]
    assert before + timedelta(days=1) <= until <= datetime.now() + timedelta(days=1)
    assert not _read(ctx.store, alert_id)
    assert policy.release_due(ctx.store, datetime.now()) == []  # not today …
    assert policy.release_due(ctx.store, until) == [alert_id]  # … tomorrow, to be notified
    notifications.close()


def test_clicking_the_notification_opens_finapp_on_the_alert(
    ctx: AppContext, server: NotificationServer, qtbot
):
    alert_id = _alert(ctx.store)
    opened = []
    notifications = DesktopNotifications(ctx, on_open=opened.append)
    notifications.show("finapp: alert", "Balance of Checking below 100.00", "critical", [alert_id])
    (notify,) = server.calls("Notify")

    with qtbot.waitSignal(notifications.clicked, timeout=10_000) as clicked:
        server.invoke(notify["id"], "default")
    assert clicked.args == [[alert_id]]
    assert opened == [alert_id]  # the window opens on this alert
    assert not _read(ctx.store, alert_id)
    notifications.close()


def test_a_server_without_actions_gets_a_plain_notification(
    ctx: AppContext, session_bus: str, tmp_path: Path
):
    plain = NotificationServer(session_bus, tmp_path / "plain.jsonl", ["body"])
    try:
        notifications = DesktopNotifications(ctx)
        assert notifications.show("finapp", "2 new alerts", "info", [_alert(ctx.store)])
        (notify,) = plain.calls("Notify")
        assert notify["actions"] == [] and notify["hints"]["urgency"] == ["y", 0]
        notifications.close()
    finally:
        plain.stop()


def test_without_a_notification_service_the_tray_and_then_the_banner_take_over(
    ctx: AppContext, session_bus: str
):
    tray = RecordingTray()
    alert_id = _alert(ctx.store)
    with_tray = DesktopNotifications(ctx, tray)
    assert with_tray.show("finapp: alert", "Netflix renews soon", "warning", [alert_id])
    assert tray.shown == [("finapp: alert", "Netflix renews soon", "warning")]
    assert not DesktopNotifications(ctx).show(
        "finapp: alert", "Netflix renews soon", "warning", [alert_id]
    )  # the banner's turn


def test_during_quiet_hours_nothing_pops_up_until_they_end(
    ctx: AppContext, server: NotificationServer, qtbot
):
    policy.set_quiet_hours(ctx.store, "22:00-08:00")  # the default
    alert_id = _alert(ctx.store)
    night = SteppedClock(datetime(2026, 3, 9, 23, 30))
    notifications = DesktopNotifications(ctx, clock=night)

    assert notifications.show("finapp: alert", "Netflix renews soon", "warning", [alert_id])

    assert server.calls("Notify") == []  # nothing at 23:30
    assert policy.held(ctx.store) == {alert_id: datetime(2026, 3, 10, 8, 0)}
    notifications.close()

    # finapp (re)started after 8:00 hands the alert back to its check, which shows it
    rechecks = []
    morning = SteppedClock(datetime(2026, 3, 10, 8, 5))
    later = DesktopNotifications(ctx, recheck=lambda: rechecks.append(True), clock=morning)
    qtbot.waitUntil(lambda: rechecks == [True], timeout=5_000)
    with ctx.store.read() as session:
        assert not session.get(Alert, alert_id).notified  # the next check notifies it
    assert policy.held(ctx.store) == {}
    later.close()


def test_quiet_hours_never_hold_back_the_windows_banner(ctx: AppContext, session_bus: str):
    policy.set_quiet_hours(ctx.store, "22:00-08:00")
    night = SteppedClock(datetime(2026, 3, 9, 23, 30))
    notifications = DesktopNotifications(ctx, clock=night)  # no service, no tray
    assert not notifications.show(
        "finapp: alert", "Netflix renews soon", "warning", [_alert(ctx.store)]
    )  # the banner shows it now
    assert policy.held(ctx.store) == {}


def test_the_actions_speak_the_users_language(
    ctx: AppContext, server: NotificationServer, qapp, tmp_path: Path, monkeypatch
):
    from finapp.gui import i18n
    from finapp.gui.resources import resource_dir

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))  # compile the .ts afresh
    shipped = tmp_path / "res"
    shipped.mkdir()
    (shipped / "finapp_zh_CN.ts").write_bytes(
        (resource_dir("i18n") / "finapp_zh_CN.ts").read_bytes()
    )
    monkeypatch.setattr(i18n, "resource_dir", lambda *_parts: shipped)
    with speaking(qapp, "zh_CN"):
        notifications = DesktopNotifications(ctx)
        notifications.show("finapp", "Netflix", "info", [_alert(ctx.store)])
        (notify,) = server.calls("Notify")
        assert notify["actions"] == ["default", "打开", "snooze", "推迟 1 天", "seen", "标为已读"]
        notifications.close()


def test_a_check_notifies_through_the_desktop_and_its_click_opens_the_alert(
    store: Store, server: NotificationServer, tmp_path: Path, qtbot
):
    from tests.gui.shell_support import make_shell

    with store.write() as session:  # what the alert engine stores when it raises one today
        alert = Alert(
            dedupe_key="a1",
            kind="large_charge",
            severity="warning",
            date=date.today(),
            message="A large charge of 950.00 at BESTBUY",
        )
        session.add(alert)
        session.flush()
        alert_id = alert.id
    noon = SteppedClock(datetime.combine(date.today(), datetime.min.time()).replace(hour=12))
    shell = make_shell(store, tmp_path, clock=noon)
    qtbot.addWidget(shell.window)
    shell.notifier.check()
    shell.notifier.check()  # checked again: nothing new

    (notify,) = server.calls("Notify")
    assert notify["body"] == "A large charge of 950.00 at BESTBUY"
    assert not shell.window.banner.isVisible()  # the desktop had it: not twice

    server.invoke(notify["id"], "default")  # the user clicks the notification
    qtbot.waitUntil(lambda: shell.window.isVisible(), timeout=10_000)
    assert shell.window.current_page_name() == "alerts"
    assert [a.id for a in shell.window.page("alerts").selected()] == [alert_id]
    shell.close()
