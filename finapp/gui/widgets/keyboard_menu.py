"""A view's row menu from the keyboard: the Menu key and Shift+F10 open one menu, at the rows
the user selected, with its first entry highlighted.

Qt already turns the Menu key into a context-menu event for the focused view; with the
``CustomContextMenu`` policy it becomes ``customContextMenuRequested`` at a point in the view's
own coordinates, which a slot reading it as a viewport point turns into the row below (the
header's height lower). A second key binding on top opened a second menu. Here the keyboard's
event is taken before Qt turns it into a position: the menu opens at the current (selected)
row and the selection is left as it is. Right clicks keep the signal and its position.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget

from finapp.gui.pages.tables import page_shortcut


class _MenuKey(QObject):
    """Answers the view's keyboard context-menu events (the Menu key) with ``open_menu``."""

    def __init__(self, view: QAbstractItemView, open_menu: Callable[[], None]) -> None:
        super().__init__(view)
        self._open_menu = open_menu

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ContextMenu
            and isinstance(event, QContextMenuEvent)
            and event.reason() == QContextMenuEvent.Reason.Keyboard
        ):
            self._open_menu()
            return True
        return False


def keyboard_menu(page: QWidget, view: QAbstractItemView, open_menu: Callable[[], None]) -> None:
    """The Menu key on ``view`` and Shift+F10 anywhere on ``page`` call ``open_menu``, which
    opens the menu of the selected rows (see :func:`show_menu`)."""
    view.installEventFilter(_MenuKey(view, open_menu))
    page_shortcut(page, "Shift+F10", open_menu)


def show_menu(menu: QMenu, at: QPoint, *, from_keyboard: bool) -> None:
    """Pop ``menu`` up at ``at`` (global), deleted once closed. Opened from the keyboard, its
    first entry is highlighted, so Return takes it and Down goes to the second, as in GTK and
    KDE menus."""
    menu.aboutToHide.connect(menu.deleteLater)
    menu.popup(at)
    if from_keyboard:
        first = next((a for a in menu.actions() if a.isEnabled() and a.isVisible()
                      and not a.isSeparator()), None)  # fmt: skip
        if first is not None:
            menu.setActiveAction(first)
