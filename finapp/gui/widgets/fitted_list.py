"""A list of wrapped entries that asks its layout for just the height its entries take.

A QListWidget asks for a fixed 192 pixels whatever it holds, so two lists sharing a column split
its height evenly: a short list is left mostly empty while the one beside it cuts its entries
off. This one is as tall as its entries wrapped at its width, and wraps them again (and asks
again) when its width changes, so an entry never ends in "…" above a blank band.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QListView,
    QListWidget,
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
        return QSize(width, super().sizeHint(measured, index).height())


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
