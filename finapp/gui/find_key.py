"""Edit → Find… (Ctrl+F): the current page's search field, from anywhere in the window.

Ctrl+F was a key of the Transactions page alone, answered only while the focus was inside the
page: after Ctrl+1…9 or a click in the sidebar (where the focus stays) it did nothing, and no
menu named it. Here it is one window action in the Edit menu; a page with a search field names
it (:meth:`~finapp.gui.pages.base.Page.search_field`), and on the other pages the entry is
disabled. Escape in a search field clears it, as GNOME's and KDE's do; a second Escape (on the
empty field) gives the keyboard to what the search narrows, the page's list.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget


class _EscapeClears(QObject):
    """Escape in ``field``: clear it; on the empty field, focus ``results``."""

    def __init__(self, field: QLineEdit, results: QWidget) -> None:
        super().__init__(field)
        self._field, self._results = field, results

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            if self._field.text():
                self._field.clear()
            else:
                self._results.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return False


def escape_clears(field: QLineEdit, results: QWidget) -> None:
    """Escape in the search ``field`` clears it; a second one moves to ``results``."""
    field.installEventFilter(_EscapeClears(field, results))


class FindAction(QAction):
    """Edit → Find…: focuses the search field of the page last :meth:`follow`-ed."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setShortcuts(QKeySequence.StandardKey.Find)
        self.setEnabled(False)
        self._field: QLineEdit | None = None
        self.triggered.connect(self._find)

    def retranslate(self) -> None:
        self.setText(self.tr("&Find…"))

    def follow(self, field: QLineEdit | None) -> None:
        """The shown page's search field (None: that page has none, the entry is off)."""
        self._field = field
        self.setEnabled(field is not None)

    def _find(self) -> None:
        if self._field is not None:
            self._field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self._field.selectAll()  # typing replaces the last search
