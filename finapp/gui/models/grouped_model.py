"""A two-level model for a QTreeView: group header rows, each with the rows of its group.

The same column declarations as :class:`~finapp.gui.models.rows_model.RowsModel`; a header row
shows its title in the first column (the view spans it across the row) and cannot be selected,
so actions on selected rows never see one, while the keyboard still moves onto it to fold or
unfold it (Left/Right). Sorting orders the rows within each group; the groups keep their order.

Index encoding: a header's internal id is 0, a row's is its group's position + 1.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from finapp.gui.models.rows_model import Column, bold_font, cell_data, sorted_rows

#: what joins the parts of a cell's text (a row's badges: "▲ price up  after your statements"):
#: the tree keeps the first part whole before the rest (``GroupedTree``'s ``whole_first``)
PARTS_JOINER = "  "

Row = TypeVar("Row")
AnyIndex = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class Group(Generic[Row]):
    key: str
    title: str  # already worded: "Bills · 7 · $32,245.02 a year"
    rows: Sequence[Row]
    tooltip: str = ""


class GroupedModel(QAbstractItemModel, Generic[Row]):
    #: translation context of the headers
    CONTEXT = "GroupedModel"
    COLUMNS: Sequence[Column[Row]] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[Group[Row]] = []
        self._rows: list[list[Row]] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- content -------------------------------------------------------------------------------

    def set_groups(self, groups: Sequence[Group[Row]]) -> None:
        self.beginResetModel()
        self._groups = list(groups)
        self._rows = [self._ordered(group.rows) for group in groups]
        self.endResetModel()

    def groups(self) -> list[Group[Row]]:
        return list(self._groups)

    def rows(self) -> list[Row]:
        """Every row in the order shown, group after group."""
        return [row for rows in self._rows for row in rows]

    def group_of(self, index: AnyIndex) -> str | None:
        """The key of the group ``index`` is the header of (None for a row)."""
        if not index.isValid() or index.internalId() != 0:
            return None
        return self._groups[index.row()].key

    def group_index(self, key: str) -> QModelIndex:
        number = next((n for n, group in enumerate(self._groups) if group.key == key), None)
        return QModelIndex() if number is None else self.index(number, 0)

    def row_at(self, index: AnyIndex) -> Row | None:
        """The row ``index`` is on (None for a header)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._rows[index.internalId() - 1][index.row()]

    def find(self, wanted: Callable[[Row], bool]) -> QModelIndex:
        """The first column of the first row ``wanted`` picks (invalid when none)."""
        for number, rows in enumerate(self._rows):
            for position, row in enumerate(rows):
                if wanted(row):
                    return self.createIndex(position, 0, number + 1)
        return QModelIndex()

    def replace(self, new: Row, same: Callable[[Row], bool]) -> None:
        """Show ``new`` in place of the row ``same`` picks (an action's result, before a reload)."""
        index = self.find(same)
        if index.isValid():
            self._rows[index.internalId() - 1][index.row()] = new
            last = self.index(index.row(), self.columnCount() - 1, index.parent())
            self.dataChanged.emit(index, last)

    def emphasised(self, row: Row) -> bool:
        """Rows shown in bold; subclasses decide."""
        return False

    # -- the model interface -------------------------------------------------------------------

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        return self.createIndex(row, column, parent.row() + 1)

    @overload
    def parent(self) -> QObject | None: ...
    @overload
    def parent(self, child: AnyIndex) -> QModelIndex: ...
    def parent(self, child: AnyIndex | None = None) -> QObject | QModelIndex | None:
        """The header a row sits under; without an index, the model's QObject parent, as Qt's."""
        if child is None:
            return super().parent()
        if not child.isValid() or child.internalId() == 0:
            return QModelIndex()
        return self.createIndex(child.internalId() - 1, 0, 0)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self._rows[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return len(self.COLUMNS)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.internalId() == 0:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.COLUMNS[section].header)
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._header_data(self._groups[index.row()], index.column(), role)
        row = self._rows[index.internalId() - 1][index.row()]
        return cell_data(self.COLUMNS[index.column()], row, role, self.emphasised(row))

    def _header_data(self, group: Group[Row], column: int, role: int) -> Any:
        if column != 0:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return group.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return group.tooltip or None
        if role == Qt.ItemDataRole.FontRole:
            return bold_font()
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows within each group by ``column``; the groups stay where they are."""
        self.layoutAboutToBeChanged.emit()
        before = [list(rows) for rows in self._rows]
        self._sort = (column, order)
        self._rows = [self._ordered(rows) for rows in self._rows]
        position = [{id(row): n for n, row in enumerate(rows)} for rows in self._rows]
        old = [i for i in self.persistentIndexList() if i.internalId() != 0]
        moved = [
            self.createIndex(
                position[i.internalId() - 1][id(before[i.internalId() - 1][i.row()])],
                i.column(),
                i.internalId(),
            )
            for i in old
        ]
        self.changePersistentIndexList(old, moved)
        self.layoutChanged.emit()

    def _ordered(self, rows: Sequence[Row]) -> list[Row]:
        if self._sort is None:
            return list(rows)
        column, order = self._sort
        return sorted_rows(rows, self.COLUMNS[column], order)
