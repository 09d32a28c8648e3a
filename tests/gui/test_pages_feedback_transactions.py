"""The transactions page tells the user what happened: empty lists, disabled actions, refiling."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from finapp.gui.models.transactions_model import COL_CATEGORY, IdRole
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.payee_names import rename_payee
from finapp.services.rules import list_rules
from finapp.services.transactions import list_transactions


def _page(qtbot, ctx) -> TransactionsPage:  # type: ignore[no-untyped-def]
    page = TransactionsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    return page


def test_a_search_with_no_hits_says_so_and_clear_filters_brings_rows_back(
    qtbot, household_ctx
) -> None:
    page = _page(qtbot, household_ctx)
    total = page.model.rowCount()
    qtbot.keyClicks(page.search, "no such shop anywhere")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    empty = page.stack.empty
    assert empty.isVisible()
    assert empty.label.text() == "No transactions match these filters."
    assert empty.button.text() == "Clear filters"
    qtbot.mouseClick(empty.button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == total
    assert page.search.text() == ""
    assert page.table.isVisible() and not empty.isVisible()


def test_set_category_of_selected_is_enabled_only_with_a_selection(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    assert not page.bulk_button.isEnabled()
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.bulk_button.isEnabled()
    page.table.clearSelection()
    assert not page.bulk_button.isEnabled()


def _edit_category(qtbot, page: TransactionsPage, text: str, path: str) -> int:  # type: ignore[no-untyped-def]
    """Search for ``text``, type ``path`` into the first row's category cell; its id."""
    qtbot.keyClicks(page.search, text)
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 50)
    index = page.model.index(0, COL_CATEGORY)
    page.table.setCurrentIndex(index)
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.findChild(QComboBox)
    assert editor is not None
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, path)
    txn_id = index.data(IdRole)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(page.notice.isVisible)  # the view commits a Return on its next turn
    return txn_id


def test_recategorising_names_the_others_it_refiled_and_undo_restores_them(
    qtbot, household_ctx
) -> None:
    store = household_ctx.store
    before = {t.id: (t.category, t.category_source) for t in list_transactions(store)}
    rules_before = {r.id for r in list_rules(store)}
    page = _page(qtbot, household_ctx)
    edited = _edit_category(qtbot, page, "city power", "Bills:Electricity")
    power = [t for t in list_transactions(store) if t.payee == "CITY POWER & LIGHT"]
    others = len(power) - 1
    assert others > 1 and {t.category for t in power} == {"Bills:Electricity"}
    assert page.notice.isVisible()
    assert page.notice.label.text() == (
        f"Filed “City Power & Light” under Bills:Electricity, and {others} other "
        "transaction(s) of the same merchant with it."
    )
    shown = [page.model.index(r, COL_CATEGORY).data() for r in range(page.model.rowCount())]
    assert set(shown) == {"Bills:Electricity"}  # the refiled rows show it, not just the edited

    qtbot.mouseClick(page.notice.undo_button, Qt.MouseButton.LeftButton)
    after = {t.id: (t.category, t.category_source) for t in list_transactions(store)}
    assert after == before
    assert {r.id for r in list_rules(store)} == rules_before  # the learned rule is forgotten
    assert page.notice.label.text() == (
        f"Put {others + 1} transaction(s) back in their previous category."
    )
    assert not page.notice.undo_button.isVisible()
    shown = [page.model.index(r, COL_CATEGORY).data() for r in range(page.model.rowCount())]
    assert "Bills:Electricity" not in shown
    assert edited in {t.id for t in power}


def test_refiling_shows_a_payee_named_with_a_percent_number_as_written(
    qtbot, household_ctx
) -> None:
    rename_payee(household_ctx.store, "City Power & Light", "City Power %1")
    page = _page(qtbot, household_ctx)
    _edit_category(qtbot, page, "city power", "Bills:Electricity")
    assert page.notice.label.text().startswith("Filed “City Power %1” under Bills:Electricity")
