"""Notes and tags on the transactions page: "Note…" and "Tags…" from a row's context menu,
answered with keys; the Tags and Note columns, the note's tooltip, and the search box finding
notes and #tags."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from finapp.gui.models.transactions_model import COL_NOTE, COL_PAYEE, COL_TAGS
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.transactions import list_transactions
from tests.gui.answering import enter, nothing_open, opened, type_over
from tests.gui.test_payee_names_pages import _click, _menu, _right_click, _rows


def _page(qtbot, ctx) -> TransactionsPage:  # type: ignore[no-untyped-def]
    page = TransactionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    return page


def _menu_item(qtbot, page: TransactionsPage, row: int, item: str) -> None:  # type: ignore[no-untyped-def]
    _right_click(qtbot, page, row, COL_PAYEE)
    _click(qtbot, _menu(page, "transaction-menu"), item)


def _cell(page: TransactionsPage, row: int, column: int, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return page.model.index(row, column).data(role)


def test_tags_typed_on_a_row_show_in_its_column_and_the_search_finds_them(
    qtbot, household_ctx
) -> None:
    page = _page(qtbot, household_ctx)
    (row, *_) = _rows(page, COL_PAYEE, "Netflix")
    assert _cell(page, row, COL_TAGS) == "" and not page.table.isColumnHidden(COL_TAGS)
    txn_id = page.model.transaction_id(row)

    _menu_item(qtbot, page, row, "&Tags…")
    type_over(qtbot, opened(page, QInputDialog, "transaction-tags"), "#Streaming #tax")
    qtbot.waitUntil(lambda: _cell(page, page.model.rows_of([txn_id])[0], COL_TAGS) != "")
    assert _cell(page, page.model.rows_of([txn_id])[0], COL_TAGS) == "#streaming #tax"
    [stored] = [t for t in list_transactions(household_ctx.store) if t.id == txn_id]
    assert stored.tags == ("streaming", "tax")

    qtbot.keyClicks(page.search, "#TAX")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.transaction_id(0) == txn_id


def test_a_note_on_several_rows_shows_in_the_note_column_and_its_tooltip(
    qtbot, household_ctx
) -> None:
    page = _page(qtbot, household_ctx)
    rows = _rows(page, COL_PAYEE, "Whole Foods")[:3]
    assert len(rows) == 3
    ids = [page.model.transaction_id(r) for r in rows]
    selection = page.table.selectionModel()
    for row in rows:
        selection.select(page.model.index(row, 0),
                         QItemSelectionModel.SelectionFlag.Select
                         | QItemSelectionModel.SelectionFlag.Rows)  # fmt: skip

    _menu_item(qtbot, page, rows[0], "&Note…")
    dialog = opened(page, QInputDialog, "transaction-note")
    assert "3 transaction(s)" in dialog.labelText()
    type_over(qtbot, dialog, "Party food for Mia's birthday")
    qtbot.waitUntil(lambda: _cell(page, page.model.rows_of(ids)[0], COL_NOTE) != "")
    for row in page.model.rows_of(ids):
        assert _cell(page, row, COL_NOTE) == "Party food for Mia's birthday"
        assert _cell(page, row, COL_NOTE, Qt.ItemDataRole.ToolTipRole) == (
            "Party food for Mia's birthday"
        )
    notes = {t.id: t.note for t in list_transactions(household_ctx.store)}
    assert [notes[i] for i in ids] == ["Party food for Mia's birthday"] * 3
    assert sum(1 for n in notes.values() if n) == 3

    qtbot.keyClicks(page.search, "mia's birthday")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert sorted(page.model.transaction_id(r) for r in range(3)) == sorted(ids)


def test_the_shared_tags_of_a_selection_are_edited_and_a_bad_tag_is_asked_again(
    qtbot, household_ctx
) -> None:
    page = _page(qtbot, household_ctx)
    first, second = _rows(page, COL_PAYEE, "Whole Foods")[:2]
    ids = [page.model.transaction_id(r) for r in (first, second)]
    _menu_item(qtbot, page, first, "&Tags…")
    type_over(qtbot, opened(page, QInputDialog, "transaction-tags"), "#family #costco")
    qtbot.waitUntil(lambda: _cell(page, page.model.rows_of(ids[:1])[0], COL_TAGS) != "")

    page.table.selectRow(page.model.rows_of(ids[:1])[0])
    page.table.selectionModel().select(
        page.model.index(page.model.rows_of(ids[1:])[0], 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    _menu_item(qtbot, page, page.model.rows_of(ids[:1])[0], "&Tags…")
    dialog = opened(page, QInputDialog, "transaction-tags")
    assert dialog.textValue() == ""  # the two rows share no tag yet
    type_over(qtbot, dialog, "#family #weekly shop")  # the # is optional
    qtbot.waitUntil(
        lambda: _cell(page, page.model.rows_of(ids[1:])[0], COL_TAGS) == "#family #shop #weekly"
    )
    assert _cell(page, page.model.rows_of(ids[:1])[0], COL_TAGS) == (
        "#costco #family #shop #weekly"
    )

    _menu_item(qtbot, page, page.model.rows_of(ids[:1])[0], "&Tags…")
    dialog = opened(page, QInputDialog, "transaction-tags")
    assert dialog.textValue() == "#family #shop #weekly"  # what both carry
    type_over(qtbot, dialog, "#family #week!y")
    box = opened(page, QMessageBox, "tags-refused")
    assert "“#week!y” is not a tag: “!” is not allowed" in box.text()
    enter(qtbot, box)
    dialog = opened(page, QInputDialog, "transaction-tags")
    assert dialog.textValue() == "#family #week!y"  # asked again with what was typed
    type_over(qtbot, dialog, "#family")
    qtbot.waitUntil(lambda: _cell(page, page.model.rows_of(ids[1:])[0], COL_TAGS) == "#family")
    assert _cell(page, page.model.rows_of(ids[:1])[0], COL_TAGS) == "#costco #family"
    assert nothing_open(page)
