"""A Chinese card export of a layout finapp does not know opens the mapping wizard, asking how
its amounts are signed, instead of going in as a checking account with purchases as income."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from finapp.core.account_types import AccountType
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.dialogs.import_wizard import ImportWizard
from finapp.services.accounts import list_accounts
from finapp.services.transactions import list_transactions
from tests.gui.shell_support import make_shell, transaction_count

_CARD = (
    "交易日期,记账日期,卡号后四位,交易说明,交易金额\r\n"
    "2026-11-03,2026-11-04,7788,财付通-美团外卖,45.50\r\n"
    "2026-11-15,2026-11-15,7788,还款,-500.00\r\n"
    "2026-11-20,2026-11-21,7788,中国石油加油站,300.00\r\n"
)


def test_a_card_looking_export_is_asked_about_with_purchases_as_spending_offered(
    store, tmp_path: Path, qtbot
) -> None:
    path = tmp_path / "export_202611.csv"
    path.write_bytes(_CARD.encode("gbk"))
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.open_files([path])
    summary = shell.window.findChild(ImportSummaryDialog)
    assert "1 file(s) refused" in summary.headline.text()
    qtbot.keyClick(summary, Qt.Key.Key_Return)  # Close
    wizard = shell.window.findChild(ImportWizard)
    qtbot.waitUntil(lambda: wizard.isVisible())

    assert "卡号后四位" in wizard.problems.text()
    assert wizard.sign.currentData() == "negate"  # a Chinese card's purchases are positive
    assert [r.amount for r in wizard.preview_model.rows] == [
        Decimal("-45.50"),
        Decimal("500.00"),
        Decimal("-300.00"),
    ]
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: transaction_count(store) == 3)
    (account,) = list_accounts(store)
    assert account.type == AccountType.CREDIT_CARD
    assert sorted(t.amount for t in list_transactions(store))[0] == Decimal("-300.00")
    for later in shell.window.findChildren(ImportSummaryDialog):
        later.close()
    qtbot.waitUntil(lambda: not shell.imports.busy)
    shell.close()
