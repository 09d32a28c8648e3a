"""One finapp per user and data directory: a second launch hands its files to the first.

The running app listens on a QLocalServer whose name is a hash of the user and data directory
(no path or user name shows up in /tmp). A later launch connects, sends one JSON line
``{"v": 1, "cmd": "open", "files": [...]}`` and exits; the first brings its window forward and
imports the files. Anything else on the socket is ignored. A server left behind by a crashed
process is removed before listening (the approach of qutebrowser's misc/ipc.py).
"""

from __future__ import annotations

import getpass
import hashlib
import json
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QAbstractSocket, QLocalServer, QLocalSocket

log = logging.getLogger("finapp.gui")

PROTOCOL_VERSION = 1
#: a request longer than this is not ours
MAX_REQUEST = 256 * 1024
CONNECT_TIMEOUT_MS = 500


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


def send_to_running(name: str, files: list[Path], timeout_ms: int = CONNECT_TIMEOUT_MS) -> bool:
    """Hand ``files`` to a running finapp; False when none is listening."""
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(encode_request(files))
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return ok


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
            self._handle(bytes(socket.readLine().data()))
            socket.disconnectFromServer()

    def _finish(self) -> None:
        socket = self.sender()
        if not isinstance(socket, QLocalSocket):
            return
        if socket.bytesAvailable():  # a client that closed without a newline
            self._handle(bytes(socket.readAll().data()))
        socket.deleteLater()

    def _handle(self, line: bytes) -> None:
        files = decode_request(line)
        if files is None:
            log.warning("single instance: invalid request ignored")
            return
        log.info("single instance: open request with %d file(s)", len(files))
        self.open_requested.emit(files)
