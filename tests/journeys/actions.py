"""What a person does with keyboard and mouse, sent to the real widgets."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QModelIndex, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFileDialog,
    QLineEdit,
    QStyle,
    QStyleOptionButton,
    QWidget,
)

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier


def focus(widget: QWidget) -> None:
    """Bring ``widget``'s window to the front, as a click on its title bar does."""
    window = widget.window()
    if not window.isActiveWindow():
        window.activateWindow()
        QTest.qWaitForWindowActive(window, 2000)


def press(widget: QWidget, key: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    """A key (with Ctrl, say) pressed while ``widget``'s window is the active one."""
    focus(widget)
    QTest.keyClick(widget, key, modifier)


def type_text(widget: QWidget, text: str) -> None:
    focus(widget)
    QTest.keyClicks(widget, text)


def click(button: QAbstractButton) -> None:
    """Click ``button`` where a person does: a check box on its box, since only the box and its
    words take the click and its row may be far wider than they are."""
    where = QPoint()  # the middle
    if isinstance(button, QCheckBox):
        option = QStyleOptionButton()
        button.initStyleOption(option)
        indicator = QStyle.SubElement.SE_CheckBoxIndicator
        where = button.style().subElementRect(indicator, option, button).center()
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, pos=where)


def choose_file(chooser: QWidget, path: Path) -> None:
    """Type the file's full path in the file chooser and press Enter."""
    assert isinstance(chooser, QFileDialog)
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    name.clear()
    type_text(name, str(path))
    press(name, Qt.Key.Key_Return)


def drop_files(widget: QWidget, files: list[Path]) -> None:
    """Drag ``files`` from a file manager over ``widget`` and let go."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted(), "the window refused the drag"
    QApplication.sendEvent(widget, QDropEvent(pos, Qt.DropAction.CopyAction, mime, buttons, mods))


def _shown_rows(view: QAbstractItemView, column: int) -> list[QModelIndex]:
    """Each row's ``column`` cell, top to bottom; in a tree, a group's rows follow it."""
    model = view.model()

    def walk(parent: QModelIndex) -> list[QModelIndex]:
        cells = []
        for row in range(model.rowCount(parent)):
            cells.append(model.index(row, column, parent))
            cells.extend(walk(model.index(row, 0, parent)))
        return cells

    return walk(QModelIndex())


def click_row(view: QAbstractItemView, text: str, column: int = 0) -> None:
    """Click the first row of ``view`` whose ``column`` reads ``text`` (a part of it)."""
    model = view.model()
    for index in _shown_rows(view, column):
        if text in str(model.data(index)):
            view.scrollTo(index)
            QTest.mouseClick(
                view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center()
            )
            return
    raise AssertionError(f"no row reads {text!r}")


def row_texts(view: QAbstractItemView, column: int) -> list[str]:
    model = view.model()
    return [str(model.data(index)) for index in _shown_rows(view, column)]


def column_of(view: QAbstractItemView, header: str) -> int:
    """The column whose header reads ``header``, as the user sees it."""
    model = view.model()
    for column in range(model.columnCount()):
        if model.headerData(column, Qt.Orientation.Horizontal) == header:
            return column
    raise AssertionError(f"no column {header!r}")
