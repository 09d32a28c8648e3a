"""One finapp per user and data directory: a second launch hands its files to the first.

The running app listens on a QLocalServer whose name is a hash of the user and data directory
(no path or user name shows up in /tmp). A later launch connects, sends one JSON line
``{"v": 1, "cmd": "open", "files": [...]}`` and waits for the first to answer
``{"v": 1, "ok": true}`` once it has taken the files (they are then the running app's to
import, or to name as not imported): only then does the later launch exit 0, so a launch whose
files went nowhere never looks like a success. Anything else on the socket is ignored. A server
left behind by a crashed process is removed before listening (the approach of qutebrowser's
misc/ipc.py).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger("finapp.gui")

PROTOCOL_VERSION = 1
#: a request longer than this is not ours
MAX_REQUEST = 256 * 1024
CONNECT_TIMEOUT_MS = 500
#: how long a later launch waits for the running app to take its files: the running app
#: answers from its event loop, which a busy moment (a store opening, a page drawing) delays
ANSWER_TIMEOUT_MS = 15_000
#: the running app's answer: the files are taken
ACK = (json.dumps({"v": PROTOCOL_VERSION, "ok": True}) + "\n").encode("utf-8")


class Handoff(Enum):
    """What became of a later launch's files."""

    #: no finapp listens: this launch opens its own window
    NOBODY = "nobody"
    #: the running finapp took them
    TAKEN = "taken"
    #: a finapp listens but did not say it took them: they may be nowhere
    UNANSWERED = "unanswered"


def server_name(data_dir: Path) -> str:
    """Per-user, per-store name that leaks neither."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in some sandboxes; the data dir still separates stores
        user = ""
    digest = hashlib.sha256(f"{user}\0{Path(data_dir).resolve()}".encode()).hexdigest()
    return f"finapp-{digest[:24]}"


def encode_request(files: list[Path]) -> bytes:
    payload = {"v": PROTOCOL_VERSION, "cmd": "open", "files": [str(f) for f in files]}
    return (json.dumps(payload) + "\n").encode("utf-8")


def decode_request(data: bytes) -> list[Path] | None:
    """The files of a valid open request, or None for anything else."""
    try:
        payload = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None
    if not isinstance(payload, dict) or payload.get("v") != PROTOCOL_VERSION:
        return None
    if payload.get("cmd") != "open":
        return None
    files = payload.get("files", [])
    if not isinstance(files, list) or not all(isinstance(f, str) and f for f in files):
        return None
    return [Path(f) for f in files]


def send_to_running(
    name: str,
    files: list[Path],
    timeout_ms: int = CONNECT_TIMEOUT_MS,
    answer_ms: int = ANSWER_TIMEOUT_MS,
) -> Handoff:
    """Hand ``files`` to a running finapp and wait until it says it took them."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return Handoff.NOBODY
    socket.write(encode_request(files))
    answer = b""
    if socket.waitForBytesWritten(timeout_ms):
        while not socket.canReadLine() and socket.waitForReadyRead(answer_ms):
            pass
        answer = bytes(socket.readLine().data()) if socket.canReadLine() else b""
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return Handoff.TAKEN if answer == ACK else Handoff.UNANSWERED


def is_running(name: str, timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Whether a finapp listens on ``name``, asking it for nothing.

    A login start (``--background``) uses this: a finapp already running is all it wanted,
    and its window must not pop up for it.
    """
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.disconnectFromServer()  # no request: the running app reads nothing and does nothing
    return True


class InstanceServer(QObject):
    """Listens for later launches; emits ``open_requested(list[Path])`` per valid request."""

    open_requested = Signal(list)

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening, clearing a stale server left by a crash."""
        if self._server.listen(self.name):
            return True
        if self._server.serverError() == QAbstractSocket.SocketError.AddressInUseError:
            QLocalServer.removeServer(self.name)
            if self._server.listen(self.name):
                log.info("single instance: removed a stale server")
                return True
        log.warning("single instance: cannot listen (%s)", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            # slots find the socket through sender(): no Python reference may outlive it
            socket.readyRead.connect(self._read)
            socket.disconnected.connect(self._finish)

    def _read(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if socket.bytesAvailable() > MAX_REQUEST:
            log.warning("single instance: oversized request dropped")
            socket.abort()
        elif socket.canReadLine():
            if self._handle(bytes(socket.readLine().data())):
                socket.write(ACK)  # sent before the socket closes: disconnecting flushes it
            socket.disconnectFromServer()

    def _finish(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if socket.bytesAvailable():  # a client that closed without a newline
            self._handle(bytes(socket.readAll().data()))
        socket.deleteLater()

    def _handle(self, line: bytes) -> bool:
        """Pass on a valid request (its receivers take the files before this returns)."""
        files = decode_request(line)
        if files is None:
            log.warning("single instance: invalid request ignored")
            return False
        log.info("single instance: open request with %d file(s)", len(files))
        self.open_requested.emit(files)
        return True
