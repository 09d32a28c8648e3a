"""Every command taking an ACCOUNT accepts the last four digits the app shows of it
("SUMMITCU …1207"), as typed or copied with the "…"; digits two accounts share name neither,
and the command says which accounts they are."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from tests.cli_in_process import run_main
from tests.importers.ofxgen import Line, statement_ofx


def _run(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    return run_main(["--data-dir", str(data), *args], capsys)


def _import(data: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], **files: str) -> None:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="ascii")
    code, _out, err = _run(data, capsys, "import", *(str(tmp_path / n) for n in files))
    assert code == 0, err


CHECKING_LINES = [
    Line(date(2026, 10, 1), "2150.00", "ACME CORP PAYROLL PPD ID: 9876", "C1"),
    Line(date(2026, 10, 3), "-1450.00", "ZELLE TO OAKWOOD APARTMENTS", "C2"),
]


def test_threshold_balance_and_forecast_take_the_last_four_digits(
    keyring_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    checking = statement_ofx(
        CHECKING_LINES, account="0008831207", ledger=("4259.00", date(2026, 10, 31))
    )
    _import(keyring_data_dir, tmp_path, capsys, **{"summit.qfx": checking})
    code, out, err = _run(keyring_data_dir, capsys, "threshold", "set", "1207", "5000")
    assert (code, err) == (0, "")
    assert "low-balance alert below 5000.00 USD" in out
    code, out, err = _run(keyring_data_dir, capsys, "balance", "set", "…1207", "4300", "--on",
                          "2026-11-02")  # fmt: skip
    assert (code, err) == (0, "")
    code, _out, err = _run(keyring_data_dir, capsys, "forecast", "--account", "1207")
    assert (code, err) == (0, "")


def test_digits_two_accounts_share_are_refused_naming_both(
    keyring_data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _import(
        keyring_data_dir,
        tmp_path,
        capsys,
        **{
            "checking.qfx": statement_ofx(CHECKING_LINES, account="0008831207"),
            "other.qfx": statement_ofx(
                [Line(date(2026, 10, 5), "25.00", "INTEREST PAID", "S1")], account="5550001207"
            ),
        },
    )
    code, out, err = _run(keyring_data_dir, capsys, "threshold", "set", "1207", "5000")
    assert code != 0 and out == ""
    assert "2 accounts end in 1207" in err and "name the account or give its id" in err
    code, out, _err = _run(keyring_data_dir, capsys, "threshold", "set", "0008831207", "5000")
    assert code == 0 and out.startswith("Checking …1207:")  # the whole number still names one
