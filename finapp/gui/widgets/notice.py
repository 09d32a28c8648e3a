"""A strip inside a page saying what an action just did, with Undo while it can be undone.

The window's banner is for warnings and the status bar forgets; an edit that reached other rows
than the one the user touched deserves a sentence where they are looking, and a way back.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget


class Notice(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.backgroundRole().AlternateBase)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setAccessibleName(self.tr("What just happened"))
        self.undo_button = QPushButton(self.tr("Undo"), self)
        self.undo_button.setAccessibleName(self.tr("Undo"))
        self.undo_button.clicked.connect(self._undo)
        close = QPushButton("✕", self)
        close.setFlat(True)
        close.setAccessibleName(self.tr("Close notice"))
        close.setToolTip(close.accessibleName())  # "✕" says little
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._undo_action: Callable[[], None] | None = None
        self.hide()

    def show_notice(self, text: str, undo: Callable[[], None] | None = None) -> None:
        """Show ``text``; with ``undo``, an Undo button that runs it once and closes the notice."""
        self.label.setText(text)
        self._undo_action = undo
        self.undo_button.setVisible(undo is not None)
        self.show()

    def _undo(self) -> None:
        action, self._undo_action = self._undo_action, None
        self.hide()
        if action is not None:
            action()
