"""The strip above the pages for things that need the user's eye without a modal dialog.

Used for warnings and errors from the bus, for alerts when the platform has no system tray,
and (as a separate, permanent strip) for the demo-data marker.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

#: background, border and text colours per level on a light window: pale tints, dark text
_LIGHT = {
    "info": ("#e8f1fd", "#9cc0f0", "#123a6b"),
    "warning": ("#fff4d6", "#f0c85a", "#5a4000"),
    "error": ("#fde8e8", "#f09c9c", "#6b1212"),
    "demo": ("#fff0c2", "#e0b23a", "#4d3600"),
}
#: the same hues on a dark window: deep muted tints with light text (a pale strip would glare
#: and leave the window's light-coloured buttons unreadable on it)
_DARK = {
    "info": ("#1d2c40", "#3f6a9c", "#cfe2ff"),
    "warning": ("#3b3016", "#8f6f1f", "#f5dc98"),
    "error": ("#402020", "#9c4646", "#ffd4d4"),
    "demo": ("#3a3018", "#86692a", "#f2d897"),
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
        self.close_button.setToolTip(self.close_button.accessibleName())  # "✕" says little
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
        #: the page whose refused action the message is about; "" for one about the whole app
        self.about = ""
        self.hide()

    def show_message(
        self,
        level: str,
        text: str,
        action: str = "",
        callback: Callable[[], None] | None = None,
        *,
        about: str = "",
    ) -> None:
        """Show ``text``; ``action`` labels a button that calls ``callback``; ``about`` names
        the page the message concerns alone (see :meth:`withdraw`)."""
        self.about = about
        self.level = level if level in _LIGHT else "info"
        self._colour()
        self.label.setText(text)
        self._callback = callback
        self.action_button.setText(action)
        self.action_button.setVisible(bool(action and callback))
        self.show()

    def withdraw(self, about: str) -> None:
        """Hide the message if it concerns page ``about`` alone: what it refused has since
        worked, or the user left that page. A message about the whole app stays."""
        if self.about and self.about == about:
            self.hide()

    def _colour(self) -> None:
        """The level's colours for the window's palette: light or dark, as the desktop is."""
        dark = self.palette().color(QPalette.ColorRole.Window).lightness() < 128
        bg, border, fg = (_DARK if dark else _LIGHT)[self.level]
        sheet = (
            f"#banner {{ background: {bg}; border: 1px solid {border}; border-radius: 6px; }}"
            f"#banner QLabel {{ color: {fg}; }}"
        )
        if self.frame.styleSheet() != sheet:  # restyling the frame is no change of ours
            self.frame.setStyleSheet(sheet)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._colour()  # the user switched light/dark while the app runs
        super().changeEvent(event)

    def _run_action(self) -> None:
        if self._callback is not None:
            self._callback()
