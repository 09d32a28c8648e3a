"""From an unlocked (or demo) store to a running shell, and back out of the demo.

Keeps the real store's key in memory while the demo household is open, so "Leave demo"
reopens the user's own store without asking for the passphrase again. The demo never gets that
key: both ways in (the first-run screen, ``--demo``) open it with its own
(:mod:`finapp.services.demo`), and a demo key that no keyring keeps is held for this run, so
leaving the demo and coming back finds it as it was left. The user's own store,
while empty, always leads to the first-run choice: at start and again on leaving the demo.
The demo opens behind a progress window (:mod:`finapp.gui.demo_opening`); the page modules
(matplotlib: the slow import) of the page the window opens on load on a helper thread
from the start, so they are in by the time the window needs it.

A login start (``background``) opens no window: finapp waits in the tray, checking reminders.
A store that needs a passphrase stays locked there (:mod:`finapp.gui.locked_start`) until the
user clicks the icon.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QSystemTrayIcon

from finapp.errors import (
    FinappError,
    PassphraseRequiredError,
    StoreDamagedError,
    StoreMissingError,
    WrongKeyError,
)
from finapp.gui.clock import Clock
from finapp.gui.demo_opening import DemoOpening, DemoUiState
from finapp.gui.dialogs.first_run import FirstRunDialog
from finapp.gui.dialogs.restore_backup import RestoreBackupDialog
from finapp.gui.dialogs.unlock import DamageAwareOpener, PassphraseDialog, unlock_store
from finapp.gui.error_texts import error_text
from finapp.gui.locked_start import LockedStart
from finapp.gui.pages.catalog import load_page_class, opening_entry
from finapp.gui.shell import Shell
from finapp.gui.start_restore import StartRestore
from finapp.gui.tasks import TaskRunner
from finapp.gui.ui_state import UiState
from finapp.gui.waiting import open_off_ui_thread
from finapp.services.opening import open_store, refuse_vanished_store, store_exists
from finapp.services.rescue import open_or_find_damaged
from finapp.services.settings import set_home_currency
from finapp.services.status import store_is_empty
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, keyring_usable

if TYPE_CHECKING:  # the demo's module loads only when the demo is opened
    from finapp.services.demo import DemoVisit

log = logging.getLogger("finapp.gui")

#: called once the window is painted / once its first page is shown (start-up benchmark)
Milestone = Callable[[], None] | None


def _restorable(exc: FinappError) -> bool:
    """Whether the store failed to open in a way its backups can mend: missing, damaged at its
    head, or damaged in a page its opening read (bringing it up to date writes to it), which
    had ended the start with a box saying to restore from Settings, in a window never shown."""
    return isinstance(exc, StoreMissingError | StoreDamagedError) or exc.code == "store.damaged"


def _preload_page(remembered: str) -> None:
    """Import the module of the page the window will open on, on a helper thread.

    Only that one: the others would compete with the first page for the interpreter, and the
    window loads them itself once it is idle.
    """
    entry = opening_entry(remembered)
    threading.Thread(target=load_page_class, args=(entry,), name="finapp-pages",
                     daemon=True).start()  # fmt: skip


class Launcher(QObject):
    """Owns the current :class:`Shell` and the switch between the real store and the demo.

    ``clock``, ``tasks`` and ``tray_available`` go to every shell it opens (one clock for the
    whole app; the tray as the platform has it unless said otherwise).
    """

    def __init__(
        self,
        app: QApplication,
        data_dir: Path,
        ui_state: UiState,
        *,
        clock: Clock | None = None,
        tasks: type[TaskRunner] = TaskRunner,
        tray_available: bool | None = None,
    ) -> None:
        super().__init__(app)
        self.app = app
        self.data_dir = data_dir
        self.ui_state = ui_state
        self.clock = clock or Clock()
        self.tasks = tasks
        self.tray_available = tray_available
        self.shell: Shell | None = None
        self.locked: LockedStart | None = None
        self._real_key: StoreKey | None = None
        #: the demo's key when no keyring keeps it: made by the first visit, lasts this run
        self._demo_key: StoreKey | None = None
        self._passphrase: str | None = None
        #: why the store waiting locked in the tray asks for a key (its question says it)
        self._locked_why: FinappError | None = None
        self._opening: DemoOpening | None = None
        self._pending_files: list[Path] = []
        self._first_run: FirstRunDialog | None = None  # while the first-run question is open
        self.restoring = StartRestore(data_dir, self)  # a store missing, damaged or replaced
        # before the first statement, budgets and totals are in the locale's money (人民币 in
        # Chinese), not in dollars
        set_home_currency(QLocale().currencySymbol(QLocale.CurrencySymbolFormat.CurrencyIsoCode))

    def start(
        self,
        *,
        demo: bool = False,
        background: bool = False,
        files: Sequence[Path] = (),
        passphrase: str | None = None,
        on_painted: Milestone = None,
        on_ready: Milestone = None,
    ) -> bool:
        """Unlock, offer the first-run choice, show the window; False if the user gave up.

        The demo (``demo``, or chosen on the first-run screen) appears once it is built: this
        returns at once, with the progress window on screen. ``background`` (a login start)
        opens no window and asks nothing: see :meth:`start_in_background`.
        """
        self._passphrase = passphrase
        if background and not demo and not files:
            return self.start_in_background()
        _preload_page((DemoUiState(self.ui_state.path) if demo else self.ui_state).last_page)
        if demo:
            self._open_demo(on_painted, on_ready)
            return True
        try:
            store = unlock_store(self.data_dir, passphrase=passphrase)
        except FinappError as exc:
            if not _restorable(exc):  # a store that cannot be opened: say why, start nothing
                QMessageBox.critical(None, "finapp", error_text(exc))
                return False
            store = self._offer_restore(exc)  # backups can bring it back
        if store is None:
            return False
        log.info("startup: store opened with a " + store.key.source + " key")
        self._real_key = store.key
        # the command line's files, then any a later launch handed over while the passphrase
        # or a restore was asked: files to open skip the first-run question
        self._pending_files[:0] = files
        if self._pending_files:
            shell = self._show(store, on_painted=on_painted, on_ready=on_ready)
            self._open_pending(shell)
        else:
            self._home(store, on_painted, on_ready)
        return True

    def _open_pending(self, shell: Shell) -> None:
        """Import the files that waited for the user's own window, in the order they came."""
        files, self._pending_files = self._pending_files, []
        shell.open_files(files)

    def _offer_restore(self, exc: FinappError) -> Store | None:
        """The store is missing or damaged: its backups offered; the restored store, or None."""
        log.info("startup: the store is %s, a restore is offered",
                 "missing" if isinstance(exc, StoreMissingError) else "damaged")  # fmt: skip
        return self.restoring.after_failed_open(exc, self._passphrase)

    def start_in_background(self) -> bool:
        """A login start: the store opened without asking (keyring, ``FINAPP_PASSPHRASE``) and
        finapp in the tray; a store that needs a passphrase waits locked in the tray.

        Without a tray there is nowhere quiet to wait: the store is unlocked as on a normal
        start and the window opens minimised (see :meth:`Shell.start_in_background`). A store
        missing or damaged at its head cannot wait: the restore is offered as on a normal start,
        and what it brings back opens in the window, where the user is already acting. Damage
        the page check finds inside it waits for the window (the tray says so).
        """
        self.app.setQuitOnLastWindowClosed(False)
        try:
            store = self._open_without_asking()
            if store is None and not self._has_tray():
                log.info("startup: locked store and no system tray, asking for the passphrase")
                store = unlock_store(self.data_dir)
                if store is None:
                    return False
        except FinappError as exc:
            if not _restorable(exc):
                QMessageBox.critical(None, "finapp", error_text(exc))
                return False
            restored = self._offer_restore(exc)
            if restored is None:
                return False
            self._real_key = restored.key
            self._home(restored)
            return True
        if store is None:
            log.info("startup: in the tray, locked")
            self.locked = LockedStart(self.clock, self.tray_available, self)
            self.locked.unlock.connect(self.ask_passphrase)
            return True
        self._open_in_background(store)
        return True

    def _has_tray(self) -> bool:
        if self.tray_available is None:
            return QSystemTrayIcon.isSystemTrayAvailable()
        return self.tray_available

    def _open_without_asking(self) -> Store | None:
        """The store if it opens without a question, else None (it needs a passphrase)."""
        if self._passphrase:
            try:
                return open_or_find_damaged(self.data_dir, passphrase=self._passphrase)
            except WrongKeyError:
                log.info("unlock: FINAPP_PASSPHRASE does not open the store")
        refuse_vanished_store(self.data_dir)
        if store_exists(self.data_dir) or keyring_usable():
            try:
                return open_or_find_damaged(self.data_dir)
            except (PassphraseRequiredError, WrongKeyError) as exc:
                log.info("unlock: keyring key not usable (%s)", type(exc).__name__)
                self._locked_why = exc
        return None

    def _open_in_background(self, store: Store) -> Shell:
        log.info("startup: store opened with a " + store.key.source + " key, in the tray")
        self._real_key = store.key
        shell = self._make_shell(store)
        shell.start_in_background()
        return shell

    def ask_passphrase(self, to_alerts: bool = False) -> None:
        """The locked tray was clicked: the passphrase dialog (without blocking), then finapp.

        Unlocked, the window opens as on a normal start (:meth:`_show`): the window first, and
        once its page has settled the page check and the day's backup, so damage deep inside
        is found and its backups offered over a window that is no longer loading (offered
        while it loaded, a quick Restore found the store still in use and was refused). A store the
        passphrase is right for but damaged at its head gets its backups offered at once.
        """
        opened = [d for d in QApplication.topLevelWidgets()
                  if isinstance(d, PassphraseDialog) and d.isVisible()]  # fmt: skip
        if opened:
            opened[0].raise_()
            opened[0].activateWindow()
            return
        opener = DamageAwareOpener(self.data_dir)
        dialog = PassphraseDialog(
            opener, create=not store_exists(self.data_dir), why=self._locked_why
        )
        if not dialog.choosing:
            dialog.allow_erase(self.data_dir)

        def finished(result: int) -> None:
            dialog.deleteLater()
            if dialog.erased:
                self._start_afresh()
                return
            if result != QDialog.DialogCode.Accepted:
                return
            store = dialog.store
            if opener.damaged is not None:
                store = self._offer_restore(opener.damaged)
            if store is None:  # the restore was cancelled: still locked in the tray
                return
            if self.locked is not None:
                self.locked.close()
                self.locked = None
            log.info("unlock: store opened from the tray with a " + store.key.source + " key")
            self._real_key = store.key
            shell = self._show(store)
            self.restoring.tell(shell)  # what a restore brought back, if there was one
            if self._pending_files:
                self._open_pending(shell)
            elif to_alerts:
                shell.open_alerts()

        dialog.finished.connect(finished)
        dialog.open()

    def _start_afresh(self) -> None:
        """Everything was deleted from the padlock's unlock dialog ("Forgot it?"): the padlock
        goes and finapp starts as on its first day; it quits if no new passphrase is chosen,
        having nothing left to wait for."""
        if self.locked is not None:
            self.locked.close()
            self.locked = None
        if not self.start():
            QApplication.quit()

    def _home(self, store: Store, on_painted: Milestone = None, on_ready: Milestone = None) -> None:
        """The user's own store: the first-run choice while it is empty, else its window."""
        choice = ""
        if store_is_empty(store):
            dialog = FirstRunDialog(ui_state=self.ui_state, data_dir=self.data_dir)
            self._first_run = dialog
            dialog.exec()
            self._first_run = None
            choice = dialog.choice
        if choice == FirstRunDialog.DEMO:
            store.close()
            self._open_demo(on_painted, on_ready)
            return
        if choice == FirstRunDialog.RESTORE:
            key = store.key
            store.close()
            restored = self.restoring.ask(RestoreBackupDialog.FIRST_RUN, key, lambda _source: key)
            # cancelled: the new, empty store as it was, and the first-run question again
            self._home(restored or open_store(self.data_dir, key=key), on_painted, on_ready)
            return
        shell = self._show(store, on_painted=on_painted, on_ready=on_ready)
        self.restoring.tell(shell)
        if self._pending_files:  # handed over while the question was open: import them
            self._open_pending(shell)
        elif choice == FirstRunDialog.IMPORT:
            shell.imports.choose_files()

    def _open_demo(self, on_painted: Milestone, on_ready: Milestone) -> None:
        """Open the demo behind its progress window; its own window follows."""
        opening = self._opening = DemoOpening(self)

        def opened(visit: DemoVisit) -> None:
            self._opening = None
            self._demo_key = None if visit.kept else visit.store.key
            ui_state = DemoUiState(self.ui_state.path)
            self._show(visit.store, demo=visit, ui_state=ui_state, on_painted=on_painted,
                       on_ready=on_ready)  # fmt: skip
            opening.finish()  # after the demo window is up: never a moment without a window

        def failed() -> None:
            self._opening = None
            self._back_home()

        opening.opened.connect(opened)
        opening.failed.connect(failed)
        opening.start(self.data_dir, self._demo_key)

    def _show(
        self,
        store: Store,
        *,
        demo: DemoVisit | None = None,
        ui_state: UiState | None = None,
        on_painted: Milestone = None,
        on_ready: Milestone = None,
    ) -> Shell:
        shell = self._make_shell(store, demo=demo, ui_state=ui_state)
        shell.show(on_painted, on_ready)
        return shell

    def _make_shell(
        self, store: Store, *, demo: DemoVisit | None = None, ui_state: UiState | None = None
    ) -> Shell:
        shell = Shell(
            store,
            ui_state or self.ui_state,
            is_demo=demo is not None,
            demo=demo,
            tasks=self.tasks,
            tray_available=self.tray_available,
            clock=self.clock,
        )
        # the shell quits when its window really closes; hiding to the tray must not
        self.app.setQuitOnLastWindowClosed(False)
        shell.window.leave_demo_requested.connect(self.leave_demo)
        shell.window.demo_requested.connect(self.explore_demo)
        if demo is None:  # the page check after start found damage: the restore, over the window
            shell.damage_found.connect(
                lambda: self.restoring.offer_over(shell, self._open_restored)
            )
        self.shell = shell
        return shell

    def _open_restored(self, store: Store) -> None:
        """A restore replaced the store under the window: the window opens again on what it
        brought back, where it was, saying what was restored and where the damaged file is."""
        old, self.shell = self.shell, None
        if old is not None:
            old.window.save_state()
            old.close()
        self._real_key = store.key
        self._home(store)

    def explore_demo(self) -> None:
        """Help → Explore the demo household: the user's window closes, the demo opens
        (Leave demo comes back, to the welcome screen while their store is still empty)."""
        if self.shell is None:
            return
        old, self.shell = self.shell, None
        old.window.save_state()
        old.close()
        self._open_demo(None, None)

    def leave_demo(self) -> None:
        """Close the demo household and return to the user's own store, on its first page."""
        if self.shell is None:
            return
        old, self.shell = self.shell, None
        old.close()
        self.ui_state.last_page = ""  # the Dashboard, whatever the user's store last showed
        self._back_home()

    def _back_home(self) -> None:
        """Reopen the user's own store (asking only if its key is not known) and go home."""
        store: Store | None
        try:
            if self._real_key is not None:
                key = self._real_key
                store = open_off_ui_thread(
                    lambda on_update: open_store(self.data_dir, key=key, on_update=on_update)
                )
            else:
                store = unlock_store(self.data_dir, passphrase=self._passphrase)
        except FinappError as exc:
            QMessageBox.critical(None, "finapp", error_text(exc))
            store = None
        if store is None:
            QApplication.quit()
            return
        self._real_key = store.key
        self._home(store)

    def open_files(self, files: list[Path]) -> None:
        """A second launch handed over files (or just asked for the window); while locked, the
        passphrase first (the user launched finapp: this question is expected)."""
        if self.shell is not None:
            self.shell.open_files(files)
        elif self.locked is not None:
            self._pending_files.extend(files)
            self.ask_passphrase()
        else:
            # the first-run question, or the demo being built: the files wait for the user's
            # own window. Handing a statement over is the first-run question's answer.
            self._pending_files.extend(files)
            if self._first_run is not None:
                self._first_run.reject()

    def quit(self) -> None:
        """Quit as the menu's Quit does: the system asked (a logout, Ctrl+C in a terminal)."""
        if self.shell is not None:
            self.shell.quit()  # the window's place kept, whatever the close-to-tray setting
        else:  # a question before the window, the demo being built, the locked tray
            self.app.quit()

    def close(self) -> None:
        if self.locked is not None:
            self.locked.close()
            self.locked = None
        if self.shell is not None:
            self.shell.close()
            self.shell = None
        if self._demo_key is not None:  # a demo of this run only: its folder goes with it
            from finapp.services.demo import demo_dir_for, discard_demo

            discard_demo(demo_dir_for(self.data_dir))
            self._demo_key = None
