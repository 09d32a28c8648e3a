"""Controls for the settings stored as lists: numbers to tick off, and an amount per currency.

The options are stored as text (``30,7,1``, ``USD=10000,CNY=50000``) and parsed by
:mod:`finapp.services.settings`, which also refuses bad values. Typed into a line edit they read
like a config file, and a long one showed only its middle. Here each value has a control of its
own (a spin box that holds only whole numbers in range; a currency → amount table), and each
control reads and writes the same stored text (``text``/``setText``, as a QLineEdit does), so
the page saves and checks them as it does every other option.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from finapp.tr_marks import fill


class NumberListField(QWidget):
    """Whole numbers as a row of spin boxes, each with a remove button, and an Add button.

    Reminder days and percentages of a budget or a card limit: the spin boxes keep each value
    in ``lowest``..``highest``; the last number cannot be removed (an empty list is refused).
    """

    #: a value was typed (Return, or the focus left it), added or removed: the page saves
    edited = Signal()

    def __init__(
        self, title: str, lowest: int, highest: int, suffix: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title, self._lowest, self._highest, self._suffix = title, lowest, highest, suffix
        self.setAccessibleName(title)
        self._values: list[_Value] = []
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.setAccessibleName(fill(self.tr("Add a value to: %1"), (title,)))
        self.add_button.clicked.connect(self._add_clicked)
        self.add_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self._row.addWidget(self.add_button)
        self._row.addStretch(1)

    def text(self) -> str:
        """The values as stored, in the order shown (the service sorts them when it reads them)."""
        return ",".join(str(spin.value()) for spin in self.spins)

    def setText(self, text: str) -> None:
        for value in list(self._values):
            self._drop(value)
        for part in text.split(","):
            if part.strip().isdigit():
                self._add(int(part))

    @property
    def spins(self) -> list[QSpinBox]:
        return [value.spin for value in self._values]

    def _add_clicked(self) -> None:
        """A new value after the last (or the lowest allowed), focused to be typed over."""
        last = self.spins[-1].value() if self.spins else self._lowest
        spin = self._add(min(max(last, self._lowest), self._highest))
        spin.setFocus()
        spin.selectAll()

    def _add(self, number: int) -> QSpinBox:
        value = _Value(self, self._lowest, self._highest, self._suffix)
        value.spin.setValue(number)
        value.spin.setAccessibleName(self._title)
        value.remove.setToolTip(self.tr("Remove this value"))
        value.remove.setAccessibleName(fill(self.tr("Remove %1"), (value.spin.text(),)))
        value.remove.clicked.connect(lambda: self._remove(value))
        value.spin.editingFinished.connect(self.edited)
        self._row.insertWidget(len(self._values), value)
        self._values.append(value)
        self._removable()
        self._order_tabs()
        return value.spin

    def _remove(self, value: _Value) -> None:
        if len(self._values) <= 1:
            return
        self._drop(value)
        self._removable()
        self.add_button.setFocus()
        self.edited.emit()

    def _drop(self, value: _Value) -> None:
        """Out of the row at once (a later delete would leave it in the row's order)."""
        self._values.remove(value)
        self._row.removeWidget(value)
        value.hide()
        value.deleteLater()

    def _order_tabs(self) -> None:
        """Tab goes along the values as they are shown, then to Add (made before them)."""
        chain: list[QWidget] = [self._tab_before()]
        for value in self._values:
            chain.extend((value.spin, value.remove))
        chain.append(self.add_button)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _tab_before(self) -> QWidget:
        """The control Tab comes from into this field (the row above's), found going back
        along the window's chain past this field's own controls and what takes no focus."""
        widget: QWidget = self.add_button
        while True:
            previous = widget.previousInFocusChain()
            if previous is None or previous is self.add_button:
                return widget
            widget = previous
            if not self.isAncestorOf(widget) and widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget

    def _removable(self) -> None:
        """Only while more than one value is left: a list of none is refused."""
        for value in self._values:
            value.remove.setEnabled(len(self._values) > 1)


class _Value(QWidget):
    """One number of a :class:`NumberListField`: its spin box and the ✕ that removes it."""

    def __init__(self, parent: QWidget, lowest: int, highest: int, suffix: str) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.spin = QSpinBox(self)
        self.spin.setRange(lowest, highest)
        self.spin.setSuffix(suffix)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setAutoRaise(True)
        side = self.spin.sizeHint().height()
        self.remove.setFixedSize(side, side)  # a square the spin box's height, close beside it
        pair = QHBoxLayout(self)
        pair.setContentsMargins(0, 0, 6, 0)
        pair.setSpacing(0)
        pair.addWidget(self.spin)
        pair.addWidget(self.remove)


class PerCurrencyField(QWidget):
    """An amount per currency as a two-column table, with Add and Remove buttons.

    The cells are edited as text; the service checks the codes and amounts when saved (a bad
    one is named and nothing is kept), exactly as it did for the typed ``CODE=AMOUNT`` list.
    """

    #: a row was completed (both cells typed) or removed: the page saves
    edited = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(title)
        self.table = QTableWidget(0, 2, self)
        self.table.setAccessibleName(title)
        self.table.setHorizontalHeaderLabels([self.tr("Currency"), self.tr("Amount")])
        rows = self.table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMaximumWidth(320)
        add = QPushButton(self.tr("Add"), self)
        add.setAccessibleName(self.tr("Add a currency"))
        add.clicked.connect(self._add_clicked)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setAccessibleName(self.tr("Remove the selected currency"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.table.itemChanged.connect(self._cell_typed)
        buttons = QVBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addStretch(1)

    def text(self) -> str:
        """``USD=10000,CNY=50000``: the rows as stored, a row left blank skipped."""
        pairs = []
        for row in range(self.table.rowCount()):
            code, amount = (self._cell(row, column) for column in (0, 1))
            if code or amount:
                pairs.append(f"{code.upper()}={amount}")
        return ",".join(pairs)

    def setText(self, text: str) -> None:
        self.table.blockSignals(True)  # shown, not typed: nothing to save
        self.table.setRowCount(0)
        for part in text.split(","):
            code, _sep, amount = part.partition("=")
            if code.strip():
                self._add_row(code.strip(), amount.strip())
        self.table.blockSignals(False)
        self._fit_height()

    def _cell_typed(self) -> None:
        """Saved once no row is half typed (a code without its amount would be refused)."""
        rows = range(self.table.rowCount())
        if all(bool(self._cell(row, 0)) == bool(self._cell(row, 1)) for row in rows):
            self.edited.emit()

    def _cell(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def _add_row(self, code: str, amount: str) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, 0, QTableWidgetItem(code))
        number = QTableWidgetItem(amount)
        number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, number)

    def _add_clicked(self) -> None:
        self._add_row("", "")  # blank until typed: nothing to save yet
        self._fit_height()
        self.table.setFocus()
        self.table.setCurrentCell(self.table.rowCount() - 1, 0)
        self.table.editItem(self.table.currentItem())

    def _remove_selected(self) -> None:
        rows = sorted({index.row() for index in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        self._fit_height()
        if rows:
            self.edited.emit()

    def _fit_height(self) -> None:
        """Every row in view, up to eight (more scroll), so the table needs no scroll of its
        own in the usual case and takes no screen it does not use."""
        rows = min(max(self.table.rowCount(), 3), 8)
        height = self.table.horizontalHeader().sizeHint().height() + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height + rows * self.table.verticalHeader().defaultSectionSize())
