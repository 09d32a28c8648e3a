"""Escape on a dialog closes it and changes nothing: what was typed, picked or ticked in it is
dropped, the store and the page stay as they were, and the dialog opens again as new.

Escape is pressed where the keyboard is, in the field that has the focus (a date field, a list
or a text field must not swallow it), as a person does after typing into the dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QInputDialog,
    QLineEdit,
    QWidget,
)

from finapp.gui.dialogs.reconcile import OBJECT_NAME, ReconcileDialog
from finapp.gui.dialogs.year_review import YearReviewDialog
from finapp.gui.models.accounts_model import COL_BOOKS
from finapp.gui.models.transactions_model import COL_NOTE, COL_TAGS
from finapp.gui.shell import Shell
from finapp.services.annotations import add_tags, set_note
from finapp.services.reconciliation import books_of
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.gui.answering import nothing_open, opened
from tests.gui.shell_support import make_shell
from tests.gui.test_accounts_reconcile import _page as accounts_page
from tests.gui.test_page_payees import _page as payees_page
from tests.gui.test_page_payees import _row_of, _shown
from tests.gui.test_tag_report_dialog import _open as open_tag_report
from tests.gui.test_transaction_notes_tags import _cell, _menu_item
from tests.gui.test_transaction_notes_tags import _page as transactions_page
from tests.gui.test_year_review_dialog import choose_year, open_review


def _escape(qtbot, dialog: QDialog, parent: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Press Escape in the dialog's focused field and wait for the dialog to be gone."""
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    field = QApplication.focusWidget()
    assert field is not None and dialog.isAncestorOf(field), field
    qtbot.keyClick(field, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: nothing_open(parent))


def _typed(qtbot, dialog: QDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type ``text`` over the dialog's text field, without Enter."""
    field = dialog.findChild(QLineEdit)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    assert dialog.textValue() == text


def _notes_and_tags(store: Store) -> dict[int, tuple[str, tuple[str, ...]]]:
    return {t.id: (t.note, t.tags) for t in list_transactions(store)}


def test_escape_on_reconcile_accepts_nothing(qtbot, us_locale, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    page = accounts_page(qtbot, store, tmp_path, (1, 2, 4))
    qtbot.mouseClick(page.reconcile_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, ReconcileDialog, OBJECT_NAME)
    qtbot.mouseClick(dialog.findChild(QCheckBox), Qt.MouseButton.LeftButton)  # ticked, then
    through = dialog.findChild(QDateEdit)
    through.setFocus()  # the day being typed when the user thinks better of it
    qtbot.keyClick(through, Qt.Key.Key_Down)
    assert through.date() < QDate(2026, 4, 30)

    _escape(qtbot, dialog, page)
    assert books_of(store, "Checking …3456").reconciled_through is None
    assert page.model.index(0, COL_BOOKS).data() == "≠ $978.91"
    qtbot.mouseClick(page.reconcile_button, Qt.MouseButton.LeftButton)
    again = opened(page, ReconcileDialog, OBJECT_NAME)
    assert not again.findChild(QCheckBox).isChecked()
    assert again.findChild(QDateEdit).date() == QDate(2026, 4, 30)


def test_escape_on_the_note_and_the_tags_keeps_what_the_rows_had(qtbot, household_ctx) -> None:  # type: ignore[no-untyped-def]
    store = household_ctx.store
    txn_id = next(t.id for t in list_transactions(store) if t.payee == "NETFLIX.COM")
    set_note(store, [txn_id], "Shared with Mia")
    add_tags(store, ["#streaming"], [txn_id])
    before = _notes_and_tags(store)
    page = transactions_page(qtbot, household_ctx)
    row = page.model.rows_of([txn_id])[0]

    _menu_item(qtbot, page, row, "&Note…")
    dialog = opened(page, QInputDialog, "transaction-note")
    _typed(qtbot, dialog, "Cancelled in May")
    _escape(qtbot, dialog, page)

    _menu_item(qtbot, page, row, "&Tags…")
    dialog = opened(page, QInputDialog, "transaction-tags")
    assert dialog.textValue() == "#streaming"
    _typed(qtbot, dialog, "#tax")
    _escape(qtbot, dialog, page)

    assert _notes_and_tags(store) == before
    row = page.model.rows_of([txn_id])[0]
    assert (_cell(page, row, COL_NOTE), _cell(page, row, COL_TAGS)) == (
        "Shared with Mia",
        "#streaming",
    )


def test_escape_on_rename_and_merge_keeps_the_payees(qtbot, household_ctx) -> None:  # type: ignore[no-untyped-def]
    page = payees_page(qtbot, household_ctx)
    before = _shown(page)
    rect = page.table.visualRect(page.model.index(_row_of(page, "Spotify"), 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())

    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, QInputDialog, "rename-payee")
    _typed(qtbot, dialog, "Music")
    _escape(qtbot, dialog, page)

    qtbot.mouseClick(page.merge_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, QInputDialog, "merge-payee")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    qtbot.keyClicks(dialog.findChild(QComboBox), "Netf")
    assert dialog.textValue() == "Netflix"
    _escape(qtbot, dialog, page)

    assert _shown(page) == before
    merchants = {t.payee for t in list_transactions(household_ctx.store)}
    assert {"SPOTIFY USA", "NETFLIX.COM"} <= merchants


@pytest.fixture
def shell(qtbot, household_store: Store, us_locale, tmp_path: Path) -> Iterator[Shell]:  # type: ignore[no-untyped-def]
    """The app's window over the household, two of its lines tagged #tax."""
    ids = [t.id for t in list_transactions(household_store) if t.payee == "CITY POWER & LIGHT"]
    add_tags(household_store, ["#tax"], ids[:2])
    opened_shell = make_shell(household_store, tmp_path)
    qtbot.addWidget(opened_shell.window)
    opened_shell.window.show()
    opened_shell.window.activateWindow()
    qtbot.waitExposed(opened_shell.window)
    yield opened_shell
    opened_shell.close()


def test_escape_closes_the_year_in_review_and_it_opens_again(qtbot, shell: Shell) -> None:  # type: ignore[no-untyped-def]
    window = shell.window
    page = window.current_page_name()
    dialog = open_review(qtbot, shell)
    choose_year(qtbot, dialog, "2025")
    _escape(qtbot, dialog, window)
    assert window.current_page_name() == page

    with qtbot.waitActive(window):  # the window manager's part: the offscreen platform has none
        window.activateWindow()
    again = open_review(qtbot, shell)  # a new one: the closed one is gone, not hidden
    assert again is not dialog and again.isVisible()
    assert [d for d in window.findChildren(YearReviewDialog) if d.isVisible()] == [again]


def test_escape_closes_the_tag_report_and_the_tags_stay(  # type: ignore[no-untyped-def]
    qtbot, shell: Shell, household_store: Store
) -> None:
    window = shell.window
    before = _notes_and_tags(household_store)
    dialog = open_tag_report(qtbot, shell)
    period = dialog.findChild(QComboBox, "tag-report-period")
    period.setFocus()
    qtbot.keyClick(period, Qt.Key.Key_Down)
    assert period.currentText() == "2025"
    _escape(qtbot, dialog, window)

    assert _notes_and_tags(household_store) == before
    again = open_tag_report(qtbot, shell)  # as new: the period chosen went with the closed one
    assert again.findChild(QComboBox, "tag-report-period").currentText() == "All time"
