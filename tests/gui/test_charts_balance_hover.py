"""The balance chart: pointing at a day on the line shows that day's balance, a click its rows."""

from __future__ import annotations

from datetime import date

from matplotlib.backend_bases import MouseEvent

from finapp.gui.charts.canvas import ChartCanvas
from finapp.gui.models.formatting import format_date
from tests.gui.test_pages_dashboard import _page


def _at(chart: ChartCanvas, name: str, xy: tuple[float, float]) -> None:
    MouseEvent(name, chart.canvas, xy[0], xy[1], button=1)._process()


def test_pointing_at_a_day_on_the_balance_line_shows_it_and_a_click_opens_it(
    qtbot, household_ctx
) -> None:
    page = _page(qtbot, household_ctx)
    chart = page.balance
    chart.canvas.draw()  # constrained layout places the axes on draw
    axes = chart.figure.axes[0]
    for hit in (chart.hits[3], chart.hits[-1]):
        day = hit.filters["since"]
        line = hit.artist
        x, y = line.get_xdata()[hit.index], line.get_ydata()[hit.index]
        xy = tuple(axes.transData.transform((axes.convert_xunits(x), y)))
        _at(chart, "motion_notify_event", xy)
        assert chart._annotation.get_visible()
        assert chart._annotation.get_text() == hit.label
        assert format_date(date.fromisoformat(day)) in hit.label  # the user's short date
        with qtbot.waitSignal(household_ctx.bus.navigate) as blocker:
            _at(chart, "button_press_event", xy)
        assert blocker.args == ["transactions", {"account": "Checking", "since": day,
                                                 "until": day}]  # fmt: skip
    _at(chart, "motion_notify_event", (1, 1))
    assert not chart._annotation.get_visible()
