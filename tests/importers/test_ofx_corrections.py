"""A bank's corrections of its own lines (CORRECTACTION REPLACE / DELETE) are read as such.

Chase sent a restaurant's 100.00 pre-authorisation and a 40.00 charge made in error, then in
the next download a 90.00 line that REPLACEs the first (CORRECTFITID R25-A) and a DELETE of the
second whose amount is 0.00. All three were stored as new lines, a 0.00 line among them, with
nothing said; later the 0.00 line went, but the 100.00 and the 40.00 still stood beside the
90.00, the books counting the meal twice. The bank's correction is now applied to the stored
lines, in the import's own write, and undone with it.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from finapp.importers.base import ParsedSplit
from finapp.services.annotations import add_tags, set_note, tags_of
from finapp.services.categorize import set_category
from finapp.services.erase_record import erased_since, erases
from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files
from finapp.services.splits import set_splits, splits_of
from finapp.services.wipe import delete_import
from finapp.store.schema import Transaction
from tests.importers.helpers import rows
from tests.importers.ofxgen import Line, statement_ofx

FILES = Path(__file__).parent / "ofx_novel"
BEFORE, CORRECTION = FILES / "chase_before_correction.ofx", FILES / "chase_correction.ofx"


def test_corrections_of_stored_lines_are_applied_and_said(store) -> None:
    import_files(store, [BEFORE])
    (read,) = import_files(store, [CORRECTION]).files
    assert read.error is None and (read.new, read.corrected) == (1, 2)
    # before: the 100.00 pre-authorisation and the withdrawn 40.00 stayed beside the 90.00
    assert [(r[1], r[2], r[3]) for r in rows(store)] == [
        (Decimal("-90.00"), "RESTAURANT FINAL", "R25-A2"),
        (Decimal("-5.00"), "NEW ONE", "R25-C"),
    ]
    assert _balance(store) == Decimal("-95.00")
    replaced, withdrawn = (n for n in read.notes if "earlier transaction" in n)
    assert replaced == (
        "line 43: the bank replaced its earlier transaction 'R25-A' of account …8888 "
        "(RESTAURANT PREAUTH -100.00 on 2026-11-03) with RESTAURANT FINAL -90.00 on 2026-11-03; "
        "the stored line was corrected, keeping its category, note and tags"
    )
    assert withdrawn == (
        "line 59: the bank withdrew its earlier transaction 'R25-B' of account …8888 "
        "(WRONG CHARGE -40.00 on 2026-11-04); it was removed from the books (undoing this "
        "import puts it back)"
    )


def test_the_replaced_line_keeps_what_the_user_put_on_it(store) -> None:
    import_files(store, [BEFORE])
    dinner = _id(store, "R25-A")
    set_category(store, dinner, "Food:Restaurants")
    set_note(store, [dinner], "birthday dinner with Sam")
    add_tags(store, ["birthday"], [dinner])
    import_files(store, [CORRECTION])
    with store.read() as session:
        line = session.get_one(Transaction, dinner)
        assert (line.fitid, line.amount_minor, line.payee) == ("R25-A2", -9000, "RESTAURANT FINAL")
        assert line.category is not None and line.category.name == "Restaurants"
        assert line.note == "birthday dinner with Sam"
    with store.read() as session:
        assert tags_of(session, [dinner])[dinner] == ("birthday",)


def test_importing_the_correcting_file_again_adds_and_changes_nothing(store) -> None:
    import_files(store, [BEFORE])
    import_files(store, [CORRECTION])
    held = _snapshot(store)
    (again,) = import_files(store, [CORRECTION]).files
    assert again.error is None and again.batch_id is None
    assert (again.new, again.corrected) == (0, 0)
    assert not [n for n in again.notes if "earlier transaction" in n]
    assert _snapshot(store) == held


def test_the_earlier_download_imported_again_does_not_bring_back_what_the_bank_corrected(
    store,
) -> None:
    import_files(store, [BEFORE])
    import_files(store, [CORRECTION])
    held = _snapshot(store)
    (again,) = import_files(store, [BEFORE]).files
    assert again.error is None and (again.new, again.duplicates) == (0, 2)
    assert _snapshot(store) == held
    assert (
        "2 lines the bank has replaced or withdrawn since an earlier import of them were not "
        "added again"
    ) in again.notes


def test_undoing_the_correcting_import_brings_the_stored_lines_back_exactly(store) -> None:
    import_files(store, [BEFORE])
    dinner, wrong = _id(store, "R25-A"), _id(store, "R25-B")
    set_category(store, wrong, "Shopping")
    add_tags(store, ["dispute"], [wrong])
    set_splits(
        store,
        dinner,
        [
            ParsedSplit("Food:Restaurants", Decimal("-80.00")),
            ParsedSplit("Gifts", Decimal("-20.00")),
        ],
    )
    held = _snapshot(store)
    (read,) = import_files(store, [CORRECTION]).files
    # the split of 100.00 does not divide the 90.00: the line is one again, and said so
    assert any("split it again" in n for n in read.notes)
    assert splits_of(store, dinner) == ()
    undo_import(store, read.batch_id)
    assert _snapshot(store) == held


def test_a_withdrawn_line_is_recorded_as_erased_on_purpose_for_finapp_check(store) -> None:
    import_files(store, [BEFORE])
    before = datetime.now() - timedelta(seconds=1)
    import_files(store, [CORRECTION])
    assert erased_since(erases(store), before) == 1


def test_a_refused_correcting_file_changes_no_stored_line(store, write) -> None:
    import_files(store, [BEFORE])
    held = _snapshot(store)
    broken = CORRECTION.read_text().replace("<TRNAMT>-5.00", "<TRNAMT>five dollars")
    (read,) = import_files(store, [write("december.ofx", broken)]).files
    assert read.error is not None
    assert _snapshot(store) == held


def _id(store, fitid: str) -> int:
    with store.read() as session:
        return session.scalars(select(Transaction.id).where(Transaction.fitid == fitid)).one()


def _balance(store) -> Decimal:
    with store.read() as session:
        total = session.scalar(select(func.sum(Transaction.amount_minor))) or 0
        return Decimal(total) / 100


def _snapshot(store) -> tuple[list[tuple[object, ...]], ...]:
    """Every stored line as stored, with its tags and parts."""
    with store.read() as session:
        conn = session.connection()
        return tuple(
            [tuple(r) for r in conn.exec_driver_sql(f"SELECT * FROM {table} ORDER BY 1, 2")]
            for table in ("transactions", "transaction_tags", "transaction_splits")
        )


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


def test_a_withdrawn_transfer_leaves_its_other_side_ordinary_and_undo_pairs_them_again(
    store, write
) -> None:
    """Wells Fargo posted a 250.00 move to savings twice and withdrew the second in its next
    download: the savings deposit it was paired with is no transfer's side any more, until the
    withdrawal is undone."""
    moved = Line(date(2026, 10, 6), "-250.00", "ONLINE TRANSFER TO SAV XXXXXX4471", "WF-1006-2")
    checking = statement_ofx(
        [Line(date(2026, 10, 2), "-64.17", "SAFEWAY #1784", "WF-1002-1"), moved],
        account="7730019921",
    )
    savings = statement_ofx(
        [Line(date(2026, 10, 6), "250.00", "ONLINE TRANSFER FROM CHK XXXXXX9921", "WS-1006-1")],
        account="5510034471",
    )
    import_files(store, [write("checking.ofx", checking), write("savings.ofx", savings)])
    held = _snapshot(store)
    assert _pairs(store) == {("WF-1006-2", "WS-1006-1"), ("WS-1006-1", "WF-1006-2")}
    withdrawal = statement_ofx(
        [Line(date(2026, 10, 9), "0.00", "ONLINE TRANSFER TO SAV XXXXXX4471", "WF-1009-9")],
        account="7730019921",
    ).replace("<FITID>WF-1009-9", "<FITID>WF-1009-9<CORRECTFITID>WF-1006-2<CORRECTACTION>DELETE")
    (read,) = import_files(store, [write("checking-nov.ofx", withdrawal)]).files
    assert read.error is None and read.corrected == 1
    assert _pairs(store) == set()
    undo_import(store, read.batch_id)
    assert _snapshot(store) == held


def _pairs(store) -> set[tuple[str | None, str | None]]:
    with store.read() as session:
        lines = {t.id: t for t in session.scalars(select(Transaction))}
        return {
            (t.fitid, lines[t.transfer_peer_id].fitid)
            for t in lines.values()
            if t.is_transfer and t.transfer_peer_id in lines
        }


def test_an_import_given_the_id_of_an_erased_correcting_one_undoes_only_its_own_lines(
    store, write
) -> None:
    """``wipe --import`` erased the correcting import; the next import may be given its id,
    and undoing that one must not put back what the erased one corrected."""
    import_files(store, [BEFORE])
    (corrected,) = import_files(store, [CORRECTION]).files
    delete_import(store, corrected.batch_id)
    later = statement_ofx(
        [Line(date(2026, 11, 24), "-12.40", "CHIPOTLE 2291", "R25-E")], account="3337778888"
    )
    (read,) = import_files(store, [write("december.ofx", later)]).files
    assert read.batch_id == corrected.batch_id  # the id an erased import had is given again
    held = [r for r in rows(store) if r[3] != "R25-E"]
    undo_import(store, read.batch_id)
    assert rows(store) == held
