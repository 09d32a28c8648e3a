"""Alerts as the desktop's own notifications, with Open, Snooze 1 day and Mark as seen.

On Linux (and other freedesktop desktops) notifications go to the notification service on the
session bus (``org.freedesktop.Notifications``: GNOME Shell, KDE Plasma, dunst, xfce4-notifyd,
mako…), which shows them in the desktop's notification list and, where it supports actions,
with buttons the user can answer without opening finapp. On Windows and macOS, or where no such
service answers, the tray icon's message is used (Qt hands it to the system's notifications
there), and where there is no tray either :meth:`DesktopNotifications.show` returns False and
the caller puts the alert in the window's banner, so an alert is never lost.

The bus is spoken with :mod:`jeepney` (pure Python, already on every Linux install through
``keyring``) and not PySide6's QtDBus: PySide6 cannot marshal an unsigned 32-bit integer, and
``Notify``'s second argument is one, so every real server (GDBus or Qt based) refuses a QtDBus
call. The connection is this object's own, read on the GUI thread through a
:class:`QSocketNotifier`: no thread, and action signals (which dunst sends only to the
connection that asked) arrive where they were asked for.

Quiet hours and snoozes are decided by :mod:`finapp.services.notification_policy`: during quiet
hours :meth:`show` holds the alerts instead of showing them, and a timer hands them back to the
app's check (``recheck``) when they are due, to be shown like new ones.
"""

from __future__ import annotations

import logging
import sys
from collections import deque
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

from finapp.errors import NotFoundError
from finapp.gui import bus
from finapp.gui.clock import Clock
from finapp.gui.context import AppContext
from finapp.gui.resources import resource_dir
from finapp.gui.tray import Tray
from finapp.services import notification_policy as policy
from finapp.services.alerts import mark_read
from finapp.services.changes import Changes

if TYPE_CHECKING:  # loaded on first use: most sessions never reach the session bus
    from jeepney import Message
    from jeepney.io.blocking import DBusConnection

log = logging.getLogger("finapp.gui")

#: the actions a notification can offer, in the order shown
ACTIONS = ("open", "snooze", "seen")
#: how long a call to the notification service may take before finapp gives up on it
CALL_TIMEOUT_S = 2.0
#: the longest the held-alerts timer sleeps, so a suspend or a clock change cannot strand one
MAX_WAIT_MS = 15 * 60 * 1000

_SERVICE = "org.freedesktop.Notifications"
_PATH = "/org/freedesktop/Notifications"


class DesktopNotifications(QObject):
    """Shows alerts through the best notification route the platform has."""

    #: alert ids and the action the user chose in a notification: "open", "snooze" or "seen"
    action_invoked = Signal(list, str)
    #: the notification itself was clicked (its default action): alert ids
    clicked = Signal(list)

    def __init__(
        self,
        ctx: AppContext,
        tray: Tray | None = None,
        on_open: Callable[[int | None], None] | None = None,
        recheck: Callable[[], None] | None = None,
        clock: Clock | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``on_open`` brings the window up on the Alerts page at the alert (None: several);
        ``recheck`` runs the app's alert check, which shows held alerts once
        :func:`notification_policy.release_due` has handed them back; ``clock`` is the shell's,
        so quiet hours and snoozes agree with the rest of the app on what time it is."""
        super().__init__(parent)
        self.ctx = ctx
        self.tray = tray
        self.clock = clock or Clock()
        self._on_open = on_open
        self._recheck = recheck
        self._service: _FreedesktopService | None = None
        #: alert ids of the tray message last shown, for its click
        self._tray_ids: list[int] = []
        if tray is not None:
            tray.message_clicked.connect(lambda: self.clicked.emit(list(self._tray_ids)))
        self._held_timer = QTimer(self)
        self._held_timer.setSingleShot(True)
        self._held_timer.timeout.connect(self._release_held)
        self._schedule_held()

    def show(
        self,
        title: str,
        text: str,
        severity: str,
        alert_ids: Sequence[int],
        actions: Sequence[str] = ACTIONS,
    ) -> bool:
        """Show one notification about these alerts; False when no route could (banner then).

        During quiet hours nothing pops up: the alerts are held until they end and True is
        returned, since they are taken care of. Quiet hours are about the desktop: where only
        the window's banner is left, it shows them at once (it interrupts no one).
        """
        ids = list(alert_ids)
        service = self._freedesktop()
        pops_up = service is not None or (self.tray is not None and self.tray.available)
        now = self.clock.now()
        until = policy.release_time(now, policy.quiet_hours(self.ctx.store))
        if pops_up and until > now and ids:
            policy.hold(self.ctx.store, ids, until)
            log.info("notifications: %d held for quiet hours", len(ids))
            self._schedule_held()
            return True
        if service is not None and service.notify(title, text, severity, ids, actions):
            return True
        if self.tray is not None and self.tray.notify(title, text, severity):
            self._tray_ids = ids
            return True
        return False

    def close(self) -> None:
        """Let go of the bus connection (the app is quitting)."""
        if self._service is not None:
            self._service.close()
            self._service = None

    # --- the freedesktop service -------------------------------------------------------------

    def _freedesktop(self) -> _FreedesktopService | None:
        if sys.platform in ("win32", "darwin"):
            return None
        if self._service is None or not self._service.alive:
            self._service = _FreedesktopService.open(self)
            if self._service is not None:
                self._service.invoked.connect(self._invoked)
        return self._service

    def _action_labels(self) -> dict[str, tuple[str, str]]:
        """Each action's key on the bus and its label, in the user's language."""
        return {
            "open": ("default", self.tr("Open")),
            "snooze": ("snooze", self.tr("Snooze 1 day")),
            "seen": ("seen", self.tr("Mark as seen")),
        }

    def _invoked(self, alert_ids: list[int], key: str) -> None:
        """The user answered a notification on the desktop."""
        if key == "default":
            self.clicked.emit(alert_ids)
            self.action_invoked.emit(alert_ids, "open")
            if self._on_open is not None:
                self._on_open(alert_ids[0] if len(alert_ids) == 1 else None)
        elif key == "snooze":
            until = policy.snooze(self.ctx.store, alert_ids, self.clock.now())
            log.info("notifications: %d snoozed until %s", len(alert_ids), until)
            self._schedule_held()
            self.action_invoked.emit(alert_ids, "snooze")
        elif key == "seen":
            for alert_id in alert_ids:
                try:
                    mark_read(self.ctx.store, alert_id)
                except NotFoundError:
                    continue  # removed meanwhile (a wipe, an undone import)
            self.ctx.bus.data_changed.emit(Changes.of(bus.ALERTS))
            self.action_invoked.emit(alert_ids, "seen")

    # --- held alerts -------------------------------------------------------------------------

    def _schedule_held(self) -> None:
        due = policy.next_release(self.ctx.store)
        if due is None:
            self._held_timer.stop()
            return
        wait_ms = int((due - self.clock.now()).total_seconds() * 1000)
        self._held_timer.start(max(0, min(wait_ms, MAX_WAIT_MS)))

    def _release_held(self) -> None:
        released = policy.release_due(self.ctx.store, self.clock.now())
        if released and self._recheck is not None:
            self._recheck()
        self._schedule_held()


class _FreedesktopService(QObject):
    """One connection to the session bus's notification service."""

    #: alert ids and the action key the user chose ("default", "snooze", "seen")
    invoked = Signal(list, str)

    def __init__(
        self, conn: DBusConnection, capabilities: list[str], owner: DesktopNotifications
    ) -> None:
        super().__init__(owner)
        from jeepney import DBusAddress, MatchRule

        self._conn = conn
        self._owner = owner
        self.actions_supported = "actions" in capabilities
        self.alive = True
        self._address = DBusAddress(_PATH, bus_name=_SERVICE, interface=_SERVICE)
        #: notification id → the alert ids it is about, until it is closed
        self._shown: dict[int, list[int]] = {}
        self._signals: deque[Message] = deque()
        rule = MatchRule(type="signal", interface=_SERVICE, path=_PATH)
        self._filter = conn.filter(rule, queue=self._signals)
        self._reader = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._reader.activated.connect(self._read)

    @classmethod
    def open(cls, owner: DesktopNotifications) -> _FreedesktopService | None:
        """Connect and ask the service what it can do; None when there is no service."""
        try:
            from jeepney import DBusAddress, MatchRule, MessageType, new_method_call
            from jeepney.bus_messages import message_bus
            from jeepney.io.blocking import open_dbus_connection
        except ImportError:
            return None
        try:
            conn = open_dbus_connection("SESSION", auth_timeout=CALL_TIMEOUT_S)
        except (KeyError, OSError, TimeoutError, ValueError) as exc:  # no session bus
            log.info("notifications: no session bus (%s)", type(exc).__name__)
            return None
        try:
            address = DBusAddress(_PATH, bus_name=_SERVICE, interface=_SERVICE)
            reply = conn.send_and_get_reply(
                new_method_call(address, "GetCapabilities"), timeout=CALL_TIMEOUT_S
            )
            if reply.header.message_type != MessageType.method_return:
                log.info("notifications: no notification service on the session bus")
                conn.close()
                return None
            rule = MatchRule(type="signal", interface=_SERVICE, path=_PATH)
            conn.send_and_get_reply(message_bus.AddMatch(rule), timeout=CALL_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            log.info("notifications: the service did not answer (%s)", type(exc).__name__)
            conn.close()
            return None
        return cls(conn, list(reply.body[0]), owner)

    def notify(
        self, title: str, text: str, severity: str, alert_ids: list[int], actions: Sequence[str]
    ) -> bool:
        from jeepney import MessageType, new_method_call

        labels = self._owner._action_labels()
        pairs: list[str] = []
        if self.actions_supported:
            for action in actions:
                pairs.extend(labels[action])
        icon = resource_dir("icons") / "finapp.svg"
        hints = {
            "urgency": ("y", policy.urgency(severity)),
            "desktop-entry": ("s", "finapp"),
        }
        body = (
            "finapp",
            0,
            icon.as_uri() if icon.exists() else "finapp",
            title,
            text,
            pairs,
            hints,
            -1,
        )
        message = new_method_call(self._address, "Notify", "susssasa{sv}i", body)
        try:
            reply = self._conn.send_and_get_reply(message, timeout=CALL_TIMEOUT_S)
        except (OSError, TimeoutError) as exc:
            log.info("notifications: Notify failed (%s)", type(exc).__name__)
            self.close()
            return False
        finally:
            self._dispatch()  # signals that arrived while waiting for the reply
        if reply.header.message_type != MessageType.method_return:
            log.info("notifications: the service refused the notification")
            return False
        self._shown[int(reply.body[0])] = alert_ids
        return True

    def _read(self) -> None:
        """The bus has data: take every complete message, then act on the signals."""
        try:
            while True:
                self._conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except (OSError, ValueError) as exc:  # the bus went away (logout, crash)
            log.info("notifications: session bus lost (%s)", type(exc).__name__)
            self.close()
        self._dispatch()

    def _dispatch(self) -> None:
        from jeepney import HeaderFields

        while self._signals:
            message = self._signals.popleft()
            member = message.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                notification_id, key = message.body
                alert_ids = self._shown.get(int(notification_id))
                if alert_ids is not None:
                    self.invoked.emit(list(alert_ids), str(key))
            elif member == "NotificationClosed":
                self._shown.pop(int(message.body[0]), None)

    def close(self) -> None:
        if not self.alive:
            return
        self.alive = False
        self._reader.setEnabled(False)
        self._filter.close()
        self._conn.close()
