"""Help → User guide: where the guide is, and a button that opens it.

The user guide is the "User guide" section of finapp's README.md, the one place it is written,
so the app points at that file rather than carrying a second copy that would drift from it.

Decision: a checkout or an editable install has README.md beside the ``finapp`` package; then
the dialog shows its path and **Open** hands it to the desktop's viewer for Markdown files,
which is what a user expects from "User guide" — the text, one click away. A wheel or a packaged
build ships no README next to the code (and finapp has no web site), so there the dialog says
that the guide is the README of finapp's source, instead of offering a button that opens nothing.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

import finapp
from finapp.tr_marks import fill

#: the README section that is the user guide (English, as it is headed in the README)
SECTION = "User guide"


def find_readme() -> Path | None:
    """finapp's README.md beside the ``finapp`` package, or None when this install has none.

    The first line is checked, because a site-packages folder may hold another project's README.
    """
    readme = Path(finapp.__file__).resolve().parent.parent / "README.md"
    try:
        with readme.open(encoding="utf-8") as file:
            first = file.readline().strip()
    except OSError:
        return None
    return readme if first == "# finapp" else None


class UserGuideDialog(QDialog):
    """Names the README's user-guide section and opens the file, or says where to find it."""

    def __init__(self, readme: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.readme = readme
        self.setObjectName("user-guide-dialog")
        self.setWindowTitle(self.tr("User guide"))
        self.setMinimumWidth(440)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if readme is None:
            text = self.tr(
                'The user guide is the "%1" section of README.md, at the top of finapp\'s '
                "source code. This installation of finapp does not include the source code."
            )
        else:
            text = self.tr('The user guide is the "%1" section of finapp\'s README, in this file:')
        self.explanation = QLabel(fill(text, (SECTION,)), self)
        self.explanation.setWordWrap(True)
        layout.addWidget(self.explanation)
        if readme is not None:
            self.location = QLabel(str(readme), self)
            self.location.setObjectName("user-guide-path")
            self.location.setAccessibleName(self.tr("Where the user guide is"))
            self.location.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.location.setWordWrap(True)
            layout.addWidget(self.location)
            self.open_button = QPushButton(self.tr("&Open the guide"), self)
            self.open_button.setObjectName("user-guide-open")
            buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
            self.open_button.clicked.connect(self.open_guide)
        layout.addWidget(buttons)

    def open_guide(self) -> None:
        """Hand README.md to the desktop's default application for it."""
        if self.readme is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.readme)))
