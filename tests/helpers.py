"""Helpers for tests that run the real ``finapp`` command as a user's shell runs it.

``run_cli`` runs the command's own entry point (:func:`finapp.cli.main.main`) inside the test's
process, with what a shell would give it: no FINAPP_* variables but the passphrase, no keyring
(a fresh shell's command finds none in the tests), its output captured as a pipe would. It is
the command's every line of code but Python's start-up, which cost each run 0.2–0.3 s of the
suite's time. ``run_cli_process`` starts it as a process of its own, for what only a process
shows: its exit at a signal, what it imports, two processes at once.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import keyring
from keyring.backends import fail

from tests.conftest import PASSPHRASE


@dataclass(frozen=True)
class CommandRun:
    """What a shell sees of a command it ran: its arguments, exit code and both outputs."""

    args: list[str]
    returncode: int
    stdout: str
    stderr: str


def run_cli(
    data_dir: Path, *args: str, passphrase: str | None = PASSPHRASE, **env: str
) -> CommandRun:
    """``finapp --data-dir DATA_DIR ARGS`` in this process: its exit code, stdout, stderr;
    ``env``, further variables the shell sets for it (a new passphrase, a busy timeout)."""
    from finapp.cli.main import main

    argv = ["--data-dir", str(data_dir), *args]
    stdout, stderr = _pipe(), _pipe()
    with _shell_environment(passphrase, env), _captured(stdout, stderr):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse's own exits: --help, a bad option
            code = exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
    return CommandRun(argv, code, _text(stdout), _text(stderr))


def run_cli_process(
    data_dir: Path, *args: str, passphrase: str | None = PASSPHRASE, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    """``finapp --data-dir DATA_DIR ARGS`` as a process of its own."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINAPP_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    if passphrase is not None:
        env["FINAPP_PASSPHRASE"] = passphrase
    return subprocess.run(
        [sys.executable, "-m", "finapp.cli.main", "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=timeout,
        check=False,
    )


def cli_json(data_dir: Path, *args: str) -> Any:
    proc = run_cli(data_dir, *args, "--json")
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)


def _pipe() -> io.TextIOWrapper:
    """A text stream over bytes, as a pipe's: UTF-8, with a buffer the command may write to."""
    return io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="")


def _text(stream: io.TextIOWrapper) -> str:
    stream.flush()
    raw = stream.buffer
    assert isinstance(raw, io.BytesIO)
    return raw.getvalue().decode("utf-8").replace("\r\n", "\n")


@contextmanager
def _captured(stdout: io.TextIOWrapper, stderr: io.TextIOWrapper) -> Iterator[None]:
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = stdout, stderr
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


@contextmanager
def _shell_environment(passphrase: str | None, env: dict[str, str]) -> Iterator[None]:
    """The variables and keyring a command started from a shell has in the tests: the FINAPP_*
    variables of the test's own set-up dropped, the passphrase and ``env`` given, no keyring."""
    given = {"FINAPP_PASSPHRASE": passphrase} if passphrase is not None else {}
    given.update(env)
    saved = {k: v for k, v in os.environ.items() if k.startswith("FINAPP_") or k in given}
    backend = keyring.get_keyring()
    for name in saved:
        del os.environ[name]
    os.environ.update(given)
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        for name in given:
            os.environ.pop(name, None)
        os.environ.update(saved)
        keyring.set_keyring(backend)
