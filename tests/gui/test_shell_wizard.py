"""The CSV mapping wizard: live preview, saved layout, and the file then imports."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.dialogs.import_wizard import ImportWizard
from finapp.importers.csv import CsvMapping
from finapp.services.csv_profiles import list_profiles, resolve_profile
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from tests.gui.shell_support import (
    make_shell,
    open_windows,
    take_suggested_account,
    transaction_count,
)

HEADERLESS = Path(__file__).parents[1] / "importers" / "csv_headerless"


@pytest.mark.passphrase  # a keyring store's window also offers its recovery key, once
def test_unknown_csv_opens_the_wizard_after_the_summary_and_then_imports(
    store, statements, tmp_path, qtbot
):
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    # a credit-union export whose amounts are all positive: detection cannot tell in from out
    shell.open_files([statements.credit_union])
    summary = shell.window.findChild(ImportSummaryDialog)
    assert "1 file(s) refused" in summary.headline.text()
    qtbot.keyClick(summary, Qt.Key.Key_Return)  # Close

    wizard = shell.window.findChild(ImportWizard)
    qtbot.waitUntil(lambda: wizard.isVisible())
    assert wizard.windowTitle() == f"Read {statements.credit_union.name}"
    wizard.sign.setCurrentIndex(wizard.sign.findData("negate"))  # "positive is money out"
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    take_suggested_account(qtbot, shell)  # the export names no account: asked which
    qtbot.waitUntil(lambda: transaction_count(store) == 8)  # imported with the saved layout
    second = [d for d in shell.window.findChildren(ImportSummaryDialog) if d.isVisible()]
    assert len(second) == 1 and "8 new transaction(s)" in second[0].headline.text()
    qtbot.keyClick(second[0], Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.imports.busy)
    assert open_windows(shell) == ["main-window"]
    shell.close()


def test_preview_follows_the_mapping_and_saving_makes_the_file_importable(
    store, statements, tmp_path, qtbot
):
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    wizard = ImportWizard(shell.ctx, statements.credit_union)
    qtbot.addWidget(wizard)
    assert wizard.problems.isVisible() or wizard.problems.text()  # why it needs help
    assert wizard.date.accessibleName() == "Date column"
    model = wizard.preview_model
    assert model.rowCount() == 8
    first_amount = model.rows[0].amount
    assert first_amount is not None and first_amount > 0

    wizard._select(wizard.sign, "negate")  # "positive is money out"
    assert model.rows[0].amount == -first_amount  # the preview re-read the rows
    assert model.data(model.index(0, 3)) == model.rows[0].payee != ""
    assert wizard.status.text() == "8 row(s) read"

    wizard._select(wizard.date_format, "YYYY-MM-DD")  # wrong for 3/2/25: rows unreadable
    assert "unreadable" in wizard.status.text()
    assert not wizard.save_button.isEnabled()
    wizard._select(wizard.date_format, "MM/DD/YYYY")
    assert wizard.save_button.isEnabled()
    assert model.rows[0].posted == date(2025, 3, 2)  # 3/2/25 read month first: 2 March

    wizard.name.setText("My credit union")
    wizard.save_button.click()
    assert wizard.saved_profile == "My credit union"
    assert "My credit union" in [p.name for p in list_profiles(store)]
    result = import_files(store, [statements.credit_union])
    assert result.new == 8 and not result.failed
    assert all(t.amount < 0 for t in list_transactions(store))  # expenses, as mapped
    shell.close()


def test_the_wizard_asks_which_way_the_oldest_row_went_when_the_balance_signs_the_rest(
    store, tmp_path, qtbot
):
    """An export of unsigned amounts beside a running balance: the wizard shows the balance's
    reading, asks about the oldest row (whose balance before it is not in the file), and the
    file imports with every sign right; the saved layout does not keep that one file's answer."""
    statement = HEADERLESS / "at_unsigned_balance.csv"
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.open_files([statement])
    summary = shell.window.findChild(ImportSummaryDialog)
    assert "1 file(s) refused" in summary.headline.text()
    qtbot.keyClick(summary, Qt.Key.Key_Return)

    wizard = shell.window.findChild(ImportWizard)
    qtbot.waitUntil(lambda: wizard.isVisible())
    assert wizard.sign.currentData() == "balance"
    assert wizard.first_sign.isVisible() and wizard.first_sign.currentData() == ""
    assert not wizard.save_button.isEnabled()  # no amount can be shown until it is told
    assert "oldest" in wizard.preview_model.rows[0].note

    wizard.first_sign.setFocus()
    qtbot.keyClick(wizard.first_sign, Qt.Key.Key_Down)  # Money in
    qtbot.keyClick(wizard.first_sign, Qt.Key.Key_Down)  # Money out
    assert wizard.first_sign.currentData() == "out"
    assert wizard.preview_model.rows[0].amount == Decimal("-31.86")  # HOFER, newest first
    assert wizard.preview_model.rows[1].amount == Decimal("2613.42")  # the salary
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    take_suggested_account(qtbot, shell)  # the oldest row's answer outlives the question
    qtbot.waitUntil(lambda: transaction_count(store) == 6)
    amounts = sorted(t.amount for t in list_transactions(store))
    assert amounts == sorted(
        Decimal(a) for a in ("-742.00", "19.99", "-46.60", "-29.90", "2613.42", "-31.86")
    )
    mapping = resolve_profile(store, wizard.saved_profile or "")
    assert isinstance(mapping, CsvMapping) and mapping.sign == "balance"
    assert mapping.first_sign == ""
    for dialog in shell.window.findChildren(ImportSummaryDialog):
        if dialog.isVisible():
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not shell.imports.busy)
    shell.close()
