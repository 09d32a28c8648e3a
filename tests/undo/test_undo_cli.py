"""`finapp undo`, `finapp redo` and `finapp edits`, run as a person runs them after a few
edits made from the command line: each names the edit in words, and --json carries the same."""

from __future__ import annotations

from pathlib import Path

from tests.annotations.statements import euro_statement
from tests.helpers import cli_json, run_cli


def test_undo_redo_and_the_history_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli(data, "import", str(euro_statement(tmp_path))).returncode == 0
    refused = run_cli(data, "undo")
    assert refused.returncode != 0 and "no edit to undo" in refused.stderr

    hotel = str(next(t["id"] for t in cli_json(data, "transactions") if "HOTEL" in t["payee"]))
    assert run_cli(data, "note", hotel, "Two nights").returncode == 0
    assert run_cli(data, "categorize", hotel, "Travel:Hotels").returncode == 0
    assert run_cli(data, "budget", "set", "Travel", "500").returncode == 0

    table = run_cli(data, "edits").stdout.splitlines()
    assert "budget for Travel" in table[2] and "done" in table[2]
    assert "category of Hotel Le Marais Paris (Travel:Hotels)" in table[3]
    assert "note on Hotel Le Marais Paris" in table[4]
    assert table[-2:] == ["undo: budget for Travel", "redo: nothing"]

    assert run_cli(data, "undo").stdout == "Undone: budget for Travel\n"
    undone = cli_json(data, "undo")
    assert undone["undone"]["action"] == "category"
    assert undone["undone"]["params"] == {
        "payee": "Hotel Le Marais Paris",
        "category": "Travel:Hotels",
    }
    assert undone["undone"]["words"] == "category of Hotel Le Marais Paris (Travel:Hotels)"
    assert undone["next_undo"]["words"] == "note on Hotel Le Marais Paris"
    assert undone["next_redo"]["words"] == "category of Hotel Le Marais Paris (Travel:Hotels)"
    line = next(t for t in cli_json(data, "transactions") if t["id"] == int(hotel))
    assert (line["category"], line["note"]) == ("Travel:Lodging", "Two nights")

    assert run_cli(data, "redo").stdout == (
        "Redone: category of Hotel Le Marais Paris (Travel:Hotels)\n"
    )
    history = cli_json(data, "edits")
    assert [(e["action"], e["undone"]) for e in history["edits"]] == [
        ("budget_set", True),
        ("category", False),
        ("note", False),
    ]
    assert history["next_undo"]["action"] == "category"
    assert history["next_redo"]["words"] == "budget for Travel"
