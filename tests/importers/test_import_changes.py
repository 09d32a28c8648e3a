"""An import says what it changed, and which refused files only need a column mapping."""

from __future__ import annotations

from datetime import date

from finapp.services.changes import Kind
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from tests.importers.ofxgen import Line, statement_ofx

UNKNOWN_LAYOUT = (
    "Check Number,Date,Description,Amount,Category\n"
    "101,10/8/26,Harbor Credit Union Visa,54.20,Expenses\n"
    "102,10/9/26,Greenleaf Grocers,83.15,Expenses\n"
)


def test_changes_name_the_data_touched_and_the_files_to_map(store, write) -> None:
    ofx = write("checking.ofx", statement_ofx([Line(date(2026, 10, 2), "-4.85", "STARBUCKS", "1")]))
    csv = write("export.csv", UNKNOWN_LAYOUT)
    broken = write("notes.ofx", "this is not a statement")
    changes = import_files(store, [ofx, csv, broken]).changes
    assert changes.touches({Kind.TRANSACTIONS}) and changes.touches({Kind.ALERTS})
    assert not changes.touches({Kind.SETTINGS, Kind.CATEGORIES})
    assert changes.needs_mapping == (csv,)  # the broken file needs more than a mapping

    again = import_files(store, [ofx]).changes  # nothing new, but its balances were read
    assert again.touches({Kind.ACCOUNTS}) and again.needs_mapping == ()
    assert undo_import(store).changes.touches({Kind.TRANSACTIONS, Kind.SUBSCRIPTIONS})


def test_a_batch_of_refused_files_changes_nothing(store, write) -> None:
    changes = import_files(store, [write("notes.ofx", "not a statement")]).changes
    assert not changes.kinds and not changes
