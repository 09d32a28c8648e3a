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
    Handoff,
    InstanceServer,
    decode_request,
    encode_request,
    send_to_running,
    server_name,
)

#: a later launch's hand-off in a process of its own (the running app answers from its event
#: loop, which a hand-off from the same thread would block): 0 taken, 3 nobody, 4 no answer
SECOND_LAUNCH = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from finapp.gui.single_instance import Handoff, send_to_running
app = QCoreApplication([])
outcome = send_to_running(sys.argv[1], [Path(p) for p in sys.argv[2:]], 5000, 3000)
sys.exit({Handoff.TAKEN: 0, Handoff.NOBODY: 3, Handoff.UNANSWERED: 4}[outcome])
"""


def _hand_over(qtbot, name: str, files: list[str]) -> int:  # type: ignore[no-untyped-def]
    """Run a later launch's hand-off while this process's event loop runs; its exit code."""
    second = subprocess.Popen([sys.executable, "-c", SECOND_LAUNCH, name, *files])
    qtbot.waitUntil(lambda: second.poll() is not None, timeout=20_000)
    return second.returncode


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
        code = _hand_over(qtbot, name, files)
    assert code == 0  # the second launch exits successfully, once the first took the files
    assert blocker.args[0] == [Path(f) for f in files]
    server.close()


def test_no_running_app_means_the_launch_goes_ahead(tmp_path: Path, qtbot) -> None:
    outcome = send_to_running(server_name(tmp_path / "nobody"), [], timeout_ms=200)
    assert outcome is Handoff.NOBODY


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
        assert _hand_over(qtbot, server.name, []) == 0  # an empty open: just the window
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
            assert _hand_over(qtbot, name, [str(tmp_path / "x.ofx")]) == 0
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


def test_a_finapp_that_takes_nothing_is_not_reported_as_a_hand_off(tmp_path: Path, qtbot) -> None:
    """Something listens under finapp's name but never answers (a hung or older finapp): the
    later launch must not exit 0 as if its files were on their way."""
    from PySide6.QtNetwork import QLocalServer

    silent = QLocalServer()
    assert silent.listen(server_name(tmp_path / "hung"))
    assert _hand_over(qtbot, silent.serverName(), [str(tmp_path / "may.ofx")]) == 4
    silent.close()
