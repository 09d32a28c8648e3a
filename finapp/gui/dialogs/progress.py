"""A progress window for work that runs off the UI thread, shown only if the work takes a while.

Not :class:`QProgressDialog`: its own show timer starts in its constructor and is not stopped
by ``close()``, so a dialog closed before the timer fired still pops up later, window-modal,
over whatever opened next (the import summary), and the app stops taking input. Its
``setValue()`` also spins the event loop when modal, delivering the work's "done" signal
inside a progress update. Here the delay is one timer this class owns: ``finish()`` stops it
and closes the window, whenever the work ends, before or after the window appeared.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

#: work that ends sooner than this never shows a window (a flash would only distract)
SHOW_AFTER_MS = 400


class ProgressWindow(QDialog):
    """Label, bar and Cancel; ``cancel_requested`` on Cancel, Escape or closing the window."""

    cancel_requested = Signal()

    def __init__(
        self, title: str, text: str, parent: QWidget | None = None, *, modal: bool = True
    ) -> None:
        """``modal``: the window under it waits (a restore); else it stays usable beside the
        progress (an import, whose writes the others' wait behind anyway)."""
        super().__init__(parent)
        self.setObjectName("progress")
        self.setWindowTitle(title)
        self._modal = modal
        if modal:
            self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.bar = QProgressBar(self)
        self.bar.setRange(0, 0)  # busy until the work reports how much there is
        self.bar.setAccessibleName(title)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.cancel_button = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self._cancel)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(buttons)
        self._finished = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._appear)

    def start(self, delay_ms: int = SHOW_AFTER_MS) -> None:
        """Appear after ``delay_ms`` unless :meth:`finish` comes first."""
        self._timer.start(delay_ms)

    def _appear(self) -> None:
        if self._finished:
            return
        if self._modal:
            self.open()
        else:
            self.show()

    def report(self, done: int, total: int, text: str = "") -> None:
        """The work's progress: ``done`` of ``total`` steps, and what it is doing now."""
        if self._finished:
            return
        if total > 1:  # one step of one (a single file) says nothing: the bar stays as it is
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        elif total == 0:  # how much is unknown: busy
            self.bar.setRange(0, 0)
        if text:
            self.label.setText(text)

    def finish(self) -> None:
        """The work ended (done, failed or cancelled): never show again, close if shown."""
        self._finished = True
        self._timer.stop()
        self.done(QDialog.DialogCode.Accepted)
        self.hide()
        self.deleteLater()

    def _cancel(self) -> None:
        if self._finished:
            return
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("Cancelling…"))
        self.cancel_requested.emit()

    def reject(self) -> None:  # Escape
        self._cancel()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._finished:
            event.accept()
            return
        event.ignore()  # the window goes when the work has stopped, not before
        self._cancel()
