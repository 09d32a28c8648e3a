"""Help → User guide: the guide itself, in the dialog.

The user guide is the "User guide" section of finapp's README.md, the one place it is written;
the app ships a copy of that section as a package resource (:mod:`finapp.guide_text`), so every
install, a wheel or a packaged build too, shows the text rather than a path to a file the user
may not have. The guide is written in English: a user of another language for which no
translated guide ships is told so above the text, in their language, rather than left to wonder
why Help speaks English.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTextBrowser, QVBoxLayout, QWidget

from finapp.gui.i18n import language_in_use
from finapp.gui.resources import resource_dir
from finapp.gui.window_geometry import resize_within_screen
from finapp.guide_text import guide_file


def guide_text(language: str) -> tuple[str, bool]:
    """The guide in ``language`` if one ships, else the English one; and whether it is in
    ``language``."""
    translated = resource_dir() / guide_file(language)
    if translated.exists():
        return translated.read_text(encoding="utf-8"), True
    english = resource_dir() / guide_file("en")
    return english.read_text(encoding="utf-8"), language == "en"


class UserGuideDialog(QDialog):
    """Shows the user guide, and says so when it is not in the interface's language."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("user-guide-dialog")
        self.setWindowTitle(self.tr("User guide"))
        text, in_language = guide_text(language_in_use())
        layout = QVBoxLayout(self)
        if not in_language:
            note = QLabel(self.tr("The user guide is written in English only for now."), self)
            note.setObjectName("user-guide-language")
            note.setWordWrap(True)
            layout.addWidget(note)
        self.guide = QTextBrowser(self)
        self.guide.setObjectName("user-guide-text")
        self.guide.setAccessibleName(self.tr("User guide"))
        self.guide.setOpenExternalLinks(True)
        self.guide.setMarkdown(text)
        layout.addWidget(self.guide)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        resize_within_screen(self, QSize(760, 620))
