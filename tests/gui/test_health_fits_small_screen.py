"""The Health page on a small laptop's screen in Chinese: nothing wider than the window.

At 1024×700 a savings goal's row (its name and day, the gauge, what is needed a month, its
state, Remove) asked for more width than the page had in Chinese: the page scrolled sideways,
"13.7 / 6 个月" and the cards' "支付：… YouTube" cut at the window's edge. A goal's words now wrap
in its row.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QScrollArea

from finapp.services.demo import open_demo_store
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.shell_support import make_shell

pytestmark = pytest.mark.slow


def test_in_chinese_at_1024_pixels_the_health_page_does_not_scroll_sideways(  # type: ignore[no-untyped-def]
    qtbot,
    us_locale,
    chinese,  # noqa: F811
    tmp_path: Path,
) -> None:
    store = open_demo_store(tmp_path / "demo")
    shell = make_shell(store, tmp_path, is_demo=True, opening_page="accounts")
    window = shell.window
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.open_first_page()
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)  # 财务健康
    page = window.page("health")
    qtbot.waitUntil(lambda: window.current_page_name() == "health")
    qtbot.waitUntil(lambda: page.findChild(QLabel, "goal-cell-0") is not None, timeout=10_000)
    area = page.findChild(QScrollArea)
    qtbot.wait(200)  # laid out
    assert area.horizontalScrollBar().maximum() == 0
    assert area.widget().width() <= area.viewport().width()
    goal = page.findChild(QLabel, "goal-cell-0")
    assert goal.text().startswith("Summer holiday")
    assert goal.geometry().right() < area.viewport().width()
    shell.close()
    store.close()
