"""Accounts → Close account…: the day an account the household no longer has was closed.

What closing does is said before it is done (its balance counts as nothing from that day, no
more requests for its statements or warnings about its balance, its transactions kept), and
that Edit → Undo takes it back. The day starts where the account's statements end and cannot
be earlier (its lines up to then happened while it was open), nor later than today.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDateEdit, QDialogButtonBox, QFormLayout, QLabel, QWidget

from finapp.core.dates import MIN_DATE
from finapp.gui.account_names import shown_account_name
from finapp.gui.dialogs.form_dialog import FormDialog
from finapp.gui.qdates import from_qdate, to_qdate, written_as_tables
from finapp.gui.widgets.focus_return import open_answerable
from finapp.tr_marks import fill

if TYPE_CHECKING:
    from finapp.services.accounts import AccountView

#: what tests and window automation find the dialog by
OBJECT_NAME = "close-account"


class CloseAccountDialog(FormDialog):
    """The closing day of one account, with what closing it means."""

    def __init__(
        self, parent: QWidget, account: AccountView, today: date, then: Callable[[date], None]
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Close account"))
        self._then = then
        name = shown_account_name(account.name)
        intro = QLabel(
            fill(
                self.tr(
                    "Close %1 if you no longer have it. From the day it closed its balance "
                    "counts as nothing, and finapp stops asking for its statements and warning "
                    "about its balance. Its transactions stay in your history and reports."
                ),
                (name,),
            ),
            self,
        )
        intro.setWordWrap(True)
        earliest = account.covered_until or MIN_DATE
        self.day = written_as_tables(QDateEdit(to_qdate(account.covered_until or today), self))
        self.day.setCalendarPopup(True)
        self.day.setDateRange(to_qdate(min(earliest, today)), to_qdate(today))
        self.day.setAccessibleName(fill(self.tr("Day %1 closed"), (name,)))
        form = QFormLayout()
        form.addRow(self.tr("Closed on"), self.day)
        if account.covered_until is None:
            told = self.tr("You can open it again from this menu, or undo this with Edit → Undo.")
        else:
            told = self.tr(
                "Its statements end on the first day you can choose. You can open it again from "
                "this menu, or undo this with Edit → Undo."
            )
        note = QLabel(told, self)
        note.setWordWrap(True)
        buttons = self.lay_out(intro, form, note)
        close = buttons.button(QDialogButtonBox.StandardButton.Ok)
        close.setText(self.tr("Close account"))

    def accept(self) -> None:
        picked = from_qdate(self.day.date())
        super().accept()
        self._then(picked)


def ask_closing_day(
    parent: QWidget, account: AccountView, then: Callable[[date], None]
) -> CloseAccountDialog:
    """Open the dialog for ``account`` window-modal without blocking; ``then(day)`` on OK. It
    deletes itself once answered."""
    dialog = CloseAccountDialog(parent, account, date.today(), then)
    open_answerable(dialog)
    return dialog
