"""Settings → Exchange rates… → Add rate… / Edit…: one rate the user types.

"1 EUR is worth 1.0561 USD from 27 November 2026": a currency code, what one unit of it is
worth in the base currency, and the day it applies from. What was typed is checked on OK; a
problem is said under the form, which stays open with the typing kept.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDateEdit, QFormLayout, QLabel, QLineEdit, QWidget

from finapp.core.money import parse_decimal
from finapp.errors import FinappError
from finapp.gui.dialogs.form_dialog import FormDialog
from finapp.gui.qdates import from_qdate, to_qdate, written_as_tables
from finapp.gui.widgets.focus_return import open_answerable
from finapp.tr_marks import fill

#: what tests and window automation find the dialog by
OBJECT_NAME = "rate-entry"

#: (currency, rate as typed, the day it applies from)
Entered = tuple[str, str, date]


class RateEntryDialog(FormDialog):
    """One exchange rate against the base currency."""

    def __init__(
        self,
        parent: QWidget,
        base: str,
        then: Callable[[Entered], None],
        current: Entered | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(
            self.tr("Edit exchange rate") if current else self.tr("Add exchange rate")
        )
        self._base = base
        self._then = then
        worth = self.tr(
            "What one unit of a currency is worth in %1, from the day given until a newer rate."
        )
        intro = QLabel(fill(worth, (base,)), self)
        intro.setWordWrap(True)
        self.currency = QLineEdit(self)
        self.currency.setValidator(
            QRegularExpressionValidator(QRegularExpression("[A-Za-z]{0,3}"), self.currency)
        )
        self.currency.setPlaceholderText(self.tr("e.g. EUR"))
        self.currency.setAccessibleName(self.tr("Currency code"))
        self.rate = QLineEdit(self)
        self.rate.setPlaceholderText(self.tr("e.g. 1.0561"))
        self.rate.setAccessibleName(fill(self.tr("Worth in %1"), (base,)))
        self.day = written_as_tables(QDateEdit(self))
        self.day.setCalendarPopup(True)
        self.day.setAccessibleName(self.tr("From"))
        when = current[2] if current else date.today()
        self.day.setDate(to_qdate(when))
        if current:
            self.currency.setText(current[0])
            self.rate.setText(current[1])
        form = QFormLayout()
        form.addRow(self.tr("1 unit of"), self.currency)
        form.addRow(fill(self.tr("is worth (%1)"), (base,)), self.rate)
        form.addRow(self.tr("from"), self.day)
        self.lay_out(intro, form)
        self.setMinimumWidth(400)  # the sentence on two lines, the fields wide enough to read

    def _read(self) -> Entered:
        """What was typed; raises ValueError with what to tell the user."""
        code = self.currency.text().strip().upper()
        if len(code) != 3:
            raise ValueError(self.tr("Type the currency's three-letter code, such as EUR."))
        if code == self._base:
            raise ValueError(
                fill(self.tr("%1 is the base currency: its rate is always 1."), (code,))
            )
        text = self.rate.text().strip()
        try:
            value = parse_decimal(text)
        except FinappError:
            value = Decimal(0)
        if value <= 0:
            raise ValueError(
                fill(self.tr("Type what one %1 is worth in %2, like 1.0561."), (code, self._base))
            )
        return code, text, from_qdate(self.day.date())

    def accept(self) -> None:
        """Hand the rate on, or say what is wrong with it and stay open."""
        try:
            entered = self._read()
        except ValueError as problem:
            self.show_problem(problem.args[0])
            return
        super().accept()
        self._then(entered)


def ask_rate(
    parent: QWidget, base: str, then: Callable[[Entered], None], current: Entered | None = None
) -> RateEntryDialog:
    """Open the dialog window-modal without blocking; it deletes itself once answered and the
    keyboard goes back where it was."""
    dialog = RateEntryDialog(parent, base, then, current)
    open_answerable(dialog)
    return dialog
