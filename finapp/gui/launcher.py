"""From an unlocked (or demo) store to a running shell, and back out of the demo.

Keeps the real store's key in memory while the demo household is open, so "Leave demo"
reopens the user's own store without asking for the passphrase again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from finapp.errors import FinappError
from finapp.gui.dialogs.first_run import FirstRunDialog
from finapp.gui.dialogs.unlock import unlock_store
from finapp.gui.shell import Shell
from finapp.gui.ui_state import UiState
from finapp.services.opening import open_store
from finapp.services.status import store_is_empty
from finapp.store.engine import Store
from finapp.store.keys import StoreKey

log = logging.getLogger("finapp.gui")


class Launcher(QObject):
    """Owns the current :class:`Shell` and the switch between the real store and the demo."""

    def __init__(self, app: QApplication, data_dir: Path, ui_state: UiState) -> None:
        super().__init__(app)
        self.app = app
        self.data_dir = data_dir
        self.ui_state = ui_state
        self.shell: Shell | None = None
        self._real_key: StoreKey | None = None

    def start(
        self,
        *,
        demo: bool = False,
        files: Sequence[Path] = (),
        passphrase: str | None = None,
        on_painted: Callable[[], None] | None = None,
        on_ready: Callable[[], None] | None = None,
    ) -> bool:
        """Unlock, offer the first-run choice, show the window; False if the user gave up."""
        if demo:
            return self._open_demo(None, on_painted, on_ready)
        store = unlock_store(self.data_dir, passphrase=passphrase)
        if store is None:
            return False
        log.info("startup: store opened with a " + store.key.source + " key")
        self._real_key = store.key
        choice = ""
        if not files and store_is_empty(store):
            dialog = FirstRunDialog()
            dialog.exec()
            choice = dialog.choice
        if choice == FirstRunDialog.DEMO:
            store.close()
            return self._open_demo(self._real_key, on_painted, on_ready)
        self._show(store, is_demo=False, on_painted=on_painted, on_ready=on_ready)
        assert self.shell is not None
        if files:
            self.shell.open_files(files)
        elif choice == FirstRunDialog.IMPORT:
            self.shell.imports.choose_files()
        return True

    def _open_demo(
        self,
        key: StoreKey | None,
        on_painted: Callable[[], None] | None,
        on_ready: Callable[[], None] | None,
    ) -> bool:
        from finapp.services.demo import demo_dir_for, open_demo_store

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            store = open_demo_store(demo_dir_for(self.data_dir), key)
        except FinappError as exc:
            QMessageBox.critical(None, "finapp", str(exc))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(store, is_demo=True, on_painted=on_painted, on_ready=on_ready)
        return True

    def _show(
        self,
        store: Store,
        *,
        is_demo: bool,
        on_painted: Callable[[], None] | None = None,
        on_ready: Callable[[], None] | None = None,
    ) -> None:
        shell = Shell(store, self.ui_state, is_demo=is_demo)
        # the shell quits when its window really closes; hiding to the tray must not
        self.app.setQuitOnLastWindowClosed(False)
        shell.window.leave_demo_requested.connect(self.leave_demo)
        self.shell = shell
        shell.show(on_painted, on_ready)

    def leave_demo(self) -> None:
        """Close the demo household and open the user's own store."""
        if self.shell is None:
            return
        old, self.shell = self.shell, None
        old.close()
        try:
            if self._real_key is not None:
                store = open_store(self.data_dir, key=self._real_key)
            else:
                store = unlock_store(self.data_dir)
        except FinappError as exc:
            QMessageBox.critical(None, "finapp", str(exc))
            store = None
        if store is None:
            QApplication.quit()
            return
        self._real_key = store.key
        self._show(store, is_demo=False)

    def open_files(self, files: list[Path]) -> None:
        """A second launch handed over files (or just asked for the window)."""
        if self.shell is not None:
            self.shell.open_files(files)

    def close(self) -> None:
        if self.shell is not None:
            self.shell.close()
            self.shell = None

