"""Accounts → Set balance…: the balance the user reads in the bank's app, on a day.

Many statements (card CSVs, wallets, some OFX downloads) never state a balance, so the
low-balance alert has nothing to work from. One balance the user knows is enough: finapp
carries it to any other day by the transactions between.

The dialog opens without blocking (``open()``, as :mod:`finapp.gui.widgets.asking` does) and
calls ``then(amount, day)`` only with an amount the account's currency can hold; a bad amount
is told inside the dialog, which stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from finapp.core.dates import MAX_DATE, MIN_DATE
from finapp.core.money import exact_minor, parse_decimal
from finapp.errors import FinappError
from finapp.gui.account_names import shown_account_name
from finapp.gui.dialogs.form_dialog import FormDialog
from finapp.gui.error_texts import error_text
from finapp.gui.qdates import from_qdate, to_qdate, written_as_tables
from finapp.gui.widgets.focus_return import open_answerable
from finapp.tr_marks import fill

if TYPE_CHECKING:
    from finapp.services.accounts import AccountView

#: what tests and window automation find the dialog by
OBJECT_NAME = "set-balance"


class SetBalanceDialog(FormDialog):
    """Amount and day of a balance for one account."""

    def __init__(
        self,
        parent: QWidget,
        account: str,
        currency: str,
        day: date,
        then: Callable[[Decimal, date], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Set balance"))
        self._currency = currency
        self._then = then
        intro = QLabel(
            fill(
                self.tr("The balance of %1 at the end of the day, as your bank shows it."),
                (shown_account_name(account),),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("e.g. 1234.56 or -250.00"))
        self.amount.setAccessibleName(fill(self.tr("Balance in %1"), (currency,)))
        self.day = written_as_tables(QDateEdit(to_qdate(day), self))
        self.day.setCalendarPopup(True)
        self.day.setDateRange(to_qdate(MIN_DATE), to_qdate(MAX_DATE))
        self.day.setAccessibleName(self.tr("Day of the balance"))
        form = QFormLayout()
        form.addRow(fill(self.tr("Balance (%1)"), (currency,)), self.amount)
        form.addRow(self.tr("At the end of"), self.day)
        self.lay_out(intro, form)

    def accept(self) -> None:
        """Hand the balance on, or say what is wrong with the amount and stay open."""
        try:
            amount = parse_decimal(self.amount.text())
            exact_minor(amount, self._currency)
        except FinappError as exc:
            self.show_problem(error_text(exc))
            self.amount.setFocus()
            return
        picked = from_qdate(self.day.date())
        super().accept()
        self._then(amount, picked)


def ask_balance(
    parent: QWidget, account: AccountView, then: Callable[[str, Decimal, date], None]
) -> SetBalanceDialog:
    """Open the dialog for ``account`` window-modal without blocking, on the day its statements
    end (today when it has none); ``then(name, amount, day)`` on OK. It deletes itself once
    answered."""
    day = account.covered_until or date.today()
    name = account.name
    dialog = SetBalanceDialog(
        parent, name, account.currency, day, lambda amount, on: then(name, amount, on)
    )
    open_answerable(dialog)
    return dialog
