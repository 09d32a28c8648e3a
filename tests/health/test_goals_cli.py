"""``finapp goals add|list|remove`` as a user runs it: the real command on imported statements."""

from __future__ import annotations

import shutil
from datetime import date, timedelta
from decimal import ROUND_CEILING, Decimal
from pathlib import Path

import pytest

from tests.helpers import cli_json, run_cli
from tests.importers.ofxgen import Line, statement_ofx
from tests.safety import processes

TODAY = date.today()
BY = TODAY + timedelta(days=365)  # twelve months of saving left


def _ofx(path: Path, account: str, lines: list[Line], ledger: str, currency: str = "USD") -> Path:
    text = statement_ofx(lines, account=account, ledger=(ledger, TODAY - timedelta(days=4)))
    path.write_text(text.replace("<CURDEF>USD", f"<CURDEF>{currency}"), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def imported_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Two savings accounts in dollars and a euro account, imported from their statements."""
    tmp_path = tmp_path_factory.mktemp("goals")
    data = tmp_path / "data"
    days = [TODAY - timedelta(days=n) for n in (64, 34, 4)]
    files = [
        (
            _ofx(
                tmp_path / "ally.ofx",
                "2291047713",
                [
                    Line(
                        day,
                        "575.00",
                        "ONLINE TRANSFER FROM ALLY CHECKING XXXXXX4821",
                        f"A{day:%m%d}01",
                    )
                    for day in days
                ],
                "4318.62",
            ),
            "Ally Savings",
        ),
        (
            _ofx(
                tmp_path / "marcus.ofx",
                "7730418825",
                [
                    Line(days[1], "200.00", "ACH DEPOSIT CHASE BANK XFER", "M0001"),
                    Line(days[2], "4.37", "INTEREST PAID", "M0002"),
                ],
                "2934.92",
            ),
            "Marcus Savings",
        ),
        (
            _ofx(
                tmp_path / "wise.ofx",
                "BE71096123456769",
                [Line(days[2], "-86.40", "BVG Berlin Ticket", "W0001")],
                "612.30",
                "EUR",
            ),
            "Wise EUR",
        ),
    ]
    for path, name in files:
        imported = run_cli(data, "import", str(path), "--account", name)
        assert imported.returncode == 0, imported.stderr
    return data


@pytest.fixture
def data(imported_once: Path, tmp_path: Path) -> Path:
    """The imported accounts in a data folder of the test's own: imported once for the module
    (three processes, seconds), copied for each test, which changes its copy."""
    return shutil.copytree(imported_once, tmp_path / "data")


def test_add_list_and_remove_a_goal(data: Path) -> None:
    added = run_cli(
        data,
        "goals",
        "add",
        "House deposit",
        "--target",
        "25,000.00",
        "--by",
        BY.isoformat(),
        "--account",
        "Ally Savings",
        "--account",
        "Marcus Savings",
    )
    assert added.returncode == 0, added.stderr
    assert "House deposit: 25000.00 USD by" in added.stdout

    (goal,) = cli_json(data, "goals", "list")
    saved = Decimal("4318.62") + Decimal("2934.92")
    assert goal["name"] == "House deposit"
    assert goal["accounts"] == ["Ally Savings", "Marcus Savings"]
    assert (goal["currency"], goal["target"], goal["saved"]) == ("USD", "25000.00", str(saved))
    assert goal["state"] == "on_track"  # set today: not judged before a month has passed
    assert goal["percent"] == 29
    needed = ((Decimal("25000.00") - saved) / 12).quantize(Decimal("0.01"), ROUND_CEILING)
    assert goal["needed_per_month"] == str(needed)

    listed = run_cli(data, "goals", "list")
    assert listed.returncode == 0
    row = next(line for line in listed.stdout.splitlines() if "House deposit" in line)
    assert str(saved) in row and "on track" in row and str(needed) in row

    removed = run_cli(data, "goals", "remove", "House deposit")
    assert removed.returncode == 0, removed.stderr
    assert cli_json(data, "goals", "list") == []
    # the accounts and their balances stay
    assert {a["name"] for a in cli_json(data, "accounts")} == {
        "Ally Savings",
        "Marcus Savings",
        "Wise EUR",
    }


def test_remove_by_id_and_unknown_goal(data: Path) -> None:
    assert (
        run_cli(
            data,
            "goals",
            "add",
            "Japan trip",
            "--target",
            "3800",
            "--by",
            BY.isoformat(),
            "--account",
            "Ally Savings",
        ).returncode
        == 0
    )
    (goal,) = cli_json(data, "goals", "list")
    assert run_cli(data, "goals", "remove", str(goal["id"])).returncode == 0
    missing = run_cli(data, "goals", "remove", "Japan trip")
    assert missing.returncode != 0
    assert missing.stderr.strip().splitlines() == ["finapp: No goal named or numbered 'Japan trip'"]


def test_wipe_leaves_no_goal_behind(data: Path, tmp_path: Path) -> None:
    added = run_cli(
        data,
        "goals",
        "add",
        "Japan trip",
        "--target",
        "3800",
        "--by",
        BY.isoformat(),
        "--account",
        "Ally Savings",
    )
    assert added.returncode == 0, added.stderr
    wiped = processes.cli(data, "wipe", "--yes", FINAPP_UI_SETTINGS=str(tmp_path / "ui.ini"))
    assert wiped.returncode == 0, wiped.stderr
    assert not data.exists()  # the store, where goals are kept, is gone with everything else
    assert cli_json(data, "goals", "list") == []  # a new, empty store


def test_bad_goals_are_one_line_errors_and_change_nothing(data: Path) -> None:
    assert (
        run_cli(
            data,
            "goals",
            "add",
            "Emergency fund",
            "--target",
            "9000",
            "--by",
            BY.isoformat(),
            "--account",
            "Marcus Savings",
        ).returncode
        == 0
    )
    before = cli_json(data, "goals", "list")
    by, ally = ["--by", BY.isoformat()], ["--account", "Ally Savings"]
    refused = [
        (
            ["--target", "1299.99", *by, "--account", "Chase Sapphire"],
            "No account named or numbered 'Chase Sapphire'",
        ),
        (
            ["--target", "1299.99", "--by", (TODAY - timedelta(days=1)).isoformat(), *ally],
            "must be after today",
        ),
        (["--target", "1299.99", "--by", TODAY.isoformat(), *ally], "must be after today"),
        (["--target", "0", *by, *ally], "must be above zero"),
        (["--target", "12.505", *by, *ally], "more decimals than USD allows"),
        (
            ["--target", "1299.99", *by, *ally, "--account", "Wise EUR"],
            "Wise EUR is in another currency",
        ),
        (
            ["--target", "1299.99", "--currency", "CNY", *by, *ally],
            "Ally Savings is in another currency",
        ),
    ]
    for argv, says in refused:
        proc = run_cli(data, "goals", "add", "Bike", *argv)
        assert proc.returncode != 0, argv
        (line,) = proc.stderr.strip().splitlines()
        assert line.startswith("finapp: ") and says in line, line
    duplicate = run_cli(data, "goals", "add", "emergency FUND", "--target", "500", *by, *ally)
    assert duplicate.stderr.strip() == "finapp: There is already a goal named 'emergency FUND'"
    assert cli_json(data, "goals", "list") == before
