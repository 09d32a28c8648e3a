"""The Menu key as a desktop delivers it, for tests on the offscreen platform.

On X11 (and Wayland) the window system turns the Menu key into a keyboard context-menu event
for the window, which Qt routes to the focused widget, and then sends the key itself. The
offscreen platform sends only the key, so a test pressing Menu there would see no menu at all,
or (with a key binding on top of Qt's event) a menu the desktop would open twice.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QWidget


def press_menu_key(qtbot, focused: QWidget) -> None:  # type: ignore[no-untyped-def]
    """Press Menu with ``focused`` holding the keyboard, as on a desktop."""
    assert QApplication.focusWidget() is focused, QApplication.focusWidget()
    window = focused.window()
    inside = QPoint(60, 30)  # where the pointer rests, as the window system reports it
    event = QContextMenuEvent(QContextMenuEvent.Reason.Keyboard, inside, window.mapToGlobal(inside))
    QApplication.sendEvent(window.windowHandle(), event)
    qtbot.keyClick(focused, Qt.Key.Key_Menu)
