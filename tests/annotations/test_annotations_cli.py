"""`finapp note`, `finapp tag add|remove`, `finapp tags` and `transactions --tag`, run as a
person runs them on imported statements."""

from __future__ import annotations

from pathlib import Path

from tests.annotations.statements import euro_statement
from tests.helpers import cli_json, run_cli
from tests.reconciliation.test_reconcile_service import _statement


def test_notes_tags_and_the_report_by_tag_from_the_command_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    files = [str(_statement(tmp_path, 1)), str(euro_statement(tmp_path))]
    assert run_cli(data, "import", *files).returncode == 0
    ids = {t["payee"]: t["id"] for t in cli_json(data, "transactions")}
    hotel, cafe = str(ids["HOTEL LE MARAIS PARIS"]), str(ids["CAFE DE FLORE PARIS"])
    refund, bill = str(ids["REMBOURSEMENT SNCF"]), str(ids["CITY OF AUSTIN UTILITIES"])

    noted = run_cli(data, "note", hotel, "Two nights, breakfast included")
    assert noted.returncode == 0 and noted.stdout == (
        f"transaction {hotel}: note “Two nights, breakfast included”\n"
    )
    added = run_cli(data, "tag", "add", "#Holiday-2026", hotel, cafe, refund)
    assert added.stdout == "#holiday-2026 put on 3 transaction(s)\n"
    assert run_cli(data, "tag", "add", "tax", bill).returncode == 0

    lines = {t["id"]: t for t in cli_json(data, "transactions", "--tag", "#HOLIDAY-2026")}
    assert sorted(lines) == sorted(int(i) for i in (hotel, cafe, refund))
    assert lines[int(hotel)]["note"] == "Two nights, breakfast included"
    assert lines[int(hotel)]["tags"] == ["holiday-2026"] and lines[int(cafe)]["note"] == ""

    report = cli_json(data, "tags")
    assert report == [
        {"tag": "holiday-2026", "transactions": 3,
         "by_currency": {"EUR": {"out": "207.50", "in": "40.00"}}},
        {"tag": "tax", "transactions": 1, "by_currency": {"USD": {"out": "84.20", "in": "0.00"}}},
    ]  # fmt: skip
    assert cli_json(data, "tags", "--since", "2026-02-01", "--until", "2026-02-13") == [
        {"tag": "holiday-2026", "transactions": 2,
         "by_currency": {"EUR": {"out": "207.50", "in": "0.00"}}},
    ]  # fmt: skip
    table = run_cli(data, "tags").stdout
    assert "#holiday-2026" in table and "207.50" in table

    listing = run_cli(data, "transactions", "--tag", "holiday-2026").stdout
    assert "Two nights, breakfast included" in listing and "#holiday-2026" in listing
    assert "OAKWOOD" not in listing

    removed = run_cli(data, "tag", "remove", "#holiday-2026", refund, bill)
    assert removed.stdout == "#holiday-2026 taken off 1 transaction(s)\n"
    assert run_cli(data, "note", hotel, "").stdout == f"transaction {hotel}: note cleared\n"
    assert [t["note"] for t in cli_json(data, "transactions")] == [""] * 11


def test_a_bad_tag_or_an_unknown_line_is_refused_in_one_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert run_cli(data, "import", str(euro_statement(tmp_path))).returncode == 0
    refused = run_cli(data, "tag", "add", "#tax/2026", "1")
    assert refused.returncode == 2
    assert refused.stderr == (
        "finapp: “#tax/2026” is not a tag: “/” is not allowed (letters, digits, - and _ only)\n"
    )
    missing = run_cli(data, "note", "999", "nothing")
    assert missing.returncode != 0 and "No transaction with id 999" in missing.stderr
    assert len(missing.stderr.splitlines()) == 1
