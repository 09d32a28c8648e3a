"""Help → Keyboard shortcuts: every shortcut the window answers, read from the shortcuts.

The list is built each time the dialog opens from the menu bar's QActions and from each page's
own keys (a QShortcut named by ``page_shortcut``'s ``what``, a QAction with a shortcut such as
Split on Transactions), so it names what the window really does (pages added after start-up, a
shortcut changed in one place) and cannot drift from a hand-written table.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QMenuBar,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True, slots=True)
class ShortcutGroup:
    """One menu's actions that have a shortcut: (action text, its key sequences)."""

    menu: str
    entries: tuple[tuple[str, tuple[QKeySequence, ...]], ...]


def plain_text(text: str) -> str:
    """``text`` without its ``&`` accelerator marks (``&&`` stays a literal ``&``)."""
    return "&".join(part.replace("&", "") for part in text.split("&&"))


def pressable(keys: QKeySequence) -> bool:
    """Whether every key of ``keys`` is on an ordinary keyboard: letters, digits, F1–F12, the
    arrows and editing keys. A standard key (Undo, Redo) also binds X11's F14 and the Undo key
    of Sun keyboards, which a user cannot press and must not be told to."""
    chords = (keys[i] for i in range(keys.count()))  # type: ignore[index]  # stubs lack []
    return all(chord.key().value < Qt.Key.Key_F13.value for chord in chords)


def menu_shortcuts(bar: QMenuBar) -> list[ShortcutGroup]:
    """The shortcuts of every menu on ``bar`` a user can press, in menu order; a submenu is a
    group of its own."""
    groups: list[ShortcutGroup] = []

    def visit(menu: QMenu, title: str) -> None:
        entries = []
        for action in menu.actions():
            sub = action.menu()  # typed QObject: Qt's template returns the QMenu it was given
            if isinstance(sub, QMenu):
                visit(sub, f"{title} › {plain_text(sub.title())}")
            elif keys := tuple(k for k in action.shortcuts() if pressable(k)):
                entries.append((plain_text(action.text()), keys))
        if entries:
            groups.append(ShortcutGroup(title, tuple(entries)))

    for top in bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            visit(menu, plain_text(menu.title()))
    return groups


def page_shortcuts(pages: Iterable[tuple[str, QWidget]]) -> list[ShortcutGroup]:
    """The keys each page answers, grouped under the page's title: its named QShortcuts and
    its QActions with a shortcut (the row menus' entries), each key once."""
    groups: list[ShortcutGroup] = []
    for title, page in pages:
        entries: list[tuple[str, tuple[QKeySequence, ...]]] = []
        seen: set[str] = set()
        found: list[tuple[str, tuple[QKeySequence, ...]]] = [
            (shortcut.whatsThis(), (shortcut.key(),))
            for shortcut in page.findChildren(QShortcut)
            if shortcut.whatsThis() and shortcut.isEnabled()
        ]
        found += [
            (plain_text(action.text()), tuple(action.shortcuts()))
            for action in page.findChildren(QAction)
            if action.text() and action.shortcuts()
        ]
        for text, keys in found:
            pressed = tuple(k for k in keys if pressable(k) and k.toString() not in seen)
            if pressed:
                seen.update(k.toString() for k in pressed)
                entries.append((text, pressed))
        if entries:
            groups.append(ShortcutGroup(title, tuple(entries)))
    return groups


class ShortcutsDialog(QDialog):
    """A two-column list, grouped by menu and then by page: what an action is called, and
    its keys."""

    def __init__(
        self,
        bar: QMenuBar,
        parent: QWidget | None = None,
        pages: Iterable[tuple[str, QWidget]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setMinimumSize(420, 420)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcut-list")
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.setHeaderLabels([self.tr("Action"), self.tr("Shortcut")])
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        for group in menu_shortcuts(bar) + page_shortcuts(pages):
            heading = QTreeWidgetItem([group.menu])
            font = heading.font(0)
            font.setBold(True)
            heading.setFont(0, font)
            for text, keys in group.entries:
                heading.addChild(QTreeWidgetItem([text, self.keys_text(keys)]))
            self.tree.addTopLevelItem(heading)
            heading.setFirstColumnSpanned(True)
        self.tree.expandAll()
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)

    def keys_text(self, keys: tuple[QKeySequence, ...]) -> str:
        """Keys as the platform writes them (⌘Q on macOS), alternatives joined by "or"."""
        native = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys]
        return self.tr(" or ").join(native)
