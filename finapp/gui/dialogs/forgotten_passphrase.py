"""The unlock dialog's "Forgot the passphrase?": what it means, and erasing to start afresh.

Without its passphrase nobody can read the store, finapp included: there is no back door, and
a passphrase cannot be reset. What remains is the user's right to erase: every transaction,
backup, log and setting finapp keeps on this computer goes, as ``finapp wipe --yes
--without-key`` does from the command line, and finapp then starts as on its first day. The
erase is asked for as in Settings (the confirmation word typed); a backup elsewhere cannot be
offered first, since making one needs the key. Backups saved elsewhere before stay where they
are, and open with the passphrase that was in use when they were made.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from finapp.errors import FinappError
from finapp.gui.dialogs.confirm_wipe import ask_wipe
from finapp.gui.error_texts import error_text
from finapp.gui.widgets.focus_return import open_answerable
from finapp.services.wipe import wipe_all

# what tests and window automation find the question by
OBJECT_NAME = "forgot-passphrase"


def offer_erase(
    parent: QWidget, data_dir: Path, erased: Callable[[], None], failed: Callable[[str], None]
) -> None:
    """Say what a forgotten passphrase leaves, and offer to delete everything; ``erased()``
    once it is gone, ``failed(why)`` when something could not be deleted."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("ForgottenPassphrase", "Forgot the passphrase?"),
        "",
        parent=parent,
    )
    box.setObjectName(OBJECT_NAME)
    box.setText(
        QCoreApplication.translate(
            "ForgottenPassphrase",
            "Your finapp data opens only with its passphrase: nobody can open it without it, "
            "finapp included, and it cannot be reset.",
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "ForgottenPassphrase",
            "If it does not come back to you, you can delete all of finapp's data on this "
            "computer and start afresh. Backups you saved elsewhere are not touched.",
        )
    )
    delete = box.addButton(
        QCoreApplication.translate("ForgottenPassphrase", "Delete all data…"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)

    def erase() -> None:
        try:
            wipe_all(data_dir)  # a keyring entry it could not remove is no key to anything now
        except (FinappError, OSError) as exc:
            failed(error_text(exc) if isinstance(exc, FinappError) else str(exc))
            return
        erased()

    def answered(_result: int) -> None:
        if box.clickedButton() is delete:
            ask_wipe(parent, erase, data_dir, save=None)

    box.finished.connect(answered)
    open_answerable(box)
