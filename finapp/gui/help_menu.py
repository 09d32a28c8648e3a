"""The Help menu: the user guide (F1, as in native apps), keyboard shortcuts (Ctrl+/), About
finapp and About Qt.

It builds itself on a main window's menu bar and owns its actions, so the window only creates it
and forwards ``retranslate``. Each dialog is made fresh when asked for (so it lists the window's
actions and speaks the language of that moment), opened with ``open()`` so the window keeps
running, and deleted when closed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

from finapp.gui.dialogs.about import AboutDialog
from finapp.gui.dialogs.shortcuts import ShortcutsDialog
from finapp.gui.dialogs.user_guide import UserGuideDialog
from finapp.gui.menus import window_menu
from finapp.gui.resources import app_icon


class HelpMenu(QObject):
    """Adds "Help" at the end of ``window``'s menu bar; ``data_dir`` is what About shows,
    ``pages`` gives the window's pages (title, page) whose own keys the shortcuts list shows."""

    def __init__(
        self,
        window: QMainWindow,
        data_dir: Path,
        pages: Callable[[], Sequence[tuple[str, QWidget]]] = list,
    ) -> None:
        super().__init__(window)
        self.pages = pages
        self.demo_action: QAction | None = None
        self.window = window
        self.data_dir = data_dir
        self.menu = window_menu(window)
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence(QKeySequence.StandardKey.HelpContents))
        self.guide_action.triggered.connect(self.show_user_guide)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcut(QKeySequence("Ctrl+/"))
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.about_action = QAction(app_icon(), "", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        # Qt's own box; it is modal, and nothing waits on it
        self.about_qt_action.triggered.connect(lambda: QApplication.aboutQt())
        self.menu.addAction(self.guide_action)
        self.menu.addAction(self.shortcuts_action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.menu.addAction(self.about_qt_action)

    def offer_demo(self, open_demo: Callable[[], None]) -> None:
        """Add "Explore the demo household…": the welcome screen's choice stays reachable
        once that screen is closed (Escape there opened an empty window and no way to it)."""
        self.demo_action = QAction(self)
        self.demo_action.setObjectName("help-explore-demo")
        self.demo_action.triggered.connect(open_demo)
        self.menu.insertAction(self.about_action, self.demo_action)
        self.menu.insertSeparator(self.about_action)

    def retranslate(self) -> None:
        """Set the menu's strings (called by the window when the language changes)."""
        self.menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.guide_action.setText(self.tr("&User guide"))
        self.about_action.setText(self.tr("&About finapp"))
        self.about_qt_action.setText(self.tr("About &Qt"))
        if self.demo_action is not None:
            self.demo_action.setText(self.tr("Explore the &demo household…"))

    def show_shortcuts(self) -> None:
        """The menus' keys, then each page's own (pages not opened yet are built first, so
        the list is whole)."""
        self._open(ShortcutsDialog(self.window.menuBar(), self.window, self.pages()))

    def show_user_guide(self) -> None:
        self._open(UserGuideDialog(self.window))

    def show_about(self) -> None:
        self._open(AboutDialog(self.data_dir, self.window))

    @staticmethod
    def _open(dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
