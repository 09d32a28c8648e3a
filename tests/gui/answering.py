"""Answering the dialogs a page opens (``finapp.gui.widgets.asking``) with keys, as a person does.

The dialogs open without blocking, so a test clicks the page's button, finds the dialog the
click opened by its object name and types into it; nothing needs a timer or a monkeypatch.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

D = TypeVar("D", bound=QDialog)


def opened(parent: QWidget, kind: type[D], object_name: str) -> D:
    """The one dialog called ``object_name`` open over ``parent`` (answered ones are gone)."""
    shown = [d for d in parent.findChildren(kind, object_name) if d.isVisible()]
    assert len(shown) == 1, f"expected one open {object_name!r}, found {len(shown)}"
    return shown[0]


def nothing_open(parent: QWidget) -> bool:
    return not any(d.isVisible() for d in parent.findChildren(QDialog))


def enter(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog, Qt.Key.Key_Return)


def escape(qtbot, dialog: QDialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)


def yes(qtbot, box: QMessageBox) -> None:  # type: ignore[no-untyped-def]
    """Click Yes: the confirmations default to No, so Enter would refuse."""
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)


def type_over(qtbot, dialog: QDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    """Select what the dialog's text field holds and type ``text`` in its place, then Enter."""
    field = dialog.findChild(QLineEdit)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def choose(qtbot, chooser: QFileDialog, path: Path) -> None:  # type: ignore[no-untyped-def]
    """Paste the full path into Qt's file chooser and press Enter.

    Pasted, not typed: typed key by key, the chooser selects each folder of the path as it is
    completed, and the first Enter then opens a folder instead of choosing the file.
    """
    QApplication.clipboard().setText(str(path))
    name = chooser.findChild(QLineEdit, "fileNameEdit")
    qtbot.keyClick(name, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(name, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(name, Qt.Key.Key_Return)


def pick(qtbot, dialog: QDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    """Type the start of an item into the dialog's (non-editable) list to pick it, then Enter."""
    combo = dialog.findChild(QComboBox)
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), combo.currentText()
    enter(qtbot, dialog)
