"""The dashboard's charts are plotted and drawn once when the page first shows, at the size
they are seen at, and once more when the window is resized (after the user stops dragging)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from matplotlib.figure import Figure

from finapp.gui.bus import AppBus
from finapp.gui.charts.canvas import ChartCanvas
from finapp.gui.context import AppContext
from finapp.gui.pages import dashboard
from finapp.gui.pages.dashboard import DashboardPage
from finapp.store.engine import Store
from finapp.store.schema import Alert
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import shown_dashboard
from tests.gui.test_dashboard_months import TODAY
from tests.gui.test_dashboard_side_lists import ALERTS, raise_alerts

#: how long the charts are given to settle: past the canvas's wait for a resize to end
SETTLE_MS = 400
#: the dashboard's charts: the function that plots each, by the page's name for the chart
CHARTS = {"budget_chart": "draw_budget_progress", "donut": "draw_category_donut",
          "bars": "draw_income_expense_bars", "balance": "draw_balance",
          "net_worth": "draw_net_worth"}  # fmt: skip


def _charts(page: DashboardPage) -> list[tuple[str, ChartCanvas]]:
    """Each chart on the page with the name of its plotting function."""
    assert len(page.findChildren(ChartCanvas)) == len(CHARTS)
    return [(name, getattr(page, chart)) for chart, name in CHARTS.items()]


def _width(figure: Figure) -> int:
    return round(figure.get_figwidth() * figure.dpi)


class Drawn:
    """Each plot of the dashboard's charts and each drawing of one on screen, with the width
    in pixels each was made at."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        #: chart -> the width of each plot
        self.plots: dict[str, list[int]] = {name: [] for name in CHARTS.values()}
        #: chart -> (which plot, width) of each drawing that shows a plot
        self.draws: dict[str, list[tuple[int, int]]] = {name: [] for name in CHARTS.values()}
        self._canvases: dict[int, str] = {}
        for name in CHARTS.values():
            monkeypatch.setattr(dashboard, name, self._counted(name, getattr(dashboard, name)))

    def _counted(self, name: str, draw: Callable[..., Any]) -> Callable[..., Any]:
        def plot(figure: Figure, data: Any, theme: Any) -> Any:
            self.plots[name].append(_width(figure))
            if id(figure) not in self._canvases:
                self._canvases[id(figure)] = name
                figure.canvas.mpl_connect("draw_event", lambda _e: self._seen(name, figure))
            return draw(figure, data, theme)

        return plot

    def _seen(self, name: str, figure: Figure) -> None:
        self.draws[name].append((id(figure.axes[0]), _width(figure)))

    def assert_once_at(self, page: DashboardPage) -> None:
        """Each chart plotted once and drawn once, both at the width it has on the page."""
        for name, chart in _charts(page):
            width = chart.canvas.width()
            assert self.plots[name] == [width], name
            assert self.draws[name] == [(id(chart.figure.axes[0]), width)], name


def _ctx(store: Store, tmp_path: Path) -> AppContext:
    bus = AppBus()
    return AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data")


def test_a_page_whose_data_came_before_it_was_laid_out_draws_each_chart_once(
    qtbot, us_locale, monkeypatch, two_year_store, tmp_path
) -> None:
    drawn = Drawn(monkeypatch)
    page = DashboardPage(_ctx(two_year_store, tmp_path), today=TODAY)  # loaded at once
    qtbot.addWidget(page)
    assert page.data is not None
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(SETTLE_MS)
    drawn.assert_once_at(page)
    assert page.bars.hits and page.donut.hits  # plotted with the data: values to point at


@pytest.mark.parametrize("size", [(830, 560), (1280, 800)])
def test_first_show_plots_each_chart_once_at_the_width_it_is_seen_at(
    qtbot, us_locale, monkeypatch, two_year_store, tmp_path, size
) -> None:
    # (830, 560): the page's share of a 1024x640 window, where the month's figures arriving
    # beside the charts widen the page as the charts get their data
    drawn = Drawn(monkeypatch)
    page = shown_dashboard(qtbot, _ctx(two_year_store, tmp_path), TODAY, size)
    qtbot.wait(SETTLE_MS)
    drawn.assert_once_at(page)


def test_a_resize_plots_each_chart_once_more_when_it_settles(
    qtbot, us_locale, monkeypatch, two_year_store, tmp_path
) -> None:
    drawn = Drawn(monkeypatch)
    page = shown_dashboard(qtbot, _ctx(two_year_store, tmp_path), TODAY, (1280, 800))
    qtbot.wait(SETTLE_MS)
    before = {name: len(draws) for name, draws in drawn.draws.items()}
    page.resize(1700, 950)  # the window maximised
    qtbot.waitUntil(lambda: all(len(plots) == 2 for plots in drawn.plots.values()))
    qtbot.wait(SETTLE_MS)
    for name, chart in _charts(page):
        width = chart.canvas.width()
        assert drawn.plots[name][1] == width and len(drawn.plots[name]) == 2, name
        plot = id(chart.figure.axes[0])
        assert [d for d in drawn.draws[name][before[name] :] if d[0] == plot] == [(plot, width)]


def test_the_charts_are_plotted_once_the_lists_beside_them_are_filled(
    qtbot, us_locale, monkeypatch, two_year_store, tmp_path
) -> None:
    # lists filled after the charts made the page taller once the charts had been drawn: in
    # the main window every chart was drawn a second time at its new height, a fifth of a
    # second more before a two-year household's dashboard showed (python -m bench gui)
    raise_alerts(two_year_store)
    page: list[DashboardPage] = []
    lists_seen: list[tuple[int, int]] = []

    def counted(draw: Callable[..., Any]) -> Callable[..., Any]:
        def plot(figure: Figure, data: Any, theme: Any) -> Any:
            if page:
                lists_seen.append((page[0].renewals.count(), page[0].alerts.count()))
            return draw(figure, data, theme)

        return plot

    for name in CHARTS.values():
        monkeypatch.setattr(dashboard, name, counted(getattr(dashboard, name)))
    page.append(shown_dashboard(qtbot, _ctx(two_year_store, tmp_path), TODAY, (980, 690)))
    qtbot.wait(SETTLE_MS)
    lists_seen.clear()
    with two_year_store.write() as session:  # one more alert, and the month before shown
        session.add(Alert(dedupe_key="probe-new", kind="budget", severity="warning",
                          date=TODAY, message="Dining is over its budget."))  # fmt: skip
    assert page[0].data is not None
    before = page[0].data.month
    page[0].show_month(before.replace(month=before.month - 1))
    qtbot.waitUntil(lambda: page[0].data is not None and page[0].data.month != before)
    qtbot.wait(SETTLE_MS)
    assert lists_seen and set(lists_seen) == {(6, len(ALERTS) + 1)}, lists_seen
