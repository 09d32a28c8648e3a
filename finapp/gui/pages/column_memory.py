"""A table's columns as the user left them: widths they dragged, columns shown or hidden, order.

The header's own state (``QHeaderView.saveState``) is kept in :class:`~finapp.gui.ui_state.
UiState` when the user changes it (a drag on the header ends, a column is shown or hidden) and
put back when the page is built again. Widths finapp sets itself (a column fitted to a window
being resized) are not a choice: they are only kept along with the user's next change. Which
columns the user dragged is kept too (:attr:`ColumnMemory.user_sized`): a page that fits its
columns to the window fits only the others, after a restart as before it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView

from finapp.gui.ui_state import UiState


class ColumnMemory(QObject):
    """Restores ``header``'s saved state under ``key`` and saves it after each user change
    (with no ``ui_state``, only tells which columns the user dragged while the page lives)."""

    def __init__(self, header: QHeaderView, ui_state: UiState | None, key: str) -> None:
        super().__init__(header)
        self._header, self._ui, self._key = header, ui_state, key
        #: the user's own columns were put back (the page then fits none of them itself)
        self.restored = False
        #: columns the user gave a width by dragging (a page fitting its columns leaves them)
        self.user_sized: set[int] = set()
        #: set by a page while it sizes columns itself: those widths are not the user's
        self.fitting = False
        #: the widths a page last gave columns itself (fitting them to their names): one found
        #: otherwise when the mouse lets go of the header was sized by the user
        self.fitted: dict[int, int] = {}
        self._pressed = False
        header.viewport().installEventFilter(self)
        header.sectionResized.connect(self._resized)
        #: the columns hidden as the page was built (or as the user left them): Qt tells of a
        #: column the page hides at first only when the header is next laid out, and that late
        #: news is not the user's choice, so only a change to this set is kept
        self._hidden = self._hidden_now()
        if ui_state is None:
            return
        saved = ui_state.header_state(key)
        if saved is not None:
            self.restored = header.restoreState(saved)
        if self.restored:
            self.user_sized = ui_state.sized_columns(key) & set(range(header.count()))
            self._hidden = self._hidden_now()

    def _hidden_now(self) -> frozenset[int]:
        header = self._header
        return frozenset(c for c in range(header.count()) if header.isSectionHidden(c))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonPress:
            self._pressed = True
        elif event.type() == QEvent.Type.MouseButtonRelease:
            self._pressed = False
            header = self._header
            self.user_sized |= {c for c, w in self.fitted.items() if header.sectionSize(c) != w}
            self.save()
        return False

    def _resized(self, index: int, old: int, new: int) -> None:
        if self._pressed and not self.fitting:
            self.user_sized.add(index)
        if (old == 0 or new == 0) and self._hidden_now() != self._hidden:  # shown or hidden
            self._hidden = self._hidden_now()
            self.save()

    def save(self) -> None:
        if self._ui is not None:
            self._ui.set_header_state(self._key, self._header.saveState())
            self._ui.set_sized_columns(self._key, self.user_sized)
