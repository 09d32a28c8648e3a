"""Every page the window lists, declared without importing any page's code.

The sidebar and the Go menu need each page's name, title, icon and shortcut at the window's first
paint, long before the page modules (and with them pandas and matplotlib) are worth importing:
start-up imports only the module of the page the window opens on. Each page class repeats its
entry as ``NAME``/``TITLE``/``ICON``/``SHORTCUT`` (a test keeps the two in step); the order here is
the sidebar's, the order of the classes' ``SORT_ORDER``.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from finapp.tr_marks import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from finapp.gui.pages.base import Page


@dataclass(frozen=True)
class PageEntry:
    name: str
    # English title, translated in context "Page" like :meth:`Page.display_title`
    title: str
    # the title in the Go menu, with its Alt letter (translated in context "GoMenu"): the
    # letters of the menu's entries differ, in each language
    menu_title: str
    icon: str
    shortcut: str
    # the module whose import registers the page class
    module: str

    def display_title(self) -> str:
        return QCoreApplication.translate("Page", self.title)

    def menu_text(self) -> str:
        return QCoreApplication.translate("GoMenu", self.menu_title)


_PAGES = "finapp.gui.pages."
CATALOG: tuple[PageEntry, ...] = (
    PageEntry("dashboard", QT_TRANSLATE_NOOP("Page", "Dashboard"),
              QT_TRANSLATE_NOOP("GoMenu", "&Dashboard"), "dashboard", "Ctrl+1",
              _PAGES + "dashboard"),
    PageEntry("transactions", QT_TRANSLATE_NOOP("Page", "Transactions"),
              QT_TRANSLATE_NOOP("GoMenu", "&Transactions"), "transactions",
              "Ctrl+2", _PAGES + "transactions"),
    PageEntry("subscriptions", QT_TRANSLATE_NOOP("Page", "Subscriptions"),
              QT_TRANSLATE_NOOP("GoMenu", "&Subscriptions"), "subscriptions",
              "Ctrl+3", _PAGES + "subscriptions"),
    PageEntry("budgets", QT_TRANSLATE_NOOP("Page", "Budgets"),
              QT_TRANSLATE_NOOP("GoMenu", "&Budgets"), "budgets", "Ctrl+4",
              _PAGES + "budgets"),
    PageEntry("alerts", QT_TRANSLATE_NOOP("Page", "Alerts"),
              QT_TRANSLATE_NOOP("GoMenu", "&Alerts"), "alerts", "Ctrl+5",
              _PAGES + "alerts"),
    PageEntry("accounts", QT_TRANSLATE_NOOP("Page", "Accounts"),
              QT_TRANSLATE_NOOP("GoMenu", "A&ccounts"), "accounts", "Ctrl+6",
              _PAGES + "accounts"),
    PageEntry("health", QT_TRANSLATE_NOOP("Page", "Health"),
              QT_TRANSLATE_NOOP("GoMenu", "&Health"), "health", "Ctrl+7",
              _PAGES + "health"),
    PageEntry("payees", QT_TRANSLATE_NOOP("Page", "Payees"),
              QT_TRANSLATE_NOOP("GoMenu", "&Payees"), "payees", "Ctrl+8",
              _PAGES + "payees"),
    PageEntry("settings", QT_TRANSLATE_NOOP("Page", "Settings"),
              QT_TRANSLATE_NOOP("GoMenu", "S&ettings"), "settings", "Ctrl+,",
              _PAGES + "settings"),
)  # fmt: skip


def opening_entry(remembered: str) -> PageEntry:
    """The page a window opens on: the one shown last if it still exists, else the first."""
    return next((entry for entry in CATALOG if entry.name == remembered), CATALOG[0])


def load_page_class(entry: PageEntry) -> type[Page]:
    """Import the page's module (safe from a helper thread) and return its registered class."""
    from finapp.gui.pages.base import registered_page

    import_module(entry.module)
    return registered_page(entry.name)
