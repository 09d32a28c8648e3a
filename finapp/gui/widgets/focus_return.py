"""The keyboard goes back where it was when a dialog closes, however it was closed.

A dialog opened with ``open()`` hides and then deletes itself (``deleteLater``) once answered.
Nothing in Qt activates the window under it again: that is left to the window manager, and a
window system that does not do it (the offscreen platform, some window managers when the
dialog's window is destroyed before their focus event arrives) leaves the application with no
active window and no focused widget. Only window shortcuts still work then, so a keyboard user
is stuck until a restart. :func:`return_focus` makes the hand-back explicit: the window that
owns the dialog is activated again and the widget that had the focus (the table, its selection
untouched) gets it back.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid


def _alive(widget: QWidget | None) -> QWidget | None:
    """``widget`` while its C++ side lives (a page may rebuild what had the focus)."""
    return widget if widget is not None and isValid(widget) else None


def _open_windows() -> set[QWidget]:
    """The application's windows on screen now."""
    return {w for w in QApplication.topLevelWidgets() if w.isVisible() and w.isWindow()}


def return_focus(dialog: QDialog) -> None:
    """Once ``dialog`` is closed (OK, Cancel, Escape or its title bar's ✕), activate its
    parent's window and focus again the widget that had the focus there.

    The hand-back waits for the event loop's next turn: the answer's callback may open a
    further dialog, which then keeps the keyboard.
    """
    owner = dialog.parentWidget()
    if owner is None:
        return
    window = owner.window()
    focused = window.focusWidget() or owner

    def give_back(open_before: set[QWidget]) -> None:
        shown = _alive(window)
        if shown is None or not shown.isVisible() or QApplication.activeModalWidget() is not None:
            return
        active = QApplication.activeWindow()
        if active is not None and active is not shown and active.isVisible():
            return  # the user went to another window meanwhile: leave them there
        if _open_windows() - open_before:
            return  # the answer opened a window of its own (being activated): it keeps the keys
        shown.activateWindow()
        target = _alive(focused)
        if target is None or not target.isVisible() or not target.isEnabled():
            placed = shown.focusWidget()
            if placed is not None and placed.isVisible():
                return  # what had it went with the answer, and the page put it on what replaced it
            target = shown
        target.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def answered(_result: int) -> None:
        open_before = _open_windows()
        QTimer.singleShot(0, lambda: give_back(open_before))

    dialog.finished.connect(answered)


def open_answerable(dialog: QDialog) -> None:
    """Open ``dialog`` window-modal without blocking; once answered it deletes itself and the
    keyboard goes back where it was (:func:`return_focus`)."""
    return_focus(dialog)
    dialog.finished.connect(dialog.deleteLater)
    dialog.open()
