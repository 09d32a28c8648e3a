"""``python -m finapp`` (and the frozen app) sends commands to the CLI and the rest to the GUI."""

from __future__ import annotations

import argparse

from finapp.__main__ import CLI_COMMANDS, wants_cli
from finapp.cli.main import build_parser


def test_entry_knows_every_cli_command() -> None:
    parser = build_parser()
    (sub,) = (a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == CLI_COMMANDS


def test_commands_go_to_the_cli_and_gui_options_to_the_app() -> None:
    assert wants_cli(["--data-dir", "/tmp/d", "import", "a.ofx"])
    assert wants_cli(["--version"])
    assert not wants_cli([])
    assert not wants_cli(["--demo"])
    assert not wants_cli(["--lang", "zh_CN", "statement.ofx"])
    assert not wants_cli(["--data-dir", "/tmp/d", "/home/me/Downloads/march.qfx"])
