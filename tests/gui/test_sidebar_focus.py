"""A click on a page in the sidebar leaves its name reading as a label: no box is drawn around
the name (the style's focus box made it look like a field to type in). The keyboard's place
still shows, as a ring around the chosen page while the sidebar has the focus."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tests.gui.shell_support import make_shell


def _pixels_that_differ(before: QImage, after: QImage, area: QRect) -> list[tuple[int, int]]:
    return [
        (x, y)
        for y in range(area.top(), area.bottom() + 1)
        for x in range(area.left(), area.right() + 1)
        if before.pixel(x, y) != after.pixel(x, y)
    ]


def test_a_clicked_page_gets_a_ring_and_its_name_no_box(store, tmp_path: Path, qtbot) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path)
    window = shell.window
    qtbot.addWidget(window)
    window.resize(1200, 700)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    sidebar = window.sidebar
    qtbot.waitUntil(lambda: sidebar.width() == 190)
    item = sidebar.item(7)  # Payees, a page with a search box to take the focus away to
    pill = sidebar.visualItemRect(item)
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=pill.center())
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.page("payees"))
    assert sidebar.hasFocus() and sidebar.currentItem() is item
    focused = sidebar.viewport().grab().toImage()

    window.page("payees").search_field().setFocus()
    qtbot.waitUntil(lambda: not sidebar.hasFocus())
    unfocused = sidebar.viewport().grab().toImage()

    # the page's name, its icon and the tint around them: the same with the focus or without
    inside = pill.adjusted(6 + 3, 1 + 3, -6 - 3, -1 - 3)  # within the pill's margin and ring
    assert _pixels_that_differ(focused, unfocused, inside) == []
    # the focus shows as a ring at the pill's edge
    ring = _pixels_that_differ(focused, unfocused, pill)
    assert ring, "the sidebar's focus shows nowhere"
    assert all(not inside.contains(x, y) for x, y in ring)
    shell.close()
