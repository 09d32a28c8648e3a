"""The running desktop app: one open store, its main window and everything wired to it.

:class:`Shell` owns the pieces that live as long as a store is open (window, import flow, tray,
alert notifier) and connects their signals, so each piece stays ignorant of the others.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.import_flow import ImportFlow
from finapp.gui.main_window import MainWindow
from finapp.gui.notify import AlertNotifier
from finapp.gui.tasks import TaskRunner
from finapp.gui.tray import Tray
from finapp.gui.ui_state import UiState
from finapp.store.engine import Store

log = logging.getLogger("finapp.gui")

ALERTS_PAGE = "alerts"


class Shell(QObject):
    """Everything bound to one open store; ``close()`` releases it."""

    def __init__(
        self,
        store: Store,
        ui_state: UiState,
        *,
        is_demo: bool = False,
        tasks: TaskRunner | None = None,
        tray_available: bool | None = None,
        interactive: bool = True,
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
        self.window = window = MainWindow(self.ctx, ui_state)
        self.imports = ImportFlow(self.ctx, window, interactive=interactive)
        self.tray = Tray(
            {
                "import": window.import_action,
                "check": window.check_alerts_action,
                "quit": window.quit_action,
            },
            self,
            available=tray_available,
        )
        self.notifier = AlertNotifier(
            self.ctx, self.tray, window.banner, lambda: self.ctx.bus.navigate.emit(ALERTS_PAGE, {})
        )
        window.tray_available = self.tray.available
        window.import_action.triggered.connect(self.imports.choose_files)
        window.undo_import_action.triggered.connect(self.imports.confirm_undo)
        window.check_alerts_action.triggered.connect(self.notifier.check)
        window.quit_action.triggered.connect(self.quit)
        window.closed.connect(self.quit)
        window.files_dropped.connect(self.open_files)
        self.imports.undo_available.connect(window.undo_import_action.setEnabled)
        self.imports.finished.connect(lambda _outcome: self.notifier.check())
        self.tray.open_requested.connect(window.bring_forward)

    def show(self, on_painted: Callable[[], None] | None = None) -> None:
        """Show the window; pages and the first alert check wait for the first paint."""
        self.window.show()

        def after_paint() -> None:
            if on_painted is not None:
                on_painted()
            self.window.open_first_page()
            self.notifier.start()

        QTimer.singleShot(0, after_paint)

    def open_files(self, files: Sequence[Path]) -> None:
        """Files handed over by the command line, a drop or a second launch."""
        self.window.bring_forward()
        if files:
            self.imports.import_paths(list(files))

    def quit(self) -> None:
        self.window.save_state()
        self.tray.hide()
        QApplication.quit()

    def close(self) -> None:
        """Stop timers, finish queued work, close the window and the store."""
        self.notifier.timer.stop()
        self.ctx.tasks.wait()
        self.tray.hide()
        self.window.closed.disconnect(self.quit)
        self.window.tray_available = False
        self.window.close()
        self.window.deleteLater()
        self.ctx.store.close()
