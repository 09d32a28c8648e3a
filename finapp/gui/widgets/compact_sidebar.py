"""The sidebar of pages, narrowed to its icons while the window is narrow.

A 1366×768 laptop at 150% gives the window 911 logical pixels: beside the sidebar's 190 the
Subscriptions table had 684 for its eight columns and scrolled sideways to show Status. Below
:data:`COMPACT_BELOW` the sidebar shows the pages' icons alone; each page's name stays its
tooltip and what a screen reader says of it, and the Go menu and Ctrl+1…9 name them as ever.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QListWidget, QWidget

#: the sidebar's width with the pages' names, and with their icons alone (a 20-pixel icon in
#: the narrower padding the window's style sheet gives a ``compact`` sidebar)
WIDE, NARROW = 190, 44
#: a window narrower than this shows the icons alone
COMPACT_BELOW = 1000


class CompactSidebar(QObject):
    """Keeps ``sidebar`` wide or narrow as ``window``'s width asks."""

    def __init__(self, sidebar: QListWidget, window: QWidget) -> None:
        super().__init__(sidebar)
        self.sidebar = sidebar
        self.compact = False
        self._titles: list[str] = []
        sidebar.setFixedWidth(WIDE)
        # a name a translation makes longer than the sidebar is cut, not scrolled to
        sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        window.installEventFilter(self)

    def set_titles(self, titles: Sequence[str]) -> None:
        """The pages' names, in the sidebar's order (again when the language changes)."""
        self._titles = list(titles)
        self._show()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            compact = watched.width() < COMPACT_BELOW
            if compact != self.compact:
                self.compact = compact
                self._show()
        return False

    def _show(self) -> None:
        self.sidebar.setFixedWidth(NARROW if self.compact else WIDE)
        self.sidebar.setProperty("compact", self.compact)
        self.sidebar.style().polish(self.sidebar)  # the style sheet's compact padding
        for row, title in enumerate(self._titles):
            item = self.sidebar.item(row)
            item.setText("" if self.compact else title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, title)
