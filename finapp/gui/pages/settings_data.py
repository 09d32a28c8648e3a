"""Settings → Data and security: where the data is, how it is protected, backup and the rest.

Backup and export run while the store stays open. Restoring, changing the key and deleting
everything replace or remove the store's file, so the store is closed first and finapp quits
afterwards (``quit_app``); the next start opens what is there then. Each of those asks first,
and deleting everything only goes ahead when the user types the confirmation word. A restore or
key change that is refused changes nothing, and the window carries on. A backup that the data's
key of now does not open is opened first with the key the user types for it
(:mod:`finapp.gui.dialogs.backup_passphrase`), and restored under the key of now.

"Back up now" writes into the data folder's rotation; "Back up to…" asks for a place elsewhere
(a USB stick, a folder synced to another computer), as the erase dialog does before it deletes
everything, backups included. The line under the buttons says where the last backup is, and is
rewritten once the store is erased, restored or re-keyed, so it never points at a folder that
is gone: it then says what was done, and names a backup saved elsewhere, which outlives an
erase.

Quitting leaves the event loop with ``QApplication.exit``, and the start-up code then closes
the shell as after any quit. ``QApplication.quit`` would first ask every window to close: the
main window answers by hiding to the tray, and on X11 the tray icon is itself a visible window,
so Qt cancels the quit and finapp vanished into the tray, still running over a store whose
file had just been replaced or re-keyed.

"Keep key in system keyring" is shown disabled, with a tooltip saying why, where no secure
keyring works (:func:`finapp.store.keys.keyring_usable`), rather than hidden: the README and
the user's own memory point at that button, and a greyed button that explains itself answers
"where did it go?" and says the passphrase is what protects the data. It is hidden only when
the key is already in the keyring, where it has nothing left to do.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QLocale, Qt, QTime, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from finapp.errors import FinappError, NotAvailableError, StoreBusyError
from finapp.gui.context import AppContext
from finapp.gui.dialogs.backup_passphrase import BackupPassphraseDialog
from finapp.gui.dialogs.choose_backup import ask_backup
from finapp.gui.dialogs.confirm_wipe import ask_wipe
from finapp.gui.dialogs.unlock import PassphraseDialog
from finapp.gui.dialogs.wait import WaitWindow
from finapp.gui.error_texts import error_text
from finapp.gui.list_words import joined
from finapp.gui.sizes import friendly_size
from finapp.gui.waiting import wait_off_ui_thread
from finapp.gui.widgets.asking import (
    Button,
    Icon,
    ask_item,
    choose_folder,
    confirm,
    tell,
)
from finapp.gui.widgets.backup_place import choose_backup_place, remember_folder
from finapp.services.backup import BackupResult, backup
from finapp.services.backup_elsewhere import backup_elsewhere
from finapp.services.backup_keys import known_keys, opening_key
from finapp.services.export import export_all
from finapp.services.keys_admin import (
    change_passphrase,
    ensure_sole_user,
    strands_recovery_key,
    use_keyring,
)
from finapp.services.rekey_record import unfinished_change
from finapp.services.restore import restore
from finapp.services.wipe import WipeResult, wipe_all
from finapp.store.keys import StoreKey, keyring_usable
from finapp.tr_marks import fill

log = logging.getLogger("finapp.gui")
T = TypeVar("T")


class DataSecurityPanel(QWidget):
    def __init__(
        self,
        ctx: AppContext,
        parent: QWidget | None = None,
        quit_app: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.quit_app = quit_app or QApplication.exit
        self.location = QLabel(str(ctx.data_dir), self)
        self.location.setAccessibleName(self.tr("Data folder"))
        self.location.setWordWrap(True)
        self.protection = QLabel(self._protection_text(), self)
        self.protection.setAccessibleName(self.tr("How the data is protected"))
        self.protection.setWordWrap(True)
        self.last_result = QLabel(self)
        self.last_result.setAccessibleName(self.tr("Result of the last action"))
        self.last_result.setWordWrap(True)
        self.last_result.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        # the last backup saved outside the data folder in this session: an erase keeps it
        self.saved_elsewhere: Path | None = None

        where = QGroupBox(self.tr("Where your data is"), self)
        form = QFormLayout(where)
        form.addRow(self.tr("Folder:"), self.location)
        form.addRow(self.tr("Protection:"), self.protection)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Open folder"), self.open_folder),
            (self.tr("Change passphrase…"), self.ask_change_passphrase),
        ):
            buttons.addWidget(self._button(text, slot))
        self.keyring_button = self._button(
            self.tr("Keep key in system keyring"), self.ask_use_keyring
        )
        self._offer_keyring()
        buttons.addWidget(self.keyring_button)
        buttons.addStretch(1)
        form.addRow(buttons)

        safety = QGroupBox(self.tr("Backups and export"), self)
        safety_layout = QVBoxLayout(safety)
        row = QHBoxLayout()
        for text, slot in (
            (self.tr("Back up now"), self.back_up_now),
            (self.tr("Back up to…"), self.ask_back_up_to),
            (self.tr("Restore…"), self.ask_restore),
            (self.tr("Export…"), self.ask_export),
        ):
            row.addWidget(self._button(text, slot))
        row.addStretch(1)
        safety_layout.addLayout(row)
        safety_layout.addWidget(self.last_result)

        danger = QGroupBox(self.tr("Delete"), self)
        danger_layout = QHBoxLayout(danger)
        warning = QLabel(
            self.tr("Remove the store, its backups and the saved key from this machine."), self
        )
        warning.setWordWrap(True)
        danger_layout.addWidget(warning, 1)
        danger_layout.addWidget(self._button(self.tr("Delete all data…"), self.ask_wipe))

        layout = QVBoxLayout(self)
        layout.addWidget(where)
        layout.addWidget(safety)
        layout.addWidget(danger)
        layout.addStretch(1)

    def _button(self, text: str, slot: Callable[[], None]) -> QPushButton:
        button = QPushButton(text, self)
        button.setAccessibleName(text.rstrip("…"))
        button.clicked.connect(slot)
        return button

    def _offer_keyring(self) -> None:
        """Hide the keyring button once the key is there (and no move to it is left
        unfinished); grey it out where no keyring works."""
        change = unfinished_change(self.ctx.data_dir)
        finishing = change is not None and change.mode == "keyring"
        if self.ctx.store.key.source == "keyring" and not finishing:
            self.keyring_button.hide()
            return
        usable = keyring_usable()
        why = (
            ""
            if usable
            else self.tr(
                "No secure system keyring is available on this computer; finapp uses your "
                "passphrase instead."
            )
        )
        self.keyring_button.setEnabled(usable)
        self.keyring_button.setToolTip(why)
        self.keyring_button.setAccessibleDescription(why)

    def _protection_text(self) -> str:
        source = self.ctx.store.key.source
        if source == "keyring":
            text = self.tr("Encrypted; the key is kept in the system keyring.")
        elif source == "passphrase":
            text = self.tr("Encrypted with your passphrase.")
        else:
            text = self.tr("Encrypted with a recovery key.")
        if self.ctx.is_demo:
            text += " " + self.tr("This is demo data.")
        return text

    def _report(self, text: str) -> None:
        self.last_result.setTextFormat(Qt.TextFormat.PlainText)
        self.last_result.setText(text)
        self.ctx.bus.message.emit("info", text)

    # -- while the store stays open ------------------------------------------------------------

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))

    def back_up_now(self) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _p, _c: backup(store),
            self._backed_up,
        )

    def ask_back_up_to(self) -> None:
        """Ask where, then save the backup there (refused inside the data folder)."""
        choose_backup_place(self, self.back_up_to)

    def back_up_to(self, path: Path) -> None:
        self._save_elsewhere(path, self._backed_up, self.ctx.tasks.report)

    def _save_elsewhere(
        self,
        path: Path,
        done: Callable[[BackupResult], None],
        failed: Callable[[Exception], None],
    ) -> None:
        """A backup outside the data folder, remembered so the erase can say it is kept."""
        store = self.ctx.store

        def saved(result: BackupResult) -> None:
            self.saved_elsewhere = Path(result.path)
            remember_folder(self.saved_elsewhere)
            done(result)

        self.ctx.tasks.run(lambda _p, _c: backup_elsewhere(store, path), saved, failed)

    def _save_before_wipe(
        self, path: Path, done: Callable[[BackupResult], None], failed: Callable[[str], None]
    ) -> None:
        """The erase dialog's "Save a backup elsewhere first": its outcome is said in the
        dialog; a bug goes to the crash dialog as well."""

        def not_saved(exc: Exception) -> None:
            if not isinstance(exc, FinappError):
                self.ctx.tasks.report(exc)
            failed(self._failure_text(exc))

        self._save_elsewhere(path, done, not_saved)

    def _failure_text(self, exc: Exception) -> str:
        """A refusal in the user's words; a bug's own text never (it can hold household data)."""
        if isinstance(exc, FinappError):
            return error_text(exc)
        return self.tr("finapp could not finish this; your data is as it was.")

    def _backed_up(self, result: BackupResult) -> None:
        """Say when, how big and where, the folder a link that opens it: the file's own name
        (a stamp and a count) tells the user nothing they need."""
        folder = Path(result.path).parent
        when = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        text = fill(
            self.tr("Backup made: %1, %2 — in %3"),
            (when, friendly_size(result.size_bytes), str(folder)),
        )
        link = QUrl.fromLocalFile(str(folder)).toString()
        self.last_result.setTextFormat(Qt.TextFormat.RichText)
        show_text = self.tr("Show")
        show = f'<a href="{html.escape(link)}">{html.escape(show_text)}</a>'
        #: the backup's sentence and, in brackets, the link that shows its folder
        self.last_result.setText(fill(self.tr("%1 (%2)"), (html.escape(text), show)))
        self.ctx.bus.message.emit("info", text)

    def ask_export(self) -> None:
        """Warn that exports are plain text, then ask where and in which format."""
        confirm(
            self,
            self.tr("Export"),
            self.tr(
                "Exported files are not encrypted: anyone who can read the folder can read "
                "your transactions. Export anyway?"
            ),
            lambda: choose_folder(
                self, self.tr("Export into folder"), self._ask_format, object_name="export-folder"
            ),
            object_name="confirm-export",
            icon=Icon.Warning,
            refuse=Button.Cancel,
            yes_text=self.tr("Export"),
        )

    def _ask_format(self, folder: Path) -> None:
        ask_item(
            self, self.tr("Export"), self.tr("Format"), ["csv", "json"],
            lambda fmt: self.export_to(folder, fmt), object_name="export-format",
        )  # fmt: skip

    def export_to(self, folder: Path, fmt: str) -> None:
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _p, _c: export_all(store, folder, fmt),
            lambda result: self._report(
                fill(
                    self.tr("Exported %n file(s) to %1 (not encrypted).", "", len(result.files)),
                    (result.folder,),
                )
            ),
        )

    # -- replacing or removing the store: close it, act, quit ----------------------------------

    def _wait_for(self, work: Callable[[], T], doing: str) -> T:
        """``work()`` off the UI thread, the window painting meanwhile; once it has taken a
        while, a window over this one says ``doing`` (:mod:`finapp.gui.waiting`)."""
        window = WaitWindow(self.window())
        window.setObjectName("replacing-store")
        window.say(doing, self.tr("On years of history this takes a few seconds."))
        return wait_off_ui_thread(work, window)

    def _then_quit(
        self,
        work: Callable[[], object],
        doing: str,
        done_text: str | Callable[[Any], str],
        *,
        refusal: Callable[[StoreBusyError], str] | None = None,
    ) -> None:
        """Act on the closed store (saying ``doing`` while it takes a while), say how it went,
        and quit once the user has read it.

        ``done_text`` may be worded from the work's result. A bug's own text never reaches the
        box (it can hold household data): the crash dialog has the details. With ``refusal``,
        work refused because another finapp has the store open changed nothing: the window
        carries on and its banner says why, in ``refusal``'s words.
        """
        self.ctx.release_store()  # what waits never starts: finapp quits, whatever happened
        try:
            result = self._wait_for(work, doing)
        except Exception as exc:
            if refusal is not None and isinstance(exc, StoreBusyError):
                self.ctx.tasks.release()  # the window carries on: what waited starts
                log.warning("store left as it was: %s", exc)
                self._refused(refusal(exc))
                return
            self.ctx.tasks.report(exc)
            self._quit_after(self._failure_text(exc), Icon.Critical)
        else:
            text = done_text(result) if callable(done_text) else done_text
            self._quit_after(text, Icon.Information)

    def _quit_after(self, text: str, icon: Icon) -> None:
        """The store is gone or changed under this window: whatever closes the box, quit.

        The line under the backup buttons says the same: the backup it named may be gone with
        the data, or belong to data since replaced."""
        self._report(text)
        # its button says what it does: after "All finapp data was deleted." an OK closed the
        # whole window unannounced
        tell(self, self.tr("finapp"), text, object_name="closing-finapp", icon=icon,
             then=self.quit_app, ok_text=self.tr("Quit finapp"))  # fmt: skip

    def ask_restore(self) -> None:
        """The backups finapp made to pick from, or one kept elsewhere."""
        ask_backup(self, self.ctx.data_dir, self._open_backup)

    def _open_backup(self, source: Path) -> None:
        """Find the key the chosen backup opens with before anything is closed: the data's own,
        an unfinished key change's new one, else the one the user types (asked until it opens,
        or cancelled). A damaged backup is refused here and the window carries on."""
        store = self.ctx.store
        keys = [known.key for known in known_keys(self.ctx.data_dir, store.key)]
        try:
            key = opening_key(source, keys)
        except FinappError as exc:
            self._refused(error_text(exc))
            return
        if key is not None:
            self._confirm_restore(source, key)
            return
        dialog = BackupPassphraseDialog(source, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._confirm_restore(source, dialog.key or store.key))
        dialog.open()

    def _confirm_restore(self, source: Path, source_key: StoreKey) -> None:
        self._confirm(
            self.tr("Replace all current data with this backup? The current data is kept "
                    "aside first. finapp closes afterwards."),
            lambda: self.restore_from(source, source_key),
            "confirm-restore",
            self.tr("Restore from backup"),
            self.tr("Replace data"),
        )  # fmt: skip

    def restore_from(self, source: Path, source_key: StoreKey) -> None:
        """Restore ``source`` (opened with ``source_key``) under the data's key of now."""
        key, data_dir = self.ctx.store.key, self.ctx.data_dir
        done = self.tr("Restored. Start finapp again to see the restored data.")
        if source_key != key:
            done = self.tr(
                "Restored. The restored data is protected by your current key, not the one "
                "the backup was made under. Start finapp again to see it."
            )
        self._replace_store(
            lambda: restore(data_dir, source, source_key, key),
            self.tr("Restoring the backup…"),
            done,
            self._restore_refusal,
        )

    def _restore_refusal(self, exc: FinappError) -> str:
        if isinstance(exc, StoreBusyError):
            return self.tr(
                "Nothing was restored: your data is still in use (by another finapp window "
                "or work still running). Try again in a moment."
            )
        return error_text(exc)

    def ask_change_passphrase(self) -> None:
        dialog = PassphraseDialog(self._confirm_passphrase, create=True, change=True, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    def _confirm_passphrase(self, passphrase: str) -> None:
        """Ask before the change; a switch from the keyring says first that the recovery key
        written down will open nothing, while the user can still say no."""
        text = self.tr("finapp closes after the change.")
        if strands_recovery_key(self.ctx.store.key):
            text = self.tr(
                "From now on only this passphrase opens your data and its backups: the "
                "recovery key you wrote down will no longer open them. finapp closes after "
                "the change."
            )
        self._confirm(
            text,
            lambda: self.change_passphrase_to(passphrase),
            "confirm-passphrase",
            self.tr("Change passphrase"),
            self.tr("Change passphrase"),
        )

    def change_passphrase_to(self, passphrase: str) -> None:
        key, data_dir = self.ctx.store.key, self.ctx.data_dir
        done = self.tr("Passphrase changed. Start finapp again and unlock with it.")
        if strands_recovery_key(key):
            done = self.tr(
                "Passphrase changed. The recovery key you wrote down no longer opens your "
                "data: your passphrase does now, and it is the only way in, so keep it "
                "somewhere safe. Start finapp again and unlock with it."
            )
        self._replace_store(
            lambda: change_passphrase(data_dir, key, passphrase),
            self.tr("Changing the passphrase…"),
            done,
            self._key_refusal,
        )

    def ask_use_keyring(self) -> None:
        self._confirm(
            self.tr("Keep a random key in the system keyring instead of a "
                    "passphrase? finapp closes after the change."),
            self.move_key_to_keyring,
            "confirm-keyring",
            self.tr("Keep key in system keyring"),
            self.tr("Use the keyring"),
        )  # fmt: skip

    def move_key_to_keyring(self) -> None:
        key, data_dir = self.ctx.store.key, self.ctx.data_dir
        self._replace_store(
            lambda: use_keyring(data_dir, key),
            self.tr("Moving the key to the system keyring…"),
            self.tr("The key is now in the system keyring."),
            self._key_refusal,
        )

    def _replace_store(
        self,
        work: Callable[[], object],
        doing: str,
        done_text: str,
        refusal: Callable[[FinappError], str],
    ) -> None:
        """Re-key or restore the store (saying ``doing`` while it takes a while) and quit; a
        refusal keeps the user where they were.

        A refusal changes nothing: the keyring key is stored before anything is re-encrypted,
        SQLCipher's rekey is all or nothing and a restore renames its checked copy over the
        store last, so the store still opens with the key this window holds and the window
        carries on. Quitting after a refusal too, as this once did, closed the main window,
        which with a tray hides instead of closing: finapp seemed to vanish while it kept
        running. The window lets go of the store first (:meth:`AppContext.release_store`).
        """
        self.ctx.release_store()
        try:
            self._wait_for(work, doing)
        except Exception as exc:
            self.ctx.tasks.release()  # the window carries on: what waited starts
            if not isinstance(exc, FinappError):
                raise  # a bug: the crash dialog, over a window still working
            log.warning("store left as it was: %s", exc.__cause__ or exc)
            self._refused(refusal(exc))
            return
        self._quit_after(done_text, Icon.Information)

    def _key_refusal(self, exc: FinappError) -> str:
        """Why the key stayed as it was, in the user's language."""
        if isinstance(exc, NotAvailableError):
            return self.tr(
                "The system keyring could not keep finapp's key, so nothing was changed: your "
                "passphrase still protects your data."
            )
        if isinstance(exc, StoreBusyError):
            return self.tr(
                "The key was not changed: your data is still in use (by another finapp window "
                "or work still running). Try again in a moment."
            )
        return error_text(exc)

    def _refused(self, text: str) -> None:
        """Say in the window's banner why nothing changed.

        The window is brought back to the front first: the dialog just closed, and the banner
        is only read if the window it is in has the user's attention.
        """
        window = self.window()
        window.raise_()
        window.activateWindow()
        self.ctx.bus.message.emit("error", text)

    def ask_wipe(self) -> None:
        """Delete everything once the user has typed the confirmation word."""
        ask_wipe(self, self.wipe, self.ctx.data_dir, self._save_before_wipe)

    def wipe(self) -> None:
        """Delete the store, its backups and the saved key, then quit.

        With the store's key, as ``finapp wipe`` erases: the key finds the keyring entries the
        store recorded that nothing names any more (an older finapp left one behind when
        ``store.id`` was lost), finapp's backups kept under other names and the renewals
        calendar kept up to date; without it the window left that entry holding the key to
        every backup after "All finapp data was deleted"."""
        data_dir, key, path = self.ctx.data_dir, self.ctx.store.key, self.ctx.store.path

        def sole_then_wipe() -> WipeResult:
            # as ``finapp wipe`` does: another finapp process (the command line, a second
            # window on this folder) reading or writing the store would have it deleted from
            # under it, and keep writing into a store no longer anywhere
            ensure_sole_user(path, key)
            return wipe_all(data_dir, key)

        self._then_quit(
            sole_then_wipe,
            self.tr("Deleting all data…"),
            self._wiped_text,
            refusal=self._wipe_refusal,
        )

    def _wipe_refusal(self, exc: StoreBusyError) -> str:
        """Why nothing was deleted: another finapp has the data open."""
        return self.tr(
            "Nothing was deleted: your data is open in another finapp window or command. "
            "Close it and choose Delete all data again."
        )

    def _wiped_text(self, result: WipeResult) -> str:
        """What went and what stayed, as ``finapp wipe`` tells it: backups found under other
        names, the files and folders kept (the user's own, the unencrypted copies of their
        data, the calendar kept up to date) and a keyring entry left."""
        text = self.tr("All finapp data was deleted.")
        if self.saved_elsewhere is not None and self.saved_elsewhere.is_file():
            text += " " + fill(
                self.tr(
                    "The backup saved to %1 was kept: when finapp starts again, choose "
                    "“Restore from a backup…” to bring it back."
                ),
                (str(self.saved_elsewhere),),
            )
        for sentence, names in self._wiped_lists(result):
            if names:
                text += " " + fill(sentence, (joined(list(names)),))
        if result.calendar:
            text += " " + fill(
                self.tr(
                    "The renewals calendar kept up to date was kept, and it is not encrypted: "
                    "delete it yourself if you no longer need it: %1"
                ),
                (result.calendar,),
            )
        if result.not_the_demo:
            text += " " + fill(
                self.tr(
                    "%1 was kept whole: it is named like this data's demo, but it is not "
                    "finapp's demo (another household's data, perhaps)."
                ),
                (result.not_the_demo,),
            )
        if result.keyring_problem:
            text += " " + self.tr(
                "The key could not be removed from the system keyring; remove finapp's entry "
                "there by hand."
            )
        return text

    def _wiped_lists(self, result: WipeResult) -> list[tuple[str, tuple[str, ...]]]:
        """Each sentence naming a list of what the erase found, with that list."""
        own_files = tuple(name for name in result.kept if name not in result.exports)
        return [
            (self.tr("These backups of your data kept under other names were deleted too: %1"),
             result.backups_found),
            (self.tr("These files were kept because finapp did not write them: %1"), own_files),
            (self.tr("These folders were kept because they hold files finapp did not write: %1"),
             result.kept_folders),
            (self.tr(
                "These exports of your data were kept, and they are not encrypted: delete "
                "them yourself if you no longer need them: %1"
            ), result.exports),
            (self.tr(
                "These folders were kept because they hold only the unencrypted copies of your "
                "data named here: %1"
            ), result.copies_kept_in),
        ]  # fmt: skip

    def _confirm(
        self, text: str, then: Callable[[], None], object_name: str, title: str, doing: str
    ) -> None:
        """The step (``doing``, on its button) or No before a step that closes finapp; No is
        the default, as Enter's answer. Titled and labelled by what it does: a box titled
        "finapp" asking Yes or No read the same for replacing the data as for a new key."""
        confirm(self, title, text, then, object_name=object_name, yes_text=doing)
