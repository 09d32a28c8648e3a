"""A bad AMOUNT argument is one `finapp:` line, exit 2, and nothing stored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.helpers import cli_json, run_cli


@pytest.fixture(scope="module")
def budgeted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store with a food budget of 100, set from the command line once for the module."""
    data = tmp_path_factory.mktemp("budgeted") / "d"
    assert run_cli(data, "budget", "set", "Food", "100").returncode == 0
    return data


@pytest.mark.parametrize(
    "args",
    [
        ("budget", "set", "Food", "1,2,3"),
        ("budget", "set", "Food", "1e308"),
        ("budget", "set", "Food", "12.505"),
        ("budget", "set", "Food", "99999999999999999999999"),
        ("subscriptions", "add", "Gym", "1e308", "--cadence", "monthly", "--next", "2024-05-01"),
        ("rules", "add", "cafe", "--category", "Food:Coffee", "--min", "1e308"),
        ("rules", "add", "cafe", "--category", "Food:Coffee", "--max", "0x10"),
    ],
)
def test_a_bad_amount_is_one_line_exit_2_and_stores_nothing(
    budgeted: Path, tmp_path: Path, args: tuple[str, ...]
) -> None:
    data = shutil.copytree(budgeted, tmp_path / "d")  # the test's own copy
    proc = run_cli(data, *args)
    assert proc.returncode == 2, proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("finapp: ") and "Traceback" not in proc.stderr
    assert [b["amount"] for b in cli_json(data, "budget", "list")] == ["100.00"]
    assert [s for s in cli_json(data, "subscriptions", "--all") if s["name"] == "Gym"] == []
    assert "cafe" not in str(cli_json(data, "rules", "list"))


def test_a_grouped_amount_is_read_exactly(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_cli(data, "budget", "set", "Food", "1,234.50").returncode == 0
    assert [b["amount"] for b in cli_json(data, "budget", "list")] == ["1234.50"]
