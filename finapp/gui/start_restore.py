"""A store brought back from a backup by the window: at start when it is missing or damaged,
or on the first-run screen for a backup from another computer.

The launcher asks here and opens whatever store comes back; what was restored, and where the
store it replaced is kept, is said once in the window that then opens.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject

from finapp.errors import StoreDamagedError, StoreMissingError
from finapp.gui.dialogs.restore_backup import RestoreBackupDialog, TargetKey
from finapp.gui.shell import Shell
from finapp.services.backup import is_damaged_copy
from finapp.services.backup_keys import known_keys
from finapp.services.integrity import damaged_pages
from finapp.services.opening import open_store
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

    def after_failed_open(
        self, exc: StoreMissingError | StoreDamagedError, passphrase: str | None
    ) -> Store | None:
        """The store is missing or damaged: offer its backups (or a file) to restore; the
        restored store, or None when the user cancels (nothing was changed then)."""
        damaged = isinstance(exc, StoreDamagedError)
        key = exc.key if isinstance(exc, StoreDamagedError) else None
        key = key or this_machine_key(self.data_dir, passphrase)

        def target_for(source_key: StoreKey) -> StoreKey:
            # a backup opened with the passphrase typed for it keeps it: it was the store's
            typed = source_key.passphrase if source_key.source == "passphrase" else None
            return key_for_restored_store(self.data_dir, typed or passphrase, source_key)

        reason = RestoreBackupDialog.DAMAGED if damaged else RestoreBackupDialog.MISSING
        return self.ask(reason, key, target_for)

    def after_damage_found(self, store: Store) -> Store:
        """The store opened, yet its check finds damaged pages inside: the restore is offered,
        the newest backup named. The restored store, or on Cancel ``store`` reopened as it was
        (closed meanwhile: a restore replaces its file)."""
        problems = damaged_pages(store)
        if not problems:
            return store
        log.warning("startup: the store's page check failed (%d problems), a restore is offered",
                    len(problems))  # fmt: skip
        key = store.key
        store.close()
        restored = self.ask(RestoreBackupDialog.DAMAGE_FOUND, key, lambda _source: key)
        return restored or open_store(self.data_dir, key=key)

    def ask(self, reason: str, key: StoreKey | None, target_for: TargetKey) -> Store | None:
        """The restore dialog, modal; the restored store, open, or None if cancelled."""
        known = [known.key for known in known_keys(self.data_dir, key)] if key else []
        dialog = RestoreBackupDialog(self.data_dir, reason, known, target_for)
        dialog.exec()
        self._restored = dialog.outcome
        return dialog.store

    @property
    def has_news(self) -> bool:
        """Whether a restore was made that :meth:`tell` has yet to say."""
        return self._restored is not None

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
