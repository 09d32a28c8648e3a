"""Importing statement files from the window: File → Import, drops and command-line files.

The import service runs on the task runner behind a progress window that appears only when the
work takes a while and always goes when it ends; Cancel sets the service's cancel event
(nothing is written for a cancelled file). Afterwards a summary shows what each file added; a
CSV the importers do not recognise opens the mapping wizard once the summary is closed, and is
imported again with the saved profile. The last import can be undone, after a question that
says how many transactions go.

Every dialog here opens with ``open()`` and goes on from its ``finished`` signal: the event
loop never waits inside this module, so no dialog can end up stacked over another that holds
the input.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from finapp.errors import ImportCancelled
from finapp.gui.context import AppContext
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.dialogs.progress import ProgressWindow
from finapp.gui.widgets.asking import confirm
from finapp.progress import ProgressFn

# The import service and the importers (ofxparse, bs4, CSV detection) load on the first import,
# not at start-up: painting the window must not wait for them.
if TYPE_CHECKING:
    from finapp.services.import_undo import UndoResult
    from finapp.services.imports import ImportResult

log = logging.getLogger("finapp.gui")

def run_import(
    ctx: AppContext, paths: Sequence[Path], progress: ProgressFn, cancel: threading.Event
) -> ImportResult:
    """The worker side: import every file, each whole or not at all."""
    from finapp.services.imports import import_files

    # unreadable rows are left out and listed with their reasons in the summary (the file is
    # still one undoable batch), rather than refusing a whole export for one bad line
    return import_files(
        ctx.store, list(paths), progress=progress, cancel=cancel, skip_bad_rows=True
    )


class ImportFlow(QObject):
    """Owns the import dialogs of one window and remembers the last import for Undo."""

    #: the :class:`ImportResult`, once its data is in and its summary is open
    finished = Signal(object)
    #: whether there is an import to undo
    undo_available = Signal(bool)

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.last_batches: list[int] = []
        self._last_new = 0
        self._queue: list[Path] = []
        self._to_map: list[Path] = []
        self._busy = False
        self.progress: ProgressWindow | None = None

    @property
    def busy(self) -> bool:
        """An import is running or its dialogs are still open."""
        return self._busy

    # -- choosing and queueing ----------------------------------------------------------------

    def choose_files(self) -> None:
        """File → Import…: pick one or more statements."""
        dialog = QFileDialog(
            self.window,
            self.tr("Import statements"),
            str(Path.home()),
            self.tr("Bank statements (*.ofx *.qfx *.csv *.txt);;All files (*)"),
        )
        dialog.setObjectName("import-file-chooser")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.filesSelected.connect(lambda files: self.import_paths([Path(f) for f in files]))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import ``paths``; while an import or its dialogs are open, further files wait."""
        self._queue.extend(Path(p) for p in paths)
        if not self._busy and self._queue:
            self._start()

    def _start(self) -> None:
        paths, self._queue = self._queue, []
        self._busy = True
        log.info("import: %d file(s)", len(paths))
        window = ProgressWindow(
            self.tr("Importing statements"),
            self.tr("Importing %n file(s)…", "", len(paths)),
            self.window,
        )
        window.setObjectName("import-progress")
        self.progress = window
        window.start()
        task = self.ctx.tasks.run(
            lambda progress, cancel: run_import(self.ctx, paths, progress, cancel),
            self._done,
            self._failed,
            self._progress,
        )
        window.cancel_requested.connect(task.cancel)

    def _progress(self, done: int, total: int, label: str) -> None:
        if self.progress is not None:
            text = self.tr("Importing %1…").replace("%1", label) if label else ""
            self.progress.report(done, total, text)

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None

    # -- results ------------------------------------------------------------------------------

    def _done(self, result: ImportResult) -> None:
        self._end_progress()
        batches = [f.batch_id for f in result.files if f.batch_id is not None and f.new]
        if batches:
            self.last_batches = batches
            self._last_new = result.new
            self.undo_available.emit(True)
        changes = result.changes
        if changes.kinds:
            self.ctx.bus.data_changed.emit(changes)
        self.ctx.bus.message.emit(
            "info", self.tr("Imported %n new transaction(s).", "", result.new)
        )
        self._to_map = list(changes.needs_mapping)
        summary = ImportSummaryDialog(result, self.window)
        summary.finished.connect(lambda _code: self._summary_closed(summary))
        summary.open()
        self.finished.emit(result)

    def _summary_closed(self, summary: ImportSummaryDialog) -> None:
        summary.deleteLater()
        if summary.undo_requested:
            self._to_map = []
            self.confirm_undo()
        self._next_wizard()

    def _next_wizard(self) -> None:
        """The mapping wizard for the next CSV nobody recognised, else the next queued files."""
        if self._to_map:
            from finapp.gui.dialogs.import_wizard import ImportWizard

            path = self._to_map.pop(0)
            wizard = ImportWizard(self.ctx, path, self.window)
            wizard.finished.connect(lambda code: self._wizard_closed(wizard, path, code))
            wizard.open()
            return
        self._busy = False
        if self._queue:
            self._start()

    def _wizard_closed(self, wizard: QDialog, path: Path, code: int) -> None:
        wizard.deleteLater()
        if code == QDialog.DialogCode.Accepted:
            self._queue.append(path)  # imported with the saved layout after the others
        self._next_wizard()

    def _failed(self, exc: Exception) -> None:
        self._end_progress()
        self._busy = False
        self._queue.clear()
        if isinstance(exc, ImportCancelled):
            self.ctx.bus.message.emit("info", self.tr("Import cancelled; nothing was written."))
        else:
            self.ctx.tasks.report(exc)

    # -- undo ---------------------------------------------------------------------------------

    def confirm_undo(self) -> None:
        """File → Undo last import, or the summary's Undo: ask, naming what goes."""
        if not self.last_batches:
            return
        confirm(
            self.window,
            self.tr("Undo last import"),
            self.tr("Remove the %n transaction(s) the last import added?", "", self._last_new),
            self.undo_last,
            object_name="confirm-undo-import",
            refuse=QMessageBox.StandardButton.Cancel,
            informative=self.tr(
                "The alerts they raised and the subscriptions detected from them go too. "
                "You can import the files again later."
            ),
            yes_text=self.tr("&Remove"),
        )

    def undo_last(self) -> None:
        """Remove everything the last import added, with what followed from it."""
        batches, self.last_batches = self.last_batches, []
        self.undo_available.emit(False)
        if not batches:
            return

        from finapp.services.import_undo import undo_imports

        self.ctx.tasks.run(
            lambda _progress, _cancel: undo_imports(self.ctx.store, batches), self._undone
        )

    def _undone(self, result: UndoResult) -> None:
        self.ctx.bus.data_changed.emit(result.changes)
        self.ctx.bus.message.emit(
            "info", self.tr("Undo: removed %n transaction(s).", "", result.removed)
        )
