"""A list entry with its amount in a column of its own at the right edge.

"12/8/26  Harmony Music Studio  $35.00" wrapped in a narrow list put the amount alone on a
second line, and the amounts of a list never lined up. Painted by :class:`AmountLineDelegate`,
the amount sits right-aligned and whole on the entry's first line, and what comes before it
(the date and the name) wraps in the room left of it, word by word: cut short with "…" at a
small laptop's 1024 pixels, "Harmony M…" named no renewal. An entry without an amount (a
heading, "3 more in the next 30 days…") wraps across the list's width: "Expected, not in your
…" said nothing. The entry's text stays the whole line, for screen readers and for copying.
"""

from __future__ import annotations

from math import ceil

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import QListView, QListWidgetItem, QStyle, QStyleOptionViewItem

from finapp.gui.widgets.fitted_list import FullWidthDelegate

#: the amount an entry shows in its own column
_AmountRole = Qt.ItemDataRole.UserRole + 7


def _wrapped(words: str, font: QFont, width: int) -> QTextLayout:
    """``words`` laid out in lines of ``width`` pixels, broken between words only."""
    layout = QTextLayout(words, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    height = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, height))
        height += line.height()
    layout.endLayout()
    return layout


def set_amount(item: QListWidgetItem | None, amount: str) -> None:
    """Show ``amount`` (the end of the item's text) right-aligned in its own column."""
    if item is not None:
        item.setData(_AmountRole, amount)


class AmountLineDelegate(FullWidthDelegate):
    """Entries as wide as the list: the amount right-aligned on the first line, the rest
    wrapped beside it."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        amount = index.data(_AmountRole)
        if not amount:
            return super().sizeHint(option, index)
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        width = self._view.viewport().width() - 2 * self._view.spacing()
        # the text's box: Qt's style keeps a margin each side of the entry, and it is inset again
        room = self._words_room(shown.fontMetrics, width - 4 * self._margin(), amount)
        words = _wrapped(shown.text.removesuffix(amount).rstrip(), shown.font, room)
        return QSize(width, ceil(words.boundingRect().height()) + 2 * self._margin())

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
        words = shown.text.removesuffix(amount).rstrip()
        shown.text = ""
        style = self._view.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, shown, painter, self._view)
        box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, shown, self._view)
        box = box.adjusted(self._margin(), 0, -self._margin(), 0)
        metrics = shown.fontMetrics
        layout = _wrapped(words, shown.font, self._words_room(metrics, box.width(), amount))
        # the words centred in the entry, the amount on their first line's baseline (a line
        # holding Chinese stands taller than the figures' font: centred apart, they sat askew)
        top = box.top() + max(0, (box.height() - ceil(layout.boundingRect().height())) // 2)
        baseline = top + layout.lineAt(0).ascent() if layout.lineCount() else top
        role = (
            QPalette.ColorRole.HighlightedText
            if shown.state & QStyle.StateFlag.State_Selected
            else QPalette.ColorRole.Text
        )
        painter.save()
        painter.setPen(shown.palette.color(role))
        painter.setFont(shown.font)
        layout.draw(painter, QPointF(box.left(), top))
        painter.drawText(
            QPointF(box.right() + 1 - metrics.horizontalAdvance(amount), baseline), amount
        )
        painter.restore()

    @staticmethod
    def _words_room(metrics: QFontMetrics, width: int, amount: str) -> int:
        """The width left of the amount and the gap before it."""
        return max(1, width - metrics.horizontalAdvance(amount) - metrics.horizontalAdvance("  "))

    def _margin(self) -> int:
        return self._view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1
