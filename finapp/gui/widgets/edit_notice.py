"""A page's notice about one edit, which closes once the edit history moves past it.

"Filed 60 transactions under Groceries", with Undo, is true while that edit stands; after
Edit → Undo (Ctrl+Z) of that very edit it is false, and its Undo would take back something
else. Likewise "Put 60 transactions back…" stops being true at Edit → Redo. So the notice
remembers the edit it speaks of and whether it spoke of it done or undone; after every change
the bus announces (an undo and a redo announce theirs) it asks the journal, off the UI thread,
where that edit is now, and closes when the edit was undone, redone or forgotten since.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from finapp.gui.context import AppContext
from finapp.gui.widgets.notice import Notice
from finapp.services import edit_history
from finapp.services.changes import Changes


class EditNotice(Notice):
    """A :class:`Notice` that can be tied to an edit of the journal (see the module's doc)."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        #: the edit spoken of and whether it was undone when the notice spoke; None: no edit
        self._about: tuple[int, bool] | None = None
        ctx.bus.data_changed.connect(self._check)

    def show_notice(self, text: str, undo: Callable[[], None] | None = None) -> None:
        """Show ``text`` about no edit in particular: it stays until closed or replaced."""
        self._about = None
        super().show_notice(text, undo)

    def show_edit(
        self, text: str, edit_id: int, *, undone: bool, undo: Callable[[], None] | None = None
    ) -> None:
        """Show ``text`` about edit ``edit_id`` as it is now (``undone`` or done); it closes
        once that edit is no longer so."""
        super().show_notice(text, undo)
        self._about = (edit_id, undone)

    def _check(self, _changes: Changes | None = None) -> None:
        about = self._about
        if about is None or self.isHidden():
            return
        store = self._ctx.store
        self._ctx.tasks.run(
            lambda _progress, _cancel: edit_history.edit_undone(store, about[0]),
            lambda undone: self._checked(about, undone),
        )

    def _checked(self, about: tuple[int, bool], undone: bool | None) -> None:
        """Close when the edit moved; an answer about an earlier notice is not this one's."""
        if self._about is about and undone != about[1]:
            self._about = None
            self.hide()
