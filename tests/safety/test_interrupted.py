"""Ctrl-C tells the truth: what an interrupted import or key change left, in one line."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from finapp.services import imports
from finapp.services.backup import backup
from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.conftest import PASSPHRASE
from tests.safety import processes
from tests.safety.key_change import cut_short_after_one_backup
from tests.safety.statements import big_ofx


def _interrupt_after(monkeypatch: pytest.MonkeyPatch, call_real: bool) -> None:
    """Ctrl-C arrives once the import's work is done (``call_real``: the file was committed,
    the summary not yet printed) or as it begins."""
    real = imports.import_files

    def then_interrupted(*args: Any, **kwargs: Any) -> Any:
        if call_real:
            real(*args, **kwargs)
        raise KeyboardInterrupt

    monkeypatch.setattr(imports, "import_files", then_interrupted)


def _count(store: Store) -> int:
    with store.connect() as conn:
        return int(conn.exec_driver_sql("SELECT count(*) FROM transactions").scalar_one())


def test_a_ctrl_c_after_the_file_was_stored_says_it_was_stored_with_its_import(
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    statement = big_ofx(tmp_path / "march.ofx", 40)
    _interrupt_after(monkeypatch, call_real=True)
    code, _, err = run_main(["--data-dir", str(store.data_dir), "import", str(statement)], capsys)
    assert code == 130
    said = err.splitlines()[-1]  # after the first open's recovery key and the progress
    assert "nothing was written" not in err
    assert said.startswith(
        "finapp: interrupted: 1 of 1 files imported, 40 new transactions; the rest not read. "
        "Stored whole: march.ofx (import 1, 40 new)"
    )
    assert _count(store) == 40


def test_a_ctrl_c_between_files_says_how_many_went_in_and_that_the_rest_were_not_read(
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Three months of statements; Ctrl-C comes while the third is being written: the two
    before it are there, whole, and the window's words are the command's."""
    months = [big_ofx(tmp_path / f"checking_2024{m:02d}.ofx", 30, tag=f"M{m}") for m in (1, 2, 3)]
    real = imports.import_parsed

    def cut_in_the_third(store_: Store, parsed: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(parsed.path) == months[2]:
            raise KeyboardInterrupt
        return real(store_, parsed, *args, **kwargs)

    monkeypatch.setattr(imports, "import_parsed", cut_in_the_third)
    code, _, err = run_main(
        ["--data-dir", str(store.data_dir), "import", *map(str, months)], capsys
    )
    assert code == 130
    assert err.splitlines()[-1] == (
        "finapp: interrupted: 2 of 3 files imported, 60 new transactions; the rest not read. "
        "Stored whole: checking_202401.ofx (import 1, 30 new); checking_202402.ofx (import 2, "
        "30 new); what was still being written was rolled back (`finapp import-undo` takes an "
        "import back)"
    )
    assert _count(store) == 60


def test_a_ctrl_c_before_anything_was_stored_says_nothing_was_written(
    store: Store,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    statement = big_ofx(tmp_path / "march.ofx", 40)
    _interrupt_after(monkeypatch, call_real=False)
    code, _, err = run_main(["--data-dir", str(store.data_dir), "import", str(statement)], capsys)
    assert code == 130
    assert err.splitlines()[-1] == (
        "finapp: interrupted; nothing was written: the file being imported was rolled back"
    )
    assert _count(store) == 0


def test_a_ctrl_c_while_the_command_loads_is_one_line_not_a_traceback(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def loading(*_args: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("finapp.cli.main.build_parser", loading)
    code, out, err = run_main(["--data-dir", str(store.data_dir), "accounts"], capsys)
    assert (code, out, err) == (130, "", "finapp: interrupted; nothing was written\n")


@pytest.mark.passphrase
def test_a_passphrase_change_cut_short_says_running_it_again_finishes_it(
    store: Store, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    for day in (1, 8):
        backup(store, now=datetime(2026, 11, day, 12, 0))
    store.close()
    monkeypatch.setenv("FINAPP_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FINAPP_NEW_PASSPHRASE", "the new passphrase of the household")
    cut_short_after_one_backup(monkeypatch)
    code, _, err = run_main(["--data-dir", str(store.data_dir), "passphrase", "change"], capsys)
    assert code == 130
    assert err.startswith("finapp: interrupted; a change of the store's key was cut short")
    assert "run `finapp passphrase change` again with the same new passphrase" in err
    assert "nothing was written" not in err


def _terminated_when(appears: Callable[[], bool], data_dir: Path, *args: str) -> tuple[int, str]:
    """Run ``finapp ARGS`` and send it SIGTERM (a logout, a shutdown, a script's ``timeout``)
    as soon as ``appears()``; its exit code and stderr."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "finapp.cli.main", "--data-dir", str(data_dir), *args],
        cwd=processes.REPO,
        env=processes.driver_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    deadline = time.monotonic() + 60
    while not appears() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.002)
    assert proc.poll() is None, "the command ended before it could be stopped"
    proc.send_signal(signal.SIGTERM)
    _, err = proc.communicate(timeout=60)
    return proc.returncode, err


@pytest.fixture(scope="module")
def ten_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 20,000 lines, whose export and backup take long enough to be stopped."""
    folder = tmp_path_factory.mktemp("ten-years")
    statement = big_ofx(folder / "checking.ofx", 20_000)
    proc = processes.cli(folder / "data", "import", str(statement))
    assert proc.returncode == 0, proc.stderr
    return folder / "data"


def test_an_export_stopped_by_sigterm_leaves_no_plain_text_behind(
    ten_years: Path, tmp_path: Path
) -> None:
    """SIGTERM killed an export on the spot: the hidden staging folder beside the one asked
    for kept a half-written transactions.csv, every payee and amount in plain text, until the
    next export there. Stopped as by Ctrl-C, the export removes it."""
    usb = tmp_path / "USB"
    usb.mkdir()
    code, err = _terminated_when(
        lambda: any(usb.iterdir()), ten_years, "export", "--to", str(usb / "money")
    )
    assert code == 128 + signal.SIGTERM
    assert err.splitlines()[-1] == "finapp: interrupted; nothing was written", err
    assert list(usb.iterdir()) == []


def test_a_backup_stopped_by_sigterm_leaves_no_partial_copy(
    ten_years: Path, tmp_path: Path
) -> None:
    usb = tmp_path / "USB"
    usb.mkdir()
    code, err = _terminated_when(lambda: any(usb.iterdir()), ten_years, "backup", "--to", str(usb))
    assert code == 128 + signal.SIGTERM
    assert "Traceback" not in err
    assert list(usb.iterdir()) == []
