"""A table's names column as wide as its names, up to a cap; narrower only when the window is.

A stretched names column on a wide screen pushes the figures beside it to the far edge, a
screen's width away from the names they belong to. Here the names take what they need (at most
``cap_em`` ems: a longer one is elided, whole in its tooltip) and the other columns what theirs
need, and the rows end where the figures do, as in a native table; only a window too narrow for
all of it takes width from the names (never below their header's).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView


class NameColumn(QObject):
    """Keeps ``column`` of ``table`` fitted to its names, as the table's size or rows change."""

    def __init__(self, table: QTableView, column: int = 0, cap_em: int = 28) -> None:
        super().__init__(table)
        self._table, self._column = table, column
        self._cap = cap_em * table.fontMetrics().horizontalAdvance("M")
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # the other columns size to their contents after a reload: the names get what is left
        header.sectionResized.connect(self._resized)
        table.model().modelReset.connect(self.fit)
        table.model().layoutChanged.connect(self.fit)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, index: int, _old: int, _new: int) -> None:
        if index != self._column:
            self.fit()

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self._column and not header.isSectionHidden(c)
        )
        least = header.sectionSizeHint(self._column)
        em = self._table.fontMetrics().horizontalAdvance("M")  # room after the longest name
        wanted = min(max(self._table.sizeHintForColumn(self._column) + em, least), self._cap)
        room = self._table.viewport().width() - others
        header.resizeSection(self._column, max(min(wanted, room), least))
