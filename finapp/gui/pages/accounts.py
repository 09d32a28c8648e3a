"""Accounts: each account's latest balance and its low-balance threshold."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp.core.money import from_minor, parse_decimal
from finapp.errors import FinappError
from finapp.gui import bus
from finapp.gui.context import AppContext
from finapp.gui.models.formatting import format_date, format_money
from finapp.gui.models.rows_model import Column, RowsModel
from finapp.gui.pages.base import Page, register_page
from finapp.gui.pages.tables import make_table, reload_rows
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.empty_state import EmptyStack
from finapp.services.accounts import AccountView, list_accounts, set_low_balance_threshold
from finapp.services.changes import Changes
from finapp.services.reports import balance_over_time


@dataclass(frozen=True, slots=True)
class AccountRow:
    account: AccountView
    balance: Decimal | None
    as_of: date | None


def load_accounts(store) -> list[AccountRow]:  # type: ignore[no-untyped-def]
    """Accounts with the latest balance the reports derive (statement balance + transactions)."""
    balances = balance_over_time(store)
    latest = balances.sort_values("date").groupby("account").tail(1).set_index("account")
    rows = []
    for account in list_accounts(store):
        if account.name in latest.index:
            last = latest.loc[account.name]
            rows.append(
                AccountRow(
                    account,
                    from_minor(int(last["balance_minor"]), account.currency),
                    last["date"],
                )
            )
        else:
            rows.append(AccountRow(account, None, None))
    return rows


def _money(amount: Decimal | None, currency: str) -> str:
    return "" if amount is None else format_money(amount, currency)


def _masked(number: str) -> str:
    """Only the last four digits: enough to recognise a card, not to misuse it."""
    return f"…{number[-4:]}" if number else ""


class AccountsModel(RowsModel[AccountRow]):
    CONTEXT = "AccountsModel"
    COLUMNS = (
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Account"), lambda r: r.account.name,
               lambda r: r.account.name.casefold()),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Institution"), lambda r: r.account.institution,
               lambda r: r.account.institution.casefold()),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Number"), lambda r: _masked(r.account.number),
               lambda r: r.account.number[-4:]),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Type"), lambda r: r.account.type,
               lambda r: r.account.type),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Balance"),
               lambda r: _money(r.balance, r.account.currency), lambda r: r.balance,
               right_aligned=True),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "As of"), lambda r: format_date(r.as_of),
               lambda r: r.as_of),
        Column(QT_TRANSLATE_NOOP("AccountsModel", "Warn below"),
               lambda r: _money(r.account.low_balance, r.account.currency),
               lambda r: r.account.low_balance, right_aligned=True),
    )  # fmt: skip

    def emphasised(self, row: AccountRow) -> bool:
        low = row.account.low_balance
        return low is not None and row.balance is not None and row.balance < low


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
        self.table = make_table(self, self.model, self.tr("Accounts"))
        self.table.horizontalHeader().setMinimumSectionSize(90)
        self.table.doubleClicked.connect(self._open)
        self.threshold = QLineEdit(self)
        self.threshold.setPlaceholderText(self.tr("e.g. 500"))
        self.threshold.setAccessibleName(self.tr("Low-balance threshold"))
        self.threshold.setMaximumWidth(140)
        save = QPushButton(self.tr("Set threshold"), self)
        save.setAccessibleName(self.tr("Set low-balance threshold of the selected account"))
        save.clicked.connect(self.save_threshold)
        self.threshold.returnPressed.connect(self.save_threshold)
        show = QPushButton(self.tr("Show transactions"), self)
        show.setAccessibleName(self.tr("Show transactions of the selected account"))
        show.clicked.connect(lambda: self._open(self.table.currentIndex()))
        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Warn below"), self))
        controls.addWidget(self.threshold)
        controls.addWidget(save)
        controls.addStretch(1)
        controls.addWidget(show)
        self.stack = EmptyStack(self.table, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        layout.addLayout(controls)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.actions = SelectionActions(self, self.table, [self.threshold, save, show])
        self.refresh()

    def refresh(self) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(lambda _p, _c: load_accounts(store), self._loaded)

    def _loaded(self, rows: list[AccountRow]) -> None:
        reload_rows(self.table, self.model, rows, key=lambda row: row.account.id)
        if rows:
            self.stack.show_content()
        else:
            self.stack.show_empty(
                self.tr("No accounts yet: each statement you import adds its account."),
                self.tr("Import statements…"),
                self.ctx.bus.import_requested.emit,
            )

    def _selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            low = self.model.row(current.row()).account.low_balance
            self.threshold.setText("" if low is None else str(low))

    def apply_filter(self, filters: dict) -> None:
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
            self.ctx.bus.message.emit("warning", str(exc))
            return
        store, name = self.ctx.store, self.model.row(index.row()).account.name
        self.actions.run(
            self.ctx.tasks,
            lambda _p, _c: set_low_balance_threshold(store, name, amount),
            lambda _r: self.ctx.bus.data_changed.emit(Changes.of(bus.ACCOUNTS, bus.ALERTS)),
        )

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            name = self.model.row(index.row()).account.name
            self.ctx.bus.navigate.emit("transactions", {"account": name})
