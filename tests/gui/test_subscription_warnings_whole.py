"""The Subscriptions page's warnings read whole in the window's first size: "⚠ charged after
cancel" and "▲ price up" are the point of their rows, and a 1180-pixel window showed "⚠ char…"
and "▲ pric…" beside names given every pixel they asked for. The warnings now have their width
before the names grow past their first characters (a note after a warning may still be cut,
whole on hover)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QStyle

from finapp.gui.pages.subscriptions import COL_NAME, COL_NOTES, SubscriptionsPage
from finapp.gui.widgets.grouped_tree import READABLE
from finapp.gui.window_geometry import DEFAULT_SIZE
from finapp.services.demo import open_demo_store
from tests.gui.shell_support import make_shell

pytestmark = pytest.mark.slow


def test_warnings_read_whole_in_the_first_window_size(qtbot, us_locale, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    store = open_demo_store(tmp_path / "demo")
    shell = make_shell(store, tmp_path, is_demo=True, opening_page="subscriptions")
    qtbot.addWidget(shell.window)
    shell.window.resize(DEFAULT_SIZE)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    page = shell.window.page("subscriptions")
    assert isinstance(page, SubscriptionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    tree = page.table
    margin = 2 * (tree.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin) + 1)

    def needed(index) -> int:  # type: ignore[no-untyped-def]
        """The room its warning needs, and an ellipsis for the notes after it."""
        font = index.data(0x6) or QFont(tree.font())  # Qt.FontRole: warned rows are bold
        warning = index.data().split("  ")[0]
        more = " …" if warning != index.data() else ""
        return QFontMetrics(font).horizontalAdvance(warning + more) + margin

    warned = []
    for number in range(page.model.rowCount()):
        group = page.model.index(number, 0)
        if not tree.isExpanded(group):  # income and transfers start folded
            continue
        for row in range(page.model.rowCount(group)):
            notes = page.model.index(row, COL_NOTES, group)
            if notes.data() and notes.data()[0] in "⚠▲⊘":
                warned.append(notes.data())
                assert tree.visualRect(notes).width() >= needed(notes), notes.data()
                name = page.model.index(row, COL_NAME, group)
                start = QFontMetrics(name.data(0x6) or QFont(tree.font())).horizontalAdvance(
                    name.data()[:READABLE]
                )
                assert tree.visualRect(name).width() >= start, name.data()  # names still read
    assert "⚠ charged after cancel" in warned and "▲ price up" in warned, warned
    shell.close()
    store.close()
