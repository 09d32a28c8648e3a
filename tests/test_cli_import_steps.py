"""``finapp import`` at a terminal tells the steps after a file's lines are stored, which take
seconds each on years of history; a script reading stderr gets only the file's own line."""

from __future__ import annotations

import os
import pty
import subprocess
import sys
from pathlib import Path

from bench.realistic_statements import write_statements
from tests.helpers import PASSPHRASE, run_cli

STEPS = [
    "finapp: importing history.ofx (1/1)",
    "finapp: pairing transfers between your accounts…",
    "finapp: finding recurring charges…",
    "finapp: looking through the history just imported…",
]


def _stderr_on_a_terminal(data_dir: Path, *args: str) -> list[str]:
    """The lines ``finapp`` writes on stderr when stderr is a terminal (a pseudo-terminal)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINAPP_")}
    env.update(PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring", FINAPP_PASSPHRASE=PASSPHRASE)
    leader, follower = pty.openpty()
    try:
        done = subprocess.run(
            [sys.executable, "-m", "finapp.cli.main", "--data-dir", str(data_dir), *args],
            stdout=subprocess.DEVNULL,
            stderr=follower,
            env=env,
            timeout=120,
            check=False,
        )
        os.close(follower)
        written = b""
        while True:
            try:
                chunk = os.read(leader, 4096)
            except OSError:  # the terminal's other side is closed and everything was read
                break
            if not chunk:
                break
            written += chunk
    finally:
        os.close(leader)
    assert done.returncode == 0, written
    return written.decode().replace("\r\n", "\n").splitlines()


def test_at_a_terminal_each_step_after_the_lines_is_told_in_order(tmp_path: Path) -> None:
    statement = write_statements(tmp_path / "history.ofx", 2_000)
    lines = _stderr_on_a_terminal(tmp_path / "data", "import", str(statement))
    assert [line for line in lines if line in STEPS] == STEPS


def test_a_script_reading_stderr_gets_only_the_files_line(tmp_path: Path) -> None:
    statement = write_statements(tmp_path / "history.ofx", 2_000)
    done = run_cli(tmp_path / "data", "import", str(statement))
    assert done.returncode == 0, done.stderr
    assert [line for line in done.stderr.splitlines() if line in STEPS] == STEPS[:1]


def test_nothing_new_nothing_to_look_through(tmp_path: Path) -> None:
    statement = write_statements(tmp_path / "history.ofx", 2_000)
    assert run_cli(tmp_path / "data", "import", str(statement)).returncode == 0
    lines = _stderr_on_a_terminal(tmp_path / "data", "import", str(statement))
    assert [line for line in lines if line in STEPS] == STEPS[:1]  # a second import adds nothing
