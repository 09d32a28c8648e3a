"""Helpers for tests that run the real ``finapp`` command in a subprocess."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.conftest import PASSPHRASE


def run_cli(
    data_dir: Path, *args: str, passphrase: str | None = PASSPHRASE, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
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
