"""A payee is named after its latest-dated line, whatever order its statements were imported in.

A household starts with this year's statements and adds last year's afterwards. The cable
company printed "COMCAST CABLE COMM" on its bills until it renamed itself Xfinity. The payee
list, a rename cleared and a merge must show the name and the words the bank prints now, not
those of the statement imported last.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from finapp.store.engine import Store
from tests.cli_in_process import run_main
from tests.importers.ofxgen import Line, statement_ofx

OLD_WORDS = "COMCAST CABLE COMM 800-266-2278 PA"
NEW_WORDS = "XFINITY MOBILE 888-936-4968 PA"
CARD = "4400123412349921"


def _bill(year: int, words: str, amount: str) -> list[Line]:
    return [
        Line(date(year, month, 14), amount, words, f"{year}{month:02}14CABLE")
        for month in range(1, 7)
    ]


def _statement(folder: Path, name: str, lines: list[Line]) -> Path:
    path = folder / name
    path.write_text(statement_ofx(lines, account=CARD, newline="\r\n"))
    return path


@pytest.fixture
def statements(tmp_path: Path) -> tuple[Path, Path]:
    """Last year's statement (the old words) and this year's (the new ones)."""
    older = _statement(tmp_path, "Card9921_2024.qfx", _bill(2024, OLD_WORDS, "-79.99"))
    newer = _statement(tmp_path, "Card9921_2025.qfx", _bill(2025, NEW_WORDS, "-84.99"))
    return older, newer


def _cli(data: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run_main(["--data-dir", str(data), *args], capsys)
    assert code == 0, err
    return out


def _payees(data: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    listed: list[dict[str, object]] = json.loads(_cli(data, capsys, "payees", "--json"))
    return listed


def test_last_year_s_statement_imported_after_this_year_s_does_not_rename_the_payee(
    store: Store, statements: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    older, newer = statements
    _cli(store.data_dir, capsys, "import", str(newer))
    (before,) = _payees(store.data_dir, capsys)
    _cli(store.data_dir, capsys, "import", str(older))
    (payee,) = _payees(store.data_dir, capsys)
    assert (payee["name"], payee["statement_text"]) == (before["name"], NEW_WORDS)
    assert payee["name"] == "Xfinity"
    assert payee["transactions"] == 12


@pytest.mark.usefixtures("memory_keyring")
def test_the_payee_list_is_the_same_whichever_statement_came_first(
    tmp_path: Path, statements: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    lists = []
    for order in (statements, statements[::-1]):
        data = tmp_path / f"data-{len(lists)}"
        for statement in order:
            _cli(data, capsys, "import", str(statement))
        lists.append(_payees(data, capsys))
    assert lists[0] == lists[1]


def test_a_cleared_name_and_a_merge_go_back_to_the_latest_dated_line(
    store: Store, tmp_path: Path, statements: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    older, newer = statements
    shop = [Line(date(2025, 6, 2), "-4.75", "SQ *BLUE BOTTLE COFFEE Oakland CA", "20250602SQ")]
    coffee = _statement(tmp_path, "Card9921_coffee.qfx", shop)
    for statement in (newer, older, coffee):
        _cli(store.data_dir, capsys, "import", str(statement))

    _cli(store.data_dir, capsys, "payees", "rename", "Xfinity", "Cable and phone")
    cleared = _cli(store.data_dir, capsys, "payees", "rename", "Cable and phone", "")
    assert cleared.strip().endswith("shown as Xfinity")

    merged = _cli(store.data_dir, capsys, "payees", "merge", "Blue Bottle Coffee", "Xfinity")
    assert "Xfinity" in merged
    (payee,) = _payees(store.data_dir, capsys)
    assert (payee["name"], payee["transactions"]) == ("Xfinity", 13)
