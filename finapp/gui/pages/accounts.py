"""Accounts: what each account's statements cover, its latest known balance, its threshold.

The balance shown is the latest one finapp knows (a statement's, a CSV balance column's or
one the user set), with its day: never one made up from the transactions alone. A threshold
on an account with no known balance can never fire, and the page says so beside it. An account
the household no longer has is closed from its row's menu (:mod:`.accounts_closing`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
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

from finapp.core.money import parse_decimal
from finapp.errors import FinappError
from finapp.gui import bus
from finapp.gui.books_words import state_sentence
from finapp.gui.context import AppContext
from finapp.gui.currency_words import currency_word
from finapp.gui.dialogs.reconcile import ask_reconcile
from finapp.gui.dialogs.set_balance import ask_balance
from finapp.gui.error_texts import error_text
from finapp.gui.models.accounts_model import (
    AccountRow,
    AccountsModel,
    gaps_text,
    load_accounts,
    local_day,
    span_text,
)
from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.pages.accounts_closing import ask_close_account, reopen
from finapp.gui.pages.accounts_menu import (
    AccountMenu,
    ask_account_currency,
    ask_account_type,
    ask_rename_account,
)
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.fitted_columns import NameColumn
from finapp.gui.pages.tables import make_table, page_shortcut, reload_rows
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.empty_state import EmptyStack
from finapp.services.accounts import AccountView, set_low_balance_threshold
from finapp.services.balances import set_user_balance
from finapp.services.changes import Changes
from finapp.services.reconciliation import (
    AccountBooks,
    BooksState,
    clear_reconciled,
    mark_reconciled,
)
from finapp.tr_marks import QT_TRANSLATE_NOOP, fill


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
        # a long name wraps onto a second line rather than being cut ("Everyday C…")
        self.name_column = NameColumn(self.table, fill_last=True, wrap=True)
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
            ("type", self.tr("Account t&ype…"), self.ask_type),
            ("currency", self.tr("C&urrency…"), self.ask_currency),
            ("balance", self.tr("Set &balance…"), self.ask_balance),
            ("reconcile", self.tr("Re&concile…"), self.ask_reconcile),
            ("transactions", self.tr("Show &transactions"),
             lambda: self._open(self.table.currentIndex())),
            ("close", self.tr("C&lose account…"), self.ask_close),
            ("reopen", self.tr("Re&open account"), self.reopen),
        ))  # fmt: skip
        self.close_action, self.reopen_action = self.menu.actions[-2:]
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
        closed = account is not None and account.closed_on is not None
        self.close_action.setVisible(not closed)
        self.reopen_action.setVisible(closed)
        if row is None:
            self.summary.setText("")
        elif row.books.state is BooksState.UNCHECKED:  # nothing checked: nothing to say
            self.summary.setText(self.coverage_text(row.account))
        else:
            # the full stop between them is the language's own (Chinese: 。, no space)
            joined = self.tr("%1. %2", "the account's statements and balance, then its books")
            self.summary.setText(
                fill(joined, (self.coverage_text(row.account), state_sentence(row.books)))
            )

    def coverage_text(self, account: AccountView) -> str:
        """``Statements 1/2/26 – 10/31/26 · missing … · last import … · amounts in USD ·
        balance … on …``."""
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
        # what its amounts are in: the import guesses it when a download names none, and
        # Currency… in the row's menu sets another
        parts.append(fill(self.tr("amounts in %1"), (currency_word(account.currency),)))
        if account.closed_on is not None:
            parts.append(fill(self.tr("closed on %1"), (format_date(account.closed_on),)))
        elif account.balance is None:
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
            self.refuse(error_text(exc))
            return
        store, name = self.ctx.store, self.model.row(index.row()).account.name
        self.selection.run(
            self.ctx.tasks,
            lambda _p, _c: set_low_balance_threshold(store, name, amount),
            self._threshold_saved,
        )

    def _threshold_saved(self, _result: object) -> None:
        """The threshold is kept: a refusal of an earlier try no longer stands over it."""
        self.settle()
        self.ctx.bus.data_changed.emit(Changes.of(bus.ACCOUNTS, bus.ALERTS))

    def ask_rename(self) -> None:
        """Rename… (F2): the selected account's own name, on every page."""
        account = self.selected_account()
        if account is not None:
            ask_rename_account(self, self.ctx, self.selection, account)

    def ask_type(self) -> None:
        """Account type…: what the selected account is (a card read from a CSV as checking)."""
        account = self.selected_account()
        if account is not None:
            ask_account_type(self, self.ctx, self.selection, account)

    def ask_currency(self) -> None:
        """Currency…: what the selected account's amounts are in (a download naming none)."""
        account = self.selected_account()
        if account is not None:
            ask_account_currency(self, self.ctx, self.selection, account)

    def ask_close(self) -> None:
        """Close account…: the day it closed; its balance counts as nothing from then."""
        account = self.selected_account()
        if account is not None:
            ask_close_account(self, self.ctx, self.selection, account)

    def reopen(self) -> None:
        """Reopen account: a closed account counts again."""
        account = self.selected_account()
        if account is not None:
            reopen(self.ctx, self.selection, account)

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
