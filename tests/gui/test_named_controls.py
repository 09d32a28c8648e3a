"""What a screen reader says on each page: the text field of an editable list (Budgets' new
category) has a name, and an icon-only "✕" button says what it does in a tooltip too."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QAbstractButton, QComboBox

from tests.gui.shell_support import make_shell


def test_every_page_names_its_combo_fields_and_explains_its_icon_buttons(
    store, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path, opening_page="budgets")
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    for title, page in [("window", window), *window.all_pages()]:
        for box in page.findChildren(QComboBox):
            if box.isEditable():
                assert box.lineEdit().accessibleName(), (title, box.accessibleName())
        for button in page.findChildren(QAbstractButton):
            if button.text() in ("✕", "×"):
                assert button.toolTip(), (title, button.accessibleName())
    shell.close()
