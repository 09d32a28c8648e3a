"""The Help menu: keyboard shortcuts, the user guide, About finapp and About Qt.

It builds itself on a main window's menu bar and owns its actions, so the window only creates it
and forwards ``retranslate``. Each dialog is made fresh when asked for (so it lists the window's
actions and speaks the language of that moment), opened with ``open()`` so the window keeps
running, and deleted when closed.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

from finapp.gui.dialogs.about import AboutDialog
from finapp.gui.dialogs.shortcuts import ShortcutsDialog
from finapp.gui.dialogs.user_guide import UserGuideDialog
from finapp.gui.menus import window_menu
from finapp.gui.resources import app_icon


class HelpMenu(QObject):
    """Adds "Help" at the end of ``window``'s menu bar; ``data_dir`` is what About shows."""

    def __init__(self, window: QMainWindow, data_dir: Path) -> None:
        super().__init__(window)
        self.window = window
        self.data_dir = data_dir
        self.menu = window_menu(window)
        self.shortcuts_action = QAction(self)
        self.shortcuts_action.setShortcuts([QKeySequence("F1"), QKeySequence("Ctrl+/")])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        self.guide_action = QAction(self)
        self.guide_action.triggered.connect(self.show_user_guide)
        self.about_action = QAction(app_icon(), "", self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        self.about_qt_action = QAction(self)
        self.about_qt_action.setMenuRole(QAction.MenuRole.AboutQtRole)
        # Qt's own box; it is modal, and nothing waits on it
        self.about_qt_action.triggered.connect(lambda: QApplication.aboutQt())
        self.menu.addAction(self.shortcuts_action)
        self.menu.addAction(self.guide_action)
        self.menu.addSeparator()
        self.menu.addAction(self.about_action)
        self.menu.addAction(self.about_qt_action)

    def retranslate(self) -> None:
        """Set the menu's strings (called by the window when the language changes)."""
        self.menu.setTitle(self.tr("&Help"))
        self.shortcuts_action.setText(self.tr("&Keyboard shortcuts"))
        self.guide_action.setText(self.tr("&User guide"))
        self.about_action.setText(self.tr("&About finapp"))
        self.about_qt_action.setText(self.tr("About &Qt"))

    def show_shortcuts(self) -> None:
        self._open(ShortcutsDialog(self.window.menuBar(), self.window))

    def show_user_guide(self) -> None:
        self._open(UserGuideDialog(self.window))

    def show_about(self) -> None:
        self._open(AboutDialog(self.data_dir, self.window))

    @staticmethod
    def _open(dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
