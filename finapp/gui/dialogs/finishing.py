"""The small window quitting shows while it waits for work that must not be cut short.

Quitting lets a write under way finish (an import's file, a backup, an alert check's results):
the store never keeps half of one. That can take seconds after a large import, and a window
that stays on screen without answering reads as a hang, so a quit that has to wait says so.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget


class FinishingWindow(QDialog):
    """ "Finishing what finapp is writing…", shown by :meth:`appear` once quitting waits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finishing-work")
        self.setWindowTitle(self.tr("Quitting finapp"))
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        label = QLabel(
            self.tr("Finishing what finapp is writing… finapp quits as soon as it is done."),
            self,
        )
        label.setWordWrap(True)
        label.setMinimumWidth(320)
        QVBoxLayout(self).addWidget(label)

    def appear(self) -> None:
        """Show now and paint: the event loop that would paint it has ended."""
        self.show()
        self.raise_()
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
