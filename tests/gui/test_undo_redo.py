"""Undo and redo of edits in the window: the Edit menu names the edit, Ctrl+Z takes it back
and Ctrl+Shift+Z makes it again, from any page; the notice's Undo is the same undo; a text field
keeps Ctrl+Z for its typing; an import clears what can be undone."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QComboBox, QInputDialog
from sqlalchemy import text

from finapp.gui.dialogs.shortcuts import plain_text
from finapp.gui.dialogs.split_editor import OBJECT_NAME as SPLIT_EDITOR
from finapp.gui.dialogs.split_editor import SplitEditor
from finapp.gui.main_window import MainWindow
from finapp.gui.models.transactions_model import COL_CATEGORY, COL_NOTE, COL_PAYEE, COL_TAGS
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.shell import Shell
from finapp.gui.tasks import TaskRunner
from finapp.services import subscriptions
from finapp.services.budgets import list_budgets
from finapp.services.categorize import set_category
from finapp.services.edit_history import forget_edits
from finapp.services.opening import open_store
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from tests.gui.answering import opened, type_over
from tests.gui.shell_support import make_shell
from tests.gui.test_pages_accounts_settings import _click as _click_named
from tests.gui.test_payee_names_pages import _click, _menu, _right_click
from tests.gui.test_split_editor import _type_over

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _open(store: Store, tmp_path: Path, qtbot) -> Shell:  # type: ignore[no-untyped-def]
    """The real window over ``store``, shown and focused so its keys work; the journal empty,
    as after an import."""
    forget_edits(store)
    shell = make_shell(store, tmp_path)
    qtbot.addWidget(shell.window)
    shell.window.resize(1200, 760)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow)
    return shell


@pytest.fixture
def shell(household_store: Store, tmp_path: Path, qtbot, us_locale) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    opened = _open(household_store, tmp_path, qtbot)
    yield opened
    opened.close()


def _undo(window: MainWindow) -> QAction:
    return window.edit_menu.undo_action


def _redo(window: MainWindow) -> QAction:
    return window.edit_menu.redo_action


def _menu_texts(window: MainWindow) -> tuple[str, str]:
    """Undo and Redo as the Edit menu reads, without their accelerator marks."""
    return plain_text(_undo(window).text()), plain_text(_redo(window).text())


def _transactions(qtbot, window: MainWindow) -> TransactionsPage:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.built_pages()["transactions"]
    assert isinstance(page, TransactionsPage) and page.isVisible()
    return page


def _categories_of(page: TransactionsPage, payee: str) -> set[str]:
    """The categories the page shows on the rows of ``payee``."""
    model = page.model
    return {
        model.index(r, COL_CATEGORY).data()
        for r in range(model.rowCount())
        if model.index(r, COL_PAYEE).data() == payee
    }


def _stored_categories(store: Store) -> dict[int, str]:
    return {t.id: t.category for t in list_transactions(store)}


def _file_first_row(qtbot, page: TransactionsPage, search: str, path: str) -> None:  # type: ignore[no-untyped-def]
    """Search for ``search`` and type ``path`` into the first row's category cell (F2)."""
    qtbot.keyClicks(page.search, search)
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < 50)
    page.table.setFocus()
    page.table.setCurrentIndex(page.model.index(0, COL_CATEGORY))
    qtbot.keyClick(page.table, Qt.Key.Key_F2)
    editor = page.table.findChild(QComboBox)
    editor.lineEdit().selectAll()
    qtbot.keyClicks(editor, path)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(page.notice.isVisible)  # the view commits a Return on its next turn


def test_the_edit_menu_sits_between_file_and_go_with_plain_disabled_entries(
    store: Store, tmp_path: Path, qtbot
) -> None:
    shell = _open(store, tmp_path, qtbot)
    window = shell.window
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Go", "&Help"]
    assert [a.text() for a in window.edit_menu.menu.actions()] == ["&Undo", "&Redo", "", "&Find…"]
    assert not _undo(window).isEnabled() and not _redo(window).isEnabled()  # nothing edited
    assert QKeySequence("Ctrl+Z") in _undo(window).shortcuts()
    assert QKeySequence("Ctrl+Shift+Z") in _redo(window).shortcuts()
    # Ctrl+Shift+Z is Redo now: Undo last import keeps its place in File, without a key
    assert window.undo_import_action in window.file_menu.actions()
    assert window.undo_import_action.shortcut().isEmpty()
    shell.close()


def test_ctrl_z_takes_a_category_back_and_ctrl_shift_z_files_it_again(shell, qtbot) -> None:
    window, store = shell.window, shell.ctx.store
    page = _transactions(qtbot, window)
    before = _stored_categories(store)
    _file_first_row(qtbot, page, "netflix", "Entertainment:Movies")
    assert _categories_of(page, "Netflix") == {"Entertainment:Movies"}
    filed = _stored_categories(store)
    assert _menu_texts(window) == ("Undo Category of Netflix", "Redo")
    assert _undo(window).isEnabled() and not _redo(window).isEnabled()

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _categories_of(page, "Netflix") == {"Entertainment:Streaming"})
    assert _stored_categories(store) == before  # every row the merchant's rule refiled too
    assert _menu_texts(window) == ("Undo", "Redo Category of Netflix")
    assert not _undo(window).isEnabled() and _redo(window).isEnabled()
    assert window.statusBar().currentMessage() == "Undid Category of Netflix."

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _categories_of(page, "Netflix") == {"Entertainment:Movies"})
    assert _stored_categories(store) == filed
    assert _menu_texts(window) == ("Undo Category of Netflix", "Redo")
    assert window.statusBar().currentMessage() == "Redid Category of Netflix."


def test_a_payee_with_an_ampersand_keeps_it_in_the_menu(shell, qtbot) -> None:
    window = shell.window
    page = _transactions(qtbot, window)
    _file_first_row(qtbot, page, "city power", "Bills:Electricity")
    # "&L" would be a mnemonic and lose its "&": the menu reads the payee whole
    assert _menu_texts(window) == ("Undo Category of City Power & Light", "Redo")
    assert _undo(window).text() == "&Undo Category of City Power && Light"


def test_the_notices_undo_is_the_edit_menus_undo_and_can_be_redone(shell, qtbot) -> None:
    window, store = shell.window, shell.ctx.store
    page = _transactions(qtbot, window)
    before = _stored_categories(store)
    _file_first_row(qtbot, page, "netflix", "Entertainment:Movies")
    qtbot.mouseClick(page.notice.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _categories_of(page, "Netflix") == {"Entertainment:Streaming"})
    assert _stored_categories(store) == before
    assert "back in their previous category" in page.notice.label.text()
    assert _menu_texts(window) == ("Undo", "Redo Category of Netflix")

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _categories_of(page, "Netflix") == {"Entertainment:Movies"})
    assert _menu_texts(window) == ("Undo Category of Netflix", "Redo")


def test_the_notices_undo_takes_back_nothing_once_a_later_edit_came(shell, qtbot) -> None:
    window, store = shell.window, shell.ctx.store
    page = _transactions(qtbot, window)
    _file_first_row(qtbot, page, "netflix", "Entertainment:Movies")
    filed = _stored_categories(store)
    txn_id = page.model.transaction_id(0)
    _right_click(qtbot, page, 0, COL_PAYEE)
    _click(qtbot, _menu(page, "transaction-menu"), "&Note…")
    type_over(qtbot, opened(page, QInputDialog, "transaction-note"), "Family plan")
    qtbot.waitUntil(lambda: _row_cell(page, txn_id, COL_NOTE) == "Family plan")
    qtbot.mouseClick(page.notice.undo_button, Qt.MouseButton.LeftButton)
    assert page.notice.label.text() == (
        "Other edits came after this one: Edit → Undo takes back the last first."
    )
    assert _stored_categories(store) == filed  # neither the category nor the note went back
    assert _row_cell(page, txn_id, COL_NOTE) == "Family plan"
    assert _menu_texts(window) == ("Undo Note on Netflix", "Redo")


def test_ctrl_z_and_ctrl_shift_z_in_the_search_box_are_the_fields_not_the_edits(
    shell, qtbot
) -> None:
    window = shell.window
    page = _transactions(qtbot, window)
    _file_first_row(qtbot, page, "netflix", "Entertainment:Movies")
    page.search.setFocus()
    qtbot.keyClicks(page.search, " plus")
    assert page.search.text() == "netflix plus"
    qtbot.keyClick(page.search, Qt.Key.Key_Z, CTRL)
    assert page.search.text() != "netflix plus"  # the typing went back
    assert _categories_of(page, "Netflix") == {"Entertainment:Movies"}  # the edit stayed
    assert _menu_texts(window) == ("Undo Category of Netflix", "Redo")

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)  # the edit undone from the table
    qtbot.waitUntil(lambda: _categories_of(page, "Netflix") == {"Entertainment:Streaming"})
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Z, CTRL | SHIFT)  # the field's redo, not the edit's
    assert _categories_of(page, "Netflix") == {"Entertainment:Streaming"}
    assert _menu_texts(window) == ("Undo", "Redo Category of Netflix")


def test_an_import_clears_what_can_be_undone(shell, qtbot, statements) -> None:
    window = shell.window
    page = _transactions(qtbot, window)
    _file_first_row(qtbot, page, "netflix", "Entertainment:Movies")
    assert _undo(window).isEnabled()
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        shell.open_files([statements.checking])
    assert _menu_texts(window) == ("Undo", "Redo")
    assert not _undo(window).isEnabled()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)  # nothing happens: the menu has nothing
    assert _categories_of(page, "Netflix") == {"Entertainment:Movies"}


def test_an_edit_made_on_the_command_line_is_named_when_the_menu_opens(shell, qtbot) -> None:
    window, store = shell.window, shell.ctx.store
    assert _menu_texts(window) == ("Undo", "Redo")
    netflix = next(t for t in list_transactions(store) if t.payee == "NETFLIX.COM")
    set_category(store, netflix.id, "Entertainment:Movies")  # `finapp categorize` meanwhile
    bar = window.menuBar()
    title = next(a for a in bar.actions() if a.menu() is window.edit_menu.menu)
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.actionGeometry(title).center())
    qtbot.waitUntil(window.edit_menu.menu.isVisible)
    assert _menu_texts(window) == ("Undo Category of Netflix", "Redo")
    window.edit_menu.menu.hide()


def test_an_edit_made_on_the_command_line_is_named_once_finapp_is_back_in_front(
    shell, qtbot, qapp
) -> None:
    window, store = shell.window, shell.ctx.store
    netflix = next(t for t in list_transactions(store) if t.payee == "NETFLIX.COM")
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationInactive)  # to a terminal
    set_category(store, netflix.id, "Entertainment:Movies")  # `finapp categorize` there
    qapp.applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)  # and back
    assert _menu_texts(window) == ("Undo Category of Netflix", "Redo")
    _press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert _menu_texts(window) == ("Undo", "Redo Category of Netflix")


def test_an_edit_can_still_be_undone_after_finapp_is_started_again(
    household_store: Store, household_template, data_dir: Path, tmp_path: Path, qtbot, us_locale
) -> None:  # type: ignore[no-untyped-def]
    shell = _open(household_store, tmp_path, qtbot)
    page = _transactions(qtbot, shell.window)
    before = _stored_categories(household_store)
    _file_first_row(qtbot, page, "netflix", "Entertainment:Movies")
    shell.close()  # quit: the store closes with the window

    store = open_store(data_dir, key=StoreKey.from_raw(household_template[1]))
    again = make_shell(store, tmp_path)
    qtbot.addWidget(again.window)
    assert _menu_texts(again.window) == ("Undo Category of Netflix", "Redo")
    _undo(again.window).trigger()
    assert _stored_categories(store) == before
    assert _menu_texts(again.window) == ("Undo", "Redo Category of Netflix")
    again.close()


def test_a_row_changed_behind_the_edits_back_is_refused_and_the_history_before_it_dropped(
    shell, qtbot
) -> None:
    window, store = shell.window, shell.ctx.store
    page = _transactions(qtbot, window)
    _file_first_row(qtbot, page, "netflix", "Entertainment:Movies")
    with store.write() as session:  # another finapp files the lines again meanwhile
        session.execute(text("UPDATE transactions SET category_id = NULL"))
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(window.banner.isVisible)
    assert "can no longer be undone or redone" in window.banner.label.text()
    assert _menu_texts(window) == ("Undo", "Redo")  # that edit and every older one forgotten
    assert set(_stored_categories(store).values()) == {None}  # the undo changed nothing


def test_undo_and_redo_are_greyed_out_while_one_runs(
    household_store: Store, tmp_path: Path, qtbot, us_locale
) -> None:
    forget_edits(household_store)
    shell = make_shell(household_store, tmp_path, tasks=TaskRunner)  # the app's worker thread
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    page = window.built_pages()["budgets"]
    qtbot.waitUntil(lambda: not shell.ctx.tasks.busy)
    page.new_category.setFocus()
    qtbot.keyClicks(page.new_category, "Food:Groceries")
    qtbot.keyClicks(page.new_amount, "600")
    qtbot.keyClick(page.new_amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _undo(window).isEnabled())

    _press(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert not _undo(window).isEnabled() and not _redo(window).isEnabled()  # the undo runs
    qtbot.waitUntil(lambda: _redo(window).isEnabled())
    assert _menu_texts(window) == ("Undo", "Redo Budget for Food:Groceries")
    assert list_budgets(household_store) == []
    shell.close()


def _press(qtbot, window: MainWindow, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:  # type: ignore[no-untyped-def]
    """A key pressed in the window (back in front once a dialog closed), with the focus on
    the page list, away from any text field."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, key, modifiers)


def _undo_and_redo(qtbot, window: MainWindow, named: str, undone, redone) -> None:  # type: ignore[no-untyped-def]
    """The Edit menu names the edit ``named``; Ctrl+Z reaches ``undone()``, Ctrl+Shift+Z
    ``redone()``, the menu naming it for redo, then for undo again."""
    assert _menu_texts(window) == (f"Undo {named}", "Redo")
    _press(qtbot, window, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(undone)
    assert _menu_texts(window)[1] == f"Redo {named}"
    assert window.statusBar().currentMessage() == f"Undid {named}."
    _press(qtbot, window, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(redone)
    assert _menu_texts(window) == (f"Undo {named}", "Redo")


def _row_cell(page: TransactionsPage, txn_id: int, column: int) -> str:
    return page.model.index(page.model.rows_of([txn_id])[0], column).data()


def _first_line_of(page: TransactionsPage, payee: str) -> int:
    """The id of the first line the page shows of ``payee``."""
    model = page.model
    rows = range(model.rowCount())
    return model.transaction_id(next(r for r in rows if model.index(r, COL_PAYEE).data() == payee))


def test_a_note_and_tags_given_from_a_rows_menu_are_undone_and_redone(shell, qtbot) -> None:
    window = shell.window
    page = _transactions(qtbot, window)
    txn_id = _first_line_of(page, "Netflix")
    for item, dialog, column, shown, named in (  # typed as the column shows it
        ("&Note…", "transaction-note", COL_NOTE, "Family plan", "Note on Netflix"),
        ("&Tags…", "transaction-tags", COL_TAGS, "#tv", "Tags of Netflix"),
    ):
        _right_click(qtbot, page, page.model.rows_of([txn_id])[0], COL_PAYEE)
        _click(qtbot, _menu(page, "transaction-menu"), item)
        type_over(qtbot, opened(page, QInputDialog, dialog), shown)
        qtbot.waitUntil(lambda column=column, shown=shown: _row_cell(page, txn_id, column) == shown)
        _undo_and_redo(
            qtbot, window, named,
            lambda column=column: _row_cell(page, txn_id, column) == "",
            lambda column=column, shown=shown: _row_cell(page, txn_id, column) == shown,
        )  # fmt: skip


def test_a_split_made_in_the_split_editor_is_undone_and_redone(shell, qtbot) -> None:
    window = shell.window
    page = _transactions(qtbot, window)
    txn_id = _first_line_of(page, "Whole Foods")
    row = page.model.rows_of([txn_id])[0]
    page.table.selectRow(row)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_S, CTRL | SHIFT)
    editor = opened(page, SplitEditor, SPLIT_EDITOR)
    _type_over(qtbot, editor.amount_field(0), "80")
    _type_over(qtbot, editor.category_field(1), "Shopping:Home")
    qtbot.mouseClick(editor.fill_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.ok_button, Qt.MouseButton.LeftButton)
    split = "Split: Groceries, Home"
    qtbot.waitUntil(lambda: _row_cell(page, txn_id, COL_CATEGORY) == split)
    _undo_and_redo(
        qtbot, window, "Split of Whole Foods",
        lambda: _row_cell(page, txn_id, COL_CATEGORY) == "Food:Groceries",
        lambda: _row_cell(page, txn_id, COL_CATEGORY) == split,
    )  # fmt: skip


def test_a_rule_added_in_settings_is_undone_and_redone(shell, qtbot) -> None:
    window = shell.window
    window.show_page("settings")
    page = window.built_pages()["settings"]
    panel = page.categories
    page.tabs.setCurrentIndex(2)  # Categories and rules
    qtbot.waitUntil(panel.rule_pattern.isVisible)

    def patterns() -> list[str]:
        return [rule.pattern for rule in panel.rules.rows()]

    qtbot.keyClicks(panel.rule_pattern, "CORNER NOODLE BAR")
    panel.rule_category.setCurrentText("Food:Dining")
    _click_named(qtbot, panel, "Add rule")
    qtbot.waitUntil(lambda: "CORNER NOODLE BAR" in patterns())
    _undo_and_redo(
        qtbot, window, "New Rule “CORNER NOODLE BAR”",
        lambda: "CORNER NOODLE BAR" not in patterns(),
        lambda: "CORNER NOODLE BAR" in patterns(),
    )  # fmt: skip


def test_a_budget_typed_on_the_budgets_page_is_undone_and_redone(shell, qtbot) -> None:
    window, store = shell.window, shell.ctx.store
    qtbot.keyClick(window, Qt.Key.Key_4, CTRL)
    page = window.built_pages()["budgets"]
    page.new_category.setFocus()
    qtbot.keyClicks(page.new_category, "Food:Groceries")
    qtbot.keyClicks(page.new_amount, "600")
    qtbot.keyClick(page.new_amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: [row.view.category for row in page.rows] == ["Food:Groceries"])
    _undo_and_redo(
        qtbot, window, "Budget for Food:Groceries",
        lambda: not page.rows and not list_budgets(store),
        lambda: [row.view.category for row in page.rows] == ["Food:Groceries"],
    )  # fmt: skip


def test_a_subscription_confirmed_on_its_page_is_undone_and_redone(shell, qtbot) -> None:
    window, store = shell.window, shell.ctx.store
    qtbot.keyClick(window, Qt.Key.Key_3, CTRL)
    page = window.built_pages()["subscriptions"]
    row = page.model.find(lambda p: p.view.name == "Netflix")
    page.table.scrollTo(row)
    rect = page.table.visualRect(row)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    netflix = page.model.row_at(row).view
    state = netflix.user_state
    assert state != "confirmed"
    qtbot.mouseClick(page.buttons["confirm"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: subscriptions.get_subscription(store, netflix.id).user_state == "confirmed"
    )
    _undo_and_redo(
        qtbot, window, "Confirming Netflix",
        lambda: subscriptions.get_subscription(store, netflix.id).user_state == state,
        lambda: subscriptions.get_subscription(store, netflix.id).user_state == "confirmed",
    )  # fmt: skip


def test_a_payee_renamed_then_merged_on_the_payees_page_is_undone_and_redone(shell, qtbot) -> None:
    window = shell.window
    window.show_page("payees")
    page = window.built_pages()["payees"]

    def names() -> list[str]:
        return [page.model.index(r, 0).data() for r in range(page.model.rowCount())]

    def ask(name: str, button, dialog_name: str) -> QInputDialog:  # type: ignore[no-untyped-def]
        """Click payee ``name``, then ``button``: the dialog it opens, in front."""
        page.activateWindow()
        rect = page.table.visualRect(page.model.index(names().index(name), 0))
        qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        dialog = opened(page, QInputDialog, dialog_name)
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
        return dialog

    type_over(qtbot, ask("Blue Bottle Coffee", page.rename_button, "rename-payee"), "Morning")
    qtbot.waitUntil(lambda: "Morning" in names())
    _undo_and_redo(
        qtbot, window, "Renaming Blue Bottle Coffee to Morning",
        lambda: "Blue Bottle Coffee" in names() and "Morning" not in names(),
        lambda: "Morning" in names() and "Blue Bottle Coffee" not in names(),
    )  # fmt: skip

    combo = ask("Spotify", page.merge_button, "merge-payee").findChild(QComboBox)
    qtbot.keyClicks(combo, "Netf")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Spotify" not in names())
    _undo_and_redo(
        qtbot, window, "Merging Spotify into Netflix",
        lambda: "Spotify" in names(),
        lambda: "Spotify" not in names() and "Netflix" in names(),
    )  # fmt: skip


class _Chinese(QTranslator):
    """The Edit menu's words in Chinese, as the translation will have them."""

    WORDS: ClassVar[dict[tuple[str, str], str]] = {
        ("EditMenu", "&Edit"): "编辑(&E)",
        ("EditMenu", "&Undo"): "撤销(&U)",
        ("EditMenu", "&Redo"): "重做(&R)",
        ("EditMenu", "&Undo %1"): "撤销 %1(&U)",
        ("EditMenu", "&Redo %1"): "重做 %1(&R)",
        ("EditMenu", "Undid %1."): "已撤销%1。",
        ("EditWords", "Category of %1"): "%1 的分类",
        ("FindAction", "&Find…"): "查找(&F)…",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[no-untyped-def, override]
        return self.WORDS.get((context, source))  # None: not translated here


@pytest.fixture
def chinese_edit_menu(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    translator = _Chinese()
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)


def test_the_edit_menu_speaks_the_users_language(
    chinese_edit_menu, household_store: Store, tmp_path: Path, qtbot, us_locale
) -> None:
    shell = _open(household_store, tmp_path, qtbot)
    window = shell.window
    assert window.edit_menu.menu.title() == "编辑(&E)"
    entries = [a.text() for a in window.edit_menu.menu.actions()]
    assert entries == ["撤销(&U)", "重做(&R)", "", "查找(&F)…"]
    page = _transactions(qtbot, window)
    _file_first_row(qtbot, page, "netflix", "Entertainment:Movies")
    assert _undo(window).text() == "撤销 Netflix 的分类(&U)"
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: _redo(window).text() == "重做 Netflix 的分类(&R)")
    assert window.statusBar().currentMessage() == "已撤销Netflix 的分类。"
    shell.close()
