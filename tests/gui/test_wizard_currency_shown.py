"""The column-mapping form offers the currency the file shows, not dollars.

Tester t-uk imported a Chase UK saver export whose Currency column says GBP on every row: the
form asked how its amounts are signed and offered "Currency: USD" beside a preview in pounds.
A file without a currency column whose amounts carry a £ fared worse: every row was refused as
"not in USD" until the user found the field. The form now opens on GBP for both.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from finapp.gui.dialogs.account_choice import AccountChoiceDialog
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.dialogs.import_wizard import ImportWizard
from finapp.gui.shell import Shell
from finapp.services.accounts import list_accounts
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.gui.answering import enter, opened
from tests.gui.shell_support import make_shell, transaction_count

#: a saver's deposits only, every amount positive: which way money went is the user's to say
_CHASE_SAVER = (
    "Date,Time,Transaction type,Description,Amount,Currency\r\n"
    "26 Sep 2025,10:14:02,Transfer,Thomas Hughes,300.00,GBP\r\n"
    "26 Oct 2025,10:14:02,Transfer,Thomas Hughes,300.00,GBP\r\n"
    "01 Nov 2025,00:00:00,Interest,Interest earned,18.42,GBP\r\n"
    "26 Nov 2025,10:14:02,Transfer,Thomas Hughes,300.00,GBP\r\n"
)
#: a building society's download: no currency column, a £ on each amount
_POUND_SIGNS = (
    "Date,Description,Amount\r\n"
    "26/09/2025,Thomas Hughes,£300.00\r\n"
    "26/10/2025,Thomas Hughes,£300.00\r\n"
    "01/11/2025,Interest,£18.42\r\n"
)


def _wizard_for(
    qtbot, store: Store, tmp_path: Path, name: str, text: str
) -> tuple[Shell, ImportWizard]:  # type: ignore[no-untyped-def]
    """File ▸ Import of the download, as the window opens it: the summary says it could not be
    read, Close, and the mapping form comes up."""
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    shell = make_shell(store, tmp_path, opening_page="transactions")
    qtbot.addWidget(shell.window)
    shell.open_files([path])
    summary = shell.window.findChild(ImportSummaryDialog)
    qtbot.keyClick(summary, Qt.Key.Key_Return)  # Close
    wizard = shell.window.findChild(ImportWizard)
    qtbot.waitUntil(wizard.isVisible)
    return shell, wizard


def _import_as_money_in(qtbot, shell: Shell, wizard: ImportWizard, store: Store, name: str) -> None:  # type: ignore[no-untyped-def]
    """Say the amounts are signed (all deposits), Save layout and import into a new account
    named ``name``."""
    wizard.sign.setCurrentIndex(wizard.sign.findData("as_is"))
    qtbot.mouseClick(wizard.save_button, Qt.MouseButton.LeftButton)
    question = opened(shell.window, AccountChoiceDialog, "import-unnamed-account")
    qtbot.waitUntil(question.isVisible)
    qtbot.keyClicks(question.new_name, name)
    enter(qtbot, question)
    qtbot.waitUntil(lambda: transaction_count(store) > 0)
    for later in shell.window.findChildren(ImportSummaryDialog):
        later.close()
    qtbot.waitUntil(lambda: not shell.imports.busy)


def test_a_currency_column_saying_gbp_is_the_forms_currency(store, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    shell, wizard = _wizard_for(
        qtbot, store, tmp_path, "Chase_Saver_transactions.csv", _CHASE_SAVER
    )
    assert wizard.currency.text() == "GBP"
    assert {r.currency for r in wizard.preview_model.rows} == {"GBP"}
    _import_as_money_in(qtbot, shell, wizard, store, "Chase Saver")
    (account,) = list_accounts(store)
    assert account.currency == "GBP"
    assert sum(t.amount for t in list_transactions(store)) == Decimal("918.42")
    shell.close()


def test_pound_signs_make_the_form_read_pounds(store, tmp_path, qtbot) -> None:  # type: ignore[no-untyped-def]
    shell, wizard = _wizard_for(qtbot, store, tmp_path, "FlexSaver.csv", _POUND_SIGNS)
    assert wizard.currency.text() == "GBP"
    assert [r.amount for r in wizard.preview_model.rows] == [
        Decimal("300.00"),
        Decimal("300.00"),
        Decimal("18.42"),
    ]  # read, none refused as "not in USD"
    _import_as_money_in(qtbot, shell, wizard, store, "FlexSaver")
    (account,) = list_accounts(store)
    assert account.currency == "GBP"
    shell.close()
