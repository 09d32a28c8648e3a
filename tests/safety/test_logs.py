"""Logs: warnings only by default, rotated, and never a payee, memo, amount or account number."""

from __future__ import annotations

import logging
import os
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.log import LOG_DIR, LOG_FILE, MAX_BYTES, configure_logging
from tests.safety import processes

SECRETS = ("Joe's Bald Hairstyles", "POS MERCHANDISE", "316.67", "000012345678")


def test_nothing_but_warnings_and_no_log_file_by_default(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, logging_restored: None
) -> None:
    monkeypatch.delenv("FINAPP_LOG", raising=False)
    configure_logging(tmp_path)
    assert logging.getLogger().level == logging.WARNING
    assert not (tmp_path / LOG_DIR).exists()


def test_a_large_id_masked_in_a_number_format_is_still_logged(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, logging_restored: None
) -> None:
    """A rule id of 1299 is masked like an account number; the line must still be written."""
    monkeypatch.setenv("FINAPP_LOG", "debug")
    monkeypatch.setattr(logging, "raiseExceptions", True)
    configure_logging(tmp_path)
    logging.getLogger("finapp.test").warning("rule %d left out, %.1f s", 1299, 0.25)
    for handler in logging.getLogger().handlers:
        handler.flush()
    written = (tmp_path / LOG_DIR / LOG_FILE).read_text()
    assert "WARNING finapp.test: rule " in written and " left out, 0.25 s" in written
    assert "1299" not in written


def test_log_records_are_redacted_and_the_file_rotates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, logging_restored: None
) -> None:
    monkeypatch.setenv("FINAPP_LOG", "debug")
    configure_logging(tmp_path)
    log = logging.getLogger("finapp.test")
    log.info(
        "imported %d rows; payee %s paid %s from %s", 3, SECRETS[0], Decimal("-316.67"), SECRETS[3]
    )
    log.warning("careless message: paid 316.67 to account 000012345678")
    try:
        raise ValueError(f"bad line: {SECRETS[1]} {SECRETS[0]}")
    except ValueError:
        log.exception("could not read a row")
    for _ in range(MAX_BYTES // 40 + 10):
        log.debug("filler line for rotation")
    folder = tmp_path / LOG_DIR
    text = "".join(p.read_text(encoding="utf-8") for p in folder.iterdir())
    assert "imported 3 rows" in text and "[ValueError]" in text
    for secret in SECRETS:
        assert secret not in text, f"{secret!r} reached the log"
    assert (folder / f"{LOG_FILE}.1").exists(), "the log did not rotate"


def test_a_debug_import_logs_no_transaction_data(tmp_path: Path, corpus: Path) -> None:
    data = tmp_path / "d"
    statement = corpus / "ofx/ofxparse__bank_medium.ofx"
    stderr = ""
    for args in (("import", str(statement)), ("transactions",), ("backup",)):
        proc = processes.cli(data, *args, FINAPP_LOG="debug")
        assert proc.returncode == 0, proc.stderr
        stderr += proc.stderr
    written = "".join(p.read_text(encoding="utf-8") for p in (data / LOG_DIR).iterdir())
    assert "backup written" in written, "debug logging wrote nothing"
    for secret in SECRETS:
        assert secret not in written and secret not in stderr


def test_the_log_and_its_rotations_are_the_users_alone_whatever_the_umask(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, logging_restored: None
) -> None:
    monkeypatch.setenv("FINAPP_LOG", "debug")
    previous = os.umask(0o022)
    try:
        configure_logging(tmp_path)
        log = logging.getLogger("finapp.test")
        for _ in range(MAX_BYTES // 40 + 10):
            log.debug("filler line for rotation")
    finally:
        os.umask(previous)
    files = list((tmp_path / LOG_DIR).iterdir())
    assert len(files) >= 2, "the log rotated"
    assert {path.name: path.stat().st_mode & 0o777 for path in files} == {
        path.name: 0o600 for path in files
    }


def test_a_debug_log_holds_finapps_steps_not_its_libraries_chatter(
    tmp_path: Path, corpus: Path
) -> None:
    """The health report's charts once filled a debug log with a thousand lines of the chart
    library's font search per report (100 kB): a few reports rotated the import steps a
    bug report needs out of the 1.5 MB the log keeps."""
    data = tmp_path / "d"
    statement = corpus / "ofx/ofxparse__bank_medium.ofx"
    for args in (("import", str(statement)), ("health", "--report", str(tmp_path / "h.html"))):
        proc = processes.cli(data, *args, FINAPP_LOG="debug")
        assert proc.returncode == 0, proc.stderr
    written = (data / LOG_DIR / LOG_FILE).read_text(encoding="utf-8").splitlines()
    assert any(" finapp.import: " in line for line in written)
    strangers = [line for line in written if " finapp" not in line]
    assert strangers == [], f"{len(strangers)} lines of other libraries, e.g. {strangers[:1]}"
