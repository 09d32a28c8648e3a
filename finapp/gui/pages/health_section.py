"""One section of the Health page: a titled group that loads its own figures off the UI thread.

The Health page gathers several independent views (accounts and reserves, cards, savings goals,
subscriptions, the balance forecast), each from its own service. Each section reloads itself
through the shared task runner, so one slow or failing view never holds up the others, and a
section is written and tested on its own.

A section remakes its rows on each load. When the keyboard was on a row's button (a goal's
Remove, a card's Set limit…) that the load took away, it goes to the button in the same place
among the section's new stops (the next row after a removal, the last one when the removed row
was last), as a file manager keeps the keyboard in the list after a delete, not to the window.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QGroupBox, QWidget

from finapp.gui.context import AppContext
from finapp.services.changes import Kind


class HealthSection(QGroupBox):
    """A section of the Health page.

    Subclasses set ``TITLE`` (English, marked with ``QT_TRANSLATE_NOOP("HealthSection", ...)``),
    ``WATCHES`` (the kinds of change that make it reload) and implement :meth:`load`, which runs
    on a worker thread and returns what :meth:`show_loaded` then puts on screen.
    """

    TITLE: str = ""
    WATCHES: frozenset[Kind] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(QCoreApplication.translate("HealthSection", self.TITLE))
        self.setObjectName(f"health-{type(self).__name__}")
        #: where the keyboard goes once rows just made are shown (see _show_keeping_focus)
        self._focus_next: QWidget | None = None

    def reload(self, as_of: date) -> None:
        """Load the section's figures as of ``as_of`` off the UI thread, then show them."""
        self.ctx.tasks.run(lambda _progress, _cancel: self.load(as_of), self._show_keeping_focus)

    def _show_keeping_focus(self, loaded: Any) -> None:
        """:meth:`show_loaded`, the keyboard kept in the section when it was on a stop the new
        rows took away (the window's focus widget: a dialog that just closed may still have the
        keyboard, and gives it back there)."""
        before = tab_stops(self)
        focused = self.window().focusWidget()
        place = before.index(focused) if focused in before else None
        self.show_loaded(loaded)
        if place is None or focused is None or not taken_away(focused):
            return
        after = tab_stops(self)
        if after:
            # once the new rows are shown (their layout shows them on the next turn of the
            # event loop): a widget not yet shown takes no focus
            self._focus_next = after[min(place, len(after) - 1)]
            QTimer.singleShot(0, self._take_focus)

    def _take_focus(self) -> None:
        """The keyboard to the stop chosen on the last load, if that load's rows still stand."""
        target, self._focus_next = self._focus_next, None
        if target is not None and target in tab_stops(self):
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def load(self, as_of: date) -> Any:
        """Read the figures from the services (worker thread: no widgets here)."""
        raise NotImplementedError

    def show_loaded(self, loaded: Any) -> None:
        """Put what :meth:`load` returned on screen (UI thread)."""
        raise NotImplementedError


def taken_away(widget: QWidget) -> bool:
    """``widget`` was hidden on purpose (a row taken away, to be deleted), not with its page."""
    return widget.isHidden() and widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)


def tab_stops(section: QWidget) -> list[QWidget]:
    """The widgets of ``section`` that Tab stops at, in their present Tab order (wherever in the
    window's order the newest are); not those of rows just taken away (hidden, to be deleted)."""
    stops = []
    widget = section.nextInFocusChain()
    while widget is not None and widget is not section:
        tab_stop = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if tab_stop and not taken_away(widget) and section.isAncestorOf(widget):
            stops.append(widget)
        widget = widget.nextInFocusChain()
    return stops
