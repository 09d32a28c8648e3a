"""A table model over a short list of service dataclasses (alerts, subscriptions, accounts).

These lists hold tens to hundreds of rows, so sorting them with Python keys is instant; the
transactions table, which can hold 100k, has its own array-backed model. Subclasses declare
their columns once: header, how a cell reads, and what it sorts by (``Decimal``/``date``, never
the formatted text).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from finapp.gui.collation import text_collator

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex

#: the value a sort compares
SortRole = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class Column(Generic[Row]):
    #: English header, marked with QT_TRANSLATE_NOOP in the subclass's context
    header: str
    display: Callable[[Row], str]
    sort_key: Callable[[Row], Any]
    right_aligned: bool = False
    tooltip: Callable[[Row], str | None] | None = None
    #: a colour name for the cell's text (a critical alert in red), or None for the palette's
    colour: Callable[[Row], str | None] | None = None
    #: English tooltip of the header, marked like ``header``: what a short header stands for
    header_tip: str = ""


class RowsModel(QAbstractTableModel, Generic[Row]):
    #: translation context of the headers
    CONTEXT = "RowsModel"
    COLUMNS: Sequence[Column[Row]] = ()
    #: the columns an emphasised row is bold in (None: the whole row); an unread alert bolds
    #: its date only: a page of unread alerts in bold would be a wall with nothing stood out
    EMPHASISED_COLUMNS: tuple[int, ...] | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows = self._sorted(self._rows, *self._sort)
        self.endResetModel()

    def replace(self, new: Row, same: Callable[[Row], bool]) -> None:
        """Show ``new`` in place of the row ``same`` picks (an action's result, before a reload)."""
        for number, row in enumerate(self._rows):
            if same(row):
                self._rows[number] = new
                last = self.columnCount() - 1
                self.dataChanged.emit(self.index(number, 0), self.index(number, last))
                return

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row(self, number: int) -> Row:
        return self._rows[number]

    def emphasised(self, row: Row) -> bool:
        """Rows shown in bold (an unread alert); subclasses decide."""
        return False

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, column.header)
        if role == Qt.ItemDataRole.ToolTipRole and column.header_tip:
            return QCoreApplication.translate(self.CONTEXT, column.header_tip)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        bold = (self.EMPHASISED_COLUMNS is None or column in self.EMPHASISED_COLUMNS) and (
            self.emphasised(row)
        )
        return cell_data(self.COLUMNS[column], row, role, bold)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        before = list(self._rows)
        self._sort = (column, order)
        self._rows = self._sorted(self._rows, column, order)
        old = self.persistentIndexList()
        position = {id(row): n for n, row in enumerate(self._rows)}
        self.changePersistentIndexList(
            old, [self.index(position[id(before[i.row()])], i.column()) for i in old]
        )
        self.layoutChanged.emit()

    def _sorted(self, rows: list[Row], column: int, order: Qt.SortOrder) -> list[Row]:
        return sorted_rows(rows, self.COLUMNS[column], order)


def sorted_rows(rows: Sequence[Row], column: Column[Row], order: Qt.SortOrder) -> list[Row]:
    """``rows`` ordered by ``column``'s sort key; a row without a value (no date) first.

    Text is ordered as the interface's language reads it (:mod:`finapp.gui.collation`)."""
    key = column.sort_key
    collator = text_collator()

    def ordered(row: Row) -> tuple[bool, Any]:
        value = key(row)
        if value is None:
            return (False, 0)
        return (True, collator.sortKey(value) if isinstance(value, str) else value)

    return sorted(rows, key=ordered, reverse=order == Qt.SortOrder.DescendingOrder)


def cell_data(column: Column[Row], row: Row, role: int, bold: bool = False) -> Any:
    """What ``column`` shows of ``row`` in ``role`` (shared by the flat and the grouped models)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return column.display(row)
    if role == SortRole:
        return column.sort_key(row)
    if role == Qt.ItemDataRole.TextAlignmentRole and column.right_aligned:
        return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
        return column.tooltip(row)
    if role == Qt.ItemDataRole.ForegroundRole and column.colour is not None:
        name = column.colour(row)
        return QColor(name) if name else None
    if role == Qt.ItemDataRole.FontRole and bold:
        return bold_font()
    return None


def bold_font() -> QFont:
    font = QFont()
    font.setBold(True)
    return font
