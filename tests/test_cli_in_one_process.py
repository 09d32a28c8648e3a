"""The CLI run in a process that runs many commands in turn (a test run, a tool that calls
``finapp.cli.main.main``): a command leaves the process as it found it."""

from __future__ import annotations

import gc

import pytest

from finapp.store.engine import Store
from tests.cli_in_process import run_main


def test_a_command_leaves_frozen_what_its_process_froze(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """A command freezes its start-up out of Python's collector while it runs and thaws it
    after; what the process had frozen itself stays frozen (thawed, its every full collection
    walked half a million objects again for the rest of the run)."""
    store.close()
    gc.freeze()
    frozen = gc.get_freeze_count()
    code, out, err = run_main(["--data-dir", str(store.data_dir), "accounts", "--json"], capsys)
    assert (code, out.strip()) == (0, "[]"), err
    assert gc.get_freeze_count() > frozen * 0.9  # less what was freed meanwhile; thawed: 0
