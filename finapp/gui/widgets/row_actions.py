"""What acts on a grouped tree's selected row: each a button and an entry of the row's menu.

One list serves the buttons under the tree, the context menu (right click, the Menu key or
Shift+F10 on the tree) and the enabling: an action on the selected row is on only while a row
(not a group header) is selected and no write runs. A page adds its actions with :meth:`add`;
one that should be in the menu only goes into :attr:`on_row` (and :attr:`selection`) itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPushButton, QWidget

from finapp.gui.widgets.actions import SelectionActions
from finapp.gui.widgets.flow_layout import FlowLayout
from finapp.gui.widgets.grouped_tree import GroupedTree
from finapp.gui.widgets.keyboard_menu import keyboard_menu, show_menu

#: a Chinese-style Alt letter after the words, "确认(&C)", dropped whole where no Alt letter is
_LETTER_AFTER = re.compile(r"\(&[^&]\)")


def shown_words(text: str) -> str:
    """``text`` as a menu shows it: without its Alt letter's mark ("&Confirm" reads "Confirm",
    "确认(&C)" reads "确认"), "&&" read as "&"."""
    return re.sub(r"&(.)", r"\1", _LETTER_AFTER.sub("", text))


class RowActions(QObject):
    def __init__(self, page: QWidget, tree: GroupedTree, prefix: str, rows: int = 2) -> None:
        super().__init__(page)
        self._page = page
        self._tree = tree
        self._prefix = prefix
        #: the button rows, for the page to lay out: each wraps onto more lines in a narrow
        #: window rather than set the window's least width
        self.button_rows = tuple(FlowLayout() for _ in range(rows))
        #: what acts on the selected row, in the order of the context menu
        self.on_row: list[QAction] = []
        self.buttons: dict[str, QPushButton] = {}
        self.selection = SelectionActions(page, tree, [])
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        tree.customContextMenuRequested.connect(self.open_menu)
        keyboard_menu(page, tree, lambda: self.open_menu(None))

    def add(
        self, name: str, text: str, slot: Callable[[], object], *, row: int, on_row: bool
    ) -> QAction:
        """An action as a button in ``row`` and, when it acts on the selected row (``on_row``),
        in the row's context menu too, on only while a row is selected. ``text`` marks the
        menu entry's Alt letter; the buttons, beside the menu bar's Alt letters, have none."""
        action = QAction(text, self._page)
        action.setObjectName(f"{self._prefix}-{name}")
        action.triggered.connect(lambda _checked=False: slot())
        words = shown_words(text)
        button = QPushButton(words.replace("&", "&&"), self._page)
        button.setAccessibleName(words.rstrip("…"))
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        self.button_rows[row].addWidget(button)
        self.buttons[name] = button
        if on_row:
            self.on_row.append(action)
            self.selection.add(action)
        return action

    def open_menu(self, pos: QPoint | None) -> None:
        """The selected row's actions, at the clicked row (or under the current row when asked
        from the keyboard); nothing on a group header."""
        tree = self._tree
        from_keyboard = pos is None
        index = tree.indexAt(pos) if pos is not None else QModelIndex()
        clicked = tree.row_at(index)
        if pos is not None and clicked is not None:
            tree.select(lambda row: row is clicked, reveal=False)
        elif tree.selected_rows():
            pos = tree.visualRect(tree.currentIndex().siblingAtColumn(0)).bottomLeft()
        else:
            return
        menu = QMenu(self._page)
        menu.setObjectName(f"{self._prefix}-menu")
        menu.addActions(self.on_row)
        show_menu(menu, tree.viewport().mapToGlobal(pos), from_keyboard=from_keyboard)
