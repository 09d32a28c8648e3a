"""The CLI contract end to end, in a real subprocess."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.helpers import cli_json, run_cli
from tests.written_statements import checking_statement


def _bank(tmp_path: Path) -> str:
    """A week of a checking account: 3 lines, the first a coffee for 5.75 on 2025-03-03."""
    folder = tmp_path / "downloads"
    folder.mkdir(exist_ok=True)
    return str(checking_statement(folder))


@pytest.fixture(scope="module")
def imported_once(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The week of checking imported from the command line, once for the module."""
    folder = tmp_path_factory.mktemp("imported")
    assert cli_json(folder / "d", "import", _bank(folder))["new"] == 3
    return folder / "d"


@pytest.fixture
def imported(imported_once: Path, tmp_path: Path) -> Path:
    """That store in the test's own data folder, which the test changes."""
    return shutil.copytree(imported_once, tmp_path / "d")


def test_import_then_list_as_json(tmp_path: Path) -> None:
    data = tmp_path / "d"
    summary = cli_json(data, "import", _bank(tmp_path))
    assert summary["new"] == 3 and summary["duplicates"] == 0
    rows = cli_json(data, "transactions")
    assert [r["amount"] for r in rows] == ["-5.75", "-118.42", "1987.36"]
    assert rows[0]["date"] == "2025-03-03"
    assert rows[0]["payee"] == "STARBUCKS STORE 00123 SEATTLE WA"
    assert rows[0]["fitid"] == "202503030417220"
    assert set(rows[0]) >= {"id", "account", "date", "amount", "payee", "memo", "fitid", "category"}


def test_reimport_adds_nothing(imported: Path, tmp_path: Path) -> None:
    again = cli_json(imported, "import", _bank(tmp_path))  # the same file downloaded again
    assert (again["new"], again["duplicates"]) == (0, 3)
    assert len(cli_json(imported, "transactions")) == 3


def test_wrong_passphrase_exits_2_with_one_line(imported: Path) -> None:
    proc = run_cli(imported, "transactions", passphrase="wrong")
    assert proc.returncode == 2
    assert proc.stdout == ""
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and "finapp.db" in lines[0] and "Traceback" not in proc.stderr


def test_missing_passphrase_without_keyring_is_one_clear_line(tmp_path: Path) -> None:
    proc = run_cli(tmp_path / "d", "transactions", passphrase=None)
    assert proc.returncode == 2
    assert "FINAPP_PASSPHRASE" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1


def test_categorize_creates_the_category(imported: Path) -> None:
    first = cli_json(imported, "transactions")[0]
    proc = run_cli(imported, "categorize", str(first["id"]), "Treats:Coffee Out")
    assert proc.returncode == 0, proc.stderr
    rows = {r["id"]: r for r in cli_json(imported, "transactions")}
    assert rows[first["id"]]["category"] == "Treats:Coffee Out"


def test_unknown_transaction_is_a_clear_error(tmp_path: Path) -> None:
    proc = run_cli(tmp_path / "d", "categorize", "999", "Food")
    assert proc.returncode == 2 and "999" in proc.stderr and "Traceback" not in proc.stderr


def test_json_output_is_only_json(tmp_path: Path) -> None:
    proc = run_cli(tmp_path / "d", "import", _bank(tmp_path), "--json")
    assert proc.returncode == 0
    json.loads(proc.stdout)


def test_data_dir_precedence(tmp_path: Path, monkeypatch) -> None:
    from finapp.paths import resolve_data_dir

    monkeypatch.setenv("FINAPP_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(str(tmp_path / "arg")) == tmp_path / "arg"
    assert resolve_data_dir(None) == tmp_path / "env"
    monkeypatch.delenv("FINAPP_DATA_DIR")
    assert resolve_data_dir(None).name == "finapp"
