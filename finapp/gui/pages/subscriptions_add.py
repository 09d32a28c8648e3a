"""The "Add subscription" form: something paid in cash or from an account finapp never sees."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from finapp.core.money import parse_decimal
from finapp.gui.models.subscriptions_model import CADENCE_NAMES, cadence_name
from finapp.gui.qdates import from_qdate, to_qdate


@dataclass(frozen=True, slots=True)
class ManualSubscription:
    name: str
    amount: Decimal
    cadence: str
    next_date: date
    kind: str


class AddSubscriptionDialog(QDialog):
    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("add-subscription")
        self.setWindowTitle(self.tr("Add subscription"))
        self.name = QLineEdit(self)
        self.name.setAccessibleName(self.tr("Name"))
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
        self.next_date = QDateEdit(to_qdate(today), self)
        self.next_date.setCalendarPopup(True)
        self.next_date.setAccessibleName(self.tr("Next charge"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Amount each time"), self.amount)
        form.addRow(self.tr("How often"), self.cadence)
        form.addRow(self.tr("Next charge"), self.next_date)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(buttons)

    def value(self) -> ManualSubscription:
        """What the form says; an unreadable amount raises the service's InvalidInputError."""
        return ManualSubscription(
            name=self.name.text().strip(),
            amount=parse_decimal(self.amount.text()),
            cadence=str(self.cadence.currentData()),
            next_date=from_qdate(self.next_date.date()),
            kind=str(self.kind.currentData()),
        )
