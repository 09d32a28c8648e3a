"""The accounts a chart leaves out, under it: each named, with a way to set its balance.

A card imported from a CSV that states no balance has no known balance, so net worth cannot
count it (:mod:`finapp.services.net_worth`). Left out silently, its debt made the household
look richer than it is; here each such account is a line ("Visa card — balance not known, not
counted in net worth") with a Set balance… button beside it. Once the balance is set, the
dashboard reloads (the write says the accounts changed) and the account is counted. The
balance chart leaves the same accounts out (a line from an unknown balance is a made-up one)
and says so under it with the same lines, in its own words.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from finapp.gui import bus
from finapp.gui.account_names import shown_account_name
from finapp.gui.context import AppContext
from finapp.gui.dialogs.set_balance import ask_balance
from finapp.services.accounts import AccountView, list_accounts
from finapp.services.balances import set_user_balance
from finapp.services.changes import Changes
from finapp.tr_marks import fill


class UnknownWorth(QWidget):
    """One line per account a chart leaves out; hidden when it counts every account.

    ``sentence``: the line, ``%1`` the account's name (default: net worth's)."""

    def __init__(
        self, ctx: AppContext, parent: QWidget | None = None, sentence: str | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("net-worth-left-out")
        self.ctx = ctx
        self._sentence = sentence or self.tr("%1 — balance not known, not counted in net worth")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        # each line's Set balance… button, by account name
        self.buttons: dict[str, QPushButton] = {}
        self.hide()

    def show_accounts(self, names: tuple[str, ...]) -> None:
        while (item := self.grid.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.deleteLater()
        self.buttons = {}
        for row, name in enumerate(names):
            shown = shown_account_name(name)
            text = fill(self._sentence, (shown,))
            line = QLabel(text, self)
            line.setWordWrap(True)
            button = QPushButton(self.tr("Set balance…"), self)
            button.setAccessibleName(fill(self.tr("Set the balance of %1"), (shown,)))
            button.clicked.connect(lambda _checked=False, account=name: self.ask(account))
            self.grid.addWidget(line, row, 0)
            self.grid.addWidget(button, row, 1)
            self.buttons[name] = button
        self.grid.setColumnStretch(0, 1)
        self.setVisible(bool(names))

    def ask(self, name: str) -> None:
        """The Set balance dialog for ``name``, on the last day its statements cover."""
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _p, _c: next(a for a in list_accounts(store) if a.name == name), self._open
        )

    def _open(self, account: AccountView) -> None:
        ask_balance(self, account, self._save)

    def _save(self, name: str, amount: Decimal, on: date) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _p, _c: set_user_balance(store, name, amount, on),
            lambda _r: self.ctx.bus.data_changed.emit(Changes.of(bus.ACCOUNTS, bus.ALERTS)),
        )
