"""What a word-wrapped cell shows: whether its words all fit the room its column gives them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)


def text_room(view: QAbstractItemView, index: QModelIndex) -> QRect:
    """The rectangle a cell's text is drawn in: its visual rectangle less the style's margins."""
    rect = view.visualRect(index)
    margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    return rect.adjusted(margin, 0, -margin, 0)


def cut_words(view: QAbstractItemView, index: QModelIndex) -> str | None:
    """``index``'s text when it does not read whole in its cell: a word wider than the cell, or
    more lines than the row is tall; None when every word of it shows."""
    text = str(index.data() or "")
    if not text:
        return None
    font = index.data(Qt.ItemDataRole.FontRole) or QFont(view.font())
    room = text_room(view, index)
    flags = int(Qt.TextFlag.TextWordWrap)
    needed = QFontMetrics(font).boundingRect(QRect(0, 0, room.width(), 10_000), flags, text)
    if needed.width() > room.width() or needed.height() > room.height():
        return text
    return None


def drawn_lines(view: QAbstractItemView, index: QModelIndex) -> list[str]:
    """The lines ``index``'s text is drawn on, as its delegate lays it out in its cell (word
    joiners and no-break spaces it adds read as nothing and a space)."""
    option = _cell_option(view, index)
    lines = _wrapped(option, text_room(view, index).width())
    return [
        option.text[start : start + length].replace("\u2060", "").replace("\u00a0", " ").strip()
        for start, length, _ in lines
    ]


def drawn_whole(view: QAbstractItemView, index: QModelIndex) -> bool:
    """Whether the style draws every line of ``index``'s word-wrapped text in its cell. Qt's
    style lays the lines out at the cell's text width and, before each next line, checks that
    one as tall as the line just laid out still fits (it elides there when not): a taller line
    of Chinese over a Latin one counts twice."""
    option = _cell_option(view, index)
    option.rect = view.visualRect(index)
    style = view.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
    box = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, option, view)
    heights = [height for _, _, height in _wrapped(option, box.width() - 2 * margin)]
    top = 0.0
    for height in heights[:-1]:
        top += height
        if top + height > box.height():
            return False
    return top + (heights[-1] if heights else 0) <= box.height()


def _cell_option(view: QAbstractItemView, index: QModelIndex) -> QStyleOptionViewItem:
    """The style option ``index``'s delegate draws it with: its text, font and features."""
    option = QStyleOptionViewItem()
    view.initViewItemOption(option)
    delegate = view.itemDelegateForIndex(index)
    assert isinstance(delegate, QStyledItemDelegate)
    delegate.initStyleOption(option, index)
    return option


def _wrapped(option: QStyleOptionViewItem, width: float) -> list[tuple[int, int, float]]:
    """The lines ``option``'s text word-wraps onto at ``width``: each one's start, length and
    height."""
    layout = QTextLayout(option.text, option.font)
    wrapping = QTextOption()
    wrapping.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(wrapping)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append((line.textStart(), line.textLength(), line.height()))
    layout.endLayout()
    return lines
