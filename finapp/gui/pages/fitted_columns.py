"""Table columns whose widths follow the window: a names column as wide as its names, and a
column that takes the width a wide window has to spare.

A stretched names column on a wide screen pushes the figures beside it to the far edge, a
screen's width away from the names they belong to: :class:`NameColumn` gives the names what they
need (up to a cap: a longer one is elided, whole in its tooltip) and the rows end where the
figures do, as in a native table; only a window too narrow for all of it takes width from the
names (never below their header's).

The transactions table starts its columns at fixed widths (measuring 300k rows would be slow)
and stretches the last one, the user's notes, which most lines have none of: on a wide screen
that left the statement's memo cut short ("GLOBEX INC …") beside a screen-wide empty column.
:class:`RoomyColumn` gives the memo the room the other columns leave, the last keeping a width
of its own, between the memo's starting width and a cap; a narrow window keeps the starting
widths.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
)

from finapp.gui.widgets.grouped_tree import longest_word
from finapp.gui.widgets.name_wrap import GluedNames, glued


class _FittedColumn(QObject):
    """Fits ``column`` of ``table`` again whenever the table or another column is resized."""

    #: sets the column's width for the table as it is now, each kind of column its own way
    fit: Callable[[], None]

    def __init__(self, table: QTableView, column: int) -> None:
        super().__init__(table)
        self._table, self._column = table, column
        self._em = table.fontMetrics().horizontalAdvance("M")
        table.horizontalHeader().sectionResized.connect(self._resized)
        table.viewport().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _resized(self, index: int, _old: int, _new: int) -> None:
        if index != self._column:
            self.fit()

    def _others(self, *left_out: int) -> int:
        """The width of the columns shown but this one and ``left_out``."""
        header = self._table.horizontalHeader()
        return sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c != self._column and c not in left_out and not header.isSectionHidden(c)
        )


class NameColumn(_FittedColumn):
    """Keeps ``column`` as wide as its names, at most ``cap_em`` ems, narrower only when the
    table is too narrow for every column.

    With ``wrap`` (a table of a few rows: each is measured), a name the room left cannot hold
    wraps onto a second line rather than being cut, the column kept as wide as its longest
    word: at 1024 pixels the Accounts page read "Everyday C…" and "Rainy Day …". It wraps
    between the name's words alone (:func:`glued`), never inside one."""

    def __init__(
        self,
        table: QTableView,
        column: int = 0,
        cap_em: int = 28,
        *,
        fill_last: bool = False,
        wrap: bool = False,
    ) -> None:
        super().__init__(table, column)
        self._cap = cap_em * self._em
        self._wrap = wrap
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        # ``fill_last``: the last column takes the width left over (sized here, not by Qt's
        # stretch, which kept it wide when a narrow window needed the room for the names), so
        # the rows and their header run to the table's edge, not into a blank wide screen
        self._fill_last = fill_last
        if fill_last:
            last = header.count() - 1
            header.setSectionResizeMode(last, QHeaderView.ResizeMode.Interactive)
            # its header's words and its figures at the column's start, beside the others,
            # however much room it takes up to the table's edge
            # headers read from the left, as a file manager's do: the last one stays over its
            # figures rather than in the middle of the room it takes
            header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            self._keep_near = _NearDelegate(table)
            table.setItemDelegateForColumn(last, self._keep_near)
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        # the other columns size to their contents after a reload: the names get what is left
        table.model().modelReset.connect(self.fit)
        table.model().layoutChanged.connect(self.fit)
        if wrap:
            table.setWordWrap(True)
            # between the name's words alone: "ICBC … / 3391" and "张 / 伟" no more
            self._glued = GluedNames(table)
            table.setItemDelegateForColumn(column, self._glued)

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        least = header.sectionSizeHint(self._column)
        if self._wrap:
            least = max(least, self._longest_word(self._column))
        # an em of room after the longest name
        wanted = min(max(self._table.sizeHintForColumn(self._column) + self._em, least), self._cap)
        width = self._table.viewport().width()
        if not self._fill_last:
            header.resizeSection(self._column, max(min(wanted, width - self._others()), least))
        else:
            last = header.count() - 1
            # the last column counts at its own width: the names come before its spare room
            natural = max(self._table.sizeHintForColumn(last), header.sectionSizeHint(last))
            between = self._others(last)
            names = max(min(wanted, width - between - natural), least)
            header.resizeSection(self._column, names)
            self._keep_near.width = natural
            # in a table of wrapped rows, the last column's words wrap too where the window
            # is a few pixels short of them ("✓ / 11/30/2026"), rather than scrolling sideways
            # with the column cut at the edge
            fewest = natural
            if self._wrap:
                fewest = max(header.sectionSizeHint(last), self._longest_word(last))
            header.resizeSection(last, max(min(natural, fewest), width - between - names))
        if self._wrap:
            self._fit_rows()

    def _longest_word(self, column: int) -> int:
        """The room the longest word of ``column`` takes (less, and it is cut); a name's words
        held together."""
        table, model = self._table, self._table.model()
        metrics = table.fontMetrics()
        texts = (
            glued(str(model.index(row, column).data() or "")) for row in range(model.rowCount())
        )
        widest = max((longest_word(text, metrics) for text in texts), default=0)
        margin = table.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
        return widest + 2 * (margin + 1) + self._em // 2

    def _fit_rows(self) -> None:
        """Each row one line tall, or as many lines as its wrapped name needs."""
        table = self._table
        rows = table.verticalHeader()
        one_line = rows.defaultSectionSize()
        # the room a one-line row has above and below its text, shared by a taller one
        spare = (one_line - table.fontMetrics().height()) // 2
        for row in range(table.model().rowCount()):
            lines = table.sizeHintForRow(row)
            rows.resizeSection(row, one_line if lines <= one_line else lines + spare)


class _NearDelegate(QStyledItemDelegate):
    """Draws a cell's text within the column's first ``width`` pixels (a figure right-aligned
    there stays beside the columns before it), the row's background across the whole cell."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.width = 0

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if not self.width or option.rect.width() <= self.width:
            super().paint(painter, option, index)
            return
        whole = QStyleOptionViewItem(option)
        self.initStyleOption(whole, index)
        whole.text = ""
        style = whole.widget.style() if whole.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, whole, painter, whole.widget)
        near = QStyleOptionViewItem(option)
        near.rect = QRect(option.rect.x(), option.rect.y(), self.width, option.rect.height())
        super().paint(painter, near, index)


class RoomyColumn(_FittedColumn):
    """Keeps ``column`` as wide as the room left, ``least`` to ``most`` pixels, the table's last
    column counted at ``last`` pixels (it stretches into what remains)."""

    def __init__(self, table: QTableView, column: int, least: int, most: int, last: int) -> None:
        super().__init__(table, column)
        self._least, self._most, self._last = least, most, last

    def fit(self) -> None:
        header = self._table.horizontalHeader()
        if header.isSectionHidden(self._column):
            return
        last = header.logicalIndex(header.count() - 1)
        room = self._table.viewport().width() - self._others(last)
        if last != self._column and not header.isSectionHidden(last):
            room -= self._last
        header.resizeSection(self._column, max(self._least, min(room, self._most)))


class WordsColumns(QObject):
    """Columns of words (a price history, what a subscription overlaps) sharing the room the
    other columns leave once those are as wide as what they show: each at least as wide as its
    header, then widened towards its longest text, the first taking whatever is still left.
    A text too long for its column is whole in its tooltip; a window too narrow for every
    header scrolls rather than cutting a header mid-word."""

    def __init__(self, table: QTableView, columns: tuple[int, ...]) -> None:
        super().__init__(table)
        self._table, self._columns = table, columns
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        for column in columns:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.viewport().installEventFilter(self)
        table.model().modelReset.connect(self.fit)
        table.model().layoutChanged.connect(self.fit)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def fit(self) -> None:
        table, header = self._table, self._table.horizontalHeader()
        others = sum(
            header.sectionSize(c)
            for c in range(header.count())
            if c not in self._columns and not header.isSectionHidden(c)
        )
        least = {c: header.sectionSizeHint(c) for c in self._columns}
        wanted = {c: max(table.sizeHintForColumn(c), least[c]) for c in self._columns}
        room = table.viewport().width() - others - sum(least.values())
        widths = dict(least)
        for column in self._columns:  # in order: the first is widened first
            more = max(0, min(room, wanted[column] - least[column]))
            widths[column] += more
            room -= more
        widths[self._columns[0]] += max(0, room)
        for column, width in widths.items():
            header.resizeSection(column, width)
