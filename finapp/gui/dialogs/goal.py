"""Health → Savings goals → Add goal…: a name, an amount, a date and the accounts that count.

The goal's currency is the ticked accounts' own, so they must share one. What the service would
refuse (no name, a name taken, an amount not above zero or with too many decimals for the
currency, no account, accounts in two currencies) is told inside the dialog, which stays open
with what was typed; the date picker offers no day before tomorrow. ``then(goal)`` is called
only with a goal the service takes. The dialog opens without blocking.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from finapp.core.cadence import month_date
from finapp.core.dates import MAX_DATE
from finapp.core.money import exact_minor, parse_decimal
from finapp.errors import FinappError
from finapp.gui.account_names import shown_account_name
from finapp.gui.dialogs.form_dialog import FormDialog
from finapp.gui.qdates import from_qdate, to_qdate, written_as_tables
from finapp.gui.widgets.focus_return import open_answerable
from finapp.tr_marks import fill

#: what tests and window automation find the dialog by
OBJECT_NAME = "add-goal"


@dataclass(frozen=True, slots=True)
class AccountChoice:
    """An account the goal may count: its name and currency."""

    name: str
    currency: str


@dataclass(frozen=True, slots=True)
class NewGoal:
    """What the dialog hands on: a goal the service will take."""

    name: str
    target: Decimal
    currency: str
    target_date: date
    accounts: tuple[str, ...]


class GoalDialog(FormDialog):
    """The form of a new savings goal."""

    def __init__(
        self,
        parent: QWidget,
        accounts: Sequence[AccountChoice],
        taken: Sequence[str],
        today: date,
        then: Callable[[NewGoal], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Add savings goal"))
        self._taken = {name.casefold() for name in taken}
        self._then = then
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. New car"))
        self.name.setAccessibleName(self.tr("Name of the goal"))
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(self.tr("e.g. 12000"))
        self.amount.setAccessibleName(self.tr("Amount to save"))
        self.by = written_as_tables(QDateEdit(to_qdate(month_date(today, 12, today.day)), self))
        self.by.setCalendarPopup(True)
        self.by.setDateRange(to_qdate(today + timedelta(days=1)), to_qdate(MAX_DATE))
        self.by.setAccessibleName(self.tr("Date to save it by"))
        counted = QGroupBox(self.tr("Accounts whose balances count"), self)
        column = QVBoxLayout(counted)
        self.accounts: dict[str, QCheckBox] = {}
        self._currencies: dict[str, str] = {}
        for account in accounts:
            box = QCheckBox(f"{shown_account_name(account.name)} ({account.currency})", counted)
            box.setObjectName(f"goal-account-{account.name}")
            column.addWidget(box)
            self.accounts[account.name] = box
            self._currencies[account.name] = account.currency
        if not accounts:
            column.addWidget(QLabel(self.tr("No accounts yet: import a statement first."), counted))
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Amount"), self.amount)
        form.addRow(self.tr("Save it by"), self.by)
        self.lay_out(form, counted)

    def _read(self) -> NewGoal:
        """The goal the form describes; raises ValueError with what to tell the user."""
        name = self.name.text().strip()
        if not name:
            raise ValueError(self.tr("Give the goal a name."))
        if name.casefold() in self._taken:
            raise ValueError(fill(self.tr("There is already a goal named %1."), (name,)))
        ticked = tuple(name for name, box in self.accounts.items() if box.isChecked())
        if not ticked:
            raise ValueError(self.tr("Tick at least one account whose balance counts."))
        currencies = {self._currencies[account] for account in ticked}
        if len(currencies) > 1:
            raise ValueError(self.tr("The accounts of one goal must share a currency."))
        (currency,) = currencies
        target = self._amount(currency)
        return NewGoal(name, target, currency, from_qdate(self.by.date()), ticked)

    def _amount(self, currency: str) -> Decimal:
        try:
            value = parse_decimal(self.amount.text())
            exact_minor(value, currency)
        except FinappError:
            raise ValueError(
                fill(self.tr("Not an amount in %1: type it like 12000 or 2500.50"), (currency,))
            ) from None
        if value <= 0:
            raise ValueError(self.tr("The amount to save must be above zero."))
        return value

    def accept(self) -> None:
        """Hand the goal on, or say what is wrong with it and stay open."""
        try:
            goal = self._read()
        except ValueError as problem:
            self.show_problem(problem.args[0])
            return
        super().accept()
        self._then(goal)


def ask_goal(
    parent: QWidget,
    accounts: Sequence[AccountChoice],
    taken: Sequence[str],
    today: date,
    then: Callable[[NewGoal], None],
) -> GoalDialog:
    """Open the dialog window-modal without blocking; it deletes itself once answered and the
    keyboard goes back where it was."""
    dialog = GoalDialog(parent, accounts, taken, today, then)
    open_answerable(dialog)
    return dialog
