"""``finapp --version``, ``--help``, a command's ``--help`` and a mistyped command answer at once.

Answering them needs only the parser; the database library, SQLCipher, the store and the
services behind the commands are most of a second to load, and a user asking for help (or a
script checking the version) should not wait for them. Each case runs the real command in a
fresh process and reports which of those modules it loaded.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from finapp import __version__
from finapp.cli.command_table import COMMAND_MODULES

#: Runs ``finapp`` with the given arguments, then writes to stderr, as its last line, the exit
#: code and every loaded module that belongs to running a command rather than to parsing one.
_PROBE = """
import json, sys
from finapp.cli.main import main
try:
    code = main(sys.argv[1:])
except SystemExit as stop:
    code = stop.code
store_side = ("sqlalchemy", "sqlcipher3", "keyring", "pandas", "finapp.services", "finapp.store")
loaded = sorted(m for m in sys.modules if m.startswith(store_side))
print(json.dumps({"code": code, "loaded": loaded}), file=sys.stderr)
"""


def _finapp(tmp_path: Path, *argv: str) -> tuple[int, list[str], str]:
    """Exit code, store-side modules loaded, and standard output of ``finapp argv…``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("FINAPP_")}
    env["FINAPP_DATA_DIR"] = str(tmp_path / "data")
    proc = subprocess.run(
        [sys.executable, "-c", _PROBE, *argv],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    report = json.loads(proc.stderr.strip().splitlines()[-1])
    return report["code"], report["loaded"], proc.stdout


def test_version_answers_without_loading_the_store(tmp_path: Path) -> None:
    code, loaded, stdout = _finapp(tmp_path, "--version")
    assert (code, stdout.strip()) == (0, f"finapp {__version__}")
    assert loaded == []


def test_help_lists_every_command_without_loading_any_of_them(tmp_path: Path) -> None:
    """The whole parser registers every command module: none of them may load its services."""
    code, loaded, stdout = _finapp(tmp_path, "--help")
    assert code == 0
    assert all(word in stdout for word in COMMAND_MODULES)
    assert loaded == []


@pytest.mark.parametrize(
    ("argv", "shown"),
    [
        (["transactions", "--help"], "--json"),
        (["import", "--help"], "--first-row {in,out}"),
        (["export", "--help"], "--format {csv,json}"),
        (["categories", "add", "--help"], "--kind {expense,income,transfer}"),
        (["forecast", "--help"], "days ahead (default 60)"),
        (["health", "--help"], "--lang {en,zh_CN}"),
    ],
)
def test_a_commands_help_answers_without_loading_the_store(
    tmp_path: Path, argv: list[str], shown: str
) -> None:
    """Choices a command offers are listed in its help though they live beside the services."""
    code, loaded, stdout = _finapp(tmp_path, *argv)
    assert code == 0
    assert shown in " ".join(stdout.split())  # argparse wraps long lines
    assert loaded == []


def test_a_mistyped_command_is_refused_without_loading_the_store(tmp_path: Path) -> None:
    code, loaded, stdout = _finapp(tmp_path, "transactons")
    assert (code, stdout) == (2, "")
    assert loaded == []
    assert not (tmp_path / "data").exists()  # nothing was created for a command never run
