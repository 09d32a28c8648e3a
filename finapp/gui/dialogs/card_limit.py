"""Health → Cards → Set limit…: a card's credit limit as the user knows it.

Many card statements (CSV exports, some OFX) never state the limit, and utilisation cannot be
judged without one. Left empty, the user's limit is cleared and the latest statement's counts
again. The dialog opens without blocking and calls ``then(amount)`` (None: clear) only with an
amount above zero the card's currency can hold; a bad amount is told inside the dialog, which
stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from finapp.core.money import exact_minor, parse_decimal
from finapp.errors import FinappError
from finapp.gui.account_names import shown_account_name
from finapp.gui.dialogs.form_dialog import FormDialog
from finapp.gui.widgets.focus_return import open_answerable
from finapp.tr_marks import fill

#: what tests and window automation find the dialog by
OBJECT_NAME = "card-limit"


class CardLimitDialog(FormDialog):
    """The credit limit of one card."""

    def __init__(
        self,
        parent: QWidget,
        account: str,
        currency: str,
        current: Decimal | None,
        then: Callable[[Decimal | None], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Set credit limit"))
        self._currency = currency
        self._then = then
        intro = QLabel(
            fill(
                self.tr(
                    "The credit limit of %1, as your card issuer shows it. Leave it empty to use "
                    "the limit your statements give."
                ),
                (shown_account_name(account),),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.amount = QLineEdit("" if current is None else str(current), self)
        self.amount.setPlaceholderText(self.tr("e.g. 8000"))
        self.amount.setAccessibleName(fill(self.tr("Credit limit in %1"), (currency,)))
        form = QFormLayout()
        form.addRow(fill(self.tr("Limit (%1)"), (currency,)), self.amount)
        self.lay_out(intro, form)

    def _read(self) -> Decimal | None:
        """The typed limit (None when empty); raises ValueError with what to tell the user."""
        text = self.amount.text().strip()
        if not text:
            return None
        try:
            value = parse_decimal(text)
            exact_minor(value, self._currency)
        except FinappError:
            raise ValueError(
                fill(
                    self.tr("Not an amount in %1: type it like 8000 or 7500.50"), (self._currency,)
                )
            ) from None
        if value <= 0:
            raise ValueError(self.tr("A credit limit must be above zero."))
        return value

    def accept(self) -> None:
        """Hand the limit on, or say what is wrong with it and stay open."""
        try:
            value = self._read()
        except ValueError as problem:
            self.show_problem(problem.args[0])
            self.amount.setFocus()
            return
        super().accept()
        self._then(value)


def ask_card_limit(
    parent: QWidget,
    account: str,
    currency: str,
    current: Decimal | None,
    then: Callable[[Decimal | None], None],
) -> CardLimitDialog:
    """Open the dialog window-modal without blocking; it deletes itself once answered and the
    keyboard goes back where it was."""
    dialog = CardLimitDialog(parent, account, currency, current, then)
    open_answerable(dialog)
    return dialog
