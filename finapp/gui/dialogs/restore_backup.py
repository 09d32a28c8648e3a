"""Restore from a backup, from the window: at start when the store cannot be used, over the
running window when the page check after start finds damage inside it, or on the first-run
screen for someone who brings a backup from another computer.

The backups finapp keeps in the data folder are listed newest first, the newest selected; a
backup kept elsewhere is picked with "Choose a file…". The backup opens with a key finapp knows
(the keyring's, the passphrase just typed) or with the one the user types for it, asked until it
opens or cancelled (:mod:`finapp.gui.dialogs.backup_passphrase`). The restore itself is
:func:`finapp.services.restore.restore`, as Settings → Restore… and ``finapp restore`` use: it
checks the backup before touching anything and keeps what is there aside (a damaged store as
``backups/pre-restore-…-damaged.db``). It runs on a helper thread behind a busy bar, then the
restored store is opened and left in :attr:`RestoreBackupDialog.store` for the window. Cancel,
at any question, leaves every file as it was; while the restore runs it cannot be called back,
so Cancel waits (it takes seconds).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp.errors import FinappError, PassphraseRequiredError
from finapp.gui.dialogs.backup_passphrase import BackupPassphraseDialog
from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.error_texts import error_text
from finapp.gui.resources import app_icon
from finapp.gui.widgets.backup_list import BackupList, choose_backup_file, made_text
from finapp.gui.widgets.error_line import error_line
from finapp.services.backup_keys import opening_key
from finapp.services.opening import open_store
from finapp.services.rescue import BackupOffer
from finapp.services.restore import RestoreResult, restore
from finapp.store.engine import Store
from finapp.store.keys import StoreKey
from finapp.tr_marks import fill

# The key the restored store gets, given the key that opened the backup; raises
# :class:`PassphraseRequiredError` when the user must choose a passphrase for it.
TargetKey = Callable[[StoreKey], StoreKey]


class _BackupKeyDialog(BackupPassphraseDialog):
    """The backup's passphrase or recovery key, worded for a restore with no store open."""

    def _retranslate(self) -> None:
        super()._retranslate()
        self.intro.setText(
            fill(
                self.tr(
                    "Enter the passphrase %1 was made under, or the recovery key finapp showed "
                    "you if it kept its key in the system keyring then."
                ),
                (self.source.name,),
            )
        )


class _Restoring(QObject):
    """Restores and opens the store on a helper thread; the outcome arrives on the UI thread."""

    done = Signal(object, object)
    failed = Signal(object)

    def start(self, data_dir: Path, source: Path, source_key: StoreKey, target: StoreKey) -> None:
        # not a daemon: quitting meanwhile lets the restore finish its rename or leave it undone
        threading.Thread(
            target=self._run, args=(data_dir, source, source_key, target), name="finapp-restore"
        ).start()

    def _run(self, data_dir: Path, source: Path, source_key: StoreKey, target: StoreKey) -> None:
        try:
            result = restore(data_dir, source, source_key, target)
            store = open_store(data_dir, key=target)
        except Exception as exc:  # a FinappError for the user, or a bug: both told on the UI
            self.failed.emit(exc)
        else:
            self.done.emit(result, store)


class RestoreBackupDialog(QDialog):
    """Pick a backup (or a file) and restore it; :attr:`store` is the restored store, open.

    ``reason`` words the opening sentence (:data:`MISSING`, :data:`DAMAGED`, :data:`FIRST_RUN`,
    :data:`DAMAGE_FOUND`); ``known`` are the keys tried on a backup before the user is asked for
    its passphrase. ``before_restore`` runs once a backup is chosen and its key known, just
    before the restore replaces the store: a running window closes its store there, so a
    Cancel before then leaves it working on the data as it is.
    """

    MISSING = "missing"
    DAMAGED = "damaged"
    FIRST_RUN = "first-run"
    # the store opens, but the page check after start found damaged pages inside it
    DAMAGE_FOUND = "damage-found"

    def __init__(
        self,
        data_dir: Path,
        reason: str,
        known: Sequence[StoreKey],
        target_for: TargetKey,
        parent: QWidget | None = None,
        *,
        before_restore: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self._before_restore = before_restore
        self.reason = reason
        self._known = list(known)
        self._target_for = target_for
        self.store: Store | None = None
        self.outcome: RestoreResult | None = None
        self._running: _Restoring | None = None
        self.setObjectName("restore-backup")
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        self.backups = BackupList(data_dir, self)
        offers = self.backups.offers
        self.intro = QLabel(self._intro_text(offers), self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.backups.itemActivated.connect(lambda _item, _col: self.restore_selected())
        self.backups.setVisible(bool(offers))
        layout.addWidget(self.backups)
        self.choose_button = QPushButton(self.tr("Choose a file…"), self)
        self.choose_button.setObjectName("restore-choose-file")
        self.choose_button.setAccessibleName(self.tr("Choose a file"))
        self.choose_button.clicked.connect(self.choose_file)
        layout.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # the restore says nothing until it is done: busy
        self.progress.setAccessibleName(self.tr("Restoring"))
        self.progress.hide()
        layout.addWidget(self.progress)
        self.error = error_line(self)
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(bool(offers))
        self.restore_button.setDefault(bool(offers))
        self.buttons.accepted.connect(self.restore_selected)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        (self.backups if offers else self.choose_button).setFocus()

    def _intro_text(self, offers: Sequence[BackupOffer]) -> str:
        folder = (str(self.data_dir),)
        have_backups = bool(offers)
        if self.reason == self.DAMAGE_FOUND and offers:
            return fill(
                self.tr(
                    "finapp found damage inside your data in %1: part of it cannot be read. "
                    "The newest backup, %2, was made %3: restore it to carry on from then. "
                    "The damaged file is kept aside, not deleted. Cancel opens your data as it "
                    "is, unchanged."
                ),
                (str(self.data_dir), offers[0].path.name, made_text(offers[0])),
            )
        if self.reason == self.DAMAGE_FOUND:
            return fill(
                self.tr(
                    "finapp found damage inside your data in %1: part of it cannot be read, and "
                    "no backup of it was found there. If you keep a backup elsewhere, choose it "
                    "to restore it. Cancel opens your data as it is, unchanged."
                ),
                folder,
            )
        if self.reason == self.DAMAGED:
            return fill(
                self.tr(
                    "Your finapp data in %1 is damaged and cannot be opened. Restore a backup to "
                    "carry on from the day it was made. The damaged file is kept aside, not "
                    "deleted."
                ),
                folder,
            )
        if self.reason == self.MISSING and have_backups:
            return fill(
                self.tr(
                    "Your finapp data is missing from %1, but its backups are there. Restore "
                    "one to carry on from the day it was made."
                ),
                folder,
            )
        if self.reason == self.MISSING:
            return fill(
                self.tr(
                    "Your finapp data is missing from %1 and no backup of it was found there. "
                    "If you keep a backup elsewhere, choose it to restore it."
                ),
                folder,
            )
        return self.tr(
            "Bring back your data from a backup finapp made, on this computer or another."
        )

    def restore_selected(self) -> None:
        chosen = self.backups.chosen()
        if chosen is not None and self._running is None:
            self.restore_file(chosen)

    def choose_file(self) -> None:
        choose_backup_file(self, self.tr("Restore from a backup"), self.data_dir, self.restore_file)

    def restore_file(self, source: Path) -> None:
        """Find the key ``source`` opens with (asking for it when no key known does), then
        restore it. A damaged file is refused here, in the dialog, and nothing changes."""
        self.error.hide()
        try:
            key = opening_key(source, self._known)
        except FinappError as exc:
            self._show_error(error_text(exc))
            return
        if key is not None:
            self._restore_with(source, key)
            return
        ask = _BackupKeyDialog(source, self)
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def opened() -> None:
            if ask.key is not None:
                self._restore_with(source, ask.key)

        ask.accepted.connect(opened)
        ask.open()

    def _restore_with(self, source: Path, source_key: StoreKey) -> None:
        """Restore under the key the data gets here; on a new computer without a keyring the
        user first chooses the passphrase that will protect it."""
        try:
            target = self._target_for(source_key)
        except PassphraseRequiredError:
            chosen: list[StoreKey] = []
            ask = PassphraseDialog(
                lambda text: chosen.append(StoreKey.from_passphrase(text)), create=True,
                parent=self,
            )  # fmt: skip
            ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            ask.accepted.connect(
                lambda: self._start(source, source_key, chosen[0]) if chosen else None
            )
            ask.open()
            return
        self._start(source, source_key, target)

    def _start(self, source: Path, source_key: StoreKey, target: StoreKey) -> None:
        if self._before_restore is not None:  # a running window lets go of the store first
            self._before_restore()
        self._set_running(True)
        running = self._running = _Restoring(self)
        running.done.connect(self._done)
        running.failed.connect(self._failed)
        running.start(self.data_dir, source, source_key, target)

    def _set_running(self, running: bool) -> None:
        self.progress.setVisible(running)
        for widget in (self.backups, self.choose_button, self.buttons):
            widget.setEnabled(not running)
        self.restore_button.setEnabled(not running and self.backups.topLevelItemCount() > 0)

    def _done(self, result: RestoreResult, store: Store) -> None:
        self._running = None
        self.outcome, self.store = result, store
        self._set_running(False)
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self._running = None
        self._set_running(False)
        if not isinstance(exc, FinappError):
            raise exc  # a bug: the crash dialog
        self._show_error(error_text(exc))

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def reject(self) -> None:
        """Cancel and Escape close it, except while the restore runs (it cannot be stopped)."""
        if self._running is None:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._running is not None:
            event.ignore()
            return
        super().closeEvent(event)
