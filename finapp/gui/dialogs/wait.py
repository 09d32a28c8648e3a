"""A window that says finapp is busy with work the user cannot stop and need not answer.

It has no Cancel, and Escape or the window's close button do not close it: the work it stands
for (opening the store, building the demo) cannot be called back half done, and the window
goes by itself when the work ends. It exists so that the window system, and the person, see a
painted, answering finapp rather than nothing at all.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget

from finapp.gui.dialogs.progress import SHOW_AFTER_MS
from finapp.gui.resources import app_icon


class WaitWindow(QDialog):
    """Title, a sentence (:meth:`say`), and a busy bar; shown now or after a delay
    (:meth:`start`), closed by :meth:`finish`."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowIcon(app_icon())
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the work says how much there is
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        #: the delay before it appears: one timer of its own, stopped by :meth:`finish`
        self._appear = QTimer(self)
        self._appear.setSingleShot(True)
        self._appear.timeout.connect(self.show)

    def say(self, title: str, text: str) -> None:
        """What the work is (the title, also the bar's name) and what the person waits for."""
        self.setWindowTitle(title)
        self.bar.setAccessibleName(title)
        self.label.setText(text)

    def start(self, delay_ms: int = SHOW_AFTER_MS) -> None:
        """Appear after ``delay_ms`` unless :meth:`finish` comes first: work that ends sooner
        never shows a window (a flash would only distract)."""
        self._appear.start(delay_ms)

    def finish(self) -> None:
        """The work is over: the window goes for good (or never comes)."""
        self._appear.stop()
        self.hide()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.ignore()  # the work cannot be called back; the window goes when it ends

    def reject(self) -> None:
        """Escape does not close it either (see :meth:`closeEvent`)."""
