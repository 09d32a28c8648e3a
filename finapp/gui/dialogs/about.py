"""Help → About finapp: what this is, which version, where its data is, and what it runs on.

The versions of finapp, Qt, PySide6 and Python are what a bug report needs, so they are shown
as selectable text; the data folder gets an Open button because "where is my data?" is the
question people bring to an About box.
"""

from __future__ import annotations

import platform
from pathlib import Path

import PySide6
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp import __version__
from finapp.gui.resources import app_icon
from finapp.tr_marks import fill

#: the licence in pyproject.toml
LICENCE = "MIT"


def _selectable(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    """Icon, name and version, one sentence, the data folder with Open, licence and runtimes."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.setObjectName("about-dialog")
        self.setWindowTitle(self.tr("About finapp"))
        self.setMinimumWidth(460)

        logo = QLabel(self)
        logo.setPixmap(app_icon().pixmap(64, 64))
        name = QLabel(self.tr("finapp"), self)
        font = name.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        name.setFont(font)
        self.version = _selectable(fill(self.tr("Version %1"), (__version__,)), self)
        self.version.setObjectName("about-version")
        title = QVBoxLayout()
        title.addWidget(name)
        title.addWidget(self.version)
        top = QHBoxLayout()
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(title, 1)

        summary = QLabel(
            self.tr(
                "Household finance and subscriptions from your bank statements, kept in an "
                "encrypted database that never leaves this computer."
            ),
            self,
        )
        summary.setWordWrap(True)

        self.folder = _selectable(str(data_dir), self)
        self.folder.setObjectName("about-data-folder")
        self.folder.setAccessibleName(self.tr("Data folder"))
        self.open_button = QPushButton(self.tr("&Open"), self)
        self.open_button.setObjectName("about-open-folder")
        self.open_button.setAccessibleName(self.tr("Open the data folder"))
        self.open_button.setAutoDefault(False)
        self.open_button.clicked.connect(self.open_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.open_button)

        details = QFormLayout()
        details.addRow(self.tr("Data folder:"), folder_row)
        details.addRow(self.tr("Licence:"), _selectable(LICENCE, self))
        details.addRow(
            self.tr("Qt:"),
            _selectable(
                fill(self.tr("%1 (PySide6 %2)"), (qVersion(), PySide6.__version__)),
                self,
            ),
        )
        details.addRow(self.tr("Python:"), _selectable(platform.python_version(), self))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(summary)
        layout.addLayout(details)
        layout.addWidget(buttons)

    def open_folder(self) -> None:
        """Show the data folder in the system's file manager."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
