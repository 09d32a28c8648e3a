"""The Help menu: keyboard shortcuts read from the window, the user guide, About finapp."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenuBar,
    QPushButton,
    QTextBrowser,
    QTreeWidget,
)

import finapp
from finapp.gui.dialogs.shortcuts import ShortcutsDialog
from finapp.gui.resources import resource_dir
from finapp.guide_text import GUIDE_FILE, guide_section
from tests.gui.shell_support import make_shell


@pytest.fixture
def window(store, tmp_path: Path, qtbot):
    """The real main window over a temporary store, shown and focused so its keys work."""
    shell = make_shell(store, tmp_path)
    qtbot.addWidget(shell.window)
    shell.window.show()
    shell.window.activateWindow()
    qtbot.waitExposed(shell.window)
    yield shell.window
    shell.close()


@pytest.fixture
def opened_urls(monkeypatch) -> list[QUrl]:
    """What finapp asked the desktop to open (the file manager is outside the app)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def open_dialog(window, qtbot, name: str) -> QDialog:
    """The dialog ``name`` once it is on screen, shown without blocking the test."""
    qtbot.waitUntil(lambda: (d := window.findChild(QDialog, name)) is not None and d.isVisible())
    return window.findChild(QDialog, name)


def help_action(window, text: str) -> QAction:
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    assert menus[-1].title() == "&Help"  # Help comes after the window's other menus
    return next(a for a in menus[-1].actions() if a.text() == text)


def listed_shortcuts(dialog: QDialog) -> list[tuple[str, str, str]]:
    """(menu, action, keys) rows as the user reads them in the shortcuts dialog."""
    tree = dialog.findChild(QTreeWidget, "shortcut-list")
    rows = []
    for index in range(tree.topLevelItemCount()):
        heading = tree.topLevelItem(index)
        for child in range(heading.childCount()):
            item = heading.child(child)
            rows.append((heading.text(0), item.text(0), item.text(1)))
    return rows


def close_with_escape(dialog: QDialog, qtbot) -> None:
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_help_menu_follows_the_other_menus_with_its_entries(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&Go", "&Help"]
    help_menu = window.menuBar().actions()[-1].menu()
    texts = [a.text() for a in help_menu.actions() if not a.isSeparator()]
    assert texts == [
        "&User guide",
        "&Keyboard shortcuts",
        "Explore the &demo household…",
        "&About finapp",
        "About &Qt",
    ]
    assert help_action(window, "&About finapp").menuRole() == QAction.MenuRole.AboutRole
    assert help_action(window, "About &Qt").menuRole() == QAction.MenuRole.AboutQtRole


def test_ctrl_slash_lists_the_windows_shortcuts_grouped_by_menu(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window, qtbot, "shortcuts-dialog")
    assert dialog.windowTitle() == "Keyboard shortcuts"
    rows = listed_shortcuts(dialog)
    assert ("File", "Quit", "Ctrl+Q") in rows
    assert ("File", "Import statements…", "Ctrl+O") in rows
    edit_rows = {text: keys.split(" or ") for menu, text, keys in rows if menu == "Edit"}
    assert edit_rows["Undo"][0] == "Ctrl+Z"  # nothing edited yet: the plain words
    assert "Ctrl+Shift+Z" in edit_rows["Redo"]  # beside the platform's own (Ctrl+Y on Windows)
    assert not [row for row in rows if row[1] == "Undo last import"]  # Ctrl+Shift+Z is Redo
    assert ("Help", "User guide", "F1") in rows
    assert ("Help", "Keyboard shortcuts", "Ctrl+/") in rows
    go_rows = [row for row in rows if row[0] == "Go"]
    # every page, as the Go menu has them, then the year in review
    assert len(go_rows) == len(window.page_classes) + 1
    assert go_rows[-1] == ("Go", "Year in review…", "Ctrl+Shift+Y")
    assert all("Ctrl+" in keys for _menu, _text, keys in go_rows)
    close_with_escape(dialog, qtbot)


def test_the_shortcuts_list_names_the_keys_pages_answer_too(window, qtbot):
    """Keys a page binds for itself (the month keys of Budgets, Split on Transactions, F2 and
    Ctrl+N on Subscriptions) are listed under the page, read from the shortcuts themselves."""
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window, qtbot, "shortcuts-dialog")
    rows = listed_shortcuts(dialog)
    assert ("Budgets", "Previous month", "Alt+Left") in rows
    assert ("Budgets", "Next month", "Alt+Right") in rows
    assert ("Edit", "Find…", "Ctrl+F") in rows  # the window's: it finds on every page with a search
    assert ("Transactions", "Split…", "Ctrl+Shift+S") in rows
    assert ("Subscriptions", "Add a subscription", "Ctrl+N") in rows
    assert ("Alerts", "Mark read", "Ctrl+R") in rows
    close_with_escape(dialog, qtbot)


def test_f1_opens_the_user_guide(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = open_dialog(window, qtbot, "user-guide-dialog")
    assert window.findChild(QDialog, "shortcuts-dialog") is None
    close_with_escape(dialog, qtbot)


def test_the_shortcuts_name_only_keys_on_an_ordinary_keyboard(window, qtbot):
    """Undo and Redo are the platform's standard keys, which also bind keys no keyboard of the
    user's has (X11's F14, the Undo key of old Sun keyboards): the list names only the others."""
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window, qtbot, "shortcuts-dialog")
    rows = listed_shortcuts(dialog)
    edit_rows = {text: keys.split(" or ") for menu, text, keys in rows if menu == "Edit"}
    assert "Undo" not in edit_rows["Undo"] and "Redo" not in edit_rows["Redo"]
    for _menu, text, keys in rows:
        for key in keys.split(" or "):
            sequence = QKeySequence(key, QKeySequence.SequenceFormat.NativeText)
            assert sequence[0].key().value < Qt.Key.Key_F13.value, (text, key)
    close_with_escape(dialog, qtbot)


def test_an_x11_undo_is_listed_as_the_ctrl_z_a_user_presses(qapp, qtbot):
    """What an X11 desktop binds to Undo (Ctrl+Z, F14 and the Undo key), shown as Ctrl+Z."""
    bar = QMenuBar()
    edit = bar.addMenu("&Edit")
    undo = edit.addAction("&Undo")
    undo.setShortcuts([QKeySequence("Ctrl+Z"), QKeySequence("F14"), QKeySequence(Qt.Key.Key_Undo)])
    edit.addAction("Sun's &Again").setShortcut(QKeySequence(Qt.Key.Key_Redo))
    dialog = ShortcutsDialog(bar)
    qtbot.addWidget(dialog)
    dialog.show()
    assert listed_shortcuts(dialog) == [("Edit", "Undo", "Ctrl+Z")]


def test_ctrl_slash_opens_the_shortcuts_and_its_close_button_closes_them(window, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window, qtbot, "shortcuts-dialog")
    close = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Close)
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_about_shows_version_and_data_folder_and_opens_the_folder(
    window, qtbot, opened_urls, store
):
    help_action(window, "&About finapp").trigger()
    dialog = open_dialog(window, qtbot, "about-dialog")
    assert window.isEnabled() and dialog.isVisible()  # open() returned: the window runs on
    assert dialog.windowTitle() == "About finapp"
    assert finapp.__version__ in dialog.findChild(QLabel, "about-version").text()
    data_dir = window.ctx.data_dir
    assert dialog.findChild(QLabel, "about-data-folder").text() == str(data_dir)
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "MIT" in texts and "PySide6" in texts
    qtbot.mouseClick(dialog.findChild(QPushButton, "about-open-folder"), Qt.MouseButton.LeftButton)
    assert opened_urls == [QUrl.fromLocalFile(str(data_dir))]
    assert dialog.isVisible()  # opening the folder leaves the box up
    close_with_escape(dialog, qtbot)


def test_user_guide_shows_the_guide_itself(window, qtbot, opened_urls):
    help_action(window, "&User guide").trigger()
    dialog = open_dialog(window, qtbot, "user-guide-dialog")
    assert dialog.windowTitle() == "User guide"
    shown = dialog.findChild(QTextBrowser, "user-guide-text").toPlainText()
    readme = Path(finapp.__file__).resolve().parent.parent / "README.md"
    section = guide_section(readme.read_text(encoding="utf-8"))
    # the README's "User guide" section, rendered: its words, not a path to the file
    assert "User guide" in shown and "Undo an import" in shown
    assert "Undo an import." in section and str(readme) not in shown
    close_with_escape(dialog, qtbot)
    assert opened_urls == []


def test_the_shipped_user_guide_is_the_readme_section():
    """The copy the app ships is the README's section as written (``tools/user_guide.py``)."""
    readme = Path(finapp.__file__).resolve().parent.parent / "README.md"
    shipped = resource_dir() / GUIDE_FILE
    assert shipped.read_text(encoding="utf-8") == guide_section(readme.read_text(encoding="utf-8"))
