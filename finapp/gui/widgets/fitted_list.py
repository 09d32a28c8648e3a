"""A list of wrapped entries that asks its layout for just the height its entries take.

A QListWidget asks for a fixed 192 pixels whatever it holds, so two lists sharing a column split
its height evenly: a short list is left mostly empty while the one beside it cuts its entries
off. This one is as tall as its entries wrapped at its width, and wraps them again (and asks
again) when its width changes, so an entry never ends in "…" above a blank band.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QResizeEvent, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)


class FullWidthDelegate(QStyledItemDelegate):
    """Entries as wide as the list. Qt sizes a wrapped entry to its text's width rounded down,
    and painting re-wraps the text in that narrower box: one word too many for a line, and the
    entry ends in "…" above a blank line. Measured and painted at one width, it wraps alike."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        width = self._view.viewport().width() - 2 * self._view.spacing()
        measured = QStyleOptionViewItem(option)
        measured.rect.setWidth(width)
        height = super().sizeHint(measured, index).height()
        return QSize(width, max(height, self._painted_height(measured, index)))

    def _painted_height(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> int:
        """The height the style needs to draw every line of the entry. Before drawing a line
        it checks that one more line as tall as the last fits: a first line holding Chinese
        (taller) over a Latin one was measured as the two, then drawn as one line ending in
        "…" ("12/06/2026  爱奇艺 renews in 3 …")."""
        shown = QStyleOptionViewItem(option)
        self.initStyleOption(shown, index)
        view = self._view
        margin = view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1
        layout = QTextLayout(shown.text, shown.font)
        wrapping = QTextOption()
        wrapping.setWrapMode(QTextOption.WrapMode.WordWrap)
        layout.setTextOption(wrapping)
        layout.beginLayout()
        heights = []
        while (line := layout.createLine()).isValid():
            line.setLineWidth(shown.rect.width() - 2 * margin)
            heights.append(line.height())
        layout.endLayout()
        needed, top = 0.0, 0.0
        for number, height in enumerate(heights):
            top += height
            last = number == len(heights) - 1
            needed = max(needed, top if last else top + height)
        return math.ceil(needed)


class FittedList(QListWidget):
    """A word-wrapped list whose size hint is its entries' height at its current width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setResizeMode(QListView.ResizeMode.Adjust)  # wrap again when the width changes
        self.setItemDelegate(FullWidthDelegate(self))
        self._entries_height = 0

    def fit(self) -> None:
        """Wrap the entries at the current width and ask the layout for their height; call it
        after filling the list."""
        self.doItemsLayout()
        height = self.contentsSize().height() + 2 * self.frameWidth()
        if height != self._entries_height:
            self._entries_height = height
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._entries_height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()
