"""The "Add subscription" form: something paid in cash or from an account finapp never sees,
or from one of the user's accounts before its charges are imported, or too seldom for finapp to
have found it (a domain renewed once a year): its charges already imported, named by the payee
they carry (the name when left empty), become its history (see
:mod:`finapp.services.subscription_links`).

The next charge's day is typed whole, as the locale writes it or in ISO form (see
:class:`~finapp.gui.widgets.day_edit.DayEdit`). A missing name, an amount it cannot read or a day
it cannot read is said under the form, which stays open with the typing kept: closing it and
reporting the error on the window lost what the user had typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QFormLayout, QLineEdit, QWidget

from finapp.core.money import parse_decimal
from finapp.errors import FinappError
from finapp.gui.account_names import shown_account_name
from finapp.gui.dialogs.form_dialog import FormDialog
from finapp.gui.error_texts import error_text
from finapp.gui.models.subscriptions_model import CADENCE_NAMES, cadence_name
from finapp.gui.widgets.day_edit import DayEdit
from finapp.tr_marks import fill


@dataclass(frozen=True, slots=True)
class ManualSubscription:
    name: str
    amount: Decimal
    cadence: str
    next_date: date
    kind: str
    #: the account it is paid from; None: cash or an account finapp does not see
    account: str | None = None
    #: the payee its charges carry on statements; None: its name
    payee: str | None = None


class AddSubscriptionDialog(FormDialog):
    def __init__(
        self, today: date, accounts: Sequence[str] = (), parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("add-subscription")
        self.setWindowTitle(self.tr("Add subscription"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
        self.payee = QLineEdit(self)
        self.payee.setAccessibleName(self.tr("Payee on statements"))
        self.payee.setPlaceholderText(self.tr("Optional: its past charges are linked"))
        self.amount = QLineEdit(self)
        self.amount.setAccessibleName(self.tr("Amount each time"))
        self.amount.setPlaceholderText("9.99")
        self.cadence = QComboBox(self)
        self.cadence.setAccessibleName(self.tr("How often"))
        for key in CADENCE_NAMES:
            self.cadence.addItem(cadence_name(key), key)
        self.cadence.setCurrentIndex(self.cadence.findData("monthly"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(self.tr("Kind"))
        self.kind.addItem(self.tr("Subscription"), "subscription")
        self.kind.addItem(self.tr("Bill"), "bill")
        self.next_date = DayEdit(today, self.tr("Next charge"), self)
        #: the day and amount read when OK was pressed
        self._next = today
        self._amount = Decimal(0)
        self.paid_from = QComboBox(self)
        self.paid_from.setAccessibleName(self.tr("Paid from"))
        self.paid_from.addItem(self.tr("Cash or an account not in finapp"), None)
        for account in accounts:
            self.paid_from.addItem(shown_account_name(account), account)
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Payee on statements"), self.payee)
        form.addRow(self.tr("Amount each time"), self.amount)
        form.addRow(self.tr("How often"), self.cadence)
        form.addRow(self.tr("Next charge"), self.next_date)
        form.addRow(self.tr("Paid from"), self.paid_from)
        form.addRow(self.tr("Kind"), self.kind)
        self.lay_out(form)

    def accept(self) -> None:
        """Take the form, or say what is missing or unreadable and stay open on that field."""
        if not self.name.text().strip():
            self._refuse(self.tr("Type a name for the subscription."), self.name)
            return
        if not self.amount.text().strip():
            self._refuse(self.tr("Type what one charge costs, e.g. 9.99."), self.amount)
            return
        try:
            amount = parse_decimal(self.amount.text())
        except FinappError as exc:
            self._refuse(error_text(exc), self.amount)
            return
        if amount == 0:
            self._refuse(self.tr("Type what one charge costs, e.g. 9.99."), self.amount)
            return
        day = self.next_date.day()
        if day is None:
            text = fill(
                self.tr("Type the next charge's day as a date, e.g. %1."),
                (self.next_date.example(),),
            )
            self._refuse(text, self.next_date)
            return
        self._amount, self._next = amount, day
        super().accept()

    def _refuse(self, text: str, field: QWidget) -> None:
        self.show_problem(text)
        field.setFocus()

    def value(self) -> ManualSubscription:
        """What the form said when OK took it."""
        account = self.paid_from.currentData()
        return ManualSubscription(
            name=self.name.text().strip(),
            amount=self._amount,
            cadence=str(self.cadence.currentData()),
            next_date=self._next,
            kind=str(self.kind.currentData()),
            account=None if account is None else str(account),
            payee=self.payee.text().strip() or None,
        )
