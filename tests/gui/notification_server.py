"""A freedesktop notification server for the tests, run as its own process on a private bus.

It answers like the real ones (dunst, GNOME Shell, KDE): ``GetCapabilities``, ``Notify`` —
refused, as GDBus and QtDBus servers refuse it, unless its signature is exactly
``susssasa{sv}i`` — ``CloseNotification`` and ``GetServerInformation``. Every call is appended
to the record file as one JSON line. The test plays the user through ``org.finapp.TestServer``:
``Invoke(id, action_key)`` sends ``ActionInvoked`` to the client that showed the notification
(only to it, as dunst does) and then ``NotificationClosed``, as a server does after an action.

    python notification_server.py RECORD_FILE [CAPABILITY ...]

prints ``ready`` once it owns the name ``org.freedesktop.Notifications``.
"""

from __future__ import annotations

import json
import sys
from contextlib import suppress
from pathlib import Path
from typing import Any

from jeepney import (
    DBusAddress,
    HeaderFields,
    Message,
    MessageType,
    new_error,
    new_method_return,
    new_signal,
)
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import DBusConnection, open_dbus_connection

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
CONTROL = "org.finapp.TestServer"
NOTIFY_SIGNATURE = "susssasa{sv}i"
#: NotificationClosed reasons
DISMISSED, CLOSED_BY_CALL = 2, 3


class Server:
    def __init__(self, conn: DBusConnection, record: Path, capabilities: list[str]) -> None:
        self.conn = conn
        self.record = record
        self.capabilities = capabilities
        self.emitter = DBusAddress(PATH, interface=SERVICE)
        self.next_id = 1
        #: notification id → unique bus name of the client that showed it
        self.clients: dict[int, str] = {}

    def log(self, **entry: Any) -> None:
        with self.record.open("a", encoding="utf-8") as f:
            f.write(json.dumps(entry) + "\n")

    def signal(self, name: str, signature: str, body: tuple, destination: str | None) -> None:
        message = new_signal(self.emitter, name, signature, body)
        if destination is not None:
            message.header.fields[HeaderFields.destination] = destination
        self.conn.send(message)

    def handle(self, msg: Message) -> Message:
        fields = msg.header.fields
        interface, member = fields.get(HeaderFields.interface), fields.get(HeaderFields.member)
        signature = fields.get(HeaderFields.signature, "")
        sender = fields.get(HeaderFields.sender)
        if interface == SERVICE and member == "GetCapabilities":
            self.log(call="GetCapabilities")
            return new_method_return(msg, "as", (self.capabilities,))
        if interface == SERVICE and member == "GetServerInformation":
            return new_method_return(msg, "ssss", ("test-server", "finapp", "1", "1.2"))
        if interface == SERVICE and member == "Notify":
            if signature != NOTIFY_SIGNATURE:
                self.log(call="Notify-refused", signature=signature)
                return new_error(
                    msg,
                    "org.freedesktop.DBus.Error.InvalidArgs",
                    "s",
                    (f"Type {signature} does not match {NOTIFY_SIGNATURE}",),
                )
            app, replaces, icon, summary, body, actions, hints, timeout = msg.body
            notification_id = replaces or self.next_id
            self.next_id += 1
            self.clients[notification_id] = sender
            self.log(
                call="Notify",
                id=notification_id,
                app_name=app,
                app_icon=icon,
                summary=summary,
                body=body,
                actions=list(actions),
                hints={k: list(v) for k, v in hints.items()},
                timeout=timeout,
            )
            return new_method_return(msg, "u", (notification_id,))
        if interface == SERVICE and member == "CloseNotification":
            (notification_id,) = msg.body
            self.log(call="CloseNotification", id=notification_id)
            self.signal("NotificationClosed", "uu", (notification_id, CLOSED_BY_CALL), None)
            return new_method_return(msg)
        if interface == CONTROL and member == "Invoke" and signature == "us":
            notification_id, key = msg.body
            self.signal(
                "ActionInvoked", "us", (notification_id, key), self.clients.get(notification_id)
            )
            self.signal("NotificationClosed", "uu", (notification_id, DISMISSED), None)
            return new_method_return(msg)
        return new_error(
            msg,
            "org.freedesktop.DBus.Error.UnknownMethod",
            "s",
            (f"No method {interface}.{member}({signature})",),
        )

    def serve(self) -> None:
        while True:
            msg = self.conn.receive()
            if msg.header.message_type == MessageType.method_call:
                self.conn.send(self.handle(msg))


def main(argv: list[str]) -> None:
    record, capabilities = Path(argv[0]), argv[1:] or ["actions", "body"]
    conn = open_dbus_connection("SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(SERVICE))
    if reply.body != (1,):  # not the primary owner
        raise SystemExit(f"could not own {SERVICE}: {reply.body}")
    print("ready", flush=True)
    with suppress(ConnectionResetError):  # the bus went away: the test is over
        Server(conn, record, capabilities).serve()


if __name__ == "__main__":
    main(sys.argv[1:])
