"""A store brought back from a backup by the window: at start when it is missing or damaged,
over the running window when the page check after start finds damage inside it, or on the
first-run screen for a backup from another computer.

The launcher asks here and opens whatever store comes back; what was restored, and where the
store it replaced is kept, is said once in the window that then opens.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from finapp.errors import FinappError, StoreDamagedError, StoreMissingError
from finapp.gui.dialogs.restore_backup import RestoreBackupDialog, TargetKey
from finapp.gui.shell import Shell
from finapp.services.backup import is_damaged_copy
from finapp.services.backup_keys import known_keys
from finapp.services.restore import RestoreResult, key_for_restored_store, this_machine_key
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from finapp.tr_marks import fill

log = logging.getLogger("finapp.gui")


class StartRestore(QObject):
    """The restore dialog over ``data_dir`` at start, and what it restored, to say."""

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._restored: RestoreResult | None = None  # said in the window it opens

    def after_failed_open(self, exc: FinappError, passphrase: str | None) -> Store | None:
        """The store is missing or damaged (``exc`` says which): offer its backups (or a file)
        to restore; the restored store, or None when the user cancels (nothing was changed
        then)."""
        damaged = not isinstance(exc, StoreMissingError)
        key = exc.key if isinstance(exc, StoreDamagedError) else None
        key = key or this_machine_key(self.data_dir, passphrase)

        def target_for(source_key: StoreKey) -> StoreKey:
            # a backup opened with the passphrase typed for it keeps it: it was the store's
            typed = source_key.passphrase if source_key.source == "passphrase" else None
            return key_for_restored_store(self.data_dir, typed or passphrase, source_key)

        reason = RestoreBackupDialog.DAMAGED if damaged else RestoreBackupDialog.MISSING
        return self.ask(reason, key, target_for)

    def offer_over(self, shell: Shell, reopen: Callable[[Store], None]) -> None:
        """The running window's page check found damage inside its store: the restore is
        offered over the window, the newest backup named, without blocking. Cancel leaves the
        window working on the data as it is; once a backup is chosen the window lets go of the
        store (:meth:`AppContext.release_store`), the restore keeps the damaged file aside, and
        ``reopen`` gets the restored store for a window of its own."""
        key = shell.ctx.store.key
        dialog = self._dialog(
            RestoreBackupDialog.DAMAGE_FOUND, key, lambda _source: key, shell.window,
            before_restore=shell.ctx.release_store,
        )  # fmt: skip

        def restored() -> None:
            self._restored = dialog.outcome
            if dialog.store is not None:
                reopen(dialog.store)

        # accepted only by a restore: the old window's close rejects its dialogs again
        dialog.accepted.connect(restored)
        # closed without one: the window carries on, and the work that waited for it starts
        dialog.rejected.connect(shell.ctx.tasks.release)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def ask(self, reason: str, key: StoreKey | None, target_for: TargetKey) -> Store | None:
        """The restore dialog, modal; the restored store, open, or None if cancelled."""
        dialog = self._dialog(reason, key, target_for)
        dialog.exec()
        self._restored = dialog.outcome
        return dialog.store

    def _dialog(
        self,
        reason: str,
        key: StoreKey | None,
        target_for: TargetKey,
        parent: QWidget | None = None,
        *,
        before_restore: Callable[[], None] | None = None,
    ) -> RestoreBackupDialog:
        known = [known.key for known in known_keys(self.data_dir, key)] if key else []
        return RestoreBackupDialog(
            self.data_dir, reason, known, target_for, parent, before_restore=before_restore
        )

    def tell(self, shell: Shell) -> None:
        """Say what was restored, and where the store it replaced is kept, in the new window."""
        result, self._restored = self._restored, None
        if result is None:
            return
        count = result.counts.get("transactions", 0)
        text = fill(
            self.tr("Restored %n transaction(s) from %1.", "", count),
            (Path(result.restored_from).name,),
        )
        kept = Path(result.pre_restore_backup) if result.pre_restore_backup else None
        if kept is not None and kept.exists() and is_damaged_copy(kept):
            text += " " + fill(self.tr("The damaged data is kept as %1."), (str(kept),))
            shell.ctx.bus.message.emit("warning", text)
        else:
            shell.ctx.bus.message.emit("info", text)
