"""The running desktop app: one open store, its main window and everything wired to it.

:class:`Shell` owns the pieces that live as long as a store is open (window, import flow, tray,
alert notifier) and connects their signals, so each piece stays ignorant of the others. Leaving
the demo household swaps the store and rebuilds the window without restarting the process.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.main_window import MainWindow
from finapp.gui.tasks import TaskRunner
from finapp.gui.ui_state import UiState
from finapp.store.engine import Store

log = logging.getLogger("finapp.gui")


class Shell(QObject):
    """Everything bound to one open store; ``close()`` releases it."""

    def __init__(
        self,
        store: Store,
        ui_state: UiState,
        *,
        is_demo: bool = False,
        tasks: TaskRunner | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui_state = ui_state
        self.ctx = AppContext(
            store=store,
            bus=AppBus(self),
            tasks=tasks or TaskRunner(self),
            data_dir=store.data_dir,
            is_demo=is_demo,
        )
        self.window = MainWindow(self.ctx, ui_state)
        self.window.quit_action.triggered.connect(self.quit)

    def show(self, on_painted: Callable[[], None] | None = None) -> None:
        """Show the window; pages load after the first paint so start-up feels instant."""
        self.window.show()

        def after_paint() -> None:
            if on_painted is not None:
                on_painted()
            self.window.open_first_page()

        QTimer.singleShot(0, after_paint)

    def open_files(self, files: Sequence[Path]) -> None:
        """Files handed over by the command line, a drop or a second launch."""
        self.window.bring_forward()

    def quit(self) -> None:
        self.window.save_state()
        QApplication.quit()

    def close(self) -> None:
        self.ctx.tasks.wait()
        self.window.hide_on_close = False
        self.window.close()
        self.window.deleteLater()
        self.ctx.store.close()
