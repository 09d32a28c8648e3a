"""Where the main window opens, and at what size: as the user left it, else a size that fits.

The window's geometry and its toolbars' and docks' state are kept in the UI state when it
closes and given back at the next start. On a first start (nothing kept, or what was kept no
longer fits a screen) the window takes its default size, or on a smaller screen as much as the
screen has room for: a window larger than its screen hides its right and bottom edges, the demo
strip's *Leave demo* among them, and no window manager moves it back on screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMainWindow, QWidget

from finapp.gui.ui_state import UiState

#: the window's size on a first start, where the screen has room for it
DEFAULT_SIZE = QSize(1180, 760)
#: room left on a smaller screen for the frame the window system draws around the window
FRAME_ALLOWANCE = QSize(16, 48)


def restore_geometry(window: QMainWindow, ui_state: UiState) -> None:
    """The geometry and state ``ui_state`` kept, or the first start's size."""
    geometry = ui_state.geometry
    if geometry is None or not window.restoreGeometry(geometry):
        fit_first_size(window)
    state = ui_state.window_state
    if state is not None:
        window.restoreState(state)


def fit_first_size(window: QMainWindow) -> None:
    """The default size, or on a smaller screen (a 1024×640 laptop) its free area less the
    frame, top left."""
    free = window.screen().availableGeometry()
    room = free.size() - FRAME_ALLOWANCE
    if DEFAULT_SIZE.width() <= room.width() and DEFAULT_SIZE.height() <= room.height():
        window.resize(DEFAULT_SIZE)
        return
    window.resize(DEFAULT_SIZE.boundedTo(room))
    window.move(free.topLeft())


def resize_within_screen(window: QWidget, wanted: QSize) -> None:
    """``window`` at ``wanted``, or as much of it as its screen's free area less the frame holds:
    a dialog's own size in pixels (the CSV wizard's 620 high) is taller than a 1366×768 laptop at
    125% scaling (614 logical pixels, less its panel), and its buttons would be off the screen."""
    room = window.screen().availableGeometry().size() - FRAME_ALLOWANCE
    window.resize(wanted.boundedTo(room).expandedTo(window.minimumSizeHint()))


def keep_geometry(window: QMainWindow, ui_state: UiState) -> None:
    """Write the window's geometry and state to ``ui_state`` (and to disk) for the next start."""
    ui_state.geometry = window.saveGeometry()
    ui_state.window_state = window.saveState()
    ui_state.sync()
