"""The Accounts page's row menu (right click, the Menu key or Shift+F10), its Rename… (F2),
Account type… and Currency….

The menu holds what the page's buttons do to the selected account, and Rename…, Account type…
and Currency…, which have no button: F2 renames here as it renames payees and subscriptions on
their pages; a card whose export names no type (a CSV is read as checking) is made a credit card
by Account type…; a download that names no currency, read in the household's, is said to be in
dollars by Currency… (:mod:`finapp.services.account_currency`). A new name goes
through the same service as everything else that writes (``finapp.services.accounts``), and
every page that shows the account's name is told (the lines, subscriptions, goals, alerts).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QTableView, QWidget

from finapp.core.account_types import AccountType
from finapp.gui import bus
from finapp.gui.account_names import shown_account_name
from finapp.gui.account_types import account_type_name
from finapp.gui.context import AppContext
from finapp.gui.currency_words import COMMON, currency_label
from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.asking import ask_item, ask_text
from finapp.gui.widgets.keyboard_menu import keyboard_menu, show_menu
from finapp.services.account_currency import set_account_currency
from finapp.services.accounts import AccountView, rename_account, set_account_type
from finapp.services.alerts import evaluate_alerts
from finapp.services.changes import Changes, Kind
from finapp.store.engine import Store
from finapp.tr_marks import fill

#: what shows an account's name, and is told when it changes
NAME_SHOWN_ON = (bus.ACCOUNTS, bus.TRANSACTIONS, bus.SUBSCRIPTIONS, bus.GOALS, bus.ALERTS)
#: what an account's type changes: the cards and cash of the health page, where subscriptions
#: are paid from, the alerts of cards and balances
TYPE_SHOWN_ON = (bus.ACCOUNTS, bus.SUBSCRIPTIONS, bus.GOALS, bus.ALERTS)
#: what an account's currency changes: every amount of it shown, and the totals it is part of
CURRENCY_SHOWN_ON = (
    bus.ACCOUNTS, bus.TRANSACTIONS, bus.SUBSCRIPTIONS, bus.BUDGETS, bus.GOALS, bus.ALERTS
)  # fmt: skip


class AccountMenu(QObject):
    """The selected account's actions as a menu at its row; ``entries`` are (object name,
    menu text, slot), Rename… first."""

    def __init__(
        self,
        page: QWidget,
        table: QTableView,
        selection: SelectionActions,
        entries: Sequence[tuple[str, str, Callable[[], object]]],
    ) -> None:
        super().__init__(page)
        self._page, self._table = page, table
        self.actions: list[QAction] = []
        for name, text, slot in entries:
            action = QAction(text, page)
            action.setObjectName(f"account-{name}")
            action.triggered.connect(lambda _checked=False, slot=slot: slot())
            selection.add(action)
            self.actions.append(action)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.open_menu)
        keyboard_menu(page, table, lambda: self.open_menu(None))

    def open_menu(self, pos: QPoint | None) -> None:
        """At the clicked row (selecting it), or under the selected one from the keyboard."""
        table = self._table
        from_keyboard = pos is None
        if pos is None:
            rows = table.selectionModel().selectedRows()
            if not rows:
                return
            pos = table.visualRect(rows[0]).bottomLeft()
        index = table.indexAt(pos)
        if not index.isValid():
            return
        table.selectRow(index.row())
        menu = QMenu(self._page)
        menu.setObjectName("account-menu")
        menu.addActions(self.actions)
        show_menu(menu, table.viewport().mapToGlobal(pos), from_keyboard=from_keyboard)


def ask_rename_account(
    page: QWidget, ctx: AppContext, selection: SelectionActions, account: AccountView
) -> None:
    """The account's new name, written off the UI thread; every page showing it is told."""
    label = QCoreApplication.translate("AccountRename", "Name")
    if not account.number:  # its statements carry no number: they find it by its name
        label = fill(
            QCoreApplication.translate(
                "AccountRename",
                "Name (statements of %1 carry no account number: after a rename, choose this "
                "account when you import them)",
            ),
            (shown_account_name(account.name),),
        )  # fmt: skip

    def rename(name: str) -> None:
        if " ".join(name.split()) == account.name:
            return
        store = ctx.store
        selection.run(
            ctx.tasks,
            lambda _p, _c: rename_account(store, account.name, name),
            lambda _view: ctx.bus.data_changed.emit(Changes.of(*NAME_SHOWN_ON)),
        )

    ask_text(page, QCoreApplication.translate("AccountRename", "Rename account"), label, rename,
             object_name="rename-account", text=account.name)  # fmt: skip


def ask_account_type(
    page: QWidget, ctx: AppContext, selection: SelectionActions, account: AccountView
) -> None:
    """What the account is, chosen by name ("Credit card", 信用卡), written off the UI thread."""
    label = fill(
        QCoreApplication.translate("AccountType", "What is %1?"),
        (shown_account_name(account.name),),
    )
    choice = _Choice(
        QCoreApplication.translate("AccountType", "Account type"), label, "account-type",
        {account_type_name(kind): str(kind) for kind in AccountType}, account.type,
    )  # fmt: skip

    def write(store: Store, kind: str) -> None:
        set_account_type(store, account.name, kind)

    _ask_and_write(page, ctx, selection, choice, write, TYPE_SHOWN_ON)


def ask_account_currency(
    page: QWidget, ctx: AppContext, selection: SelectionActions, account: AccountView
) -> None:
    """What the account's amounts are in, chosen from the list ("EUR — Euro", "USD — 美元"),
    written off the UI thread; the alerts about it are told in it before the pages hear."""
    label = fill(
        QCoreApplication.translate(
            "AccountCurrency",
            "What are the amounts of %1 in? They stay as the bank wrote them: only their "
            "currency changes.",
        ),
        (shown_account_name(account.name),),
    )
    codes = [account.currency, *(code for code in COMMON if code != account.currency)]
    choice = _Choice(
        QCoreApplication.translate("AccountCurrency", "Currency"), label, "account-currency",
        {currency_label(code): code for code in codes}, account.currency,
    )  # fmt: skip

    def write(store: Store, code: str) -> None:
        set_account_currency(store, account.name, code)
        evaluate_alerts(store)

    _ask_and_write(page, ctx, selection, choice, write, CURRENCY_SHOWN_ON)


@dataclass(frozen=True, slots=True)
class _Choice:
    """A value of the account picked from a list: the dialog's words and what each item is."""

    title: str
    label: str
    object_name: str
    #: each item's text and the value it stands for
    values: dict[str, str]
    current: str


def _ask_and_write(
    page: QWidget,
    ctx: AppContext,
    selection: SelectionActions,
    choice: _Choice,
    write: Callable[[Store, str], object],
    shown_on: Sequence[Kind],
) -> None:
    """Ask for one of ``choice``'s values; one other than the current is written off the UI
    thread, and the pages ``shown_on`` are told."""

    def chosen(text: str) -> None:
        value = choice.values.get(text)
        if value is None or value == choice.current:
            return
        store = ctx.store
        selection.run(
            ctx.tasks,
            lambda _p, _c: write(store, value),
            lambda _done: ctx.bus.data_changed.emit(Changes.of(*shown_on)),
        )

    # a type another version wrote and this one lists not: the list opens on its first item
    current = next((text for text, value in choice.values.items() if value == choice.current), None)
    ask_item(page, choice.title, choice.label, list(choice.values), chosen,
             object_name=choice.object_name, current=current)  # fmt: skip
