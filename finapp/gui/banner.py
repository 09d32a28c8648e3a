"""The strip above the pages for things that need the user's eye without a modal dialog.

Used for warnings and errors from the bus, for alerts when the platform has no system tray,
and (as a separate, permanent strip) for the demo-data marker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

#: background, border and text colours per level; chosen to read well in light and dark themes
_STYLES = {
    "info": ("#e8f1fd", "#9cc0f0", "#123a6b"),
    "warning": ("#fff4d6", "#f0c85a", "#5a4000"),
    "error": ("#fde8e8", "#f09c9c", "#6b1212"),
    "demo": ("#fff0c2", "#e0b23a", "#4d3600"),
}


class Banner(QWidget):
    """One message with an optional action button and a close button, in a rounded frame."""

    def __init__(self, parent: QWidget | None = None, *, closable: bool = True) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Notice"))
        self.frame = QFrame(self)
        self.frame.setObjectName("banner")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 0)
        outer.addWidget(self.frame)
        self.label = QLabel(self.frame)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(self.frame)
        self.action_button.hide()
        self.close_button = QToolButton(self.frame)
        self.close_button.setText("✕")
        self.close_button.setAccessibleName(self.tr("Close notice"))
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.hide)
        self.close_button.setVisible(closable)
        layout = QHBoxLayout(self.frame)
        layout.setContentsMargins(12, 6, 6, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.action_button)
        layout.addWidget(self.close_button)
        self._callback: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._run_action)
        self.level = "info"
        self.hide()

    def show_message(
        self,
        level: str,
        text: str,
        action: str = "",
        callback: Callable[[], None] | None = None,
    ) -> None:
        """Show ``text``; ``action`` labels a button that calls ``callback``."""
        self.level = level if level in _STYLES else "info"
        bg, border, fg = _STYLES[self.level]
        self.frame.setStyleSheet(
            f"#banner {{ background: {bg}; border: 1px solid {border}; border-radius: 6px; }}"
            f"#banner QLabel {{ color: {fg}; }}"
        )
        self.label.setText(text)
        self._callback = callback
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action and callback))
        self.show()

    def _run_action(self) -> None:
        if self._callback is not None:
            self._callback()
