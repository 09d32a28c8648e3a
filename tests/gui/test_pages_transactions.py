"""The transactions page: filters, sorting, inline and bulk category edits over a real store."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QItemSelectionModel, QLocale, Qt
from PySide6.QtWidgets import QComboBox, QInputDialog

from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.models.transactions_model import (
    COL_AMOUNT,
    COL_CATEGORY,
    COL_DATE,
    COL_PAYEE,
    COL_STATEMENT,
    IdRole,
    SortRole,
    TransactionFilter,
)
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.transactions import list_transactions
from tests.gui.answering import escape, nothing_open, opened, type_over


def _page(qtbot, ctx) -> TransactionsPage:  # type: ignore[no-untyped-def]
    page = TransactionsPage(ctx)
    qtbot.addWidget(page)
    return page


def _column(page: TransactionsPage, column: int, role=Qt.ItemDataRole.DisplayRole) -> list:  # type: ignore[no-untyped-def]
    model = page.model
    return [model.index(row, column).data(role) for row in range(model.rowCount())]


def test_page_lists_every_transaction_newest_first(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    stored = list_transactions(household_ctx.store)
    assert page.model.rowCount() == len(stored) > 40
    dates = _column(page, COL_DATE, SortRole)
    assert dates == sorted(dates, reverse=True)
    assert str(len(stored)) in page.status.text()


def test_model_passes_qt_model_tester(qtbot, qtmodeltester, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    qtmodeltester.check(page.model)
    page.model.set_filter(TransactionFilter(text="coffee"))
    page.model.sort(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(page.model)


def test_search_box_filters_after_typing(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    qtbot.keyClicks(page.search, "netFLIX")
    qtbot.waitUntil(lambda: page.model.rowCount() < page.model.total_count())
    assert set(_column(page, COL_PAYEE)) == {"Netflix"}  # the name people know
    assert set(_column(page, COL_STATEMENT)) == {"NETFLIX.COM"}  # as the statement printed it
    assert page.model.rowCount() == 6  # Jan..Jun 2025


def test_category_filter_includes_sub_categories_and_uncategorised(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    page.category_box.setCurrentIndex(page.category_box.findData("Food:Coffee"))
    assert set(_column(page, COL_CATEGORY)) == {"Food:Coffee"}
    page.apply_filter({"category": "Food"})
    assert set(_column(page, COL_CATEGORY)) == {"Food:Coffee", "Food:Groceries"}
    page.apply_filter({"category": ""})
    assert set(_column(page, COL_PAYEE)) == {"City Power & Light"}
    assert set(_column(page, COL_STATEMENT)) == {"CITY POWER & LIGHT"}


def test_date_and_amount_filters(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    page.apply_filter({"since": "2025-03-01", "until": "2025-03-31"})
    dates = _column(page, COL_DATE, SortRole)
    assert dates and all(date(2025, 3, 1) <= d <= date(2025, 3, 31) for d in dates)
    page.min_edit.setText("-20")
    page.max_edit.setText("-10")
    page.apply_controls()
    amounts = _column(page, COL_AMOUNT, SortRole)
    assert sorted(amounts) == [Decimal("-15.49"), Decimal("-10.99")]
    page.max_edit.setText("not a number")  # ignored, not guessed
    page.apply_controls()
    assert all(a >= Decimal("-20") for a in _column(page, COL_AMOUNT, SortRole))


def test_an_amount_range_typed_as_a_user_types_it_finds_the_charge(qtbot, household_ctx) -> None:
    """A $15.49 charge is stored as -15.49: "15 to 16" found nothing before, as if the user
    had to know how amounts are kept. Money in and money out of that size are both found."""
    page = _page(qtbot, household_ctx)
    page.apply_filter({"since": "2025-03-01", "until": "2025-03-31"})
    qtbot.keyClicks(page.min_edit, "15")
    qtbot.keyClicks(page.max_edit, "16")
    qtbot.keyClick(page.max_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _column(page, COL_AMOUNT, SortRole) == [Decimal("-15.49")])
    assert _column(page, COL_PAYEE) == ["Netflix"]


def test_picking_a_category_after_show_charges_shows_that_categorys_lines(
    qtbot, household_ctx
) -> None:
    """ "Show charges" of a subscription limits the page to its lines; a user who then picks
    another category (or account) in the list is looking elsewhere, and met an empty table."""
    page = _page(qtbot, household_ctx)
    listed = list_transactions(household_ctx.store)
    netflix = [t.id for t in listed if t.payee == "NETFLIX.COM"]
    page.apply_filter({"transaction_ids": netflix})
    assert page.model.rowCount() == len(netflix)
    box = page.filters.category_box
    page.show()
    box.setFocus()
    while box.currentData() != "Food":
        qtbot.keyClick(box, Qt.Key.Key_Down)
    food = [t for t in listed if (t.category or "").startswith("Food")]
    qtbot.waitUntil(lambda: page.model.rowCount() == len(food) > 0)


def test_drill_down_filters_month_category_and_sign(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    page.apply_filter({"category": "Entertainment", "month": "2025-02", "sign": "out"})
    assert sorted(_column(page, COL_PAYEE)) == ["Netflix", "Spotify"]
    assert sorted(_column(page, COL_STATEMENT)) == ["NETFLIX.COM", "SPOTIFY USA"]
    assert page.category_box.currentData() == "Entertainment"
    page.clear_filters()
    assert page.model.rowCount() == page.model.total_count()


def test_sorting_by_amount_keeps_the_selection(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    selection = page.table.selectionModel()
    chosen = page.model.index(3, COL_PAYEE)
    chosen_id = chosen.data(IdRole)
    selection.select(
        chosen, QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    )
    page.table.sortByColumn(COL_AMOUNT, Qt.SortOrder.AscendingOrder)
    amounts = _column(page, COL_AMOUNT, SortRole)
    assert amounts == sorted(amounts) and amounts[0] == Decimal("-1250.00")
    assert page.selected_ids() == [chosen_id]
    page.table.sortByColumn(COL_PAYEE, Qt.SortOrder.DescendingOrder)
    payees = [p.casefold() for p in _column(page, COL_PAYEE)]
    assert payees == sorted(payees, reverse=True)
    assert page.selected_ids() == [chosen_id]


def test_inline_category_edit_saves_and_teaches_the_merchant(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    page.apply_filter({"text": "city power"})
    index = page.model.index(0, COL_CATEGORY)
    page.table.edit(index)
    editor = page.table.findChild(QComboBox)
    assert editor is not None and editor.isEditable()
    editor.setCurrentText("Bills:Electricity")
    page.delegate.commitData.emit(editor)
    stored = [t for t in list_transactions(household_ctx.store) if t.payee == "CITY POWER & LIGHT"]
    edited = [t for t in stored if t.id == index.data(IdRole)]
    assert edited[0].category == "Bills:Electricity"
    assert edited[0].category_source == "manual"
    # the merchant was learned: its other charges took the category too, and the page shows it
    assert len(stored) > 1 and all(t.category == "Bills:Electricity" for t in stored)
    assert set(_column(page, COL_CATEGORY)) == {"Bills:Electricity"}
    assert "Bills:Electricity" in page.category_choices()


def test_bulk_edit_sets_every_selected_row(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    page.apply_filter({"text": "whole foods", "month": "2025-05"})
    page.table.selectAll()
    ids = page.selected_ids()
    assert len(ids) >= 4
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    ask = opened(page, QInputDialog, "set-category")
    assert f"Category for {len(ids)} transaction" in ask.labelText()
    before = {t.id: t.category for t in list_transactions(household_ctx.store)}
    escape(qtbot, ask)
    assert nothing_open(page)
    assert {t.id: t.category for t in list_transactions(household_ctx.store)} == before
    qtbot.mouseClick(page.bulk_button, Qt.MouseButton.LeftButton)
    type_over(qtbot, opened(page, QInputDialog, "set-category"), "Food:Supermarket")
    by_id = {t.id: t for t in list_transactions(household_ctx.store)}
    assert {by_id[i].category for i in ids} == {"Food:Supermarket"}
    assert all(by_id[i].category_source == "manual" for i in ids)
    assert sorted(page.selected_ids()) == sorted(ids)  # the reload kept the user's selection


def test_typing_narrows_to_the_same_rows_as_a_fresh_search(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    model = page.model
    for text in ("b", "bl", "blue", "blue b"):
        model.set_filter(TransactionFilter(text=text, sign="out"))
    typed = [model.transaction_id(r) for r in range(model.rowCount())]
    model.set_filter(TransactionFilter())
    model.set_filter(TransactionFilter(text="blue b", sign="out"))
    fresh = [model.transaction_id(r) for r in range(model.rowCount())]
    assert typed == fresh and len(fresh) > 20
    model.set_filter(TransactionFilter(text="blue", sign="out"))  # backspace widens again
    assert model.rowCount() == len(fresh)
    model.set_filter(TransactionFilter(text="blue", sign="in"))
    assert model.rowCount() == 0


def test_money_and_dates_follow_the_locale() -> None:
    amount, day = Decimal("-1234.50"), date(2025, 1, 31)
    chinese = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    german = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert format_money(amount, "CNY", chinese) == "-¥1,234.50"
    # the locale's own money pattern: the symbol after the amount in German
    assert format_money(amount, "EUR", german) == "-1.234,50\u00a0€"
    assert format_money(Decimal("5"), "JPY", german) == "5\u00a0¥"
    assert format_money(amount, "USD", chinese) == "-US$1,234.50"  # CLDR's dollar in Chinese
    assert format_date(day, chinese) == "2025-01-31"
    assert format_date(day, QLocale.c()) == "2025-01-31"


def test_editing_one_cell_of_a_selection_sets_the_whole_selection(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    page.apply_filter({"text": "spotify"})
    page.table.selectAll()
    ids = page.selected_ids()
    index = page.model.index(0, COL_CATEGORY)
    page.table.edit(index)
    editor = page.table.findChild(QComboBox)
    editor.setCurrentText("Subscriptions:Music")
    page.delegate.commitData.emit(editor)
    by_id = {t.id: t for t in list_transactions(household_ctx.store)}
    assert len(ids) == 6 and {by_id[i].category for i in ids} == {"Subscriptions:Music"}
    assert {by_id[i].category_source for i in ids} == {"manual"}  # each set, not just learned
