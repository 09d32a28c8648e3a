"""Settings → Delete all data…: the last question before everything goes, answered by typing.

The user types the confirmation word in their own language (删除 in Chinese; the English
DELETE is taken too, as a Chinese user may have read it in the README). The button that deletes
says what it does, "Delete everything", and stays disabled until the word is there, so neither
Enter in an empty field nor a hurried click deletes anything.

Every backup in the data folder goes too, so the dialog offers to save one elsewhere first (a
USB stick, a folder synced to another computer): "Save a backup elsewhere first…" asks where,
the backup is made while the dialog waits (Delete disabled meanwhile), and the dialog then says
where it is kept, or why it could not be saved there. How the backup is made is the caller's
(``save``): the dialog only asks and shows. Without ``save`` (the store's key is lost, so no
backup can be made) the dialog only says the backups go too.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp.gui.widgets.backup_place import choose_backup_place
from finapp.gui.widgets.dialog_width import fit_width
from finapp.gui.widgets.focus_return import open_answerable
from finapp.services.backup import BackupResult
from finapp.tr_marks import fill

# Saves a backup to the file given, then calls the first callback with the result, or the
# second with why it could not (in the user's words).
SaveFirst = Callable[[Path, Callable[[BackupResult], None], Callable[[str], None]], None]

# what tests and window automation find the dialog by
OBJECT_NAME = "confirm-wipe"
# the English word, taken in every language
ENGLISH_WORD = "DELETE"


class ConfirmWipeDialog(QDialog):
    """Type the word, then "Delete everything"; ``then()`` runs only then."""

    def __init__(
        self, then: Callable[[], None], parent: QWidget, data_dir: Path, save: SaveFirst | None
    ) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Delete all data"))
        self._then = then
        self._save = save
        self._saving = False
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
        self.keep = QLabel(
            fill(
                self.tr(
                    "The backups in %1 are deleted too. To keep a copy (on a USB stick, or for "
                    "another computer), save a backup elsewhere first."
                ),
                (str(data_dir),),
            ),
            self,
        )
        self.keep.setWordWrap(True)
        self.keep.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.save_button = QPushButton(self.tr("Save a backup elsewhere first…"), self)
        self.save_button.setObjectName("wipe-save-backup")
        self.save_button.setAccessibleName(self.tr("Save a backup elsewhere first"))
        self.save_button.setAutoDefault(False)  # Enter in the field presses nothing before the word
        self.save_button.clicked.connect(lambda: choose_backup_place(self, self._save_to))
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
        layout.addWidget(self.keep)
        layout.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        if save is None:
            self.save_button.hide()
            self.keep.setText(fill(self.tr("The backups in %1 are deleted too."), (str(data_dir),)))
        layout.addWidget(self.typed)
        layout.addWidget(self.buttons)
        fit_width(self)
        # the caret where the word goes: the dialog opened on "Save a backup elsewhere first…",
        # and DELETE typed as asked went nowhere (a Space would have started a backup)
        self.typed.setFocus()

    def _save_to(self, path: Path) -> None:
        """Make the backup; nothing can be deleted until it has been saved or has failed."""
        self._saving = True
        self._update()
        self.save_button.setEnabled(False)
        self.keep.setText(fill(self.tr("Saving a backup to %1…"), (str(path),)))
        assert self._save is not None  # the button is hidden without a way to save
        self._save(path, self._saved, self._not_saved)

    def _saved(self, result: BackupResult) -> None:
        self.keep.setText(
            fill(
                self.tr(
                    "Backup saved to %1 (%n transaction(s), encrypted). It is kept when "
                    "everything else is deleted.",
                    "",
                    result.transactions,
                ),
                (result.path,),
            )
        )
        self._finished()

    def _not_saved(self, why: str) -> None:
        self.keep.setText(fill(self.tr("No backup was saved: %1"), (why,)))
        self._finished()

    def _finished(self) -> None:
        self._saving = False
        self.save_button.setEnabled(True)
        self._update()

    def word_typed(self) -> bool:
        """Whether the field holds the confirmation word (this language's or English)."""
        return self.typed.text().strip() in {self.word, ENGLISH_WORD}

    def _ready(self) -> bool:
        """The word is there and no backup is being saved (it reads the data to be deleted)."""
        return self.word_typed() and not self._saving

    def _update(self) -> None:
        self.delete_button.setEnabled(self._ready())
        # Enter deletes only once the word is there; before, it presses nothing
        self.delete_button.setDefault(self._ready())

    def reject(self) -> None:
        """Cancel (or Escape) waits for a backup being saved: it says where it went."""
        if not self._saving:
            super().reject()

    def accept(self) -> None:
        """Delete only with the word typed (Enter reaches here with or without it)."""
        if not self._ready():
            return
        super().accept()
        self._then()


def ask_wipe(
    parent: QWidget, then: Callable[[], None], data_dir: Path, save: SaveFirst | None
) -> ConfirmWipeDialog:
    """Open the dialog window-modal without blocking; it deletes itself once answered and the
    keyboard goes back where it was."""
    dialog = ConfirmWipeDialog(then, parent, data_dir, save)
    open_answerable(dialog)
    return dialog
