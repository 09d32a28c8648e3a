"""Starting and killing real finapp processes (the driver) from tests."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import PASSPHRASE
from tests.helpers import CommandRun, run_cli

REPO = Path(__file__).resolve().parents[2]


def driver_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINAPP_")}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    env["FINAPP_PASSPHRASE"] = PASSPHRASE
    env.update(extra)
    return env


def start(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Start the driver and return once it has said ``ready`` (its operation is under way)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.safety.driver", *args],
        cwd=REPO,
        env=env or driver_env(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    line = proc.stdout.readline().strip()
    if line != "ready":
        _, err = proc.communicate(timeout=60)
        raise AssertionError(f"driver did not start: {err}")
    return proc


def run_to_end(*args: str, env: dict[str, str] | None = None) -> float:
    """Run an operation uninterrupted; returns how long it took after ``ready``."""
    proc = start(*args, env=env)
    began = time.perf_counter()
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    return time.perf_counter() - began


def kill_after(proc: subprocess.Popen[str], seconds: float) -> bool:
    """SIGKILL ``proc`` after ``seconds``; True if it was still working when killed."""
    time.sleep(seconds)
    alive = proc.poll() is None
    proc.send_signal(signal.SIGKILL)
    proc.communicate(timeout=60)
    return alive


def release(holder: subprocess.Popen[str]) -> str:
    """Tell a ``hold`` driver to commit and end; returns its stderr."""
    _, err = holder.communicate("release\n", timeout=60)
    return err


def cli_started(data_dir: Path, *args: str) -> subprocess.Popen[str]:
    """Start the real ``finapp`` command and return once it has reported progress."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "finapp.cli.main", "--data-dir", str(data_dir), *args],
        cwd=REPO,
        env=driver_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    proc.stderr.readline()  # the first progress line: the command is at work
    return proc


def cli(data_dir: Path, *args: str, **env: str) -> CommandRun:
    """Run the real ``finapp`` command as :func:`tests.helpers.run_cli` does (in this process),
    with FINAPP_* variables of our choosing (e.g. the new passphrase, a short busy timeout)
    beside the passphrase, which ``env`` may change too."""
    passphrase = env.pop("FINAPP_PASSPHRASE", PASSPHRASE)
    return run_cli(data_dir, *args, passphrase=passphrase, **env)
