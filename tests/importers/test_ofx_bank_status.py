"""A statement the bank sent with an error status is imported, and the user is told.

Ally's server answered a download with ``<CODE>2000<SEVERITY>ERROR<MESSAGE>Partial data`` on
the statement response and the statement inside it. It imported silently: the user had no way
to know that lines may be missing until the books failed to add up.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.imports import import_files
from tests.importers.ofxgen import Line, statement_ofx

PARTIAL = Path(__file__).parent / "ofx_novel" / "ally_partial_data.ofx"


def test_a_statement_the_bank_calls_partial_is_imported_with_its_words(store) -> None:
    (read,) = import_files(store, [PARTIAL]).files
    assert read.error is None and read.new == 1
    (said,) = [n for n in read.notes if "Partial data" in n]
    assert "…8888" in said and "ERROR" in said and "2000" in said and "incomplete" in said


def test_a_statement_sent_with_success_says_nothing_of_its_status(store, write) -> None:
    text = statement_ofx([Line(date(2026, 11, 3), "-5.00", "KROGER #555", "A1")])
    (read,) = import_files(store, [write("ok.ofx", text)]).files
    assert read.error is None and read.notes == ()
