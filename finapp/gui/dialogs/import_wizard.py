"""Teach finapp a CSV layout it does not recognise, watching the rows it would import.

Opened when detection is unsure (:class:`finapp.errors.UnknownFormatError`). The user picks the
columns, date format and sign convention, starting from detection's partial guess or a built-in
bank profile; the preview re-reads the first rows on every change (the importer's own
``preview_rows``, so what is shown is what will be imported). The mapping is saved as a profile
keyed by the file's header, so the next export from that bank imports without asking.
"""

from __future__ import annotations

import dataclasses
import logging
from collections import Counter
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from finapp.core.money import DEFAULT_CURRENCY
from finapp.errors import FinappError, Problem
from finapp.gui.context import AppContext
from finapp.gui.day_text import field_order
from finapp.gui.error_texts import error_text, problem_text
from finapp.gui.models.formatting import format_day, format_money
from finapp.gui.window_geometry import resize_within_screen
from finapp.importers.csv import (
    DATE_FORMATS,
    PROFILES,
    CsvMapping,
    CsvMappingNeeded,
    CsvTable,
    PreviewRow,
    detect_mapping,
    preview_rows,
    profile_named,
    sniff,
)
from finapp.importers.csv.row_currency import currency_named, with_written_currency
from finapp.services.csv_profiles import list_profiles, save_profile
from finapp.tr_marks import fill

if TYPE_CHECKING:
    from finapp.store.engine import Store

log = logging.getLogger("finapp.gui")

_Index = QModelIndex | QPersistentModelIndex
#: rows shown in the preview
PREVIEW_ROWS = 30


class PreviewModel(QAbstractTableModel):
    """The preview rows: line, date, amount, payee, memo, note."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[PreviewRow] = []
        self._headers = [
            self.tr("Line"),
            self.tr("Date"),
            self.tr("Amount"),
            self.tr("Payee"),
            self.tr("Memo"),
            self.tr("Note"),
        ]

    def set_rows(self, rows: list[PreviewRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: _Index, role: int = 0) -> Any:
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                row.line,
                _unambiguous(row.posted),
                format_money(row.amount, row.currency) if row.amount is not None else "",
                row.payee,
                row.memo,
                problem_text(row.note),
            )
            return values[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.amount is None:
                return QColor("#c62828")
            if column == 2 and row.amount < 0:
                return QColor("#b23b3b")
            if column == 2:
                return QColor("#2e7d32")
        return None


def in_shown_currency(table: CsvTable, mapping: CsvMapping) -> CsvMapping:
    """``mapping`` with the currency the file itself shows as the form's choice: the one its
    currency column names on most rows (a Chase UK saver export says GBP on each), else the one
    its amounts' marks name (``£300.00``). Detection only guesses a currency for rows no column
    names, USD when the header says nothing, and the form offered USD beside a preview in
    pounds; in a file without a currency column every ``£`` row was refused as not in USD."""
    if mapping.currency is None:
        return with_written_currency(table, mapping)
    named = Counter(
        code for cell in table.column(mapping.currency) if (code := currency_named(cell, ""))
    )
    if not named:
        return mapping
    return dataclasses.replace(mapping, default_currency=named.most_common(1)[0][0])


def _unambiguous(day: date | None) -> str:
    """The month spelled out: the point of the preview is to show day and month read right."""
    return "" if day is None else format_day(day)


def initial_mapping(table: CsvTable, path: str) -> tuple[CsvMapping, list[str]]:
    """Detection's mapping (or its partial guess) and the problems it reported, in the currency
    the file shows (:func:`in_shown_currency`)."""
    try:
        return in_shown_currency(table, detect_mapping(table, path)), []
    except CsvMappingNeeded as exc:
        if exc.partial is not None:
            partial = exc.partial
            if not partial.date_format:
                likely = likely_date_format(exc.problems)
                partial = dataclasses.replace(partial, date_format=likely or "")
            return in_shown_currency(table, partial), exc.problems
        header = table.header
        date = next((i for i, h in enumerate(header) if "date" in h.lower()), 0)
        amount = next((i for i, h in enumerate(header) if "amount" in h.lower()), None)
        return CsvMapping(header, date, "YYYY-MM-DD", amount=amount), exc.problems


def likely_date_format(problems: list[str]) -> str | None:
    """Of two formats the dates fit (``2/8/25``: 8 February or 2 August), the one the user's own
    dates are written in: month first where the locale writes ``M/d`` (the US; China's
    ``yyyy/M/d``), else day first. The form opens on it, so the preview shows the rows read as
    they most likely are, and the problem line over the form still asks the user to say which;
    opening on a format neither fits showed every row unreadable and Save switched off."""
    for problem in problems:
        if isinstance(problem, Problem) and problem.code == "csv.dates_ambiguous":
            fitting = (problem.params["first"], problem.params["second"])
            order = field_order(QLocale())
            wanted = "MM/DD/YYYY" if order.index("m") < order.index("d") else "DD/MM/YYYY"
            return wanted if wanted in fitting else fitting[0]
    return None


def free_layout_name(store: Store, wanted: str, header: Sequence[str]) -> str:
    """``wanted`` (the file's name), or ``wanted 2``, ``wanted 3``… when a layout of other files
    has it already: saving a layout under a taken name replaces that layout, so Save with the
    name offered never replaced another bank's (two downloads called ``transactions.csv``).
    The same files' layout keeps its name: mapping them again replaces it, as meant."""
    taken = {view.name: tuple(view.header) for view in list_profiles(store)}
    name, number = wanted, 1
    while name in taken and taken[name] != tuple(header):
        number += 1
        name = f"{wanted} {number}"
    return name


class ImportWizard(QDialog):
    """Column mapping with a live preview; accepting saves the profile."""

    def __init__(self, ctx: AppContext, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.path = path
        self.setObjectName("import-wizard")
        self.setWindowTitle(fill(self.tr("Read %1"), (path.name,)))
        self.table = sniff(path.read_bytes())
        self.mapping, problems = initial_mapping(self.table, str(path))
        self.saved_profile = ""
        self._updating = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "finapp does not know this CSV layout yet. Say which column holds what; the "
                "preview shows the rows as they will be imported. The layout is saved, so the "
                "next file from this bank imports without asking."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.problems = QLabel("\n".join(problem_text(p) for p in problems), self)
        self.problems.setObjectName("detection-problems")
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("color: #8a5a00;")
        self.problems.setVisible(bool(problems))
        layout.addWidget(self.problems)
        layout.addLayout(self._build_form())
        self.preview_model = PreviewModel(self)
        self.preview = QTableView(self)
        self.preview.setObjectName("preview")
        self.preview.setAccessibleName(self.tr("Preview of the rows to import"))
        self.preview.setModel(self.preview_model)
        self.preview.verticalHeader().hide()
        self.preview.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.preview.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.preview, 1)
        self.status = QLabel(self)
        self.status.setObjectName("preview-status")
        layout.addWidget(self.status)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save layout and import"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load_mapping(self.mapping)
        # the form's two columns side by side where the screen has room: on a narrow one its
        # long choices go under their labels
        resize_within_screen(self, QSize(max(880, self.sizeHint().width()), 620))

    # -- form --------------------------------------------------------------------------------

    def _column_combo(self, optional: bool) -> QComboBox:
        combo = QComboBox(self)
        if optional:
            combo.addItem(self.tr("(none)"), None)
        for index, name in enumerate(self.table.header):
            combo.addItem(name or fill(self.tr("column %1"), (str(index + 1),)), index)
        combo.currentIndexChanged.connect(self._changed)
        return combo

    def _build_form(self) -> QHBoxLayout:
        self.name = QLineEdit(
            free_layout_name(self.ctx.store, self.path.stem, self.table.header), self
        )
        self.name.setAccessibleName(self.tr("Layout name"))
        self.name.textChanged.connect(self._changed)
        self.start_from = QComboBox(self)
        self.start_from.addItem(self.tr("Detected layout"), "")
        for profile in PROFILES:
            self.start_from.addItem(profile.name, profile.name)
        self.start_from.currentIndexChanged.connect(self._start_from_profile)
        self.date = self._column_combo(optional=False)
        self.date_format = QComboBox(self)
        for fmt in DATE_FORMATS:
            self.date_format.addItem(fmt, fmt)
        self.date_format.currentIndexChanged.connect(self._changed)
        self.sign = QComboBox(self)
        for key, label in self._sign_labels().items():
            self.sign.addItem(label, key)
        self.sign.currentIndexChanged.connect(self._changed)
        self.first_sign = QComboBox(self)
        self.first_sign.addItem(self.tr("(choose)"), "")
        self.first_sign.addItem(self.tr("Money in"), "in")
        self.first_sign.addItem(self.tr("Money out"), "out")
        self.first_sign.currentIndexChanged.connect(self._changed)
        self.amount = self._column_combo(optional=True)
        self.debit = self._column_combo(optional=True)
        self.credit = self._column_combo(optional=True)
        self.direction = self._column_combo(optional=True)
        self.payee = self._column_combo(optional=True)
        self.memo = self._column_combo(optional=True)
        self.currency = QLineEdit(self)
        self.currency.setMaxLength(3)
        self.currency.textChanged.connect(self._changed)
        self.decimal_comma = QCheckBox(self.tr("Decimal comma (1.234,56)"), self)
        self.decimal_comma.toggled.connect(self._changed)
        left, right = QFormLayout(), QFormLayout()
        for form in (left, right):
            form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        left.addRow(self.tr("Layout &name:"), self.name)
        left.addRow(self.tr("&Start from:"), self.start_from)
        left.addRow(self.tr("&Date column:"), self.date)
        left.addRow(self.tr("Date &format:"), self.date_format)
        left.addRow(self.tr("&Payee column:"), self.payee)
        left.addRow(self.tr("&Memo column:"), self.memo)
        right.addRow(self.tr("Money in and &out:"), self.sign)
        right.addRow(self.tr("&Amount column:"), self.amount)
        right.addRow(self.tr("Money out (&debit):"), self.debit)
        right.addRow(self.tr("Money in (&credit):"), self.credit)
        right.addRow(self.tr("In/out &indicator:"), self.direction)
        right.addRow(self.tr("Oldest &row is:"), self.first_sign)
        right.addRow(self.tr("&Currency:"), self.currency)
        right.addRow("", self.decimal_comma)
        for form in (left, right):  # screen readers announce each field by its label
            for number in range(form.rowCount()):
                label_item = form.itemAt(number, QFormLayout.ItemRole.LabelRole)
                field_item = form.itemAt(number, QFormLayout.ItemRole.FieldRole)
                title = label_item.widget() if label_item is not None else None
                field = field_item.widget() if field_item is not None else None
                if isinstance(title, QLabel) and field is not None:
                    field.setAccessibleName(title.text().replace("&", "").rstrip(":："))
        self._form_rows = right
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        return columns

    def _sign_labels(self) -> dict[str, str]:
        return {
            "as_is": self.tr("One amount; negative is money out"),
            "negate": self.tr("One amount; positive is money out (card charges)"),
            "debit_credit": self.tr("Separate money-out and money-in columns"),
            "direction": self.tr("An amount plus an in/out column (支出/收入, DR/CR)"),
            "balance": self.tr("Amounts without a sign; the balance column tells in from out"),
        }

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def _load_mapping(self, mapping: CsvMapping) -> None:
        self._updating = True
        self._select(self.date, mapping.date)
        self._select(self.date_format, mapping.date_format)
        self._select(self.sign, mapping.sign)
        for combo, value in (
            (self.amount, mapping.amount),
            (self.debit, mapping.debit),
            (self.credit, mapping.credit),
            (self.direction, mapping.direction),
            (self.first_sign, mapping.first_sign),
            (self.payee, mapping.payee[0] if mapping.payee else None),
            (self.memo, mapping.memo[0] if mapping.memo else None),
        ):
            self._select(combo, value)
        self.currency.setText(mapping.default_currency)
        self.decimal_comma.setChecked(mapping.decimal_comma)
        self._updating = False
        self._changed()

    def _start_from_profile(self) -> None:
        profile = profile_named(self.start_from.currentData() or "")
        try:
            mapping = detect_mapping(self.table, str(self.path), profile)
        except CsvMappingNeeded as exc:
            mapping = exc.partial or self.mapping
        self._load_mapping(in_shown_currency(self.table, mapping))

    def current_mapping(self) -> CsvMapping:
        """The mapping the form describes now."""
        sign = self.sign.currentData()
        payee, memo = self.payee.currentData(), self.memo.currentData()
        return dataclasses.replace(
            self.mapping,
            date=self.date.currentData(),
            date_format=self.date_format.currentData(),
            sign=sign,
            amount=self.amount.currentData() if sign != "debit_credit" else None,
            debit=self.debit.currentData() if sign == "debit_credit" else None,
            credit=self.credit.currentData() if sign == "debit_credit" else None,
            direction=self.direction.currentData() if sign == "direction" else None,
            first_sign=self.first_sign.currentData() if sign == "balance" else "",
            payee=() if payee is None else (payee,),
            memo=() if memo is None else (memo,),
            default_currency=(self.currency.text().strip().upper() or DEFAULT_CURRENCY),
            decimal_comma=self.decimal_comma.isChecked(),
            profile="",
        )

    def _changed(self) -> None:
        """Re-read the preview with the mapping as it stands."""
        if self._updating:
            return
        sign = self.sign.currentData()
        for combo, shown in (
            (self.amount, sign != "debit_credit"),
            (self.debit, sign == "debit_credit"),
            (self.credit, sign == "debit_credit"),
            (self.direction, sign == "direction"),
            (self.first_sign, sign == "balance"),
        ):
            self._form_rows.setRowVisible(combo, shown)
        mapping = self.current_mapping()
        rows = preview_rows(self.table, mapping, PREVIEW_ROWS)
        self.preview_model.set_rows(rows)
        self.preview.resizeColumnsToContents()
        readable = sum(1 for r in rows if r.amount is not None and r.posted is not None)
        unreadable = len(rows) - readable
        self.status.setText(
            self.tr("%n row(s) read", "", readable)
            + (", " + self.tr("%n unreadable", "", unreadable) if unreadable else "")
        )
        self.save_button.setEnabled(readable > 0 and bool(self.name.text().strip()))

    def save(self) -> None:
        """Save the layout as a profile; the import flow then imports the file with it."""
        try:
            view = save_profile(self.ctx.store, self.name.text(), self.current_mapping())
        except FinappError as exc:
            self.status.setText(error_text(exc))
            return
        self.saved_profile = view.name
        log.info("csv layout saved")
        self.accept()
