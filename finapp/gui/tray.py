"""The system-tray icon: Open, Import…, Check now, Quit, and a place for notifications.

The menu is rebuilt each time it opens, so it always reflects the window's current actions
(Undo enabled or not, the number of unread alerts). On platforms without a tray (offscreen,
some Wayland desktops) :attr:`Tray.available` is False and nothing here is created.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from finapp.gui.resources import app_icon


class Tray(QObject):
    """Wraps :class:`QSystemTrayIcon`; ``notify`` returns False when it cannot show a message."""

    open_requested = Signal()
    #: a notification bubble was clicked
    message_clicked = Signal()

    def __init__(
        self,
        actions: dict[str, QAction],
        parent: QObject | None = None,
        *,
        available: bool | None = None,
    ) -> None:
        super().__init__(parent)
        #: "import", "check", "quit": the window's actions, shared so shortcuts and state match
        self.actions = actions
        self.available = (
            QSystemTrayIcon.isSystemTrayAvailable() if available is None else available
        )
        self.menu = QMenu()
        self.menu.setObjectName("tray-menu")
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.icon: QSystemTrayIcon | None = None
        if self.available:
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip("finapp")
            self.icon.setContextMenu(self.menu)
            self.icon.activated.connect(self._activated)
            self.icon.messageClicked.connect(self.message_clicked)
            self.icon.show()
        self.rebuild_menu()

    def rebuild_menu(self) -> None:
        self.menu.clear()
        open_action = self.menu.addAction(self.tr("&Open finapp"))
        open_action.triggered.connect(self.open_requested)
        self.menu.addSeparator()
        for key in ("import", "check"):
            self.menu.addAction(self.actions[key])
        self.menu.addSeparator()
        self.menu.addAction(self.actions["quit"])

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.open_requested.emit()

    def notify(self, title: str, text: str, severity: str = "info") -> bool:
        """Show a desktop notification; False when the platform cannot."""
        if self.icon is None or not QSystemTrayIcon.supportsMessages():
            return False
        icon = {
            "critical": QSystemTrayIcon.MessageIcon.Critical,
            "warning": QSystemTrayIcon.MessageIcon.Warning,
        }.get(severity, QSystemTrayIcon.MessageIcon.Information)
        self.icon.showMessage(title, text, icon, 10_000)
        return True

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
