"""How ``tools/screenshots.py`` opens each dialog: the way a person does, over the demo window.

Each opener does what the user does to bring the dialog up (a menu command, a page's button,
a row chosen first); the shooter then grabs whichever dialog appeared. A dialog the app opens
before any window exists (passphrase, first run, the demo's progress) is built directly.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QAbstractItemView, QDialog, QWidget

Opener = Callable[[object], object]


def _page(shell, name: str) -> QWidget:  # type: ignore[no-untyped-def]
    shell.window.show_page(name)
    return shell.window.page(name)


def _choose_first_row(view: QAbstractItemView) -> None:
    """Make the first row (the first row of the first group, in a grouped list) current."""
    model = view.model()
    index = model.index(0, 0)
    if model.rowCount(index) > 0:
        index = model.index(0, 0, index)
    view.setCurrentIndex(index)


def _subscription(method: str) -> Opener:
    def open_(shell) -> object:  # type: ignore[no-untyped-def]
        page = _page(shell, "subscriptions")
        _choose_first_row(page.table)
        return getattr(page, method)()

    return open_


def _health(section_kind: str, press: Callable[[object], None]) -> Opener:
    def open_(shell) -> object:  # type: ignore[no-untyped-def]
        page = _page(shell, "health")
        section = next(s for s in page.sections if type(s).__name__ == section_kind)
        return press(section)

    return open_


def _rate_entry(shell) -> object:  # type: ignore[no-untyped-def]
    """Exchange rates…, then its Add rate…: the shot is the innermost dialog."""
    from PySide6.QtCore import QThread
    from PySide6.QtWidgets import QApplication

    from finapp.gui.dialogs.exchange_rates import ExchangeRatesDialog

    _page(shell, "settings").money.rates_button.click()
    QApplication.processEvents()
    rates = shell.window.findChild(ExchangeRatesDialog)
    for _wait in range(500):  # the base currency is read off the UI thread
        if rates.add_button.isEnabled():
            break
        QThread.msleep(10)
        QApplication.processEvents()
    return rates.add_button.click()


def _account_balance(shell) -> object:  # type: ignore[no-untyped-def]
    page = _page(shell, "accounts")
    _choose_first_row(page.table)
    return page.set_balance_button.click()


def _row_then(page_name: str, press: Callable[[QWidget], object]) -> Opener:
    """On ``page_name``, choose the first row of its table, then do ``press`` to the page."""

    def open_(shell) -> object:  # type: ignore[no-untyped-def]
        page = _page(shell, page_name)
        page.table.selectRow(0)
        return press(page)

    return open_


def _split_receipt(shell) -> object:  # type: ignore[no-untyped-def]
    """On Transactions, the demo's split grocery receipt (any grocery line when none is
    split), then Split…"""
    page = _page(shell, "transactions")
    model = page.model
    rows = range(model.rowCount())
    row = next((r for r in rows if model.split_parts(r)), None)
    if row is None:
        row = next(r for r in rows if model.category_path(r) == "Food:Groceries")
    page.table.selectRow(row)
    return page.menus.ask_split()


#: shot name -> how a person opens it from the demo window
OPENERS: dict[str, Opener] = {
    "dialog-keyboard-shortcuts": lambda shell: shell.window.help_menu.show_shortcuts(),
    "dialog-user-guide": lambda shell: shell.window.help_menu.show_user_guide(),
    "dialog-about": lambda shell: shell.window.help_menu.show_about(),
    "dialog-set-balance": _account_balance,
    "dialog-card-limit": _health(
        "CardsSection", lambda s: next(iter(s.limit_buttons.values())).click()
    ),
    "dialog-add-goal": _health("GoalsSection", lambda s: s.add_button.click()),
    "dialog-subscription-audit": _health("SubscriptionsSection", lambda s: s.audit_button.click()),
    "dialog-add-subscription": _subscription("ask_add"),
    "dialog-rename-subscription": _subscription("ask_rename"),
    "dialog-merge-subscription": _subscription("ask_merge"),
    "dialog-split-subscription": _subscription("ask_split"),
    "dialog-review-date": _subscription("ask_review_date"),
    "dialog-reminders": _subscription("ask_reminders"),
    "dialog-exchange-rates": lambda shell: _page(shell, "settings").money.rates_button.click(),
    "dialog-exchange-rate-entry": _rate_entry,
    "dialog-category-of-selected": _row_then("transactions", lambda p: p.bulk_button.click()),
    "dialog-reconcile": _row_then("accounts", lambda p: p.reconcile_button.click()),
    "dialog-transaction-note": _row_then("transactions", lambda p: p.menus.ask_note()),
    "dialog-transaction-tags": _row_then("transactions", lambda p: p.menus.ask_tags()),
    "dialog-split-editor": _split_receipt,
    "dialog-rename-payee": _row_then("payees", lambda p: p.ask_rename()),
    "dialog-merge-payee": _row_then("payees", lambda p: p.ask_merge()),
    "dialog-year-review": lambda shell: shell.window.year_review_action.trigger(),
    "dialog-tag-report": lambda shell: shell.window.tag_report_action.trigger(),
}


def startup_dialogs() -> dict[str, QDialog]:
    """The dialogs shown before the main window: passphrase, first run, building the demo."""
    from finapp.gui.dialogs.first_run import DemoProgressDialog, FirstRunDialog
    from finapp.gui.dialogs.unlock import PassphraseDialog

    create = PassphraseDialog(lambda _p: None, create=True)  # type: ignore[arg-type,return-value]
    create.passphrase.setText("tulip battery")
    create.repeat.setText("tulip battery")
    unlock = PassphraseDialog(lambda _p: None, create=False)  # type: ignore[arg-type,return-value]
    unlock.show_error(unlock.tr("That passphrase does not open this store. Try again."))
    return {
        "dialog-create-passphrase": create,
        "dialog-unlock-wrong": unlock,
        "dialog-first-run": FirstRunDialog(),
        "dialog-building-demo": DemoProgressDialog(),
    }


#: a bank CSV whose amounts are all positive: detection cannot tell money in from out
UNKNOWN_CSV = """Check Number,Date,Description,Amount,Category
101,2/8/25,Harbor Credit Union Visa,54.20,Expenses
102,2/9/25,Greenleaf Grocers,83.15,Expenses
103,2/11/25,City Water Utility,41.00,Expenses
104,2/14/25,Northside Pharmacy,12.75,Expenses
105,2/20/25,Lakeside Fitness,35.00,Expenses
"""


def import_dialogs(ctx, work: Path) -> dict[str, Callable[[], QDialog]]:  # type: ignore[no-untyped-def]
    """The mapping wizard, an import's summary, its progress and the recovery key, each
    built afresh on request (the import itself runs once, over the shell's store)."""
    from finapp.gui.dialogs.import_summary import ImportSummaryDialog
    from finapp.gui.dialogs.import_wizard import ImportWizard
    from finapp.gui.dialogs.progress import ProgressWindow
    from finapp.gui.dialogs.recovery_key import RecoveryKeyDialog
    from finapp.services.imports import import_files
    from finapp.services.keys_admin import format_recovery_key

    csv = work / "credit-union-feb.csv"
    csv.write_text(UNKNOWN_CSV, encoding="utf-8")

    def wizard() -> QDialog:
        shown = ImportWizard(ctx, csv)
        shown._select(shown.sign, "negate")
        return shown

    wizard().save()  # the layout is saved: the file now imports
    refused = work / "notes.ofx"
    refused.write_text("not a statement", encoding="utf-8")
    march = UNKNOWN_CSV.replace("2/", "3/").replace("Expenses", "Household")
    csv.with_name("march.csv").write_text(march + "106,3/25/25,Bad row,,Expenses\n", "utf-8")
    import_files(ctx.store, [csv])
    result = import_files(ctx.store, [csv, csv.with_name("march.csv"), refused], skip_bad_rows=True)

    def progress() -> QDialog:
        window = ProgressWindow("finapp", "credit-union-feb.csv")
        return window

    return {
        "dialog-csv-wizard": wizard,
        "dialog-import-summary": lambda: ImportSummaryDialog(result),
        "dialog-import-progress": progress,
        "dialog-recovery-key": lambda: RecoveryKeyDialog(format_recovery_key(bytes(range(32)))),
    }
