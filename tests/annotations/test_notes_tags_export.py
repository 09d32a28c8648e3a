"""Notes and tags leave with an export and come back with it, and no re-import touches them."""

from __future__ import annotations

import csv
from pathlib import Path

from finapp.services.annotations import add_tags, remove_tags, set_note
from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.annotations.statements import euro_statement, household
from tests.conftest import another_store
from tests.reconciliation.test_reconcile_service import _statement


def _annotate(store: Store, tmp_path: Path) -> None:
    lines = household(store, tmp_path)
    coffees = lines["SQ *BLUE BOTTLE COFFEE"]  # two identical coffees on each 9th
    add_tags(store, ["#Holiday-2026", "#旅行"], [lines["HOTEL LE MARAIS PARIS"][0].id])
    add_tags(store, ["#tax"], [line.id for line in lines["CITY OF AUSTIN UTILITIES"]])
    add_tags(store, ["#with-anna"], [coffees[1].id])  # the second of two identical lines
    set_note(store, [lines["HOTEL LE MARAIS PARIS"][0].id], "Two nights\nbreakfast included")
    set_note(store, [coffees[1].id], "=SUM(A1) is not a formula here")
    set_note(store, [lines["OAKWOOD APTS RENT WEB PMT"][0].id], "房租，一月")


def _annotations(store: Store) -> list[tuple[object, ...]]:
    """Each line by what the statement said of it, with the user's note and tags."""
    return [
        (t.account, t.date, t.amount, t.payee, t.note, t.tags) for t in list_transactions(store)
    ]


def test_an_export_imported_into_an_empty_store_keeps_every_note_and_tag(
    store: Store, tmp_path: Path
) -> None:
    _annotate(store, tmp_path)
    export_all(store, tmp_path / "export")
    with (tmp_path / "export" / "transactions.csv").open(encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["tags"] for r in rows} == {"", "#holiday-2026 #旅行", "#tax", "#with-anna"}
    assert "'=SUM(A1) is not a formula here" in {r["note"] for r in rows}

    fresh = another_store(tmp_path / "fresh")
    try:
        result = import_files(fresh, [tmp_path / "export" / "transactions.csv"])
        assert not result.failed and result.new == 18
        assert _annotations(fresh) == _annotations(store)
        assert sum(1 for a in _annotations(fresh) if a[4] or a[5]) == 5
    finally:
        fresh.close()


def test_re_importing_statements_over_annotated_lines_keeps_their_notes_and_tags(
    store: Store, tmp_path: Path
) -> None:
    _annotate(store, tmp_path)
    export_all(store, tmp_path / "export")
    remove_tags(store, ["#tax"], [t.id for t in list_transactions(store, tag="tax")])
    set_note(store, [t.id for t in list_transactions(store) if t.note.startswith("房租")], "")
    before = _annotations(store)

    (tmp_path / "again").mkdir()
    again = [_statement(tmp_path / "again", 1), euro_statement(tmp_path / "again")]
    result = import_files(store, [*again, tmp_path / "export" / "transactions.csv"])
    assert not result.failed and result.new == 0
    assert _annotations(store) == before  # the older export brings back nothing removed


def test_an_export_edited_into_a_bad_tag_is_refused_at_its_row(
    store: Store, tmp_path: Path
) -> None:
    _annotate(store, tmp_path)
    export_all(store, tmp_path / "export")
    text = (tmp_path / "export" / "transactions.csv").read_text(encoding="utf-8-sig")
    edited = tmp_path / "edited" / "transactions.csv"  # copied alone: no manifest beside it
    edited.parent.mkdir()
    edited.write_text(text.replace("#with-anna", "#with anna!"), encoding="utf-8")
    fresh = another_store(tmp_path / "fresh")
    try:
        [failed] = import_files(fresh, [edited]).failed
        assert "“anna!” is not a tag" in str(failed.error)
        assert list_transactions(fresh) == []
    finally:
        fresh.close()
