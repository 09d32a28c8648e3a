"""The form behind "Mark cancelled": the day the user cancelled, which may be weeks ago.

Cancelled "today" by default, a subscription the user cancelled in August and was charged for
in September would never be flagged "charged after you cancelled it", and the year in review
would count savings it never made. The day is typed or picked, from the subscription's first
charge to today; a charge on or after it is flagged (``finapp subscriptions cancel --on``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialogButtonBox, QFormLayout, QLabel, QWidget

from finapp.gui.dialogs.form_dialog import FormDialog
from finapp.gui.models.formatting import format_day
from finapp.gui.name_words import shown_name
from finapp.gui.widgets.day_edit import DayEdit
from finapp.services.subscriptions import SubscriptionView
from finapp.tr_marks import fill


class CancelledOnDialog(FormDialog):
    """Asks "Cancelled on", today unless told otherwise, never later than today nor before
    ``first_charge`` (None: a subscription added by hand, with no charge seen)."""

    def __init__(
        self,
        sub: SubscriptionView,
        today: date,
        first_charge: date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("subscription-cancelled-on")
        # never "Cancel %1": a title of the same word as the button that leaves the dialog
        # (Chinese says both 取消) reads as "don't" beside it
        self.setWindowTitle(fill(self.tr("Mark %1 as cancelled"), (shown_name(sub.name),)))
        self._today, self._first = today, first_charge
        self._day = today
        self.day = DayEdit(today, self.tr("Cancelled on"), self)
        self.day.set_range(first_charge, today)
        form = QFormLayout()
        form.addRow(self.tr("Cancelled on"), self.day)
        hint = QLabel(
            self.tr("A charge on or after that day will be flagged as charged after you "
                    "cancelled it."),
            self,
        )  # fmt: skip
        hint.setWordWrap(True)
        buttons = self.lay_out(form, hint)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:  # lay_out's box always has one
            ok.setText(self.tr("Mark cancelled"))
            ok.setDefault(True)
        # a plain "Cancel" beside "Mark cancelled" (取消 beside 标为已取消) reads as cancelling
        # the subscription
        leave = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if leave is not None:
            leave.setText(self.tr("Don't mark"))
        self.day.setFocus()
        self.day.text.selectAll()

    def value(self) -> date:
        """The day cancelled, as accepted."""
        return self._day

    def accept(self) -> None:
        day = self.day.day()
        if day is None:
            self.show_problem(
                fill(
                    self.tr("Type the day you cancelled it as a date, such as %1."),
                    (self.day.example(),),
                )
            )
        elif day > self._today:
            self.show_problem(
                fill(self.tr("The day cannot be after today (%1)."), (format_day(self._today),))
            )
        elif self._first is not None and day < self._first:
            self.show_problem(
                fill(
                    self.tr("The day cannot be before its first charge (%1)."),
                    (format_day(self._first),),
                )
            )
        else:
            self._day = day
            super().accept()
