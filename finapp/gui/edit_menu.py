"""The Edit menu: Undo and Redo of the last edit, named for what they take back or make again.

Every edit the services journal (a category, a note, a budget, a subscription decision…) can be
undone here, whichever page made it and even after a restart: the journal lives in the store
(:mod:`finapp.services.edit_history`). After every change the bus announces, the menu asks the
journal what is next to undo and to redo and names it ("Undo Category of Netflix"), so the
entries are right after an edit of any page, an undo, or an import that cleared the journal.

Undo and redo run off the UI thread like every write; their change set goes on the bus as any
edit's does, so the pages showing what changed reload. A text field with focus keeps Ctrl+Z for
its own typing: Qt's line and text edits claim their undo keys before a menu shortcut sees them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QKeySequence
from PySide6.QtWidgets import QMainWindow

from finapp.gui.context import AppContext
from finapp.gui.edit_words import edit_words
from finapp.gui.find_key import FindAction
from finapp.gui.menus import window_menu
from finapp.services import edit_history
from finapp.services.changes import Changes
from finapp.services.edit_history import EditEntry, EditOutcome
from finapp.store.engine import Store
from finapp.tr_marks import fill

#: the next edit to undo and the next to redo, as the journal says
Next = tuple[EditEntry | None, EditEntry | None]


def redo_keys() -> list[QKeySequence]:
    """The platform's Redo keys (Ctrl+Y on Windows), and Ctrl+Shift+Z on every platform."""
    keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    shift_z = QKeySequence("Ctrl+Shift+Z")
    return keys if shift_z in keys else [*keys, shift_z]


def _next_edits(store: Store) -> Next:
    return edit_history.next_undo(store), edit_history.next_redo(store)


class EditMenu(QObject):
    """Adds "Edit" to ``window``'s menu bar (after the menus added before it) and keeps its Undo
    and Redo in step with the journal of ``ctx``'s store."""

    def __init__(self, window: QMainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.ctx = ctx
        self.menu = window_menu(window)
        self.undo_action = QAction(QIcon.fromTheme(QIcon.ThemeIcon.EditUndo), "", self)
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.undo)
        self.redo_action = QAction(QIcon.fromTheme(QIcon.ThemeIcon.EditRedo), "", self)
        self.redo_action.setShortcuts(redo_keys())
        self.redo_action.triggered.connect(self.redo)
        self.menu.addAction(self.undo_action)
        self.menu.addAction(self.redo_action)
        self.menu.addSeparator()
        # Find… (Ctrl+F): the shown page's search field (see :mod:`finapp.gui.find_key`)
        self.find_action = FindAction(self)
        self.menu.addAction(self.find_action)
        self._next: Next = (None, None)
        #: an undo or redo is on its way: both entries wait for it
        self._running = False
        ctx.bus.data_changed.connect(self.refresh)
        # an edit made meanwhile with `finapp` on the command line: named once finapp is back in
        # front, or the menu opened
        self.menu.aboutToShow.connect(self.refresh)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._app_state_changed)
        self._show_next()
        self.refresh()

    def retranslate(self) -> None:
        """Set the menu's strings (called by the window when the language changes)."""
        self.menu.setTitle(self.tr("&Edit"))
        self.find_action.retranslate()
        self._show_next()

    def refresh(self, _changes: Changes | None = None) -> None:
        """Ask the journal (off the UI thread) what is next to undo and to redo."""
        store = self.ctx.store
        self.ctx.tasks.run(lambda _progress, _cancel: _next_edits(store), self._learned)

    def _app_state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive and not self._running:
            self.refresh()

    def undo(self) -> None:
        """Take back the last edit."""
        self._run(edit_history.undo, self.tr("Undid %1."))

    def redo(self) -> None:
        """Make the last undone edit again."""
        self._run(edit_history.redo, self.tr("Redid %1."))

    def _run(self, step: Callable[[Store], EditOutcome], said: str) -> None:
        """Run ``step`` on the journal; when done, announce its changes and say ``said`` of it."""
        if self._running:
            return
        self._running = True
        self._show_next()
        store = self.ctx.store
        self.ctx.tasks.run(
            lambda _progress, _cancel: step(store),
            lambda outcome: self._done(outcome, said),
            self._failed,
        )

    def _done(self, outcome: EditOutcome, said: str) -> None:
        self._running = False
        entry = outcome.entry
        self.ctx.bus.message.emit("info", fill(said, (edit_words(entry.action, entry.params),)))
        self.ctx.bus.data_changed.emit(outcome.changes)  # the pages reload, and so do we

    def _failed(self, exc: Exception) -> None:
        """A refusal (the data changed since the edit) is said; the journal may be shorter."""
        self._running = False
        self.refresh()
        self.ctx.tasks.report(exc)

    def _learned(self, found: Next) -> None:
        self._next = found
        self._show_next()

    def _show_next(self) -> None:
        """Name what Undo and Redo would do; plain and disabled when there is nothing (or while
        one runs)."""
        undoable, redoable = self._next
        self._name(self.undo_action, undoable, self.tr("&Undo"), self.tr("&Undo %1"))
        self._name(self.redo_action, redoable, self.tr("&Redo"), self.tr("&Redo %1"))

    def _name(self, action: QAction, entry: EditEntry | None, plain: str, named: str) -> None:
        action.setEnabled(entry is not None and not self._running)
        if entry is None:
            action.setText(plain)
            return
        # a payee such as "City Power & Light" keeps its "&" (a single one would be a mnemonic)
        words = edit_words(entry.action, entry.params).replace("&", "&&")
        action.setText(fill(named, (words,)))
