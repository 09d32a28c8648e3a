"""The same statement downloaded again with every FITID changed (Chase and Amex do this) adds
nothing, and says why; whenever that could drop a real line, every line is added as before and
the import says how many match lines already there.

``ofx_notes/checking_jan.qfx`` is a January checking QFX in Chase's SGML layout, with two
identical coffees on 6 January under their own ids.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from tests.importers.helpers import rows

JANUARY = Path(__file__).parent / "ofx_notes" / "checking_jan.qfx"
COFFEE = ("2026-01-06", Decimal("-5.75"), "STARBUCKS STORE 12345 SEATTLE")


def _new_ids(text: str) -> str:
    """The statement as the bank sends it again: each FITID another."""
    return text.replace("<FITID>2026", "<FITID>X2026")


def _coffees(store) -> int:  # type: ignore[no-untyped-def]
    return [r[:3] for r in rows(store)].count(COFFEE)


def test_the_same_statement_with_new_ids_adds_nothing_and_says_why(store, write) -> None:
    import_files(store, [JANUARY])
    again = write("again.qfx", _new_ids(JANUARY.read_text(encoding="utf-8")))
    result = import_files(store, [again]).files[0]
    assert (result.new, result.duplicates) == (0, 5)
    assert result.notes == (
        "5 lines of Chase …6234 were already there under other transaction ids (the bank gave "
        "them new ones): counted as duplicates",
    )
    assert len(rows(store)) == 5 and _coffees(store) == 2


def test_a_third_identical_coffee_keeps_every_line_and_says_what_matches(store, write) -> None:
    """Taking the statement for the old one would lose the new coffee: all are added."""
    import_files(store, [JANUARY])
    text = _new_ids(JANUARY.read_text(encoding="utf-8"))
    first = text.index("<STMTTRN>")
    third = text[first : text.index("<STMTTRN>", first + 1)].replace("X202601060", "X202601062")
    result = import_files(store, [write("third.qfx", text[:first] + third + text[first:])])
    assert result.files[0].new == 6
    assert result.files[0].notes == (
        "5 of the 6 lines added to Chase …6234 match lines already there under other transaction "
        "ids; added all the same, as not the whole statement is there already: check for lines "
        "listed twice",
    )
    assert _coffees(store) == 2 + 3


def test_a_statement_reaching_past_the_days_imported_is_added(store, write) -> None:
    import_files(store, [JANUARY])
    text = _new_ids(JANUARY.read_text(encoding="utf-8"))
    longer = text.replace("<DTEND>20260131", "<DTEND>20260210")
    result = import_files(store, [write("longer.qfx", longer)]).files[0]
    assert result.new == 5 and "added all the same" in result.notes[0]


def test_the_same_statement_with_its_own_ids_says_nothing(store) -> None:
    import_files(store, [JANUARY])
    result = import_files(store, [JANUARY]).files[0]
    assert (result.new, result.duplicates, result.notes) == (0, 5, ())
