"""Settings → Restore…: which backup to bring back.

The backups finapp made are listed (when, how big, how many transactions), newest first and
selected, so Restore (or Enter, or a double click) takes the latest; "Choose another file…" finds
one kept elsewhere, the chooser showing finapp's backups only. A plain file chooser in the data
folder, as this once was, showed the live store and its journal files among them, and asked the
user to tell a backup from them by name. ``then(file)`` is called with the backup chosen; what
happens next (its key, a last question, the restore) is the caller's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from finapp.gui.widgets.backup_list import BackupList, choose_backup_file
from finapp.gui.widgets.dialog_width import fit_width
from finapp.gui.widgets.focus_return import open_answerable
from finapp.services.backup import backup_dir
from finapp.tr_marks import fill

# what tests and window automation find the dialog by
OBJECT_NAME = "choose-backup"


class ChooseBackupDialog(QDialog):
    """The list of backups, Restore and Cancel, and a way to a backup kept elsewhere."""

    def __init__(self, data_dir: Path, then: Callable[[Path], None], parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(self.tr("Restore from backup"))
        self._data_dir = data_dir
        self._then = then
        self.backups = BackupList(data_dir, self)
        have = bool(self.backups.offers)
        self.intro = QLabel(self._intro_text(have), self)
        self.intro.setWordWrap(True)
        self.backups.setVisible(have)
        self.backups.itemActivated.connect(lambda _item, _column: self.accept())
        self.other = QPushButton(self.tr("Choose another file…"), self)
        self.other.setObjectName("restore-choose-file")
        self.other.setAccessibleName(self.tr("Choose another file"))
        self.other.clicked.connect(self.choose_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(have)
        self.restore_button.setDefault(have)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.backups, 1)
        layout.addWidget(self.other, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        fit_width(self, [self.intro.text()])  # the folder's path on as few lines as fit
        (self.backups if have else self.other).setFocus()

    def _intro_text(self, have: bool) -> str:
        folder = (str(backup_dir(self._data_dir)),)
        if have:
            return fill(
                self.tr(
                    "Choose the backup to bring back. finapp keeps them in %1; the current data "
                    "is kept aside before it is replaced."
                ),
                folder,
            )
        return fill(
            self.tr("No backup was found in %1. If you keep one elsewhere, choose it."), folder
        )

    def accept(self) -> None:
        """Restore the selected backup (nothing happens when the list is empty)."""
        chosen = self.backups.chosen()
        if chosen is None:
            return
        super().accept()
        self._then(chosen)

    def choose_file(self) -> None:
        """A backup kept elsewhere: once chosen, it is the one restored."""
        choose_backup_file(self, self.tr("Restore from backup"), self._data_dir, self._chosen)

    def _chosen(self, path: Path) -> None:
        self.done(QDialog.DialogCode.Accepted)
        self._then(path)


def ask_backup(parent: QWidget, data_dir: Path, then: Callable[[Path], None]) -> ChooseBackupDialog:
    """Open the dialog window-modal without blocking; it deletes itself once answered and the
    keyboard goes back where it was."""
    dialog = ChooseBackupDialog(data_dir, then, parent)
    open_answerable(dialog)
    return dialog
