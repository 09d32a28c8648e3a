"""An account renamed in the window still receives its next statement naming no number: the
file's lines continue the account's, so the window files it there (a bank's CSV) or offers it
first (a file naming no bank), never a new account under the old name."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.pages.accounts import AccountsPage
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from tests.gui.answering import enter, escape, opened, type_over
from tests.gui.shell_support import make_shell
from tests.gui.test_import_unnamed_account import _question, _write
from tests.gui.test_shell_import import _drop
from tests.importers.helpers import rows
from tests.importers.test_renamed_account_continued import (
    CHASE_FEBRUARY,
    CHASE_MARCH,
    CREDIT_UNION_FEBRUARY,
    CREDIT_UNION_MARCH,
)


def _renamed(qtbot, store, tmp_path, old: str, new: str):  # type: ignore[no-untyped-def]
    """The window on the Accounts page, ``old`` renamed to ``new`` there with F2."""
    shell = make_shell(store, tmp_path, opening_page="accounts")
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is shell.window)
    page = shell.window.page("accounts")
    assert isinstance(page, AccountsPage)
    qtbot.waitUntil(lambda: any(r.account.name == old for r in page.model.rows()))
    page.table.setFocus()
    page.table.selectRow(next(n for n, r in enumerate(page.model.rows()) if r.account.name == old))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    type_over(qtbot, opened(page, QInputDialog, "rename-account"), new)
    assert [a.name for a in list_accounts(store)] == [new]
    return shell


def test_a_banks_next_csv_goes_into_the_account_renamed(store, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    downloads = tmp_path / "downloads"
    import_files(store, [_write(downloads, "Chase_Card.csv", CHASE_FEBRUARY)])
    # a card's file naming only its bank makes "Chase Credit Card"; the user renames it
    shell = _renamed(qtbot, store, tmp_path, "Chase Credit Card", "Sapphire card")

    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        _drop(shell.window, [_write(downloads, "Chase_Card (1).csv", CHASE_MARCH)])
    escape(qtbot, opened(shell.window, ImportSummaryDialog, "import-summary"))
    page = shell.window.page("accounts")
    assert isinstance(page, AccountsPage)
    # the Accounts page lists the one card, no second "Chase Credit Card" beside it
    qtbot.waitUntil(lambda: [r.account.name for r in page.model.rows()] == ["Sapphire card"])
    assert len(rows(store, "Sapphire card")) == 6
    shell.close()


def test_a_file_naming_no_bank_offers_the_account_renamed_first(store, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    downloads = tmp_path / "downloads"
    import_files(store, [_write(downloads, "export.csv", CREDIT_UNION_FEBRUARY)])
    shell = _renamed(qtbot, store, tmp_path, "Checking", "Credit union")

    _drop(shell.window, [_write(downloads, "export (1).csv", CREDIT_UNION_MARCH)])
    question = _question(shell, qtbot)
    assert question.accounts.currentItem().text(0) == "Credit union"  # not "New account…"
    with qtbot.waitSignal(shell.imports.finished, timeout=10_000):
        enter(qtbot, question)
    escape(qtbot, opened(shell.window, ImportSummaryDialog, "import-summary"))
    assert [a.name for a in list_accounts(store)] == ["Credit union"]
    assert [r[1] for r in rows(store, "Credit union")][-2:] == [
        Decimal("-15.49"),
        Decimal("-72.30"),
    ]
    shell.close()
