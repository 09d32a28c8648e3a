"""Accounts → Reconcile…: an account's transactions against its statements, and accepting them.

The dialog shows what the check found (:mod:`finapp.services.reconciliation`): whether the
transactions agree with the balances the statements state, each period where they do not with
both moves, the difference and the days no statement covers. Below, the user accepts the
books up to a day. A day past the last statement, or differences up to it that the user has
not ticked to accept, are told inside the dialog, which stays open: nothing is written until
the form can be taken. It opens without blocking and calls ``mark(day, accept)`` or
``forget()``; the page does the work off the UI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDateEdit,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from finapp.core.dates import MIN_DATE
from finapp.gui.account_names import shown_account_name
from finapp.gui.books_words import gap_cells, state_sentence
from finapp.gui.dialogs.form_dialog import FormDialog
from finapp.gui.models.formatting import format_day
from finapp.gui.pages.tables import tab_leaves
from finapp.gui.qdates import from_qdate, to_qdate, written_as_tables
from finapp.gui.widgets.focus_return import open_answerable
from finapp.services.reconciliation import AccountBooks
from finapp.tr_marks import fill

#: what tests and window automation find the dialog by
OBJECT_NAME = "reconcile"


class ReconcileDialog(FormDialog):
    """One account's reconciliation and the day to accept its books up to."""

    def __init__(
        self,
        parent: QWidget,
        books: AccountBooks,
        last_covered: date,
        mark: Callable[[date, bool], None],
        forget: Callable[[], None],
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(fill(self.tr("Reconcile %1"), (shown_account_name(books.account),)))
        self._books = books
        self._last_covered = last_covered
        self._mark = mark
        self._forget = forget
        head = QLabel(state_sentence(books), self)
        head.setObjectName("books-state")
        head.setWordWrap(True)
        self.gaps = self._gap_table(books)
        self.through = written_as_tables(
            QDateEdit(to_qdate(books.checked_through or last_covered), self)
        )
        self.through.setCalendarPopup(True)
        self.through.setDateRange(to_qdate(MIN_DATE), to_qdate(last_covered))
        self.through.setAccessibleName(self.tr("Accept the books up to"))
        self.accept_gaps = QCheckBox(
            self.tr("Accept the differences up to that day as they stand"), self
        )
        self.accept_gaps.setVisible(bool(books.gaps))
        form = QFormLayout()
        form.addRow(self.tr("Accept the books up to"), self.through)
        form.addRow("", self.accept_gaps)
        hint = QLabel(
            fill(self.tr("Statements cover up to %1. Accepted periods are no longer flagged; a "
                    "line changed in them later is."), (format_day(last_covered),)),
            self,
        )  # fmt: skip
        hint.setWordWrap(True)
        buttons = self.lay_out(head, self.gaps, form, hint)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Mark reconciled"))
        if books.reconciled_through is not None:
            self.forget_button = QPushButton(self.tr("Forget reconciliation"), self)
            buttons.addButton(self.forget_button, QDialogButtonBox.ButtonRole.ResetRole)
            self.forget_button.clicked.connect(self._forget_clicked)
        self.resize(720, self.sizeHint().height())

    def _gap_table(self, books: AccountBooks) -> QTableWidget:
        headers = [self.tr("Period"), self.tr("Statements"), self.tr("Transactions"),
                   self.tr("Difference"), self.tr("No statement covers")]  # fmt: skip
        table = QTableWidget(len(books.gaps), len(headers), self)
        table.setObjectName("books-differences")
        table.setAccessibleName(self.tr("Periods where the transactions differ"))
        table.setHorizontalHeaderLabels(headers)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        tab_leaves(table)
        table.verticalHeader().hide()
        for row, gap in enumerate(books.gaps):
            for column, text in enumerate(gap_cells(gap, books.currency)):
                table.setItem(row, column, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        # as tall as its rows, up to eight: no empty grid under one missing month
        shown = min(len(books.gaps), 8)
        table.setMaximumHeight(
            table.horizontalHeader().sizeHint().height()
            + shown * table.verticalHeader().defaultSectionSize()
            + 2 * table.frameWidth()
        )
        table.setVisible(bool(books.gaps))
        return table

    def accept(self) -> None:
        """Hand the day on, or say why it cannot be accepted and stay open."""
        through = from_qdate(self.through.date())
        pending = [gap for gap in self._books.gaps if gap.end <= through]
        if pending and not self.accept_gaps.isChecked():
            self.show_problem(
                self.tr("The transactions differ from the statements up to that day: import "
                        "what is missing, or tick the box to accept them as they stand.")
            )  # fmt: skip
            self.accept_gaps.setFocus()
            return
        super().accept()
        self._mark(through, bool(pending))

    def _forget_clicked(self) -> None:
        self.reject()
        self._forget()


def ask_reconcile(
    parent: QWidget,
    books: AccountBooks,
    last_covered: date,
    mark: Callable[[date, bool], None],
    forget: Callable[[], None],
) -> ReconcileDialog:
    """Open the dialog window-modal without blocking; it deletes itself once closed and the
    keyboard goes back where it was."""
    dialog = ReconcileDialog(parent, books, last_covered, mark, forget)
    open_answerable(dialog)
    return dialog
