"""A private D-Bus session bus and a notification server on it, for tests of real notifications.

``dbus-daemon`` ships with every Linux desktop and in CI (/usr/bin/dbus-daemon); the server is
``tests/gui/notification_server.py`` in its own process, so finapp talks to it exactly as to the
desktop's. Everything waits on conditions (a line printed, a file written), never on sleeps.
"""

from __future__ import annotations

import json
import os
import select
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

SERVER = Path(__file__).with_name("notification_server.py")
STARTUP_TIMEOUT_S = 15.0


def _first_line(process: subprocess.Popen[str], what: str) -> str:
    assert process.stdout is not None
    ready, _, _ = select.select([process.stdout], [], [], STARTUP_TIMEOUT_S)
    line = process.stdout.readline().strip() if ready else ""
    if not line:
        process.kill()
        raise RuntimeError(f"{what} did not start")
    return line


def _stop(process: subprocess.Popen[str]) -> None:
    process.terminate()
    try:
        process.wait(timeout=5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


@contextmanager
def private_session_bus() -> Iterator[str]:
    """A session bus of our own; yields its address (set it as DBUS_SESSION_BUS_ADDRESS)."""
    daemon = subprocess.Popen(
        ["dbus-daemon", "--session", "--print-address", "--nofork"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        yield _first_line(daemon, "dbus-daemon")
    finally:
        _stop(daemon)


class NotificationServer:
    """The test notification server: what it was asked, and a way to answer like a user."""

    def __init__(self, address: str, record: Path, capabilities: list[str]) -> None:
        self.address = address
        self.record = record
        env = {**os.environ, "DBUS_SESSION_BUS_ADDRESS": address}
        self.process = subprocess.Popen(
            [sys.executable, str(SERVER), str(record), *capabilities],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        _first_line(self.process, "the notification server")

    def calls(self, name: str | None = None) -> list[dict[str, Any]]:
        if not self.record.exists():
            return []
        entries = [json.loads(line) for line in self.record.read_text("utf-8").splitlines()]
        return [e for e in entries if name is None or e["call"] == name]

    def invoke(self, notification_id: int, key: str) -> None:
        """The user chooses an action (``"default"`` is a click on the notification)."""
        from jeepney import DBusAddress, MessageType, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        address = DBusAddress(
            "/org/freedesktop/Notifications",
            bus_name="org.freedesktop.Notifications",
            interface="org.finapp.TestServer",
        )
        with open_dbus_connection(self.address) as conn:
            reply = conn.send_and_get_reply(
                new_method_call(address, "Invoke", "us", (notification_id, key)), timeout=10
            )
        assert reply.header.message_type == MessageType.method_return, reply.body

    def stop(self) -> None:
        _stop(self.process)
