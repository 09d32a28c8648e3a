"""Accounts: what each account's statements cover, its latest known balance, its threshold.

The balance shown is the latest one finapp knows (a statement's, a CSV balance column's or
one the user set), with its day: never one made up from the transactions alone. A threshold
on an account with no known balance can never fire, and the page says so beside it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from finapp.core.bank_names import shown_bank
from finapp.core.money import parse_decimal
from finapp.errors import FinappError
from finapp.gui import bus
from finapp.gui.account_names import shown_account_name
from finapp.gui.account_types import account_type_name
from finapp.gui.books_words import short_state, state_sentence
from finapp.gui.context import AppContext
from finapp.gui.dialogs.reconcile import ask_reconcile
from finapp.gui.dialogs.set_balance import ask_balance
from finapp.gui.error_texts import error_text
from finapp.gui.i18n import language_in_use
from finapp.gui.list_words import joined
from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.models.rows_model import Column, RowsModel
from finapp.gui.pages.accounts_menu import AccountMenu, ask_rename_account
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.fitted_columns import NameColumn
from finapp.gui.pages.tables import make_table, page_shortcut, reload_rows
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.empty_state import EmptyStack
from finapp.services.accounts import AccountView, list_accounts, set_low_balance_threshold
from finapp.services.balances import set_user_balance
from finapp.services.changes import Changes
from finapp.services.reconciliation import (
    AccountBooks,
    BooksState,
    account_books,
    clear_reconciled,
    mark_reconciled,
)
from finapp.store.engine import Store
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill


@dataclass(frozen=True, slots=True)
class AccountRow:
    account: AccountView
    balance: Decimal | None
    as_of: date | None
    books: AccountBooks


def load_accounts(store: Store) -> list[AccountRow]:
    """Accounts with their coverage, the latest balance finapp knows and their books checked
    against their statements."""
    books = account_books(store)
    return [AccountRow(a, a.balance, a.balance_date, books[a.name]) for a in list_accounts(store)]


def local_day(moment: datetime | None) -> date | None:
    """The user's calendar day of a time the store keeps in UTC (an import's)."""
    return None if moment is None else moment.replace(tzinfo=UTC).astimezone().date()


def span_text(start: date | None, end: date | None) -> str:
    """``1/2/26 – 10/31/26`` in the user's locale; empty without days."""
    if start is None or end is None:
        return ""
    return f"{format_date(start)} – {format_date(end)}"


def gaps_text(account: AccountView) -> str:
    return joined(span_text(start, end) for start, end in account.gaps)


def _money(amount: Decimal | None, currency: str) -> str:
    return "" if amount is None else format_money(amount, currency)


def _masked(number: str) -> str:
    """Only the last four digits: enough to recognise a card, not to misuse it."""
    return f"…{number[-4:]}" if number else ""


def gaps_text_of_row(row: AccountRow) -> str:
    return gaps_text(row.account)


def _bank(institution: str) -> str:
    """The bank as the interface's language knows it (支付宝, not Alipay, in Chinese)."""
    return shown_bank(institution, language_in_use())


class AccountsModel(RowsModel[AccountRow]):
    CONTEXT = "AccountsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Account"),
               lambda r: shown_account_name(r.account.name),
               lambda r: shown_account_name(r.account.name).casefold(),
               tooltip=lambda r: r.account.name),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Bank"), lambda r: _bank(r.account.institution),
               lambda r: _bank(r.account.institution).casefold(),
               header_tip=QT_TRANSLATE_NOOP("AccountsModel",
                                            "The bank or payment service that holds it")),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "No."), lambda r: _masked(r.account.number),
               lambda r: r.account.number[-4:],
               header_tip=QT_TRANSLATE_NOOP("AccountsModel",
                                            "The account or card number's last four digits")),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Type"),
               lambda r: account_type_name(r.account.type), lambda r: r.account.type),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Balance"),
               lambda r: _money(r.balance, r.account.currency), lambda r: r.balance,
               right_aligned=True),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "As of"), lambda r: format_date(r.as_of),
               lambda r: r.as_of),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Alert"),
               lambda r: _money(r.account.low_balance, r.account.currency),
               lambda r: r.account.low_balance, right_aligned=True,
               header_tip=QT_TRANSLATE_NOOP("AccountsModel",
                                            "Warn when the balance falls below this")),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Covered"),
               lambda r: span_text(r.account.covered_from, r.account.covered_until),
               lambda r: r.account.covered_until,
               header_tip=QT_TRANSLATE_NOOP("AccountsModel",
                                            "The days your imported statements cover")),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Gaps"), gaps_text_of_row,
               lambda r: len(r.account.gaps),
               header_tip=QT_TRANSLATE_NOOP("AccountsModel",
                                            "Days no imported statement covers")),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Books"), lambda r: short_state(r.books),
               lambda r: r.books.state.value, tooltip=lambda r: state_sentence(r.books),
               header_tip=QT_TRANSLATE_NOOP(
                   "AccountsModel",
                   "Whether the transactions add up to the balances the statements state")),
    )  # fmt: skip

    def emphasised(self, row: AccountRow) -> bool:
        low = row.account.low_balance
        return low is not None and row.balance is not None and row.balance < low


#: the Books column: how the transactions stand against the statements
COL_BOOKS = len(AccountsModel.COLUMNS) - 1


@register_page
class AccountsPage(Page):
    NAME = "accounts"
    TITLE = QT_TRANSLATE_NOOP("Page", "Accounts")
    ICON = "accounts"
    SORT_ORDER = 60
    SHORTCUT = "Ctrl+6"
    WATCHES = frozenset({bus.ACCOUNTS, bus.TRANSACTIONS})

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.model = AccountsModel(self)
        # short headers (their tooltips say the rest), every other column as wide as what it
        # shows, the account's name taking the room left: at 1024 pixels nothing is off-screen
        self.table = make_table(self, self.model, self.tr("Accounts"), stretch=())
        # as on the Payees page: the figures beside the names, not a wide screen's width away
        self.name_column = NameColumn(self.table, fill_last=True)
        self.table.doubleClicked.connect(self._open)
        self.threshold = QLineEdit(self)
        self.threshold.setPlaceholderText(self.tr("e.g. 500"))
        self.threshold.setAccessibleName(self.tr("Low-balance threshold"))
        self.threshold.setMaximumWidth(140)
        save = QPushButton(self.tr("Set threshold"), self)
        save.setAccessibleName(self.tr("Set low-balance threshold of the selected account"))
        save.clicked.connect(self.save_threshold)
        self.threshold.returnPressed.connect(self.save_threshold)
        self.set_balance_button = QPushButton(self.tr("Set balance…"), self)
        self.set_balance_button.setAccessibleName(
            self.tr("Set the balance of the selected account on a day")
        )
        self.set_balance_button.clicked.connect(self.ask_balance)
        self.reconcile_button = QPushButton(self.tr("Reconcile…"), self)
        self.reconcile_button.setAccessibleName(
            self.tr("Check the selected account's transactions against its statements")
        )
        self.reconcile_button.clicked.connect(self.ask_reconcile)
        show = QPushButton(self.tr("Show transactions"), self)
        show.setAccessibleName(self.tr("Show transactions of the selected account"))
        show.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.no_balance = QLabel(
            self.tr("No balance known for this account: set one so the low-balance alert can work"),
            self,
        )
        self.no_balance.setObjectName("no-balance-warning")
        self.no_balance.setWordWrap(True)
        self.no_balance.hide()
        self.summary = QLabel(self)
        self.summary.setObjectName("coverage-summary")
        self.summary.setWordWrap(True)
        # each button at its natural width, the threshold's label beside its field, the warning
        # between the groups: when it is hidden its room stays, so nothing stretches into it
        kept = self.no_balance.sizePolicy()
        kept.setRetainSizeWhenHidden(True)
        self.no_balance.setSizePolicy(kept)
        warn_below = QLabel(self.tr("Warn below"), self)
        warn_below.setBuddy(self.threshold)
        controls = QHBoxLayout()
        for widget in (warn_below, self.threshold, save):
            controls.addWidget(widget)
        controls.addWidget(self.no_balance, 1)
        for widget in (self.set_balance_button, self.reconcile_button, show):
            controls.addWidget(widget)
        for widget in (warn_below, save, self.set_balance_button, self.reconcile_button, show):
            widget.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.stack = EmptyStack(self.table, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.summary)
        layout.addLayout(controls)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.selection = SelectionActions(
            self,
            self.table,
            [self.threshold, save, self.set_balance_button, self.reconcile_button, show],
        )
        self.menu = AccountMenu(self, self.table, self.selection, (
            ("rename", self.tr("&Rename…"), self.ask_rename),
            ("balance", self.tr("Set &balance…"), self.ask_balance),
            ("reconcile", self.tr("Re&concile…"), self.ask_reconcile),
            ("transactions", self.tr("Show &transactions"),
             lambda: self._open(self.table.currentIndex())),
        ))  # fmt: skip
        page_shortcut(
            self, "F2", self.ask_rename, self.tr("Rename the account")
        )  # rename, as in a file manager
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(lambda _p, _c: load_accounts(store), self._loaded)

    def _loaded(self, rows: list[AccountRow]) -> None:
        reload_rows(self.table, self.model, rows, key=lambda row: row.account.id)
        self._describe(self.selected_row())
        if rows:
            self.stack.show_content()
        else:
            self.stack.show_empty(
                self.tr("No accounts yet: each statement you import adds its account."),
                self.tr("Import statements…"),
                self.ctx.bus.import_requested.emit,
            )

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row(current.row()) if current.isValid() else None
        if row is not None:
            low = row.account.low_balance
            self.threshold.setText("" if low is None else str(low))
        self._describe(row)

    def selected_row(self) -> AccountRow | None:
        """The selected row (kept across reloads, unlike the current index)."""
        rows = self.table.selectionModel().selectedRows()
        return self.model.row(rows[0].row()) if rows else None

    def selected_account(self) -> AccountView | None:
        """The selected row's account."""
        row = self.selected_row()
        return None if row is None else row.account

    def _describe(self, row: AccountRow | None) -> None:
        """The selected account's coverage, balance and books in words, and the threshold
        warning."""
        account = None if row is None else row.account
        self.no_balance.setVisible(account is not None and account.threshold_without_balance)
        if row is None:
            self.summary.setText("")
        elif row.books.state is BooksState.UNCHECKED:  # nothing checked: nothing to say
            self.summary.setText(self.coverage_text(row.account))
        else:
            self.summary.setText(f"{self.coverage_text(row.account)}. {state_sentence(row.books)}")

    def coverage_text(self, account: AccountView) -> str:
        """``Statements 1/2/26 – 10/31/26 · missing … · last import … · balance … on …``."""
        if account.covered_from is None:
            parts = [self.tr("No statements imported")]
        else:
            parts = [
                fill(
                    self.tr("Statements %1"),
                    (span_text(account.covered_from, account.covered_until),),
                )
            ]
        if account.gaps:
            parts.append(fill(self.tr("missing %1"), (gaps_text(account),)))
        if account.last_import is not None:
            parts.append(
                fill(self.tr("last import %1"), (format_date(local_day(account.last_import)),))
            )
        if account.balance is None:
            parts.append(self.tr("balance unknown"))
        else:
            parts.append(
                fill(
                    self.tr("balance %1 on %2"),
                    (
                        format_money(account.balance, account.currency),
                        format_date(account.balance_date),
                    ),
                )
            )
        return " · ".join(parts)

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Keys: account (selects it)."""
        for number, row in enumerate(self.model.rows()):
            if row.account.name == filters.get("account"):
                self.table.selectRow(number)

    def save_threshold(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            self.ctx.bus.message.emit("info", self.tr("Select an account first."))
            return
        try:
            amount = parse_decimal(self.threshold.text())
        except FinappError as exc:
            self.ctx.bus.message.emit("warning", error_text(exc))
            return
        store, name = self.ctx.store, self.model.row(index.row()).account.name
        self.selection.run(
            self.ctx.tasks,
            lambda _p, _c: set_low_balance_threshold(store, name, amount),
            lambda _r: self.ctx.bus.data_changed.emit(Changes.of(bus.ACCOUNTS, bus.ALERTS)),
        )

    def ask_rename(self) -> None:
        """Rename… (F2): the selected account's own name, on every page."""
        account = self.selected_account()
        if account is not None:
            ask_rename_account(self, self.ctx, self.selection, account)

    def ask_balance(self) -> None:
        """Set balance…: the dialog opens without blocking, the store is written on OK."""
        account = self.selected_account()
        if account is None:
            return
        ask_balance(self, account, self._save_balance)

    def ask_reconcile(self) -> None:
        """Reconcile…: the account's books against its statements; accepting them up to a day
        writes the store off the UI thread."""
        row = self.selected_row()
        if row is None or row.account.covered_until is None:
            self.ctx.bus.message.emit(
                "info", self.tr("Import a statement of this account to reconcile it.")
            )
            return
        name = row.account.name
        ask_reconcile(
            self, row.books, row.account.covered_until,
            lambda through, accept: self._write_books(
                lambda: mark_reconciled(self.ctx.store, name, through, accept=accept)),
            lambda: self._write_books(lambda: clear_reconciled(self.ctx.store, name)),
        )  # fmt: skip

    def _write_books(self, work: Callable[[], AccountBooks]) -> None:
        self.selection.run(
            self.ctx.tasks,
            lambda _p, _c: work(),
            lambda _r: self.ctx.bus.data_changed.emit(Changes.of(bus.ACCOUNTS)),
        )

    def _save_balance(self, name: str, amount: Decimal, on: date) -> None:
        store = self.ctx.store
        self.selection.run(
            self.ctx.tasks,
            lambda _p, _c: set_user_balance(store, name, amount, on),
            lambda _r: self.ctx.bus.data_changed.emit(Changes.of(bus.ACCOUNTS, bus.ALERTS)),
        )

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            name = self.model.row(index.row()).account.name
            self.ctx.bus.navigate.emit("transactions", {"account": name})
