"""Settings → Delete all data…: the last question before everything goes, answered by typing.

The user types the confirmation word in their own language (删除 in Chinese; the English
DELETE is taken too, as a Chinese user may have read it in the README). The button that deletes
says what it does, "Delete everything", and stays disabled until the word is there, so neither
Enter in an empty field nor a hurried click deletes anything.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from finapp.gui.widgets.dialog_width import fit_width
from finapp.gui.widgets.focus_return import open_answerable
from finapp.tr_marks import fill

# what tests and window automation find the dialog by
OBJECT_NAME = "confirm-wipe"
# the English word, taken in every language
ENGLISH_WORD = "DELETE"


class ConfirmWipeDialog(QDialog):
    """Type the word, then "Delete everything"; ``then()`` runs only then."""

    def __init__(self, then: Callable[[], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Delete all data"))
        self._then = then
        self.word = self.tr("DELETE", "the word typed to delete all data")
        intro = QLabel(
            fill(
                self.tr(
                    "This removes every transaction, backup and the saved key from this "
                    "machine and cannot be undone. Type %1 to confirm."
                ),
                (self.word,),
            ),
            self,
        )
        intro.setWordWrap(True)
        self.typed = QLineEdit(self)
        self.typed.setAccessibleName(fill(self.tr("Type %1 to confirm"), (self.word,)))
        self.typed.setPlaceholderText(self.word)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.delete_button = self.buttons.addButton(
            self.tr("Delete everything"), QDialogButtonBox.ButtonRole.DestructiveRole
        )
        self.delete_button.setEnabled(False)
        self.delete_button.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.typed.textChanged.connect(self._update)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        fit_width(self)

    def word_typed(self) -> bool:
        """Whether the field holds the confirmation word (this language's or English)."""
        return self.typed.text().strip() in {self.word, ENGLISH_WORD}

    def _update(self) -> None:
        self.delete_button.setEnabled(self.word_typed())
        # Enter deletes only once the word is there; before, it presses nothing
        self.delete_button.setDefault(self.word_typed())

    def accept(self) -> None:
        """Delete only with the word typed (Enter reaches here with or without it)."""
        if not self.word_typed():
            return
        super().accept()
        self._then()


def ask_wipe(parent: QWidget, then: Callable[[], None]) -> ConfirmWipeDialog:
    """Open the dialog window-modal without blocking; it deletes itself once answered and the
    keyboard goes back where it was."""
    dialog = ConfirmWipeDialog(then, parent)
    open_answerable(dialog)
    return dialog
