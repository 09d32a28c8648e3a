"""``finapp import`` with the choices the GUI's wizard offers: a profile by name, refused when
the file is not that bank's, and the date order of a file whose dates read either way."""

from __future__ import annotations

from pathlib import Path

from tests.helpers import cli_json, run_cli

EXPORTS = Path(__file__).parent / "bank_exports"
STARLING = EXPORTS / "starling_2026_11.csv"  # every day is 12 or less: DD/MM or MM/DD
#: a generic export as a small US bank writes it, with a typo in an amount (O for 0)
TYPO = "Date,Description,Amount\n10/01/2026,COFFEE SHOP,-3.50\n10/02/2026,GROCERY,-45.2O\n"


def test_an_unknown_profile_lists_the_profiles(tmp_path: Path) -> None:
    refused = run_cli(tmp_path / "d", "import", str(STARLING), "--profile", "Starlng")
    assert refused.returncode == 2
    assert "No CSV profile named 'Starlng'; the profiles are: " in refused.stderr
    assert "Starling" in refused.stderr and "Apple Card" in refused.stderr


def test_another_banks_profile_is_refused_naming_the_missing_column(tmp_path: Path) -> None:
    data = tmp_path / "d"
    refused = run_cli(data, "import", str(STARLING), "--profile", "Barclays")
    assert refused.returncode == 2
    assert "not a 'Barclays' export: it lacks the columns memo" in refused.stderr
    assert cli_json(data, "transactions") == []


def test_date_order_given_on_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "d"
    path = tmp_path / "export.csv"
    path.write_text("Date,Description,Amount\n01/11/2026,Tesco,-12.40\n02/11/2026,Greggs,-3.10\n")
    asked = run_cli(data, "import", str(path))
    assert asked.returncode == 2
    assert "--date-format DD/MM/YYYY or --date-format MM/DD/YYYY" in asked.stderr
    summary = cli_json(data, "import", str(path), "--date-format", "dd/mm/yyyy")
    assert summary["new"] == 2
    assert sorted(t["date"] for t in cli_json(data, "transactions")) == ["2026-11-01", "2026-11-02"]


def test_a_typo_in_an_amount_is_named_before_and_after_the_date_order(tmp_path: Path) -> None:
    data = tmp_path / "d"
    path = tmp_path / "export.csv"
    path.write_text(TYPO)
    asked = run_cli(data, "import", str(path))
    assert "line 3: not an amount: '-45.2O'" in asked.stderr
    refused = run_cli(data, "import", str(path), "--date-format", "MM/DD/YYYY")
    assert refused.returncode == 2
    assert "line 3: not an amount: '-45.2O'" in refused.stderr


def test_an_unknown_date_format_lists_the_formats(tmp_path: Path) -> None:
    refused = run_cli(tmp_path / "d", "import", str(STARLING), "--date-format", "dd.mm")
    assert refused.returncode == 2
    assert "'dd.mm' is no date format finapp reads" in refused.stderr
    assert "DD/MM/YYYY" in refused.stderr
