"""Where to save a backup kept away from the data folder: the save chooser behind Settings →
"Back up to…" and the erase dialog's "Save a backup elsewhere first…".

The chooser offers a dated name starting ``finapp-`` (so the restore chooser's "finapp backups"
filter shows the file later) in the folder last saved to, else the home folder: a household
saving to the same USB stick twice finds it again, and the restore chooser opens there too
(:func:`finapp.gui.widgets.backup_list.choose_backup_file`), in a later session too. The folder
is kept with the window's state (:class:`~finapp.gui.ui_state.UiState`), not in the store: the
restore chooser is also offered when the store does not open. An erase deletes it with the rest
of the window's state. The chosen place is checked by the service
(:mod:`finapp.services.backup_elsewhere`), which refuses the data folder.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from finapp.gui.ui_state import UiState
from finapp.gui.widgets.asking import choose_save_file
from finapp.services.backup_elsewhere import suggested_name

# what tests and window automation find the chooser by
OBJECT_NAME = "backup-to"


def remember_folder(saved: Path) -> None:
    """The folder a backup was just saved in: the next chooser opens there."""
    UiState().backup_folder = saved.parent


def choose_backup_place(parent: QWidget, then: Callable[[Path], None]) -> None:
    """Ask where to save the backup; ``then(file)`` once chosen (Cancel calls nothing)."""
    folder = UiState().backup_folder or Path.home()
    backups = QCoreApplication.translate("BackupPlace", "finapp backups")
    choose_save_file(
        parent,
        QCoreApplication.translate("BackupPlace", "Save a backup to"),
        then,
        object_name=OBJECT_NAME,
        name=str(folder / suggested_name()),
        filters=f"{backups} (*.db)",
    )
