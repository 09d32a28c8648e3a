"""Which account a dropped or opened statement goes into, when the file names none.

A CSV of date, payee and amount says nothing of whose it is (see
:mod:`finapp.services.account_question`): rather than put it with the earlier files that named
none, the window lists the accounts (name, currency, type, last four digits when known) and
*New account…* with a name field, starting on the account finapp would have chosen. OK imports
the file there; Cancel imports nothing of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from finapp.gui.account_names import shown_account_name
from finapp.gui.account_types import account_type_name
from finapp.gui.dialogs.form_dialog import FormDialog
from finapp.tr_marks import fill

if TYPE_CHECKING:  # the import service loads with the first import, not at start-up
    from finapp.services.account_question import AccountQuestion


class AccountChoiceDialog(FormDialog):
    """The accounts and *New account…*; :meth:`chosen` is the account's name or the new one's."""

    def __init__(self, file_name: str, question: AccountQuestion, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("import-unnamed-account")
        self.setWindowTitle(fill(self.tr("Which account is %1 from?"), (file_name,)))
        self.setMinimumWidth(520)
        intro = QLabel(
            self.tr(
                "This file names no bank or account number. Choose the account its lines "
                "belong to, or a new one:"
            ),
            self,
        )
        intro.setWordWrap(True)
        self.accounts = QTreeWidget(self)
        self.accounts.setObjectName("unnamed-account-list")
        self.accounts.setRootIsDecorated(False)
        self.accounts.setHeaderLabels(
            [self.tr("Account"), self.tr("Currency"), self.tr("Type"), self.tr("Ends in")]
        )
        start: QTreeWidgetItem | None = None
        for option in question.accounts:
            number = f"…{option.last4}" if option.last4 else ""
            row = [
                shown_account_name(option.name),
                option.currency,
                account_type_name(option.type),
                number,
            ]
            item = QTreeWidgetItem(self.accounts, row)
            item.setData(0, Qt.ItemDataRole.UserRole, option.name)
            if option.name == question.default and not question.default_is_new:
                start = item
        self.new_row = QTreeWidgetItem(self.accounts, [self.tr("New account…")])
        self.new_name = QLineEdit(question.default if question.default_is_new else "", self)
        self.new_name.setObjectName("new-account-name")
        self.new_name.setPlaceholderText(self.tr("Name of the new account"))
        name_label = QLabel(self.tr("&Name of the new account:"), self)
        name_label.setBuddy(self.new_name)
        self.accounts.currentItemChanged.connect(self._chosen_row)
        self.lay_out(intro, self.accounts, name_label, self.new_name)
        # the names take the room the short columns leave: "Chase Credit Card …7966" whole
        header = self.accounts.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.accounts.setCurrentItem(start or self.new_row)
        self._chosen_row(self.accounts.currentItem())
        self.accounts.setFocus()

    def _chosen_row(self, item: QTreeWidgetItem | None) -> None:
        self.new_name.setEnabled(item is self.new_row)

    def chosen(self) -> str:
        """The name of the account chosen, or of the new account to make."""
        item = self.accounts.currentItem()
        if item is None or item is self.new_row:
            return self.new_name.text().strip()
        return str(item.data(0, Qt.ItemDataRole.UserRole))

    def accept(self) -> None:
        if not self.chosen():
            self.show_problem(self.tr("Type a name for the new account."))
            self.new_name.setFocus()
            return
        super().accept()
