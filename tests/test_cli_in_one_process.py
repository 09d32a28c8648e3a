"""The CLI run in a process that runs many commands in turn (a test run, a tool that calls
``finapp.cli.main.main``): a command leaves the process as it found it."""

from __future__ import annotations

import gc
import io
import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from finapp.store.engine import Store
from finapp.store.key_stretching import forget_keys, stretched
from tests.cli_in_process import run_main


def test_a_command_leaves_frozen_what_its_process_froze(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """What the process had frozen out of Python's collector stays frozen (thawed, its every
    full collection walked half a million objects again for the rest of the run), and the
    command freezes nothing of its own there, which would never be collected; nor does it change
    how often the process collects (a command as a process of its own collects seldom)."""
    store.close()
    gc.freeze()
    frozen, thresholds = gc.get_freeze_count(), gc.get_threshold()
    code, out, err = run_main(["--data-dir", str(store.data_dir), "accounts", "--json"], capsys)
    assert (code, out.strip()) == (0, "[]"), err
    assert frozen * 0.9 < gc.get_freeze_count() <= frozen  # less what was freed; thawed: 0
    assert gc.get_threshold() == thresholds


def test_a_keyring_store_opens_without_deriving_the_environments_passphrase(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``FINAPP_PASSPHRASE`` set beside a store whose key is in the keyring: the command opens
    with the keyring's raw key and stretches no passphrase on the side (a tenth of a second of
    a core, for nothing)."""
    monkeypatch.setenv("FINAPP_PASSPHRASE", "a passphrase beside the keyring")
    store.close()
    forget_keys()
    code, out, err = run_main(["--data-dir", str(store.data_dir), "accounts", "--json"], capsys)
    assert (code, out.strip()) == (0, "[]"), err
    assert stretched.cache_info().misses == 0


def test_a_command_leaves_the_callers_logging_as_it_found_it(
    store: Store, capsys: pytest.CaptureFixture[str]
) -> None:
    """A tool that runs the command, then logs a warning of its own: the warning goes where
    the tool's logging sends it, not to the stderr the command was given (closed by then, it
    printed "--- Logging error ---" and a traceback in the middle of the tool's output)."""
    store.close()
    root = logging.getLogger()
    before = list(root.handlers), root.level
    with _stderr_closed_after() as given:
        sys.stderr = given
        code, _out, err = run_main(["--data-dir", str(store.data_dir), "accounts"], capsys)
    assert code == 0, err
    assert (list(root.handlers), root.level) == before
    logging.getLogger("finapp").warning("the tool's own warning")  # no "Logging error"
    assert "Logging error" not in capsys.readouterr().err


@contextmanager
def _stderr_closed_after() -> Iterator[io.StringIO]:
    """A stderr for the command that its caller closes once the command ends."""
    saved, given = sys.stderr, io.StringIO()
    try:
        yield given
    finally:
        sys.stderr = saved
        given.close()
