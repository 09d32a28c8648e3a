"""Asking for the key a backup was made under, when the data's key of now does not open it.

A backup made before the passphrase was changed (and kept out of the backups folder, which a
change re-encrypts) opens only with the passphrase of then; one made while the key was in the
system keyring, with the recovery key written down then. Restoring it in the window asks for
either here, in the unlock dialog's password field, and keeps asking until what is typed opens
the backup or the user cancels; nothing changes meanwhile. The restored data then gets the key
the data has now, as ``finapp restore`` with ``FINAPP_BACKUP_PASSPHRASE`` does.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtWidgets import QDialogButtonBox, QWidget

from finapp.errors import InvalidInputError, WrongKeyError
from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.services.backup_keys import opening_key
from finapp.services.keys_admin import parse_recovery_key
from finapp.store.keys import StoreKey
from finapp.tr_marks import fill


def typed_keys(text: str) -> list[StoreKey]:
    """What the typed ``text`` may stand for: a passphrase, and a recovery key when it reads
    as one (its checksum holds)."""
    keys = [StoreKey.from_passphrase(text)]
    with contextlib.suppress(InvalidInputError):  # not a recovery key: a passphrase only
        keys.append(parse_recovery_key(text))
    return keys


class BackupPassphraseDialog(PassphraseDialog):
    """The passphrase (or recovery key) that opens ``source``; it is left in :attr:`key`."""

    def __init__(self, source: Path, parent: QWidget | None = None) -> None:
        self.source = source
        self.key: StoreKey | None = None
        super().__init__(self._open_backup, create=False, parent=parent)
        self.setObjectName("backup-passphrase")

    def _open_backup(self, text: str) -> None:
        """Keep the key ``text`` stands for if it opens the backup, else say it is wrong (a
        backup whose pages the key fits but which does not open is said to be damaged)."""
        key = opening_key(self.source, typed_keys(text))
        if key is None:
            raise WrongKeyError("the passphrase typed does not open the backup")
        self.key = key

    def _retranslate(self) -> None:
        super()._retranslate()
        self.setWindowTitle(self.tr("Open backup"))
        self.intro.setText(
            fill(
                self.tr(
                    "%1 does not open with the key that protects your data now: it was made "
                    "before the passphrase was changed. Enter the passphrase it was made under, "
                    "or the recovery key if finapp kept its key in the system keyring then. "
                    "The restored data will be protected by your current key."
                ),
                (self.source.name,),
            )
        )
        self.passphrase.setAccessibleName(self.tr("Backup's passphrase"))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Open"))

    def wrong_text(self) -> str:
        return self.tr("That passphrase does not open this backup. Try again.")
