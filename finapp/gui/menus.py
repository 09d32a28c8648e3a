"""The menus of the window's menu bar, made by finapp and owned by the window.

``menuBar().addMenu(title)`` lets the bar make the menu in C++; Python then knows the menu only
as a child of the bar's wrapper, and PySide drops such wrappers whenever the wrapper it files
them under goes. It does go: code that walks the window's Tab order (``nextInFocusChain``) makes
PySide file every widget it is handed, the bar among them, under the widget it asked, so the
deletion of a page's rows (a card's limit set, a goal removed) called every menu of the bar
deleted ("Internal C++ object (QMenu) already deleted") though Qt still showed them. A menu made
here from Python, with the window as its parent, lives and dies with the window alone.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMainWindow, QMenu


def window_menu(window: QMainWindow) -> QMenu:
    """A new menu at the end of ``window``'s menu bar, owned by ``window`` (its title is set by
    the caller's ``retranslate``)."""
    menu = QMenu(window)
    window.menuBar().addMenu(menu)
    return menu
