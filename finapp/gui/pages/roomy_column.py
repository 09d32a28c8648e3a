"""A table column that takes the width a wide window has to spare, within bounds.

The transactions table starts its columns at fixed widths (measuring 300k rows would be slow)
and stretches the last one, the user's notes, which most lines have none of: on a wide screen
that left the statement's memo cut short ("GLOBEX INC …") beside a screen-wide empty column.
Here the memo takes the room the other columns leave, the last keeping a width of its own,
between the memo's starting width and a cap; a narrow window keeps the starting widths.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QTableView


class RoomyColumn(QObject):
    """Keeps ``column`` of ``table`` as wide as the room left, ``least`` to ``most`` pixels,
    the table's last column counted at ``last`` pixels (it stretches into what remains)."""

    def __init__(self, table: QTableView, column: int, least: int, most: int, last: int) -> None:
        super().__init__(table)
        self._table, self._column = table, column
        self._least, self._most, self._last = least, most, last
        table.horizontalHeader().sectionResized.connect(self._resized)
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
        if header.isSectionHidden(self._column):
            return
        last = header.logicalIndex(header.count() - 1)
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in (self._column, last) and not header.isSectionHidden(c)
        )
        room = self._table.viewport().width() - others
        if last != self._column and not header.isSectionHidden(last):
            room -= self._last
        header.resizeSection(self._column, max(self._least, min(room, self._most)))
