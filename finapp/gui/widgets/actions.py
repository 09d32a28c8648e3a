"""Buttons that act on the selected rows, and the busy state a page shows while a write runs.

A button that does nothing when clicked with nothing selected teaches the user it is broken;
disabled, it says "select something first" by itself. While a write runs the same buttons stay
off and the page shows a busy cursor, so a second click cannot race the first.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QWidget

from finapp.gui.tasks import TaskRunner, Work


class SelectionActions(QObject):
    """Enables ``controls`` (widgets or the actions behind them) exactly while ``table`` has a
    selected row and no write is running."""

    def __init__(
        self,
        page: QWidget,
        table: QAbstractItemView,
        controls: Sequence[QWidget | QAction],
    ) -> None:
        super().__init__(page)
        self._page = page
        self._table = table
        self._controls = list(controls)
        self._busy = 0
        table.selectionModel().selectionChanged.connect(self.update)
        table.model().modelReset.connect(self.update)
        table.model().layoutChanged.connect(self.update)
        self.update()

    def add(self, control: QWidget | QAction) -> None:
        """One more control that follows the selection (a page's later action)."""
        self._controls.append(control)
        self.update()

    def update(self) -> None:
        on = self._busy == 0 and self._table.selectionModel().hasSelection()
        for control in self._controls:
            control.setEnabled(on)

    def run(
        self,
        tasks: TaskRunner,
        work: Work,
        on_done: Callable[[Any], None],
        on_error: Callable[[Exception], None] | None = None,
    ) -> None:
        """Run a write with the page busy (cursor, selection buttons off) until it ends.

        Failures go to ``on_error``, by default the task runner's policy."""
        page = self._page
        self._busy += 1
        page.setCursor(Qt.CursorShape.BusyCursor)
        self.update()

        def finished() -> None:
            self._busy -= 1
            if not self._busy:
                page.unsetCursor()
            self.update()

        def done(result: Any) -> None:
            finished()
            on_done(result)

        def failed(exc: Exception) -> None:
            finished()
            (on_error or tasks.report)(exc)

        tasks.run(work, done, failed)

    @property
    def page(self) -> QWidget:
        """The page whose rows these act on (the parent of what they ask)."""
        return self._page

    @property
    def busy(self) -> bool:
        return self._busy > 0
