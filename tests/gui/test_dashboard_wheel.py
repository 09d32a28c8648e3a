"""The mouse wheel scrolls the dashboard wherever the pointer is: its charts cover most of the
page, and a window shorter than the page must still reach the net worth chart at the bottom."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, QRect
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea

from finapp.gui.bus import AppBus
from finapp.gui.charts.canvas import ChartCanvas
from finapp.gui.context import AppContext
from finapp.gui.pages.dashboard import DashboardPage
from finapp.gui.ui_state import UiState
from finapp.store.engine import Store
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import shown_dashboard
from tests.gui.test_dashboard_months import TODAY


def wheel_down(chart: ChartCanvas, notches: int) -> None:
    """Turn the wheel ``notches`` clicks towards the user with the pointer on the chart's
    middle, as a mouse reports it to the window (120 per notch)."""
    window = chart.window().windowHandle()
    middle = chart.canvas.mapTo(chart.window(), chart.canvas.rect().center())
    for _ in range(notches):
        QTest.wheelEvent(window, QPointF(middle), QPoint(0, -120))
        QApplication.processEvents()


def in_view(scroll: QScrollArea, chart: ChartCanvas) -> bool:
    """Whether the whole chart is inside the part of the page the window shows."""
    top_left = chart.mapTo(scroll.viewport(), QPoint(0, 0))
    return scroll.viewport().rect().contains(QRect(top_left, chart.size()))


def test_the_wheel_over_a_chart_scrolls_the_page_down_to_net_worth(  # type: ignore[no-untyped-def]
    qtbot, us_locale, two_year_store: Store, tmp_path: Path
) -> None:
    ctx = AppContext(two_year_store, AppBus(), InlineTaskRunner(AppBus()), tmp_path / "data",
                     ui_state=UiState(tmp_path / "ui.ini"))  # fmt: skip
    page: DashboardPage = shown_dashboard(qtbot, ctx, TODAY, (1024, 560))
    scroll = page.findChild(QScrollArea)
    bar = scroll.verticalScrollBar()
    assert bar.maximum() > 0, "the page is taller than the window"
    assert bar.value() == 0
    assert not in_view(scroll, page.net_worth)

    wheel_down(page.budget_chart, 3)
    assert bar.value() > 0, "the wheel over 'Spending vs budget' moved the page"
    first = bar.value()
    wheel_down(page.bars, 20)  # a chart that slides under the pointer passes it on too
    assert bar.value() == bar.maximum() > first
    assert in_view(scroll, page.net_worth)
