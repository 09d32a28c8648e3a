"""Accounts → Books column and Reconcile…: a month left out is flagged with its difference, the
dialog lists it, refuses to accept it unasked, and accepts the books up to a day when told."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QDateEdit, QLabel, QTableWidget

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.reconcile import OBJECT_NAME, ReconcileDialog
from finapp.gui.models.accounts_model import COL_BOOKS
from finapp.gui.pages.accounts import AccountsPage
from finapp.services.imports import import_files
from finapp.services.reconciliation import books_of, mark_reconciled
from tests.gui.answering import enter, nothing_open, opened
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.inline_tasks import InlineTaskRunner
from tests.reconciliation.test_reconcile_service import _statement


def _page(qtbot, store, tmp_path: Path, months: tuple[int, ...]) -> AccountsPage:  # type: ignore[no-untyped-def]
    assert not import_files(store, [_statement(tmp_path, m) for m in months]).failed
    bus = AppBus()
    page = AccountsPage(AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data"))
    qtbot.addWidget(page)
    page.show()
    page.table.selectRow(0)
    return page


def test_a_missing_month_is_flagged_and_accepted_through_the_dialog(
    qtbot, us_locale, store, tmp_path: Path
) -> None:
    page = _page(qtbot, store, tmp_path, (1, 2, 4))
    assert page.model.index(0, COL_BOOKS).data() == "≠ $978.91"
    assert "differ from the statements in 1 period" in page.summary.text()

    qtbot.mouseClick(page.reconcile_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, ReconcileDialog, OBJECT_NAME)
    table = dialog.findChild(QTableWidget, "books-differences")
    cells = [table.item(0, c).text() for c in range(table.columnCount())]
    assert cells == [
        "03/01/2026 – 04/30/2026",
        "$1,957.82",
        "$978.91",
        "$978.91",
        "03/01/2026 – 03/31/2026",
    ]
    assert dialog.findChild(QDateEdit).date() == QDate(2026, 4, 30)

    enter(qtbot, dialog)  # the difference not ticked to accept: told, and the dialog stays
    problem = dialog.findChild(QLabel, "problem")
    assert problem.isVisible() and "tick the box" in problem.text()
    assert books_of(store, "Checking …3456").reconciled_through is None

    qtbot.mouseClick(dialog.findChild(QCheckBox), Qt.MouseButton.LeftButton)
    enter(qtbot, dialog)
    qtbot.waitUntil(lambda: page.model.index(0, COL_BOOKS).data() == "✓ 04/30/2026")
    assert nothing_open(page)
    assert books_of(store, "Checking …3456").reconciled_through == date(2026, 4, 30)

    qtbot.mouseClick(page.reconcile_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, ReconcileDialog, OBJECT_NAME)
    books = dialog.findChild(QLabel, "books-state").text()
    assert "You accepted the books up to Apr 30, 2026." in books
    qtbot.mouseClick(dialog.forget_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.index(0, COL_BOOKS).data() == "≠ $978.91")
    assert nothing_open(page)


def test_statements_that_follow_on_read_agree(qtbot, us_locale, store, tmp_path: Path) -> None:
    page = _page(qtbot, store, tmp_path, (1, 2, 3))
    assert page.model.index(0, COL_BOOKS).data() == "✓"
    assert "agree with the 3 balance(s) the statements state" in page.summary.text()


def test_in_chinese_the_summary_is_chinese_sentences(qtbot, chinese, store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]  # noqa: F811
    page = _page(qtbot, store, tmp_path, (1, 2, 3))
    text = page.summary.text()
    # "对账单 … · 余额 ¥… 于 …。交易与…": not an English full stop and space between them
    assert "。" in text and ". " not in text, text
    account = page.model.index(0, 0).data()
    mark_reconciled(store, account, date(2026, 3, 31), accept=True)
    page.refresh()
    page.table.selectRow(0)
    # "…相符（…）。您已确认截至…": no space after a Chinese full stop either
    qtbot.waitUntil(lambda: "确认" in page.summary.text())
    assert "。 " not in page.summary.text(), page.summary.text()
