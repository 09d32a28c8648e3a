"""Single instance: a second launch hands its files to the running app and exits."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtNetwork import QLocalSocket

from finapp.gui.single_instance import (
    InstanceServer,
    decode_request,
    encode_request,
    send_to_running,
    server_name,
)

SECOND_LAUNCH = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from finapp.gui.single_instance import send_to_running
app = QCoreApplication([])
sys.exit(0 if send_to_running(sys.argv[1], [Path(p) for p in sys.argv[2:]], 5000) else 3)
"""


def test_server_name_is_per_data_dir_and_reveals_no_path(tmp_path: Path) -> None:
    one, two = server_name(tmp_path / "a"), server_name(tmp_path / "b")
    assert one != two and one == server_name(tmp_path / "a")
    assert str(tmp_path.name) not in one and os.environ.get("USER", "@") not in one


def test_requests_are_validated() -> None:
    assert decode_request(encode_request([Path("/x/a.ofx")])) == [Path("/x/a.ofx")]
    assert decode_request(b'{"v": 2, "cmd": "open", "files": []}') is None
    assert decode_request(b'{"v": 1, "cmd": "delete", "files": []}') is None
    assert decode_request(b'{"v": 1, "cmd": "open", "files": [3]}') is None
    assert decode_request(b"\xff garbage") is None


def test_second_process_hands_files_to_the_first(tmp_path: Path, qtbot) -> None:
    name = server_name(tmp_path)
    server = InstanceServer(name)
    assert server.listen()
    files = [str(tmp_path / "jan.ofx"), str(tmp_path / "feb 2025.csv")]
    with qtbot.waitSignal(server.open_requested, timeout=10_000) as blocker:
        second = subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH, name, *files])
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=10_000)
    assert second.returncode == 0  # the second launch exits successfully
    assert blocker.args[0] == [Path(f) for f in files]
    server.close()


def test_no_running_app_means_the_launch_goes_ahead(tmp_path: Path, qtbot) -> None:
    assert not send_to_running(server_name(tmp_path / "nobody"), [], timeout_ms=200)


def test_invalid_requests_are_ignored(tmp_path: Path, qtbot) -> None:
    server = InstanceServer(server_name(tmp_path))
    assert server.listen()
    received = []
    server.open_requested.connect(received.append)
    client = QLocalSocket()
    client.connectToServer(server.name)
    assert client.waitForConnected(2000)
    client.write(b'{"v": 1, "cmd": "rm -rf", "files": ["/"]}\n')
    client.waitForBytesWritten(2000)
    qtbot.waitUntil(
        lambda: client.state() == QLocalSocket.LocalSocketState.UnconnectedState, timeout=5000
    )
    assert received == []
    with qtbot.waitSignal(server.open_requested, timeout=5000):
        assert send_to_running(server.name, [])  # an empty open: just bring the window up
    server.close()


def test_stale_socket_from_a_crash_is_replaced(tmp_path: Path, qtbot) -> None:
    name = server_name(tmp_path / "crashed")
    path = Path(QDir.tempPath()) / name
    stale = socket.socket(socket.AF_UNIX)
    stale.bind(str(path))  # a socket file nobody listens on, as a crash leaves it
    stale.close()
    try:
        server = InstanceServer(name)
        assert server.listen()
        with qtbot.waitSignal(server.open_requested, timeout=5000):
            assert send_to_running(name, [tmp_path / "x.ofx"])
        server.close()
    finally:
        path.unlink(missing_ok=True)


def test_launching_finapp_again_hands_over_and_exits(tmp_path: Path, qtbot) -> None:
    data_dir = tmp_path / "data"
    server = InstanceServer(server_name(data_dir))
    assert server.listen()  # the running finapp
    statement = tmp_path / "march.ofx"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FINAPP_DATA_DIR": str(data_dir)}
    with qtbot.waitSignal(server.open_requested, timeout=20_000) as blocker:
        second = subprocess.Popen(
            [sys.executable, "-m", "finapp", str(statement)],  # as "Open with finapp" does
            env=env,
        )
        qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
    assert second.returncode == 0
    assert blocker.args[0] == [statement]
    assert not (data_dir / "finapp.db").exists()  # the second launch never opened the store
    server.close()
