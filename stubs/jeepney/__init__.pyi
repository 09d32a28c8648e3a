# The part of jeepney finapp uses (finapp/gui/desktop_notifications.py): the package ships no
# types. Signatures follow jeepney 0.9 (low_level.py, wrappers.py, bus_messages.py); add what a
# new caller needs.
from enum import Enum, IntEnum
from typing import Any

class MessageType(Enum):
    method_call = 1
    method_return = 2
    error = 3
    signal = 4

class HeaderFields(IntEnum):
    path = 1
    interface = 2
    member = 3
    error_name = 4
    reply_serial = 5
    destination = 6
    sender = 7
    signature = 8
    unix_fds = 9

class Header:
    message_type: MessageType
    fields: dict[HeaderFields, Any]

class Message:
    header: Header
    body: tuple[Any, ...]

class DBusAddress:
    def __init__(
        self, object_path: str, bus_name: str | None = None, interface: str | None = None
    ) -> None: ...

class MatchRule:
    def __init__(
        self,
        *,
        type: str | MessageType | None = None,
        sender: str | None = None,
        interface: str | None = None,
        member: str | None = None,
        path: str | None = None,
        path_namespace: str | None = None,
        destination: str | None = None,
        eavesdrop: bool = False,
    ) -> None: ...

def new_method_call(
    remote_obj: DBusAddress, method: str, signature: str | None = None, body: tuple[Any, ...] = ()
) -> Message: ...
