"""The transactions page's notice about a category edit says only what is true: once Ctrl+Z or
Ctrl+Shift+Z (the Edit menu) moves that very edit, the notice closes, and its Undo with it; an
undo of another edit leaves it as it was."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from finapp.gui.main_window import MainWindow
from finapp.gui.models.transactions_model import COL_PAYEE
from finapp.gui.pages.transactions import TransactionsPage
from finapp.gui.shell import Shell
from finapp.store.engine import Store
from tests.gui.answering import opened, type_over
from tests.gui.test_payee_names_pages import _click, _menu, _right_click
from tests.gui.test_undo_redo import _menu_texts, _open, _transactions

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(household_store: Store, tmp_path: Path, qtbot, us_locale) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    shell: Shell = _open(household_store, tmp_path, qtbot)
    yield shell.window
    shell.close()


def _file_in_bulk(qtbot, page: TransactionsPage, search: str, path: str) -> int:  # type: ignore[no-untyped-def]
    """Select every row ``search`` finds and give them ``path`` with Ctrl+Shift+C, as one
    edit; how many rows."""
    qtbot.keyClicks(page.search, search)
    qtbot.waitUntil(lambda: 3 < page.model.rowCount() < 50)
    page.table.setFocus()
    page.table.selectAll()
    count = len(page.selected_ids())
    qtbot.keyClick(page.table, Qt.Key.Key_C, CTRL | SHIFT)
    type_over(qtbot, opened(page, QInputDialog, "set-category"), path)
    qtbot.waitUntil(page.notice.isVisible)
    return count


def test_ctrl_z_of_a_bulk_edit_closes_its_notice_and_ctrl_shift_z_does_not_bring_back_a_stale_one(
    window: MainWindow, qtbot
) -> None:
    page = _transactions(qtbot, window)
    count = _file_in_bulk(qtbot, page, "whole foods", "Food:Supermarket")
    assert page.notice.label.text().startswith(
        f"Filed {count} transaction(s) under Food:Supermarket"
    )
    assert page.notice.undo_button.isVisible()

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)  # Edit → Undo of that very edit
    qtbot.waitUntil(lambda: _menu_texts(window)[1].startswith("Redo Category of"))
    qtbot.waitUntil(lambda: not page.notice.isVisible())  # "Filed…" is no longer true

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: _menu_texts(window)[0].startswith("Undo Category of"))
    assert not page.notice.isVisible()


def test_the_notices_put_back_sentence_closes_when_the_edit_is_redone(
    window: MainWindow, qtbot
) -> None:
    page = _transactions(qtbot, window)
    count = _file_in_bulk(qtbot, page, "whole foods", "Food:Supermarket")
    qtbot.mouseClick(page.notice.undo_button, Qt.MouseButton.LeftButton)
    put_back = f"Put {count} transaction(s) back in their previous category."
    qtbot.waitUntil(lambda: page.notice.isVisible() and page.notice.label.text() == put_back)
    assert not page.notice.undo_button.isVisible()

    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL | SHIFT)  # Edit → Redo files them again
    qtbot.waitUntil(lambda: _menu_texts(window)[0].startswith("Undo Category of"))
    qtbot.waitUntil(lambda: not page.notice.isVisible())  # they are not back any more


def test_undoing_a_later_edit_leaves_the_notice_about_an_earlier_one(
    window: MainWindow, qtbot
) -> None:
    page = _transactions(qtbot, window)
    _file_in_bulk(qtbot, page, "whole foods", "Food:Supermarket")
    filed = page.notice.label.text()
    _right_click(qtbot, page, 0, COL_PAYEE)
    _click(qtbot, _menu(page, "transaction-menu"), "&Note…")
    type_over(qtbot, opened(page, QInputDialog, "transaction-note"), "Weekly shop")
    qtbot.waitUntil(lambda: _menu_texts(window)[0].startswith("Undo Note on"))

    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, CTRL)  # the note goes; the category edit stands
    qtbot.waitUntil(lambda: _menu_texts(window)[0].startswith("Undo Category of"))
    assert page.notice.isVisible() and page.notice.label.text() == filed
    assert page.notice.undo_button.isVisible()

    qtbot.mouseClick(page.notice.undo_button, Qt.MouseButton.LeftButton)  # it is the last again
    qtbot.waitUntil(lambda: "back in their previous category" in page.notice.label.text())
