"""The same statement downloaded again with every FITID changed (Chase and Amex do this) adds
nothing, and says why; so does the overlap of the next download, which adds its new days only.
A line the earlier statements held no partner for (a third identical coffee) is added.

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


def test_a_third_identical_coffee_is_added_and_the_rest_counted_as_there(store, write) -> None:
    """The statement imported before listed two coffees on 6 January; a download of the same
    days listing three brings one more, whatever ids the bank gave them."""
    import_files(store, [JANUARY])
    text = _new_ids(JANUARY.read_text(encoding="utf-8"))
    first = text.index("<STMTTRN>")
    third = text[first : text.index("<STMTTRN>", first + 1)].replace("X202601060", "X202601062")
    result = import_files(store, [write("third.qfx", text[:first] + third + text[first:])])
    assert (result.files[0].new, result.files[0].duplicates) == (1, 5)
    assert result.files[0].notes == (
        "5 lines of Chase …6234 were already there under other transaction ids (the bank gave "
        "them new ones): counted as duplicates",
    )
    assert _coffees(store) == 3


def test_a_statement_reaching_past_the_days_imported_adds_only_what_is_new(store, write) -> None:
    import_files(store, [JANUARY])
    text = _new_ids(JANUARY.read_text(encoding="utf-8"))
    longer = text.replace("<DTEND>20260131", "<DTEND>20260210")
    result = import_files(store, [write("longer.qfx", longer)]).files[0]
    assert (result.new, result.duplicates) == (0, 5)


def test_the_same_statement_with_its_own_ids_says_nothing(store) -> None:
    import_files(store, [JANUARY])
    result = import_files(store, [JANUARY]).files[0]
    assert (result.new, result.duplicates, result.notes) == (0, 5, ())


def test_the_next_download_repeating_days_under_new_ids_adds_only_its_new_days(
    store, write
) -> None:
    """Chase's next download (16 January to 15 February) repeats the pay and the Trader Joe's
    shop of the last one under new ids: only February's fuel is new."""
    import_files(store, [JANUARY])
    text = _new_ids(JANUARY.read_text(encoding="utf-8"))
    head, _, rest = text.partition("<STMTTRN>")
    kept = rest[rest.index("<STMTTRN>\n<TRNTYPE>CREDIT") :]
    fuel = (
        "<STMTTRN>\n<TRNTYPE>DEBIT\n<DTPOSTED>20260203120000[0:GMT]\n<TRNAMT>-42.10\n"
        "<FITID>X202602030\n<NAME>SHELL OIL 57444 SEATTLE\n</STMTTRN>\n"
    )
    february = (head + kept).replace("<DTSTART>20260101", "<DTSTART>20260116")
    february = february.replace("<DTEND>20260131", "<DTEND>20260215")
    february = february.replace("</BANKTRANLIST>", fuel + "</BANKTRANLIST>")
    result = import_files(store, [write("february.qfx", february)]).files[0]
    assert (result.new, result.duplicates) == (1, 2)
    assert result.notes == (
        "2 lines of Chase …6234 were already there under other transaction ids (the bank gave "
        "them new ones): counted as duplicates",
    )
    assert len(rows(store)) == 6
