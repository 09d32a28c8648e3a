"""The dashboard's charts by keyboard alone: Tab reaches each chart, the arrow keys read its
values out one by one (shown as hovering shows them, and given to a screen reader), and Return
opens the transactions behind the value, as a click does.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from finapp.gui.charts.canvas import ChartCanvas
from finapp.services.budgets import set_budget
from tests.gui.page_fixtures import TODAY, shown_dashboard


def _press(qtbot, key: Qt.Key) -> QWidget | None:  # type: ignore[no-untyped-def]
    """Press ``key`` where the keyboard is; the widget that has the focus after it."""
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key)
    return QApplication.focusWidget()


def _shown_value(chart: ChartCanvas) -> str | None:
    """The label shown over the chart (None: none), as a sighted user reads it."""
    annotation = chart._annotation
    assert annotation is not None
    return annotation.get_text() if annotation.get_visible() else None


def test_tab_reaches_the_charts_and_arrows_read_their_values(qtbot, household_ctx) -> None:  # type: ignore[no-untyped-def]
    set_budget(household_ctx.store, "Food", Decimal("400"), today=TODAY)
    page = shown_dashboard(qtbot, household_ctx)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.options.history.setFocus()

    assert _press(qtbot, Qt.Key.Key_Tab) is page.budget_chart
    assert _press(qtbot, Qt.Key.Key_Tab) is page.donut
    chart = page.donut
    assert _shown_value(chart) is None  # nothing chosen yet: the chart looks as it did

    _press(qtbot, Qt.Key.Key_Right)
    first = chart.hits[0].label
    assert _shown_value(chart) == first
    assert chart.accessibleDescription() == first.replace("\n", " ")
    _press(qtbot, Qt.Key.Key_End)
    assert _shown_value(chart) == chart.hits[-1].label
    _press(qtbot, Qt.Key.Key_Right)  # the last value stays chosen: no wrapping to the first
    assert _shown_value(chart) == chart.hits[-1].label
    _press(qtbot, Qt.Key.Key_Home)
    assert _shown_value(chart) == first

    while not chart.hits[chart.chosen].label.startswith("Housing"):
        _press(qtbot, Qt.Key.Key_Right)
    assert "$1,250.00" in chart.accessibleDescription()
    with qtbot.waitSignal(household_ctx.bus.navigate) as blocker:
        _press(qtbot, Qt.Key.Key_Return)
    assert blocker.args == [
        "transactions",
        {"category": "Housing", "month": "2025-06", "sign": "out"},
    ]

    assert _press(qtbot, Qt.Key.Key_Tab) is page.bars
    assert _shown_value(chart) is None  # the label goes with the keyboard, as with the pointer
    _press(qtbot, Qt.Key.Key_Left)  # from the end: the latest month's expenses
    assert "Jun 2025" in _shown_value(page.bars)
