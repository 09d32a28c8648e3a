"""Chart colours a person can see on their desktop's theme, light or dark, and date axes that
fit the room they have."""

from __future__ import annotations

import warnings
from datetime import date

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.dates import date2num
from matplotlib.figure import Figure
from PySide6.QtGui import QColor, QPalette

from finapp.gui.charts.canvas import theme_from_palette
from finapp.gui.charts.theme import date_axis


def _luminance(colour: str) -> float:
    """WCAG relative luminance of ``#rrggbb``."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def _contrast(a: str, b: str) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def _palette(window: str, text: str, mid: str) -> QPalette:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Window, QColor(window))
    palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    palette.setColor(QPalette.ColorRole.Mid, QColor(mid))
    return palette


@pytest.mark.parametrize(
    "palette",
    [
        _palette("#efefef", "#000000", "#b8b8b8"),  # Fusion light
        _palette("#353535", "#ffffff", "#2a2a2a"),  # a dark desktop: its mid tone near black
    ],
    ids=["light", "dark"],
)
def test_a_budgets_track_and_each_series_stand_out_from_the_background(qapp, palette) -> None:
    theme = theme_from_palette(palette)
    assert _contrast(theme.track, theme.background) >= 1.3  # the budget's length is seen
    for colour in (theme.within, theme.expense, theme.income):
        assert _contrast(colour, theme.background) >= 2.0
        assert _contrast(colour, theme.track) >= 1.3  # what is spent shows on its budget


@pytest.mark.parametrize("months", [9, 18])
def test_a_narrow_chart_of_months_names_months_not_a_time_of_day(qapp, months) -> None:
    """A small chart with room for two dates, over most of a year or two, is labelled with
    months (a lone tick was labelled "00:00"), and matplotlib has nothing to warn about."""
    theme = theme_from_palette(_palette("#efefef", "#000000", "#b8b8b8"))
    figure = Figure(figsize=(1.2, 1.0), dpi=100)
    axes = figure.add_subplot()
    firsts = [date(2025 + (1 + m) // 12, (1 + m) % 12 + 1, 1) for m in range(months + 1)]
    axes.plot([date2num(day) for day in firsts], list(range(months + 1)))
    date_axis(axes.xaxis, theme)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        FigureCanvasAgg(figure).draw()
        labels = [t.get_text() for t in axes.xaxis.get_ticklabels() if t.get_text()]
    assert len(labels) >= 2
    assert not [label for label in labels if ":" in label]
