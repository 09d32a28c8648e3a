"""A bank's corrections of its own lines (CORRECTACTION REPLACE / DELETE) are read as such.

Chase sent a restaurant's 100.00 pre-authorisation and a 40.00 charge made in error, then in
the next download a 90.00 line that REPLACEs the first (CORRECTFITID R25-A) and a DELETE of the
second whose amount is 0.00. All three were stored as new lines, a 0.00 line among them, with
nothing said.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from tests.importers.helpers import rows

FILES = Path(__file__).parent / "ofx_novel"
BEFORE, CORRECTION = FILES / "chase_before_correction.ofx", FILES / "chase_correction.ofx"


def test_corrections_of_stored_lines_add_no_zero_line_and_say_what_the_bank_did(store) -> None:
    import_files(store, [BEFORE])
    (read,) = import_files(store, [CORRECTION]).files
    assert read.error is None and read.new == 2
    assert [(r[1], r[3]) for r in rows(store)] == [
        (Decimal("-100.00"), "R25-A"),
        (Decimal("-90.00"), "R25-A2"),
        (Decimal("-40.00"), "R25-B"),
        (Decimal("-5.00"), "R25-C"),
    ]
    replaced, withdrawn = (n for n in read.notes if "earlier transaction" in n)
    assert "'R25-A'" in replaced and "replaces" in replaced
    assert "'R25-B'" in withdrawn and "withdraws" in withdrawn


def test_a_correction_in_the_same_statement_leaves_only_the_corrected_line(store, write) -> None:
    text = CORRECTION.read_text()
    originals = BEFORE.read_text().split("<BANKTRANLIST>")[1].split("</BANKTRANLIST>")[0]
    originals = originals.split("<STMTTRN>", 1)[1]
    whole = text.replace("<STMTTRN>", "<STMTTRN>" + originals + "<STMTTRN>", 1)
    (read,) = import_files(store, [write("november.ofx", whole)]).files
    assert read.error is None
    assert [(r[1], r[3]) for r in rows(store)] == [
        (Decimal("-90.00"), "R25-A2"),
        (Decimal("-5.00"), "R25-C"),
    ]
    assert not [n for n in read.notes if "earlier transaction" in n]
