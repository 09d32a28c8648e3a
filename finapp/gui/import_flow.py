"""Importing statement files from the window: File → Import, drops and command-line files.

The import service runs on the task runner behind a progress window that appears only when the
work takes a while and always goes when it ends; Cancel sets the service's cancel event
(nothing is written for the file being read). Each file is stored whole or not at all, so the
files imported before Cancel stay: the window says how many of how many went in and opens their
summary, with the same Undo a finished import offers (Undo is how the whole batch goes). The
progress window is not modal: during a long import the user reads the other pages (their
reloads wait for the import's writer, and Undo for the import to end).
Afterwards a summary shows what each file added; a CSV the importers do not recognise opens
the mapping wizard once the summary is closed, and is imported again with the saved profile.
The last import can be undone, after a question that says how many transactions go. File →
Import into account… asks for one of the accounts first and imports the chosen files into it
(the CLI's ``import --account``): a card's CSV that the statement's own numbers cannot tie to
the account its OFX made.

Every dialog here opens with ``open()`` and goes on from its ``finished`` signal: the event
loop never waits inside this module, so no dialog can end up stacked over another that holds
the input. Files that arrive meanwhile (a drop, a later launch handing files over) wait in a
queue, the user told so, and are imported in the order they came once the dialogs before them
are closed.

A dropped or opened file that names no account (a CSV of date, payee and amount) is not written
by the import: the window asks which account it goes into, one question per such file, right
after the others are read, imports it into the account chosen (Cancel leaves it out), and only
then shows one summary of the whole drop: a month's four downloads, Amex's short one among them,
gave a summary, the question, then a second summary. Undo takes back all of it.

A file with a row that cannot be read (an amount of ``abc``, a date of ``31/13``) is refused
whole, as the command line refuses it: the summary names the file, the line and why, and
nothing of it is written. Its *Import without the bad rows* button imports such files again
with those rows left out and listed, when the user says so.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QLocale, QObject, QStandardPaths, Signal
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from finapp.errors import ImportCancelled
from finapp.gui.account_names import account_choices, new_account_name, shown_account_name
from finapp.gui.context import AppContext
from finapp.gui.dialogs.import_summary import ImportSummaryDialog
from finapp.gui.dialogs.progress import ProgressWindow
from finapp.gui.i18n import language_in_use
from finapp.gui.import_progress import ImportWording
from finapp.gui.list_words import joined
from finapp.gui.widgets.asking import ask_item, confirm, file_chooser, tell
from finapp.progress import ProgressFn
from finapp.tr_marks import fill

# The import service and the importers (ofxparse, bs4, CSV detection) load on the first import,
# not at start-up: painting the window must not wait for them.
if TYPE_CHECKING:
    from finapp.gui.dialogs.account_choice import AccountChoiceDialog
    from finapp.gui.dialogs.import_wizard import ImportWizard
    from finapp.services.account_question import AccountQuestion
    from finapp.services.import_results import FileResult, ImportResult
    from finapp.services.import_undo import UndoResult

log = logging.getLogger("finapp.gui")


class Queued(NamedTuple):
    """A file waiting to be imported and how the user asked for it."""

    path: Path
    #: the account the user chose for it (None: finapp decides)
    account: str | None
    #: for a CSV whose balance column signs its amounts, whether its oldest row is money in or
    #: out (what the mapping wizard asked: it belongs to this file, not to the layout saved for
    #: others)
    first_sign: str = ""
    #: rows that cannot be read are left out and listed (the user asked, after a refusal)
    skip_bad_rows: bool = False


def run_import(
    ctx: AppContext,
    paths: Sequence[Path],
    progress: ProgressFn,
    cancel: threading.Event,
    account: str | None = None,
    first_sign: str = "",
    skip_bad_rows: bool = False,
) -> ImportResult:
    """The worker side: import every file, each whole or not at all, into ``account`` when
    the user chose one; without a choice, a file naming no account is left to be asked about.
    A file with a row that cannot be read is refused, unless the user asked for ``skip_bad_rows``
    after that refusal (its bad rows are then left out and listed in the summary, the file still
    one undoable batch). What the history it brought in holds that the alerts do not tell comes
    with the result, for the summary to show. ``progress`` hears each step in the user's words."""
    from finapp.services.history_findings import history_findings
    from finapp.services.imports import import_files

    wording = ImportWording(progress)
    result = import_files(
        ctx.store,
        list(paths),
        account_name=account,
        progress=wording.file,
        stage=wording.stage,
        cancel=cancel,
        skip_bad_rows=skip_bad_rows,
        first_sign=first_sign,
        ask_unnamed=True,
        new_account_name=partial(new_account_name, language_in_use()),
    )
    return replace(result, history=history_findings(ctx.store, result, stage=wording.stage))


def account_names(ctx: AppContext) -> list[str]:
    """The worker side of Import into account…: every account's name, as the user calls it."""
    from finapp.services.accounts import list_accounts

    return [a.name for a in list_accounts(ctx.store)]


class ImportFlow(QObject):
    """Owns the import dialogs of one window and remembers the last import for Undo."""

    #: the :class:`ImportResult`, once its data is in and its summary is open (or, while files
    #: naming no account are asked about, what the drop brought so far)
    finished = Signal(object)
    #: whether there is an import to undo
    undo_available = Signal(bool)

    def __init__(self, ctx: AppContext, window: QWidget) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.window = window
        self.last_batches: list[int] = []
        self._last_new = 0
        self._queue: list[Queued] = []
        # files of this import the user answered a question or a wizard for: imported next,
        # ahead of files that arrived meanwhile
        self._answered_files: list[Queued] = []
        self._to_map: list[Queued] = []
        # files naming no account, each waiting for the user to say which account it goes into
        self._to_ask: list[tuple[Queued, AccountQuestion]] = []
        # what the files read so far of this drop brought, while the files naming no account
        # wait for their questions: shown in one summary with theirs
        self._held: ImportResult | None = None
        # the files of that drop the user answered for, each run by its account before the
        # one summary
        self._held_for: list[Queued] = []
        # how the files being imported now were asked for: the account chosen (None: finapp
        # decides), their oldest row's sign, whether their bad rows are skipped
        self._running = Queued(Path(), None)
        self._busy = False
        self.progress: ProgressWindow | None = None
        # where the chooser opens: the folder statements were last chosen from, this session
        # only (a path on disk would tell where the household keeps its statements)
        self._folder = _downloads_or_home()

    @property
    def busy(self) -> bool:
        """An import is running or its dialogs are still open."""
        return self._busy

    # -- choosing and queueing ----------------------------------------------------------------

    def choose_files(self) -> None:
        """File → Import…: pick one or more statements; finapp finds their accounts."""
        self._choose_files_for(None)

    def choose_account(self) -> None:
        """File → Import into account…: which account first, then the statements for it.

        The names are read on the task runner like every other read of the store; the
        question opens once they are there.
        """
        self.ctx.tasks.run(lambda _progress, _cancel: account_names(self.ctx), self._ask_account)

    def _ask_account(self, names: list[str]) -> None:
        if not names:
            # the CLI would make a new account of any name; here the first import makes them
            tell(
                self.window,
                self.tr("Import into account"),
                self.tr(
                    "There are no accounts yet. Import a statement with File → Import "
                    "statements… first: finapp makes its account, and later files can go into it."
                ),
                object_name="import-no-accounts",
            )
            return
        stored = account_choices(names)  # each shown as the window names it
        ask_item(
            self.window,
            self.tr("Import into account"),
            self.tr("Import the statements you choose next into:"),
            list(stored),
            lambda text: self._choose_files_for(stored.get(text, text)),
            object_name="import-account-choice",
        )

    def _choose_files_for(self, account: str | None) -> None:
        title = (
            fill(self.tr("Import statements into %1"), (shown_account_name(account),))
            if account
            else self.tr("Import statements")
        )
        dialog = file_chooser(
            self.window,
            title,
            str(self._folder),
            self.tr(
                "Bank statements (*.ofx *.qfx *.csv *.txt *.xlsx *.xls *.qif *.xml *.sta *.940 *.mt940);;"  # noqa: E501 (packaging tests read the list from this line)
                "All files (*)"
            ),
        )
        dialog.setObjectName("import-file-chooser")
        dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptOpen)
        dialog.filesSelected.connect(lambda files: self._chosen(files, account))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _chosen(self, files: Sequence[str], account: str | None) -> None:
        if files:
            self._folder = Path(files[0]).parent
        self.import_paths([Path(f) for f in files], account)

    def import_paths(self, paths: Sequence[Path], account: str | None = None) -> None:
        """Import ``paths`` (into ``account`` when the user chose one); while an import or its
        dialogs are open, further files wait, and the user is told how many wait in all (a
        second hand-over while one waits makes two)."""
        self._queue.extend(Queued(Path(p), account) for p in paths)
        if self._busy and paths:
            self.ctx.bus.message.emit(
                "info", self.tr("%n file(s) will be imported next.", "", len(self._queue))
            )
        self._start_next()

    def _start_next(self) -> None:
        """The queued files, unless an import or its dialogs are still open."""
        if not self._busy and self._queue:
            self._start()

    def _start(self) -> None:
        # one run per chosen account (oldest-row sign, bad rows skipped or not): the files
        # queued like the first go now, the others wait for the next run in the order they came
        how = self._queue[0][1:]
        _, account, first_sign, skip_bad_rows = self._running = self._queue[0]
        paths = [q.path for q in self._queue if q[1:] == how]
        self._queue = [q for q in self._queue if q[1:] != how]
        self._busy = True
        log.info("import: %d file(s)%s", len(paths), " into a chosen account" if account else "")
        window = ProgressWindow(
            self.tr("Importing statements"),
            self.tr("Importing %n file(s)…", "", len(paths)),
            self.window,
            # the window stays usable while a long import runs: pages switch and show what
            # they held (their reloads, and any edit, wait for the import's writer, then run
            # with its lines); only undoing an import waits for this one to end
            modal=False,
        )
        window.setObjectName("import-progress")
        self.undo_available.emit(False)
        self.progress = window
        window.start()
        task = self.ctx.tasks.run(
            lambda progress, cancel: run_import(
                self.ctx, paths, progress, cancel, account, first_sign, skip_bad_rows
            ),
            self._done,
            self._failed,
            self._progress,
        )
        window.cancel_requested.connect(task.cancel)

    def _progress(self, done: int, total: int, text: str) -> None:
        if self.progress is not None:
            self.progress.report(done, total, text)  # worded on the worker (ImportWording)

    def _end_progress(self) -> None:
        if self.progress is not None:
            self.progress.finish()
            self.progress = None
        self.undo_available.emit(bool(self.last_batches))

    # -- results ------------------------------------------------------------------------------

    def _done(self, result: ImportResult) -> None:
        self._end_progress()
        changes = result.changes
        if changes.kinds:
            self.ctx.bus.data_changed.emit(changes)
        self._to_map = [Queued(path, self._running.account) for path in changes.needs_mapping]
        self._to_ask = [
            (self._running._replace(path=Path(f.path)), f.account_question)
            for f in result.files
            if f.account_question is not None
        ]
        if self._held is not None:  # the answered files of a drop: one summary with the rest
            result = _joined(self._held, result)
            self._held = None
        batches = [f.batch_id for f in result.files if f.batch_id is not None and f.new]
        if batches:
            self.last_batches = batches
            self._last_new = result.new
            self.undo_available.emit(True)
        done = tuple(f for f in result.files if f.account_question is None)
        if result.not_read:  # stopped: what went in is told, and the rest is not asked about
            self._to_map, self._to_ask = [], []
            self.ctx.bus.message.emit("info", self.stopped_text(result))
        rest = [q for q in self._queue if q in self._held_for]
        if self._to_ask or rest:  # the questions first; the summary once their files are in
            self._held = replace(result, files=done)
            if self._to_ask:
                self._next_question()
            else:
                self._start()  # the next account's answered files, at the queue's head
            self.finished.emit(result)  # its lines are in: the alerts look at them now
            return
        self._held_for = []
        self._show_summary(result, done)

    def _show_summary(self, result: ImportResult, done: tuple[FileResult, ...]) -> None:
        """The summary of what ``result``'s files ``done`` brought (its questions answered),
        or, when none was imported, the next question or wizard."""
        if done:
            if not result.not_read:
                self.ctx.bus.message.emit("info", self.told_text(result))
            summary = ImportSummaryDialog(
                replace(result, files=done), self.window, [q.path for q in self._to_map]
            )
            summary.finished.connect(lambda _code: self._summary_closed(summary))
            summary.undo_asked.connect(lambda: self.confirm_undo(summary, summary.undo_confirmed))
            summary.skip_bad_rows_asked.connect(
                lambda files: self._without_bad_rows(summary, files)
            )
            summary.open()
        else:  # nothing was imported: the question is the next thing to see
            self._next_question()
        self.finished.emit(result)

    def told_text(self, result: ImportResult) -> str:
        """The status bar's line after an import: what came in, or why nothing did (a file
        refused, every line already stored): "Imported 0 new transactions." beside a refused
        statement read as if finapp had taken it."""
        if result.new or not (result.failed or result.duplicates):
            return self.tr("Imported %Ln new transaction(s).", "", result.new)
        if result.failed:
            refused = joined(Path(f.path).name for f in result.failed)
            return fill(self.tr("Nothing imported: %1 refused."), (refused,))
        return self.tr("Nothing new: every transaction was already there.")

    def stopped_text(self, result: ImportResult) -> str:
        """ "Import stopped: 11 of 177 files imported, 8,479 new transactions; the rest not
        read.": the files before Cancel are stored whole, the file being read was not."""
        number = QLocale().toString
        return fill(
            self.tr(
                "Import stopped: %1 of %2 files imported, %3 new transactions; the rest not read."
            ),
            (
                number(result.imported),
                number(len(result.files) + result.not_read),
                number(result.new),
            ),
        )

    def _without_bad_rows(self, summary: ImportSummaryDialog, files: list[str]) -> None:
        """The summary's *Import without the bad rows*: the files it refused for a bad row go
        again, those rows left out, once the summary has closed (the next run starts then)."""
        self._answered_files += [
            self._running._replace(path=Path(f), skip_bad_rows=True) for f in files
        ]
        summary.accept()

    def _summary_closed(self, summary: ImportSummaryDialog) -> None:
        summary.deleteLater()
        if summary.undo_requested:  # confirmed; the rest of this import is not pursued
            self._to_map, self._to_ask = [], []
            self.undo_last()
        self._next_question()

    def _next_question(self) -> None:
        """Which account the next file naming none goes into, else the mapping wizards."""
        if not self._to_ask:
            if self._held is not None and not self._answered_files:  # every one cancelled
                held, self._held = self._held, None
                self._show_summary(held, held.files)
                return
            self._next_wizard()
            return
        from finapp.gui.dialogs.account_choice import AccountChoiceDialog

        waiting, question = self._to_ask.pop(0)
        dialog = AccountChoiceDialog(waiting.path.name, question, self.window)
        dialog.finished.connect(lambda code: self._answered(dialog, waiting, code))
        dialog.open()

    def _answered(self, dialog: AccountChoiceDialog, waiting: Queued, code: int) -> None:
        dialog.deleteLater()
        if code == QDialog.DialogCode.Accepted:
            self._answered_files.append(waiting._replace(account=dialog.chosen()))
        else:
            name = waiting.path.name
            self.ctx.bus.message.emit("info", fill(self.tr("%1 was not imported."), (name,)))
        self._next_question()

    def _next_wizard(self) -> None:
        """The mapping wizard for the next CSV nobody recognised, else the next queued files."""
        if self._to_map:
            from finapp.gui.dialogs.import_wizard import ImportWizard

            path, account = self._to_map.pop(0)[:2]
            wizard = ImportWizard(self.ctx, path, self.window)
            wizard.finished.connect(lambda code: self._wizard_closed(wizard, path, account, code))
            wizard.open()
            return
        if self._held is not None:
            self._held_for = list(self._answered_files)
        self._queue[:0], self._answered_files = self._answered_files, []
        self._busy = False
        self._start_next()

    def _wizard_closed(
        self, wizard: ImportWizard, path: Path, account: str | None, code: int
    ) -> None:
        wizard.deleteLater()
        if code == QDialog.DialogCode.Accepted:
            # imported with the saved layout after the others, into the account it was meant for
            self._answered_files.append(Queued(path, account, wizard.current_mapping().first_sign))
        self._next_wizard()

    def _failed(self, exc: Exception) -> None:
        self._end_progress()
        self._busy = False
        if isinstance(exc, ImportCancelled):
            self.ctx.bus.message.emit("info", self.tr("Import cancelled; nothing was written."))
        else:
            self.ctx.tasks.report(exc)
        if self._held is not None:  # what the drop's other files brought is still told
            held, self._held, self._held_for = self._held, None, []
            self._busy = True
            self._show_summary(held, held.files)
            return
        # files queued meanwhile came on their own (another drop, another launch): they are
        # still wanted, and dropping them would tell nobody
        self._start_next()

    # -- undo ---------------------------------------------------------------------------------

    def confirm_undo(
        self, over: QWidget | None = None, then: Callable[[], None] | None = None
    ) -> None:
        """File → Undo last import, or the summary's Undo: ask, naming what goes, over the
        window or ``over`` (the summary, left open by Cancel); Remove calls ``then`` (by
        default, undo the import). Never while an import runs."""
        if not self.last_batches or self.progress is not None:
            return
        confirm(
            over or self.window,
            self.tr("Undo last import"),
            self.tr("Remove the %n transaction(s) the last import added?", "", self._last_new),
            then or self.undo_last,
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


def _joined(held: ImportResult, later: ImportResult) -> ImportResult:
    """One drop's result: the files read first, then those the user said the account of."""
    return replace(
        later, files=(*held.files, *later.files), history=(*held.history, *later.history)
    )


def _downloads_or_home() -> Path:
    """The desktop's Downloads folder, where a bank's statements land, else the home folder."""
    downloads = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DownloadLocation)
    return Path(downloads) if downloads and Path(downloads).is_dir() else Path.home()
