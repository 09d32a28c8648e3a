"""`finapp split`, run as a person runs it on an imported statement: parts written without
their minus take the line's, the listing marks the split line and carries its parts, a wrong
sum is refused in one line, and --clear makes the line whole again."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import cli_json, run_cli
from tests.reconciliation.test_reconcile_service import _statement


@pytest.fixture(scope="module")
def imported_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """January's checking statement imported from the command line, once for the module."""
    folder = tmp_path_factory.mktemp("split")
    assert run_cli(folder / "data", "import", str(_statement(folder, 1))).returncode == 0
    return folder / "data"


@pytest.fixture
def data(imported_once: Path, tmp_path: Path) -> Path:
    """The imported statement in the test's own data folder, which the test changes."""
    return shutil.copytree(imported_once, tmp_path / "data")


def test_splitting_showing_and_clearing_a_line_from_the_command_line(data: Path) -> None:
    ids = {t["payee"]: t["id"] for t in cli_json(data, "transactions")}
    bill = str(ids["CITY OF AUSTIN UTILITIES"])  # −84.20

    done = run_cli(data, "split", bill, "Bills:Electricity=60", "Bills:Water=24.20=meter 7")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == f"transaction {bill} (-84.20 USD) in 2 parts:"
    assert "Bills:Electricity" in done.stdout and "-24.20" in done.stdout
    assert "meter 7" in done.stdout

    [line] = [t for t in cli_json(data, "transactions") if t["id"] == int(bill)]
    assert line["category"] == "Bills:Electricity"
    assert line["splits"] == [
        {"category": "Bills:Electricity", "amount": "-60.00", "memo": ""},
        {"category": "Bills:Water", "amount": "-24.20", "memo": "meter 7"},
    ]
    listing = run_cli(data, "transactions").stdout
    assert "split: Bills:Electricity, Bills:Water" in listing
    assert cli_json(data, "split", bill) == {
        "id": int(bill),
        "amount": "-84.20",
        "splits": line["splits"],
    }

    cleared = run_cli(data, "split", bill, "--clear")
    assert cleared.stdout == f"transaction {bill}: not split, in Bills:Electricity\n"
    [line] = [t for t in cli_json(data, "transactions") if t["id"] == int(bill)]
    assert line["splits"] == [] and line["category"] == "Bills:Electricity"
    assert run_cli(data, "split", bill).stdout == f"transaction {bill}: not split\n"


def test_a_wrong_split_is_refused_in_one_line_and_stores_nothing(data: Path) -> None:
    ids = {t["payee"]: t["id"] for t in cli_json(data, "transactions")}
    bill = str(ids["CITY OF AUSTIN UTILITIES"])

    short = run_cli(data, "split", bill, "Bills:Electricity=60", "Bills:Water=24")
    assert short.returncode == 2
    assert short.stderr == ("finapp: The parts add up to -84.00, not to the line's -84.20 USD\n")
    mixed = run_cli(data, "split", bill, "Bills:Electricity=-60", "Bills:Water=24.20")
    assert mixed.returncode == 2 and "all with a minus or all without" in mixed.stderr
    assert run_cli(data, "split", bill, "Bills:Electricity").returncode == 2
    one = run_cli(data, "split", bill, "Bills:Electricity=84.20")
    assert one.stderr == "finapp: A split needs two parts or more\n"
    [line] = [t for t in cli_json(data, "transactions") if t["id"] == int(bill)]
    assert line["splits"] == []
