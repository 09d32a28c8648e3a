"""Opening the demo household: built on a first visit, on a helper thread, behind a progress
window, so the window system never shows a dead window.

The demo keeps its own page to open on (:class:`DemoUiState`); everything else about the
window is the user's settings.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from finapp.errors import FinappError
from finapp.gui.dialogs.first_run import DemoProgressDialog
from finapp.gui.error_texts import error_text
from finapp.gui.ui_state import UiState
from finapp.store.keys import StoreKey

if TYPE_CHECKING:  # the demo's module loads only when the demo is opened
    from finapp.services.demo import DemoVisit


class DemoUiState(UiState):
    """The user's UI settings, except the page the window opens on: the demo keeps its own.

    The demo's page never becomes the page the user's own store opens on (quitting from the
    demo's Settings page must not bring the user's next start to Settings), yet the demo
    reopens where it was left, as the user's store does: after a restart for a new language,
    on Settings.
    """

    #: where the demo's page is kept, beside (never in place of) the user's
    PAGE_KEY = "demo/last_page"

    @property
    def last_page(self) -> str:
        return self.view_choice(self.PAGE_KEY)

    @last_page.setter
    def last_page(self, name: str) -> None:
        self.set_view_choice(self.PAGE_KEY, name)


class DemoOpening(QObject):
    """Opens the demo store behind a progress window, building it on a first visit.

    ``opened(visit)`` comes with the progress window still up: the receiver shows the demo's
    window, then calls :meth:`finish`, so there is never a moment without a window.
    ``failed`` comes once a reason the user can act on has been told and the progress window
    is gone; a bug is raised on the UI thread instead (the crash dialog).
    """

    opened = Signal(object)
    failed = Signal()
    _progress = Signal(int, int, str)
    _built = Signal(object)
    _refused = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.progress_window = DemoProgressDialog()
        self._progress.connect(self.progress_window.set_progress)
        self._built.connect(self.opened)
        self._refused.connect(self._tell_failure)

    def start(self, data_dir: Path, this_run_key: StoreKey | None) -> None:
        """Show the progress window and open (or build) the demo beside ``data_dir``."""
        from finapp.services.demo import demo_dir_for

        self.progress_window.show()
        # not a daemon: quitting meanwhile lets the building finish rather than leave half a demo
        threading.Thread(
            target=self._run, args=(demo_dir_for(data_dir), this_run_key), name="finapp-demo"
        ).start()

    def finish(self) -> None:
        """The demo's window is up: the progress window goes."""
        self.progress_window.finish()

    def _run(self, demo_dir: Path, this_run_key: StoreKey | None) -> None:
        from finapp.services.demo import visit_demo

        try:
            visit: DemoVisit = visit_demo(
                demo_dir, progress=self._progress.emit, this_run_key=this_run_key
            )
        except Exception as exc:  # a FinappError for the user, or a bug: both told on the UI
            self._refused.emit(exc)
        else:
            self._built.emit(visit)

    def _tell_failure(self, exc: Exception) -> None:
        if not isinstance(exc, FinappError):
            self.finish()
            raise exc  # a bug: the crash dialog
        QMessageBox.critical(None, "finapp", error_text(exc))
        self.finish()
        self.failed.emit()
