"""The ``finapp`` command run inside the test's process, and stores filled through it."""

from __future__ import annotations

from pathlib import Path

import pytest

from finapp.cli.main import main
from finapp.store.engine import Store
from tests.conftest import MadeStore
from tests.safety.statements import big_ofx


def run_main(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """The CLI in this process: (exit code, stdout, stderr)."""
    try:
        code = main(argv)
    except SystemExit as exc:  # argparse's own exits
        code = int(exc.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def imported_by_the_command(
    made_store: MadeStore, count: int, capsys: pytest.CaptureFixture[str]
) -> Path:
    """The data folder of a store (the ``store`` fixture's kind) into which ``finapp import``
    read a statement of ``count`` lines; imported once a process, each test a copy."""

    def fill(store: Store) -> None:
        statement = big_ofx(store.data_dir.parent / "statement.ofx", count)
        code, _, err = run_main(
            ["--data-dir", str(store.data_dir), "import", str(statement)], capsys
        )
        assert code == 0, err

    store = made_store(f"{count} lines imported by the command", fill)
    store.close()
    return store.data_dir
