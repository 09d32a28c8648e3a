"""A list entry on one line with its amount in a column of its own at the right edge.

"12/8/26  Harmony Music Studio  $35.00" wrapped in a narrow list put the amount alone on a
second line, and the amounts of a list never lined up. Painted by :class:`AmountLineDelegate`,
the amount sits right-aligned and whole, and what comes before it (the date and the name) is cut
short with "…" when it does not fit; the entry's tooltip keeps it whole. The entry's text stays
the whole line, for screen readers and for copying.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QListView,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

#: the amount an entry shows in its own column
_AmountRole = Qt.ItemDataRole.UserRole + 7


def set_amount(item: QListWidgetItem | None, amount: str) -> None:
    """Show ``amount`` (the end of the item's text) right-aligned in its own column."""
    if item is not None:
        item.setData(_AmountRole, amount)


class AmountLineDelegate(QStyledItemDelegate):
    """One line an entry, as wide as the list: the amount right-aligned, the rest elided."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = option.fontMetrics.height() + 2 * self._margin()
        return QSize(self._view.viewport().width() - 2 * self._view.spacing(), line)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        amount = index.data(_AmountRole)
        if not amount:  # "No renewals in the next 30 days": a sentence, drawn as it is
            super().paint(painter, option, index)
            return
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        text = shown.text.removesuffix(amount).rstrip()
        shown.text = ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, self._view)
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, self._view)
        box = box.adjusted(self._margin(), 0, -self._margin(), 0)
        metrics = shown.fontMetrics
        gap = metrics.horizontalAdvance("  ")
        amount_width = metrics.horizontalAdvance(amount)
        role = (
            QPalette.ColorRole.HighlightedText
            if shown.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setPen(shown.palette.color(role))
        painter.setFont(shown.font)
        flags = Qt.AlignmentFlag.AlignVCenter
        painter.drawText(box, flags | Qt.AlignmentFlag.AlignRight, amount)
        room = max(0, box.width() - amount_width - gap)
        elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
        painter.drawText(box.adjusted(0, 0, -(amount_width + gap), 0), flags, elided)
        painter.restore()

    def _margin(self) -> int:
        return self._view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
