import socket
from collections import deque

from jeepney import MatchRule, Message

class FilterHandle:
    def close(self) -> None: ...

class DBusConnection:
    sock: socket.socket
    def send_and_get_reply(self, message: Message, *, timeout: float | None = None) -> Message: ...
    def recv_messages(self, *, timeout: float | None = None) -> None: ...
    def filter(
        self, rule: MatchRule, *, queue: deque[Message] | None = None, bufsize: int = 1
    ) -> FilterHandle: ...
    def close(self) -> None: ...

def open_dbus_connection(
    bus: str = "SESSION", enable_fds: bool = False, auth_timeout: float = 1.0
) -> DBusConnection: ...
