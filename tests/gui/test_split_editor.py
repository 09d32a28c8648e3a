"""The split editor, driven from the transactions page with keys and clicks: a −$92.35
supermarket line divided between groceries and home, the remainder followed while typing, OK
only once it is zero; the page then names the parts; Escape changes nothing; a split line
opens with its parts (by a double-click on its category too) and "Remove split" makes it one
line again."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from finapp.gui.dialogs.split_editor import OBJECT_NAME, SplitEditor
from finapp.gui.models.transactions_model import COL_CATEGORY, COL_PAYEE
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.splits import SplitPart, set_splits, splits_of
from tests.gui.answering import escape, nothing_open, opened
from tests.gui.test_payee_names_pages import _click, _menu, _right_click, _rows


def _page(qtbot, ctx) -> TransactionsPage:  # type: ignore[no-untyped-def]
    page = TransactionsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    page.activateWindow()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _groceries(page: TransactionsPage) -> tuple[int, int]:
    """The newest Whole Foods line: its row, and its id."""
    row = _rows(page, COL_PAYEE, "Whole Foods")[0]
    return row, page.model.transaction_id(row)


def _split_from_menu(qtbot, page: TransactionsPage) -> tuple[SplitEditor, int]:  # type: ignore[no-untyped-def]
    """Split… from the newest Whole Foods line's menu: the editor, and the line's id."""
    row, txn_id = _groceries(page)
    _right_click(qtbot, page, row, COL_PAYEE)
    _click(qtbot, _menu(page, "transaction-menu"), "&Split…")
    return opened(page, SplitEditor, OBJECT_NAME), txn_id


def _type_over(qtbot, field: QLineEdit | QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    target = field.lineEdit() if isinstance(field, QComboBox) else field
    target.setFocus()
    qtbot.keyClick(target, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(target, text)


def _category_cell(page: TransactionsPage, txn_id: int, role=Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]
    return page.model.index(page.model.rows_of([txn_id])[0], COL_CATEGORY).data(role)


def test_a_receipt_is_split_with_the_remainder_followed_and_the_page_names_the_parts(
    qtbot, household_ctx
) -> None:
    page = _page(qtbot, household_ctx)
    row, txn_id = _groceries(page)
    page.table.selectRow(row)
    page.activateWindow()
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(page.table, Qt.Key.Key_S, ctrl_shift)
    editor = opened(page, SplitEditor, OBJECT_NAME)

    # an unsplit line starts as its category with the whole amount, and an empty part
    assert editor.table.rowCount() == 2
    assert editor.category_field(0).currentText() == "Food:Groceries"
    assert editor.amount_field(0).text() == "92.35" and editor.amount_field(1).text() == ""
    assert not editor.ok_button.isEnabled()

    _type_over(qtbot, editor.amount_field(0), "80")
    assert editor.remainder.text() == "Left to assign: $12.35"
    assert not editor.ok_button.isEnabled()
    _type_over(qtbot, editor.amount_field(1), "20")
    assert editor.remainder.text() == "Over by $7.65"
    assert "c62828" in editor.remainder.styleSheet()  # red
    assert not editor.ok_button.isEnabled()
    editor.amount_field(1).clear()
    _type_over(qtbot, editor.category_field(1), "Shopping:Home")
    qtbot.mouseClick(editor.fill_button, Qt.MouseButton.LeftButton)
    assert editor.amount_field(1).text() == "12.35"
    assert editor.remainder.text() == "All assigned" and editor.ok_button.isEnabled()
    _type_over(qtbot, editor.memo_field(1), "paper towels")

    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: nothing_open(page))
    qtbot.waitUntil(lambda: _category_cell(page, txn_id) == "Split: Groceries, Home")
    tip = _category_cell(page, txn_id, Qt.ItemDataRole.ToolTipRole)
    assert tip == "Food:Groceries  -$80.00\nShopping:Home  -$12.35  (paper towels)"
    assert [(p.category, p.amount, p.memo) for p in splits_of(household_ctx.store, txn_id)] == [
        ("Food:Groceries", Decimal("-80.00"), ""),
        ("Shopping:Home", Decimal("-12.35"), "paper towels"),
    ]


def test_escape_leaves_the_line_as_it_was(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    editor, txn_id = _split_from_menu(qtbot, page)
    _type_over(qtbot, editor.amount_field(0), "50")
    _type_over(qtbot, editor.category_field(1), "Shopping:Home")
    _type_over(qtbot, editor.amount_field(1), "42.35")
    assert editor.ok_button.isEnabled()
    escape(qtbot, editor)
    qtbot.waitUntil(lambda: nothing_open(page))
    assert splits_of(household_ctx.store, txn_id) == ()
    assert _category_cell(page, txn_id) == "Food:Groceries"


def test_a_split_line_opens_with_its_parts_and_remove_split_makes_it_whole(
    qtbot, household_ctx
) -> None:
    store = household_ctx.store
    page = _page(qtbot, household_ctx)
    _, txn_id = _groceries(page)
    set_splits(store, txn_id, [SplitPart("Food:Groceries", Decimal("-30.00")),
                               SplitPart("Shopping:Home", Decimal("-62.35"), "mop")])  # fmt: skip
    page.refresh()
    qtbot.waitUntil(lambda: _category_cell(page, txn_id) == "Split: Groceries, Home")

    index = page.model.index(page.model.rows_of([txn_id])[0], COL_CATEGORY)
    page.table.scrollTo(index)
    at = page.table.visualRect(index).center()
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    editor = opened(page, SplitEditor, OBJECT_NAME)
    assert [editor.amount_field(r).text() for r in range(2)] == ["30.00", "62.35"]
    assert editor.memo_field(1).text() == "mop"
    assert editor.remainder.text() == "All assigned"
    assert editor.unsplit_button is not None
    qtbot.mouseClick(editor.unsplit_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: nothing_open(page))
    qtbot.waitUntil(lambda: _category_cell(page, txn_id) == "Shopping:Home")
    assert splits_of(store, txn_id) == ()


def test_a_third_part_is_added_and_removed_and_a_bad_amount_is_said(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    editor, txn_id = _split_from_menu(qtbot, page)
    assert not editor.remove_button.isEnabled()  # a split keeps two parts at least
    _type_over(qtbot, editor.amount_field(0), "60")
    _type_over(qtbot, editor.category_field(1), "Shopping:Home")
    _type_over(qtbot, editor.amount_field(1), "20")

    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.table.rowCount() == 3 and editor.remove_button.isEnabled()
    _type_over(qtbot, editor.category_field(2), "Personal Care")
    _type_over(qtbot, editor.amount_field(2), "12..35")
    assert editor.problem.text() == "“12..35” is not an amount in USD"
    assert not editor.ok_button.isEnabled()
    _type_over(qtbot, editor.amount_field(2), "12.35")
    assert editor.remainder.text() == "All assigned" and editor.ok_button.isEnabled()

    qtbot.waitExposed(editor)
    editor.activateWindow()
    qtbot.waitUntil(editor.isActiveWindow)
    qtbot.mouseClick(editor.amount_field(1), Qt.MouseButton.LeftButton)  # the part removed
    qtbot.waitUntil(editor.amount_field(1).hasFocus)
    qtbot.mouseClick(editor.remove_button, Qt.MouseButton.LeftButton)
    assert editor.table.rowCount() == 2
    assert editor.category_field(1).currentText() == "Personal Care"
    assert editor.remainder.text() == "Left to assign: $20.00"
    qtbot.mouseClick(editor.fill_button, Qt.MouseButton.LeftButton)
    assert editor.amount_field(1).text() == "32.35"
    qtbot.keyClick(editor.amount_field(1), Qt.Key.Key_Return)  # Enter presses OK
    qtbot.waitUntil(lambda: nothing_open(page))
    parts = splits_of(household_ctx.store, txn_id)
    assert [(p.category, p.amount) for p in parts] == [
        ("Food:Groceries", Decimal("-60.00")),
        ("Personal Care", Decimal("-32.35")),
    ]


def test_a_refused_split_is_said_in_the_editor_which_stays_open(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    editor, txn_id = _split_from_menu(qtbot, page)
    _type_over(qtbot, editor.amount_field(0), "80")
    _type_over(qtbot, editor.category_field(1), "Shopping::Home")  # no such path can be
    qtbot.mouseClick(editor.fill_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(editor.problem.isVisible)
    assert editor.problem.text() == (
        "“Shopping::Home” is not a category path: its levels are separated by “:”"
    )
    assert editor.isVisible() and editor.ok_button.isEnabled()
    assert splits_of(household_ctx.store, txn_id) == ()


def test_amounts_are_typed_with_the_locales_decimal_comma(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    try:
        editor, txn_id = _split_from_menu(qtbot, page)
        assert editor.amount_field(0).text() == "92,35"
        _type_over(qtbot, editor.amount_field(0), "80,5")
        _type_over(qtbot, editor.category_field(1), "Shopping:Home")
        qtbot.mouseClick(editor.fill_button, Qt.MouseButton.LeftButton)
        assert editor.amount_field(1).text() == "11,85"
        qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: nothing_open(page))
    finally:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    amounts = [p.amount for p in splits_of(household_ctx.store, txn_id)]
    assert amounts == [Decimal("-80.50"), Decimal("-11.85")]
