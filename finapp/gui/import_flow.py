"""Importing statement files from the window: File → Import, drops and command-line files.

The import service runs on the task runner with a progress dialog whose Cancel sets the
service's cancel event (nothing is written for a cancelled file). Afterwards a summary shows
what each file added; a CSV the importers do not recognise opens the mapping wizard and is
imported again with the saved profile. The batches of the last import can be undone.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from finapp.errors import FinappError, ImportCancelled, UnknownFormatError
from finapp.gui import bus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.progress import ProgressFn

# The import service and the importers (ofxparse, bs4, CSV detection) load on the first import,
# not at start-up: painting the window must not wait for them.
if TYPE_CHECKING:
    from finapp.services.imports import ImportResult

log = logging.getLogger("finapp.gui")

#: what an import can change, announced once on the bus when it is done
IMPORT_CHANGES = frozenset(
    {bus.TRANSACTIONS, bus.ACCOUNTS, bus.SUBSCRIPTIONS, bus.ALERTS, bus.BUDGETS}
)


@dataclass(frozen=True)
class ImportOutcome:
    result: ImportResult
    #: refused files that a column mapping could make readable
    needs_mapping: tuple[Path, ...]


def _needs_mapping(path: Path) -> bool:
    from finapp.importers.registry import read_statement_file

    try:
        read_statement_file(path)
    except UnknownFormatError:
        return True
    except FinappError:
        return False
    return False


def run_import(
    ctx: AppContext, paths: Sequence[Path], progress: ProgressFn, cancel: threading.Event
) -> ImportOutcome:
    """The worker side: import, then find which refused files only lack a mapping."""
    from finapp.services.imports import import_files

    # unreadable rows are left out and listed with their reasons in the summary (the file is
    # still one undoable batch), rather than refusing a whole export for one bad line
    result = import_files(
        ctx.store, list(paths), progress=progress, cancel=cancel, skip_bad_rows=True
    )
    unknown = tuple(Path(f.path) for f in result.failed if _needs_mapping(Path(f.path)))
    return ImportOutcome(result, unknown)


class ImportFlow(QObject):
    """Owns the import dialogs of one window and remembers the last import for Undo."""

    #: an :class:`ImportOutcome`, after the summary (tests and the alert check listen)
    finished = Signal(object)
    #: whether there is an import to undo
    undo_available = Signal(bool)

    def __init__(self, ctx: AppContext, window: QWidget, *, interactive: bool = True) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        #: False in tests: no modal summary/wizard, results only through signals
        self.interactive = interactive
        self.last_batches: list[int] = []
        self._queue: list[Path] = []
        self._busy = False
        self.progress_dialog: QProgressDialog | None = None
        self.last_summary: ImportSummaryDialog | None = None

    def choose_files(self) -> None:
        """File → Import…: pick one or more statements."""
        files, _ = QFileDialog.getOpenFileNames(
            self.window,
            self.tr("Import statements"),
            str(Path.home()),
            self.tr("Bank statements (*.ofx *.qfx *.csv *.txt);;All files (*)"),
        )
        if files:
            self.import_paths([Path(f) for f in files])

    def import_paths(self, paths: Sequence[Path]) -> None:
        """Import ``paths``; while an import runs, further files wait their turn."""
        self._queue.extend(Path(p) for p in paths)
        if not self._busy and self._queue:
            self._start()

    def _start(self) -> None:
        paths, self._queue = self._queue, []
        self._busy = True
        log.info("import: %d file(s)", len(paths))
        dialog = QProgressDialog(
            self.tr("Importing %n file(s)…", "", len(paths)),
            self.tr("Cancel"),
            0,
            len(paths),
            self.window,
        )
        dialog.setObjectName("import-progress")
        dialog.setWindowTitle(self.tr("Importing statements"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(400)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self.progress_dialog = dialog
        task = self.ctx.tasks.run(
            lambda progress, cancel: run_import(self.ctx, paths, progress, cancel),
            self._done,
            self._failed,
            self._progress,
        )
        dialog.canceled.connect(task.cancel)

    def _progress(self, done: int, total: int, label: str) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.setMaximum(max(total, 1))
            self.progress_dialog.setValue(done)
            if label:
                self.progress_dialog.setLabelText(self.tr("Importing %1…").replace("%1", label))

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.canceled.disconnect()
            self.progress_dialog.close()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _done(self, outcome: ImportOutcome) -> None:
        self._close_progress()
        self._busy = False
        batches = [f.batch_id for f in outcome.result.files if f.batch_id is not None and f.new]
        if batches:
            self.last_batches = batches
            self.undo_available.emit(True)
        if outcome.result.new or outcome.result.files:
            self.ctx.bus.data_changed.emit(IMPORT_CHANGES)
        self.ctx.bus.message.emit(
            "info",
            self.tr("Imported %n new transaction(s).", "", outcome.result.new),
        )
        if self.interactive:
            self._show_summary(outcome)
        self.finished.emit(outcome)
        if outcome.needs_mapping:
            self.map_and_import(outcome.needs_mapping)
        if self._queue:
            self._start()

    def _show_summary(self, outcome: ImportOutcome) -> None:
        dialog = ImportSummaryDialog(outcome.result, self.window)
        self.last_summary = dialog
        dialog.exec()
        if dialog.undo_requested:
            self.undo_last()

    def _failed(self, exc: Exception) -> None:
        self._close_progress()
        self._busy = False
        self._queue.clear()
        if isinstance(exc, ImportCancelled):
            self.ctx.bus.message.emit("info", str(exc))
        elif isinstance(exc, FinappError):
            self.ctx.bus.message.emit("error", str(exc))
        else:
            log.error("import failed: %s", type(exc).__name__)
            self.ctx.bus.message.emit(
                "error", self.tr("The import failed unexpectedly; nothing was written.")
            )

    def map_and_import(self, paths: Sequence[Path]) -> None:
        """Open the mapping wizard for each CSV nobody recognised; import the ones mapped."""
        if not self.interactive:
            return
        from finapp.gui.dialogs.import_wizard import ImportWizard

        mapped = []
        for path in paths:
            wizard = ImportWizard(self.ctx, path, self.window)
            if wizard.exec():
                mapped.append(path)
        if mapped:
            self.import_paths(mapped)

    def undo_last(self) -> None:
        """Remove everything the last import added."""
        batches, self.last_batches = self.last_batches, []
        self.undo_available.emit(False)
        if not batches:
            return

        from finapp.services.imports import undo_import

        def work(_progress: ProgressFn, _cancel: threading.Event) -> int:
            return sum(undo_import(self.ctx.store, batch) for batch in batches)

        self.ctx.tasks.run(work, self._undone, self._failed)

    def _undone(self, removed: int) -> None:
        self.ctx.bus.data_changed.emit(IMPORT_CHANGES)
        self.ctx.bus.message.emit(
            "info", self.tr("Undo: removed %n transaction(s).", "", removed)
        )

    def confirm_undo(self) -> None:
        """File → Undo last import, after asking."""
        answer = QMessageBox.question(
            self.window,
            self.tr("Undo last import"),
            self.tr("Remove every transaction the last import added?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.undo_last()
