"""A chart is drawn once per change of its data: a reload bringing the same figures keeps it."""

from __future__ import annotations

from finapp.gui.charts.canvas import ChartCanvas
from finapp.gui.charts.plots import Hit


def test_same_data_again_is_not_redrawn_new_data_is(qtbot) -> None:  # type: ignore[no-untyped-def]
    drawn: list[object] = []

    def draw(figure, data, _theme) -> list[Hit]:  # type: ignore[no-untyped-def]
        drawn.append(data)
        figure.add_subplot().plot([0, 1], list(data))
        return []

    chart = ChartCanvas(draw, "Test chart")
    qtbot.addWidget(chart)
    chart.show()  # on screen: a chart off screen is plotted when it is shown
    qtbot.waitExposed(chart)
    chart.set_data((1, 2))
    chart.set_data((1, 2))  # equal data from a reload that changed nothing
    assert drawn == [(1, 2)]
    chart.set_data((2, 3))
    assert drawn == [(1, 2), (2, 3)]
