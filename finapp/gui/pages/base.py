"""The page contract and registry (like Picard's options pages).

A page declares ``NAME`` (stable id used by ``AppBus.navigate``), ``TITLE`` (translatable),
``ICON`` (file name under resources/icons), ``SORT_ORDER`` and ``SHORTCUT``, as its entry in
:mod:`finapp.gui.pages.catalog` does; the main window builds its sidebar from the catalog, takes
the classes from :data:`PAGES` as their modules are imported, and stays free of page logic.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from finapp.gui.context import AppContext
from finapp.services.changes import Changes, Kind


class Page(QWidget):
    NAME: str = ""
    #: English title; wrap it as ``QT_TRANSLATE_NOOP("Page", "Dashboard")`` so lupdate sees it
    TITLE: str = ""
    ICON: str = ""
    SORT_ORDER: int = 100
    SHORTCUT: str = ""
    #: kinds of change (see finapp.gui.bus) that make this page refresh
    WATCHES: frozenset[Kind] = frozenset()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName(f"page-{self.NAME}")
        self.setAccessibleName(self.display_title())
        ctx.bus.data_changed.connect(self._on_data_changed)

    @classmethod
    def display_title(cls) -> str:
        """``TITLE`` in the user's language (translation context "Page")."""
        return QCoreApplication.translate("Page", cls.TITLE)

    def _on_data_changed(self, changes: Changes) -> None:
        if changes.touches(self.WATCHES):
            self.refresh()

    def refuse(self, text: str) -> None:
        """Say in the window's banner why what the user asked on this page was not done; the
        banner keeps it only while this page is shown and until :meth:`settle`."""
        self.ctx.bus.refused.emit(self.NAME, text)

    def settle(self) -> None:
        """What the user asked on this page was done: a refusal still in the banner goes."""
        self.ctx.bus.settled.emit(self.NAME)

    def refresh(self) -> None:
        """Reload what the page shows from the services (called when its data changed)."""

    def keep_edits(self) -> None:
        """Save what the user typed and has not saved yet (the window closes, finapp quits);
        pages that apply each change at once have nothing left to do."""

    def apply_filter(self, filters: dict[str, Any]) -> None:
        """Show what ``filters`` name (drill-down from another page); pages override."""

    def search_field(self) -> QLineEdit | None:
        """The field Edit → Find (Ctrl+F) focuses on this page; None where there is none."""
        return None


PAGES: list[type[Page]] = []


def register_page(cls: type[Page]) -> type[Page]:
    """Class decorator adding a page to the registry, ordered by ``SORT_ORDER``.

    Page modules are imported on helper threads too: the list is replaced in one step, never
    sorted in place, so a reader on another thread never sees it half done.
    """
    PAGES[:] = sorted([*PAGES, cls], key=lambda page: page.SORT_ORDER)
    return cls


def registered_page(name: str) -> type[Page]:
    """The class registered as page ``name``; its module must have been imported."""
    for cls in PAGES:
        if name == cls.NAME:
            return cls
    raise LookupError(f"no page registered as {name!r}")
