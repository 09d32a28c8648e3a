"""A bank id (FITID) repeated inside one file: the rule stays, and the result says why.

The same FITID twice with the same date, amount and payee is one transaction the bank listed
twice (counted once); on different lines it is two (banks that reuse ids). Counted once, the
second line is a "duplicate" even in an empty store, so the import result names it and the line
it repeats. ``ofx_notes/repeated_fitid.ofx`` is an OFX 2 checking download in Wells Fargo's
layout: the coffee of 12 Feb listed twice under one id, Netflix and PG&E sharing another.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.services.imports import import_files
from tests.helpers import run_cli
from tests.importers.helpers import rows

NOTES = Path(__file__).parent / "ofx_notes"
REPEATED = NOTES / "repeated_fitid.ofx"
SAID = "line 22 repeats line 21's transaction id 20260212-1: counted once"


def test_a_line_listed_twice_is_counted_once_and_the_result_says_which(store) -> None:
    result = import_files(store, [REPEATED]).files[0]
    assert (result.new, result.duplicates) == (4, 1)
    assert result.notes == (SAID,)
    assert [r[:3] for r in rows(store)].count(
        ("2026-02-12", Decimal("-4.75"), "BLUE BOTTLE COFFEE OAKLAND")
    ) == 1
    # one id on two different lines: both kept, nothing to say about them
    assert {r[2] for r in rows(store)} >= {"NETFLIX.COM", "PG&E WEB ONLINE"}


def test_two_identical_lines_with_their_own_ids_stay_two_and_nothing_is_said(store, write) -> None:
    text = REPEATED.read_text(encoding="utf-8")
    own_ids = text.replace("20260212-1", "20260212-2", 2).replace("20260212-2", "20260212-1", 1)
    result = import_files(store, [write("own_ids.ofx", own_ids)]).files[0]
    assert (result.new, result.duplicates, result.notes) == (5, 0, ())


def test_many_repeats_are_said_five_by_five(store, write) -> None:
    lines = REPEATED.read_text(encoding="utf-8").splitlines(keepends=True)
    assert "BLUE BOTTLE" in lines[20]  # line 21, the coffee listed twice: now ten times
    many = "".join(lines[:21] + [lines[20]] * 8 + lines[21:])
    notes = import_files(store, [write("many.ofx", many)]).files[0].notes
    assert notes[:2] == (
        "line 22 repeats line 21's transaction id 20260212-1: counted once",
        "line 23 repeats line 21's transaction id 20260212-1: counted once",
    )
    assert notes[5:] == (
        "4 more lines repeat an earlier line's transaction id, date, amount and payee: each "
        "counted once",
    )


def test_cli_says_the_note_and_json_lists_it(tmp_path: Path) -> None:
    said = run_cli(tmp_path / "data", "import", str(REPEATED))
    assert said.returncode == 0, said.stderr
    assert f"  note: {SAID}" in said.stdout.splitlines()
    again = run_cli(tmp_path / "data", "import", str(REPEATED), "--json")
    assert json.loads(again.stdout)["files"][0]["notes"] == [SAID]


def test_summary_window_shows_the_note_under_its_file(store, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = ImportSummaryDialog(import_files(store, [REPEATED]))
    qtbot.addWidget(dialog)
    item = dialog.tree.topLevelItem(0)
    assert f"Note: {SAID}" in [item.child(i).text(0) for i in range(item.childCount())]
