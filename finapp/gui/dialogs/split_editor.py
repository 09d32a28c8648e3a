"""Split…: one bank line divided among categories (a supermarket receipt into groceries and
home, a mortgage payment into principal and interest).

A table of parts (category, amount, memo) and, as the user types, what is left to assign of
the line: OK only once nothing is left, so a split that does not add up is never offered.
Amounts are typed in the user's locale and the line's currency, without their minus for a
spending line (as the command line takes them: all with a minus or all without). A line not
yet split opens with its category holding the whole amount and an empty part; "Fill
remainder" puts what is left on the last part. Saving and "Remove split" run off the UI
thread and announce their changes as every edit does; a refusal is said in the dialog, which
stays open with what was typed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QCompleter,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QWidget,
)

from finapp.core.amounts import AmountError, parse_amount
from finapp.core.money import MAX_USER_AMOUNT, decimals
from finapp.errors import FinappError
from finapp.gui.category_names import display_category, reading_order, real_path
from finapp.gui.context import AppContext
from finapp.gui.dialogs.form_dialog import FormDialog
from finapp.gui.error_texts import error_text
from finapp.gui.models.formatting import format_money
from finapp.gui.widgets.focus_return import open_answerable
from finapp.services import splits as svc
from finapp.tr_marks import fill

#: what tests and window automation find the dialog by
OBJECT_NAME = "split-editor"
#: the columns of the parts table
COL_CATEGORY, COL_AMOUNT, COL_MEMO = range(3)
#: the colour of an over-assigned remainder (the app's error red)
_OVER = "color: #c62828;"


@dataclass(frozen=True, slots=True)
class SplitLine:
    """The line to split as the page shows it: its id, payee, signed amount, currency,
    category path ("" for none) and parts (none when not split)."""

    txn_id: int
    payee: str
    amount: Decimal
    currency: str
    category: str
    parts: tuple[svc.SplitPartView, ...]


class SplitEditor(FormDialog):
    """The parts of one line, the remainder shown live, OK once it is zero."""

    def __init__(
        self, parent: QWidget, ctx: AppContext, line: SplitLine, categories: list[str]
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Split transaction"))
        self._ctx, self._line, self._categories = ctx, line, categories
        self._locale = QLocale()
        #: the field of a part the user was last in (what Remove part removes)
        self._edited: QWidget | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_moved)
        words = self.tr("Divide “%1” (%2) among categories. The parts must add up to the line.")
        intro = QLabel(fill(words, (line.payee, format_money(line.amount, line.currency))), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 3, self)
        self.table.setAccessibleName(self.tr("Parts"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Category"),
                fill(self.tr("Amount (%1)"), (line.currency,)),
                self.tr("Memo"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_CATEGORY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_AMOUNT, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_MEMO, QHeaderView.ResizeMode.Stretch)
        self.add_button = QPushButton(self.tr("Add part"), self)
        self.add_button.clicked.connect(lambda: self.add_part("", ""))
        self.remove_button = QPushButton(self.tr("Remove part"), self)
        self.remove_button.clicked.connect(self._remove_part)
        self.fill_button = QPushButton(self.tr("Fill remainder"), self)
        self.fill_button.setToolTip(self.tr("Put what is left to assign on the last part"))
        self.fill_button.clicked.connect(self.fill_remainder)
        self.remainder = QLabel(self)
        self.remainder.setObjectName("remainder")
        self.remainder.setAccessibleName(self.tr("Left to assign"))
        row = QHBoxLayout()
        for button in (self.add_button, self.remove_button, self.fill_button):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.remainder)
        self.buttons = self.lay_out(intro, self.table, row)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.unsplit_button: QPushButton | None = None
        if line.parts:
            self.unsplit_button = self.buttons.addButton(
                self.tr("Remove split"), QDialogButtonBox.ButtonRole.ResetRole
            )
            self.unsplit_button.clicked.connect(self._unsplit)
        starting = [(p.category, self._plain(abs(p.amount)), p.memo) for p in line.parts] or [
            (line.category, self._plain(abs(line.amount)), ""),
            ("", "", ""),
        ]
        for category, amount, memo in starting:
            self.add_part(category, amount, memo)
        self.resize(self.fontMetrics().horizontalAdvance("M") * 54, self.sizeHint().height())
        self._update()

    # -- the parts -----------------------------------------------------------------------------

    def add_part(self, category: str, amount: str, memo: str = "") -> None:
        """A row for one more part; its category field takes the focus when added by hand."""
        row = self.table.rowCount()
        self.table.insertRow(row)
        combo = QComboBox(self.table)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        for path in reading_order(self._categories):
            combo.addItem(display_category(path), path)
        combo.setCurrentIndex(-1)
        combo.setEditText(display_category(category))
        completer = combo.completer()
        if completer is not None:  # an editable combo has one
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
        combo.setAccessibleName(fill(self.tr("Category of part %1"), (str(row + 1),)))
        combo.editTextChanged.connect(self._update)
        amount_edit = QLineEdit(amount, self.table)
        amount_edit.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        amount_edit.setAccessibleName(fill(self.tr("Amount of part %1"), (str(row + 1),)))
        amount_edit.setPlaceholderText(self._plain(Decimal("0").scaleb(-self._places())))
        amount_edit.textChanged.connect(self._update)
        memo_edit = QLineEdit(memo, self.table)
        memo_edit.setAccessibleName(fill(self.tr("Memo of part %1"), (str(row + 1),)))
        self.table.setCellWidget(row, COL_CATEGORY, combo)
        self.table.setCellWidget(row, COL_AMOUNT, amount_edit)
        self.table.setCellWidget(row, COL_MEMO, memo_edit)
        if self.isVisible():
            combo.setFocus()
        self._update()

    def category_field(self, row: int) -> QComboBox:
        widget = self.table.cellWidget(row, COL_CATEGORY)
        assert isinstance(widget, QComboBox)
        return widget

    def amount_field(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, COL_AMOUNT)
        assert isinstance(widget, QLineEdit)
        return widget

    def memo_field(self, row: int) -> QLineEdit:
        widget = self.table.cellWidget(row, COL_MEMO)
        assert isinstance(widget, QLineEdit)
        return widget

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Remember the part last edited: pressing Remove part moves the focus to the button."""
        if new is not None and self.table.isAncestorOf(new):
            self._edited = new

    def _remove_part(self) -> None:
        """Remove the part last edited (the last one when none was)."""
        edited, rows = self._edited, range(self.table.rowCount())
        row = next(
            (r for r in rows if edited is not None and self._row_holds(r, edited)),
            self.table.rowCount() - 1,
        )
        self._edited = None  # its widget goes with the row
        self.table.removeRow(row)
        self._update()

    def _row_holds(self, row: int, widget: QWidget) -> bool:
        return any(
            cell is not None and (cell is widget or cell.isAncestorOf(widget))
            for cell in (self.table.cellWidget(row, c) for c in range(3))
        )

    def fill_remainder(self) -> None:
        """Put what is left to assign on the last part (adding to what it holds)."""
        reading = self._reading()
        filled = self._filled(reading)
        if filled is None:
            return
        minus = self._line.amount < 0 and any(w is not None and w < 0 for w in reading.written)
        self.amount_field(len(reading.written) - 1).setText(
            ("-" if minus else "") + self._plain(filled)
        )

    @staticmethod
    def _filled(reading: _Reading) -> Decimal | None:
        """The last part's amount once it takes what is left (None: nothing to fill, or it
        would come to zero or less)."""
        if not reading.left or not reading.written:
            return None
        filled = abs(reading.written[-1] or Decimal(0)) + reading.left
        return filled if filled > 0 else None

    # -- reading what is typed -----------------------------------------------------------------

    def _places(self) -> int:
        return decimals(self._line.currency)

    def _plain(self, amount: Decimal) -> str:
        """An amount as the user types it here: the locale's decimal point, no grouping."""
        return format(amount, "f").replace(".", self._locale.decimalPoint())

    def _amount(self, text: str) -> Decimal | None:
        """A typed amount in the line's currency, or None when it is not one."""
        try:
            value = parse_amount(text, decimal_comma=self._locale.decimalPoint() == ",")
        except AmountError:
            return None
        places = self._places()
        if abs(value) >= MAX_USER_AMOUNT or value.scaleb(places) != int(value.scaleb(places)):
            return None
        return value

    def _reading(self) -> _Reading:
        """What the table holds now, and what stands in the way of saving it."""
        written: list[Decimal | None] = []
        problem = ""
        for row in range(self.table.rowCount()):
            text = self.amount_field(row).text().strip()
            value = self._amount(text) if text else None
            if text and value is None and not problem:
                words = self.tr("“%1” is not an amount in %2")
                problem = fill(words, (text, self._line.currency))
            written.append(value)
        try:
            signed = svc.signed_as_line([w or Decimal(0) for w in written], self._line.amount)
        except FinappError as refused:
            return _Reading(written, None, [], problem or error_text(refused))
        direction = 1 if self._line.amount > 0 else -1
        left = (self._line.amount - sum(signed, Decimal(0))) * direction
        parts = []
        for row, amount in enumerate(signed):
            category = real_path(self.category_field(row).currentText(), self._categories)
            if not category and not problem:
                problem = self.tr("Give each part a category.")
            if not amount and not problem:
                problem = self.tr("Give each part an amount, or remove it.")
            if amount * direction < 0 and not problem:
                problem = self.tr("Each part goes the way the line does: write it without a minus.")
            parts.append(svc.SplitPart(category, amount, self.memo_field(row).text()))
        if len(parts) < 2 and not problem:
            problem = self.tr("A split needs two parts or more.")
        return _Reading(written, left, parts, problem)

    def _update(self) -> None:
        """The remainder and whether OK can be pressed, after every keystroke."""
        reading = self._reading()
        money = format_money(abs(reading.left or Decimal(0)), self._line.currency)
        if reading.left is None:
            text, style = "", ""
        elif reading.left > 0:
            text, style = fill(self.tr("Left to assign: %1"), (money,)), ""
        elif reading.left < 0:
            text, style = fill(self.tr("Over by %1"), (money,)), _OVER
        else:
            text, style = self.tr("All assigned"), ""
        self.remainder.setText(text)
        self.remainder.setStyleSheet(style)
        self.ok_button.setEnabled(reading.left == 0 and not reading.problem)
        self.remove_button.setEnabled(self.table.rowCount() > 2)
        self.fill_button.setEnabled(self._filled(reading) is not None)
        self.problem.setText(reading.problem)
        self.problem.setVisible(bool(reading.problem))

    # -- saving --------------------------------------------------------------------------------

    def accept(self) -> None:
        """Save the parts off the UI thread; close once saved, or say why not and stay."""
        reading = self._reading()
        if reading.left != 0 or reading.problem:
            return
        store, txn_id, parts = self._ctx.store, self._line.txn_id, reading.parts
        self._run(lambda: svc.set_splits(store, txn_id, parts))

    def _unsplit(self) -> None:
        store, txn_id = self._ctx.store, self._line.txn_id
        self._run(lambda: svc.clear_splits(store, txn_id))

    def _run(self, write: Callable[[], svc.SplitResult]) -> None:
        self.buttons.setEnabled(False)
        self._ctx.tasks.run(lambda _p, _c: write(), self._saved, self._refused)

    def _saved(self, done: svc.SplitResult) -> None:
        self._ctx.bus.data_changed.emit(done.changes)
        super().accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if not isinstance(exc, FinappError):
            self._ctx.tasks.report(exc)
            return
        self.show_problem(error_text(exc))


@dataclass(frozen=True, slots=True)
class _Reading:
    #: each part's amount as typed (None: empty or not an amount)
    written: list[Decimal | None]
    #: what is left to assign, in the line's direction (None: signs mixed)
    left: Decimal | None
    parts: list[svc.SplitPart]
    #: what stands in the way of saving ("" for nothing)
    problem: str


def open_split_editor(
    parent: QWidget, ctx: AppContext, line: SplitLine, categories: list[str]
) -> SplitEditor:
    """Open the editor window-modal without blocking; it deletes itself once closed."""
    dialog = SplitEditor(parent, ctx, line, categories)
    open_answerable(dialog)
    return dialog
