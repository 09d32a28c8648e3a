"""One section of the Health page: a titled group that loads its own figures off the UI thread.

The Health page gathers several independent views (accounts and reserves, cards, savings goals,
subscriptions, the balance forecast), each from its own service. Each section reloads itself
through the shared task runner, so one slow or failing view never holds up the others, and a
section is written and tested on its own.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication
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

    def reload(self, as_of: date) -> None:
        """Load the section's figures as of ``as_of`` off the UI thread, then show them."""
        self.ctx.tasks.run(lambda _progress, _cancel: self.load(as_of), self.show_loaded)

    def load(self, as_of: date) -> Any:
        """Read the figures from the services (worker thread: no widgets here)."""
        raise NotImplementedError

    def show_loaded(self, loaded: Any) -> None:
        """Put what :meth:`load` returned on screen (UI thread)."""
        raise NotImplementedError
