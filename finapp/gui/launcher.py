"""From an unlocked (or demo) store to a running shell, and back out of the demo.

Keeps the real store's key in memory while the demo household is open, so "Leave demo"
reopens the user's own store without asking for the passphrase again. The user's own store,
while empty, always leads to the first-run choice: at start and again on leaving the demo.
The demo is opened (built, on a first visit) on a helper thread behind a progress window, so
the window system never shows a dead window; and the page modules (pandas, matplotlib: the
slow imports) of the page the window opens on load on a helper thread from the start, so they
are in by the time the window needs it.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from finapp.errors import FinappError
from finapp.gui.dialogs.first_run import DemoProgressDialog, FirstRunDialog
from finapp.gui.dialogs.unlock import unlock_store
from finapp.gui.pages.catalog import load_page_class, opening_entry
from finapp.gui.shell import Shell
from finapp.gui.ui_state import UiState
from finapp.services.opening import open_store
from finapp.services.status import store_is_empty
from finapp.store.engine import Store
from finapp.store.keys import StoreKey

log = logging.getLogger("finapp.gui")

#: called once the window is painted / once its first page is shown (start-up benchmark)
Milestone = Callable[[], None] | None


class _DemoUiState(UiState):
    """The user's UI settings, except the page the window opens on.

    The demo's page is kept only while the demo is open, so it never becomes the page the
    user's own store opens on (quitting from the demo's Settings page must not bring the user's
    next start to Settings).
    """

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        self._page = ""

    @property
    def last_page(self) -> str:
        return self._page

    @last_page.setter
    def last_page(self, name: str) -> None:
        self._page = name


class _DemoOpening(QObject):
    """Opens the demo store, building it on a first visit, on a helper thread.

    Its steps and outcome arrive as signals, delivered on the UI thread.
    """

    progress = Signal(int, int, str)
    opened = Signal(object)
    failed = Signal(object)

    def start(self, demo_dir: Path, key: StoreKey | None) -> None:
        # not a daemon: quitting meanwhile lets the building finish rather than leave half a demo
        threading.Thread(target=self._run, args=(demo_dir, key), name="finapp-demo").start()

    def _run(self, demo_dir: Path, key: StoreKey | None) -> None:
        from finapp.services.demo import open_demo_store

        try:
            store = open_demo_store(demo_dir, key, progress=self.progress.emit)
        except Exception as exc:  # a FinappError for the user, or a bug: both told on the UI
            self.failed.emit(exc)
        else:
            self.opened.emit(store)


def _preload_page(remembered: str) -> None:
    """Import the module of the page the window will open on, on a helper thread.

    Only that one: the others would compete with the first page for the interpreter, and the
    window loads them itself once it is idle.
    """
    entry = opening_entry(remembered)
    threading.Thread(target=load_page_class, args=(entry,), name="finapp-pages",
                     daemon=True).start()  # fmt: skip


class Launcher(QObject):
    """Owns the current :class:`Shell` and the switch between the real store and the demo."""

    def __init__(self, app: QApplication, data_dir: Path, ui_state: UiState) -> None:
        super().__init__(app)
        self.app = app
        self.data_dir = data_dir
        self.ui_state = ui_state
        self.shell: Shell | None = None
        self._real_key: StoreKey | None = None
        self._passphrase: str | None = None
        self._opening: _DemoOpening | None = None

    def start(
        self,
        *,
        demo: bool = False,
        files: Sequence[Path] = (),
        passphrase: str | None = None,
        on_painted: Milestone = None,
        on_ready: Milestone = None,
    ) -> bool:
        """Unlock, offer the first-run choice, show the window; False if the user gave up.

        The demo (``demo``, or chosen on the first-run screen) appears once it is built: this
        returns at once, with the progress window on screen.
        """
        _preload_page("" if demo else self.ui_state.last_page)  # a demo opens on the first page
        self._passphrase = passphrase
        if demo:
            self._open_demo(None, on_painted, on_ready)
            return True
        try:
            store = unlock_store(self.data_dir, passphrase=passphrase)
        except FinappError as exc:  # a store that cannot be opened: say why, start nothing
            QMessageBox.critical(None, "finapp", str(exc))
            return False
        if store is None:
            return False
        log.info("startup: store opened with a " + store.key.source + " key")
        self._real_key = store.key
        if files:
            shell = self._show(store, is_demo=False, on_painted=on_painted, on_ready=on_ready)
            shell.open_files(files)
        else:
            self._home(store, on_painted, on_ready)
        return True

    def _home(self, store: Store, on_painted: Milestone = None, on_ready: Milestone = None) -> None:
        """The user's own store: the first-run choice while it is empty, else its window."""
        choice = ""
        if store_is_empty(store):
            dialog = FirstRunDialog()
            dialog.exec()
            choice = dialog.choice
        if choice == FirstRunDialog.DEMO:
            store.close()
            self._open_demo(self._real_key, on_painted, on_ready)
            return
        shell = self._show(store, is_demo=False, on_painted=on_painted, on_ready=on_ready)
        if choice == FirstRunDialog.IMPORT:
            shell.imports.choose_files()

    def _open_demo(self, key: StoreKey | None, on_painted: Milestone, on_ready: Milestone) -> None:
        """Show the progress window and open the demo off the UI thread; its window follows."""
        from finapp.services.demo import demo_dir_for

        progress = DemoProgressDialog()
        progress.show()
        opening = self._opening = _DemoOpening(self)
        opening.progress.connect(progress.set_progress)

        def opened(store: Store) -> None:
            self._opening = None
            ui_state = _DemoUiState(self.ui_state.path)
            self._show(store, is_demo=True, ui_state=ui_state, on_painted=on_painted,
                       on_ready=on_ready)  # fmt: skip
            progress.finish()  # after the demo window is up: never a moment without a window

        def failed(exc: Exception) -> None:
            self._opening = None
            if not isinstance(exc, FinappError):
                progress.finish()
                raise exc  # a bug: the crash dialog
            QMessageBox.critical(None, "finapp", str(exc))
            progress.finish()
            self._back_home()

        opening.opened.connect(opened)
        opening.failed.connect(failed)
        opening.start(demo_dir_for(self.data_dir), key)

    def _show(
        self,
        store: Store,
        *,
        is_demo: bool,
        ui_state: UiState | None = None,
        on_painted: Milestone = None,
        on_ready: Milestone = None,
    ) -> Shell:
        shell = Shell(store, ui_state or self.ui_state, is_demo=is_demo)
        # the shell quits when its window really closes; hiding to the tray must not
        self.app.setQuitOnLastWindowClosed(False)
        shell.window.leave_demo_requested.connect(self.leave_demo)
        self.shell = shell
        shell.show(on_painted, on_ready)
        return shell

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
        try:
            if self._real_key is not None:
                store = open_store(self.data_dir, key=self._real_key)
            else:
                store = unlock_store(self.data_dir, passphrase=self._passphrase)
        except FinappError as exc:
            QMessageBox.critical(None, "finapp", str(exc))
            store = None
        if store is None:
            QApplication.quit()
            return
        self._real_key = store.key
        self._home(store)

    def open_files(self, files: list[Path]) -> None:
        """A second launch handed over files (or just asked for the window)."""
        if self.shell is not None:
            self.shell.open_files(files)

    def close(self) -> None:
        if self.shell is not None:
            self.shell.close()
            self.shell = None
