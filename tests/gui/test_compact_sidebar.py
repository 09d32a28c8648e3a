"""A narrow window (a laptop at 150%: 911 pixels) shows the sidebar's page icons alone, so the
page beside it has the room; each page keeps its name in its tooltip and for a screen reader,
and a wider window shows the names again."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.gui.shell_support import make_shell


def test_a_narrow_window_shows_the_pages_icons_and_a_wide_one_their_names(
    store, tmp_path: Path, qtbot
) -> None:  # type: ignore[no-untyped-def]
    shell = make_shell(store, tmp_path)
    window = shell.window
    qtbot.addWidget(window)
    window.show()
    sidebar = window.sidebar
    window.resize(1200, 700)
    qtbot.waitUntil(lambda: sidebar.width() == 190)
    names = [sidebar.item(row).text() for row in range(sidebar.count())]
    assert names[:3] == ["Dashboard", "Transactions", "Subscriptions"]

    window.resize(911, 512)
    qtbot.waitUntil(lambda: sidebar.width() < 60)
    items = [sidebar.item(row) for row in range(sidebar.count())]
    assert [item.text() for item in items] == [""] * len(names)
    assert [item.data(Qt.ItemDataRole.AccessibleTextRole) for item in items] == names
    assert items[2].toolTip().startswith("Subscriptions (")
    qtbot.waitUntil(lambda: window.stack.width() >= 911 - 60)  # the page has the room

    window.resize(1200, 700)
    qtbot.waitUntil(lambda: sidebar.width() == 190)
    assert [sidebar.item(row).text() for row in range(sidebar.count())] == names
    shell.close()
