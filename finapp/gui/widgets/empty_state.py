"""What a page shows instead of a blank table: why it is empty, and the one button that helps.

A blank grid leaves the user guessing whether finapp is still loading, found nothing, or hides
everything behind a filter; a sentence and a next step answer that (Anki's empty deck screen).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget


class EmptyState(QWidget):
    """A centred message with an optional action button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("Empty list message"))
        self.button = QPushButton(self)
        self.button.clicked.connect(self._clicked)
        self._action: Callable[[], None] | None = None
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        layout.addWidget(self.label)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)

    def set_message(
        self, text: str, button: str | None = None, action: Callable[[], None] | None = None
    ) -> None:
        """Say ``text``; with ``button``, offer it and run ``action`` when clicked."""
        self.label.setText(text)
        self._action = action
        self.button.setVisible(button is not None)
        self.button.setText(button or "")
        self.button.setAccessibleName((button or "").rstrip("…"))

    def _clicked(self) -> None:
        if self._action is not None:
            self._action()


class EmptyStack(QStackedWidget):
    """A page's content (table, grid) or, when it has nothing to show, an :class:`EmptyState`."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.empty = EmptyState(self)
        self.addWidget(content)
        self.addWidget(self.empty)

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)

    def show_empty(
        self, text: str, button: str | None = None, action: Callable[[], None] | None = None
    ) -> None:
        self.empty.set_message(text, button, action)
        self.setCurrentWidget(self.empty)

    def is_empty_shown(self) -> bool:
        return self.currentWidget() is self.empty
