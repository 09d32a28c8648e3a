"""A debug log of an import says what happened, for a bug report, and holds no private data.

The user runs ``FINAPP_LOG=debug finapp import …`` and sends ``logs/finapp.log``: a developer
must read in it how each file was read, how many lines were stored or known already, why one
was refused (its Problem code), what the steps took, which detection ran and the backup; and
nothing of the statements: no payee, amount, account number or file name.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from finapp.log import LOG_DIR, LOG_FILE
from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.written_statements import (
    CARD_ACCOUNT,
    CARD_LINES,
    CHECKING_ACCOUNT,
    CHECKING_LINES,
    CREDIT_UNION_ROWS,
    write_statements,
)


@pytest.fixture
def debug_log(
    store: Store,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    logging_restored: None,
) -> tuple[str, list[str]]:
    """The log file after importing the checking and card statements with the credit union's
    CSV (refused: its layout needs a mapping), the checking statement again, and a backup;
    with the private facts of those files."""
    monkeypatch.setenv("FINAPP_LOG", "debug")
    files = write_statements(tmp_path / "Downloads")
    data = str(store.data_dir)
    store.close()
    for argv in (
        ["import", str(files.checking), str(files.card), str(files.credit_union)],
        ["import", str(files.checking)],
        ["backup"],
    ):
        run_main(["--data-dir", data, *argv], capsys)
    for handler in logging.getLogger().handlers:
        handler.flush()
    private = [CHECKING_ACCOUNT, CARD_ACCOUNT, CHECKING_ACCOUNT[-4:], CARD_ACCOUNT[-4:]]
    for line in CHECKING_LINES + CARD_LINES:
        private += [line.payee, line.amount.lstrip("-")]
    for _, _, payee, amount in CREDIT_UNION_ROWS:
        private += [payee, amount]
    private += [files.checking.name, files.card.name, files.credit_union.name, "Downloads"]
    return (store.data_dir / LOG_DIR / LOG_FILE).read_text(encoding="utf-8"), private


def test_the_log_says_how_each_file_was_read_stored_or_refused(
    debug_log: tuple[str, list[str]],
) -> None:
    text, _ = debug_log
    read = re.findall(r"file (\d) of 3 \(sha256 [0-9a-f]{12}\) read as (\S+) in [\d.]+ s", text)
    assert read == [("1", "ofx"), ("2", "ofx")]
    assert "3 lines, 0 repairs; rows skipped: none" in text
    stored = re.findall(r"file \d stored in [\d.]+ s: (\d+) new, (\d+) already stored", text)
    assert stored == [("3", "0"), ("3", "0"), ("0", "3")]  # the second import knew its lines
    assert re.search(r"file 3 of 3 refused after [\d.]+ s: statement/csv\.mapping_needed", text), (
        text
    )


def test_the_log_says_which_detection_ran_and_the_backup(debug_log: tuple[str, list[str]]) -> None:
    text, _ = debug_log
    assert "detection over every merchant (first-run): 6 charges" in text
    assert re.search(r"detection done in [\d.]+ s: \d+ streams", text)
    assert re.search(r"backup written in [\d.]+ s \(rotation\): 6 transactions verified", text)


def test_the_log_holds_no_payee_amount_account_number_or_file_name(
    debug_log: tuple[str, list[str]],
) -> None:
    text, private = debug_log
    leaked = [fact for fact in private if fact in text]
    assert not leaked, leaked
