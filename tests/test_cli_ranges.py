"""Every date, month, id, priority and amount the user types, and every date a statement holds,
is range-checked where it enters: one line ``finapp: …`` (exit 2) naming the value, nothing
stored, never an ``OverflowError`` from deep inside a command.

Dates are accepted from 1900-01-01 to 2199-12-31 (:mod:`finapp.core.dates`); ids up to
SQLite's 2^63-1; amounts below a trillion.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.cli_in_process import imported_by_the_command, run_main
from tests.conftest import MadeStore
from tests.safety.statements import big_ofx

TOO_BIG = "99999999999999999999"  # > 2^63-1


def one_line_error(code: int, err: str) -> str:
    lines = err.strip().splitlines()
    assert code == 2, err
    assert len(lines) == 1 and lines[0].startswith("finapp: "), err
    return lines[0]


@pytest.fixture
def filled(made_store: MadeStore, capsys: pytest.CaptureFixture[str]) -> Path:
    """A store (its key in the keyring) holding a statement of 40 lines."""
    return imported_by_the_command(made_store, 40, capsys)


@pytest.fixture
def before(filled: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What the user saw of the store before the command: every test's store is a copy of
    the same one, so it is read once a process."""
    if not _SEEN_BEFORE:
        _SEEN_BEFORE.extend(snapshot(filled, capsys))
    return _SEEN_BEFORE


_SEEN_BEFORE: list[str] = []


def snapshot(data: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """What a user sees of the store: transactions, budgets, rules and subscriptions."""
    seen = []
    for command in (
        ["transactions"],
        ["budget", "list"],
        ["rules", "list"],
        ["subscriptions", "--all", "--as-of", "2024-01-01"],
    ):
        code, out, err = run_main(["--data-dir", str(data), *command, "--json"], capsys)
        assert code == 0, err
        seen.append(out)
    return seen


@pytest.mark.parametrize(
    ("args", "value"),
    [
        (["alerts", "--as-of", "0001-01-01"], "0001-01-01"),
        (["alerts", "--as-of", "9999-12-31"], "9999-12-31"),
        (["report", "--month", "9999-12"], "9999-12"),
        (["report", "--month", "0001-01"], "0001-01"),
        (["budget", "list", "--month", "9999-12"], "9999-12"),
        (["transactions", "--since", "1899-12-31"], "1899-12-31"),
        (["subscriptions", "--as-of", "0001-01-01"], "0001-01-01"),
        (["subscriptions", "totals", "--as-of", "9999-12-31"], "9999-12-31"),
        (
            ["subscriptions", "add", "Gym", "30", "--cadence", "monthly", "--next", "9999-12-31"],
            "9999-12-31",
        ),
        (["subscriptions", "cancel", "1", "--on", "0001-01-01"], "0001-01-01"),
        (["subscriptions", "review", "1", "9999-12-31"], "9999-12-31"),
        (["categorize", TOO_BIG, "Food"], TOO_BIG),
        (["alerts", "read", TOO_BIG], TOO_BIG),
        (["alerts", "dismiss", TOO_BIG], TOO_BIG),
        (["subscriptions", "confirm", TOO_BIG], TOO_BIG),
        (["subscriptions", "merge", "1", TOO_BIG], TOO_BIG),
        (["subscriptions", "split", "1", TOO_BIG], TOO_BIG),
        (["rules", "delete", TOO_BIG], TOO_BIG),
        (["rules", "enable", "-1"], "-1"),
        (["rules", "add", "shop", "--category", "Food", "--priority", TOO_BIG], TOO_BIG),
        (["import-undo", TOO_BIG], TOO_BIG),
        (["wipe", "--import", TOO_BIG, "--yes"], TOO_BIG),
    ],
    ids=lambda v: " ".join(v) if isinstance(v, list) else None,
)
def test_an_argument_out_of_range_is_one_line_and_changes_nothing(
    filled: Path, before: list[str], args: list[str], value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run_main(["--data-dir", str(filled), *args], capsys)
    line = one_line_error(code, err)
    assert value in line and "Traceback" not in err
    assert out == ""
    assert snapshot(filled, capsys) == before


def test_a_date_out_of_range_names_the_range(
    filled: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_main(["--data-dir", str(filled), "alerts", "--as-of", "0001-01-01"], capsys)
    assert "1900-01-01 to 2199-12-31" in one_line_error(code, err)


@pytest.mark.parametrize(
    "args",
    [
        ["budget", "set", "Food", "{}"],
        ["threshold", "set", "Checking", "{}"],
        ["subscriptions", "add", "Gym", "{}", "--cadence", "monthly", "--next", "2024-02-01"],
        ["rules", "add", "shop", "--category", "Food", "--min", "{}"],
        ["rules", "add", "shop", "--category", "Food", "--max", "{}"],
    ],
    ids=lambda a: " ".join(a[:2]) + (" " + a[-2] if a[-2].startswith("--m") else ""),
)
@pytest.mark.parametrize("amount", ["1e308", "1e400", TOO_BIG, "-" + TOO_BIG])
def test_an_amount_no_store_can_hold_is_one_line_and_changes_nothing(
    filled: Path,
    before: list[str],
    args: list[str],
    amount: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    argv = [a.replace("{}", amount) for a in args]
    code, _, err = run_main(["--data-dir", str(filled), *argv], capsys)
    assert amount in one_line_error(code, err)
    assert snapshot(filled, capsys) == before


# --- dates inside statements ----------------------------------------------------------------


def _ofx_with_date(tmp_path: Path, posted: str) -> tuple[Path, int]:
    """A statement whose second transaction is dated ``posted``, and that line's number."""
    path = big_ofx(tmp_path / f"bank {posted}.ofx", 5)
    text = path.read_text(encoding="ascii").replace("<DTPOSTED>20200102", f"<DTPOSTED>{posted}")
    path.write_text(text, encoding="ascii")
    line = next(i for i, t in enumerate(text.splitlines(), 1) if f"<DTPOSTED>{posted}" in t)
    return path, line


@pytest.mark.parametrize("posted", ["99991231", "00010101", "20201301", "18991231"])
def test_an_ofx_date_out_of_range_names_the_file_and_line(
    filled: Path, tmp_path: Path, posted: str, capsys: pytest.CaptureFixture[str]
) -> None:
    statement, line = _ofx_with_date(tmp_path, posted)
    code, out, err = run_main(
        ["--data-dir", str(filled), "import", "--json", str(statement)], capsys
    )
    message = one_line_error(code, err)
    assert f"{statement.name}, line {line}" in message and posted in message
    assert json.loads(out)["new"] == 0


@pytest.mark.parametrize(
    ("rows", "bad_line", "bad"),
    [
        (
            ["2025-13-02,-3.50,Bakery", "2025-01-03,-4.00,Cafe", "2025-01-04,-5.00,Cafe"],
            2,
            "2025-13-02",
        ),
        (
            ["2025-01-02,-3.50,Bakery", "9999-12-31,-4.00,Cafe", "2025-01-04,-5.00,Cafe"],
            3,
            "9999-12-31",
        ),
        (["2025-13-02,-3.50,Bakery"], 2, "2025-13-02"),
        (
            ["2025-01-02,-3.50,Bakery", "2025-01-03,-4.00,Cafe", "2025-02-30,-5.00,Cafe"],
            4,
            "2025-02-30",
        ),
    ],
    ids=["bad first row", "far future", "only row bad", "bad last row"],
)
def test_a_bad_csv_date_names_its_line_not_a_missing_column(
    filled: Path,
    tmp_path: Path,
    rows: list[str],
    bad_line: int,
    bad: str,
    capsys: pytest.CaptureFixture[str],
) -> None:
    statement = tmp_path / "bank.csv"
    statement.write_text("Date,Amount,Payee\n" + "\n".join(rows) + "\n", encoding="utf-8")
    code, out, err = run_main(
        ["--data-dir", str(filled), "import", "--json", str(statement)], capsys
    )
    message = one_line_error(code, err)
    assert f"bank.csv, line {bad_line}" in message and bad in message
    assert "no date column" not in message
    assert json.loads(out)["new"] == 0
