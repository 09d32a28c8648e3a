"""A chart's money axis writes its ticks as its reader counts: in English one way along the
axis, plain with thousands separators while its largest tick is below 10,000 ("$1,500"), and
from there all in the unit of the largest ("$5K, $10K"), never "$5000" beside "$10K"; in Chinese
each tick as it is said, 万 from ten thousand ("5,000, 1万, 1.5万", never "0.5万"), without the
currency's symbol, which the axis's title names."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from decimal import Decimal

import pytest
from matplotlib.axis import Axis
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from PySide6.QtCore import QLocale
from PySide6.QtGui import QPalette

from finapp.gui.charts.canvas import theme_from_palette, use_chinese_fallback
from finapp.gui.charts.plots import (
    BudgetBar,
    BudgetData,
    FlowData,
    draw_budget_progress,
    draw_income_expense_bars,
)
from finapp.gui.charts.summary import MonthFlow
from tests.gui.page_fixtures import shown_dashboard

CHINESE = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
ENGLISH = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)


@contextmanager
def speaking(locale: QLocale) -> Iterator[None]:
    """Money written as a user of ``locale`` sees it."""
    before = QLocale()
    QLocale.setDefault(locale)
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture(autouse=True)
def chinese_fonts(qapp) -> None:  # type: ignore[no-untyped-def]
    """The charts' fonts as the window sets them up before drawing: Chinese ticks (万, 月) in
    a font that writes them, whichever test of the run drew a chart first."""
    use_chinese_fallback()


def _shown(axis: Axis) -> list[str]:
    """The tick labels drawn: those within the axis's view."""
    low, high = sorted(axis.get_view_interval())
    return [
        tick.label1.get_text() for tick in axis.get_major_ticks() if low <= tick.get_loc() <= high
    ]


def _bars_axis(largest: str) -> list[str]:
    """The money axis of an income and expenses chart whose largest month is ``largest``."""
    figure = Figure(figsize=(4, 3), layout="constrained")
    FigureCanvasAgg(figure)
    flows = tuple(MonthFlow(f"2026-0{m}", Decimal(largest) * m / 3, Decimal(largest) / 4)
                  for m in (1, 2, 3))  # fmt: skip
    draw_income_expense_bars(figure, FlowData("USD", flows), theme_from_palette(QPalette()))
    figure.canvas.draw()
    return _shown(figure.axes[0].yaxis)


@pytest.mark.parametrize(
    ("locale", "largest", "ticks"),
    [
        (CHINESE, "1800", ["0", "500", "1,000", "1,500"]),
        (CHINESE, "14000", ["0", "5,000", "1万"]),
        (CHINESE, "1600000", ["0", "50万", "100万", "150万"]),
        (ENGLISH, "1800", ["$0", "$500", "$1,000", "$1,500"]),
        (ENGLISH, "14000", ["$0", "$5K", "$10K"]),
        (ENGLISH, "1600000", ["$0", "$0.5M", "$1M", "$1.5M"]),
    ],
    ids=["zh-plain", "zh-wan", "zh-wan-large", "en-plain", "en-thousands", "en-millions"],
)
def test_one_axis_writes_its_ticks_one_way(qapp, locale, largest, ticks) -> None:
    with speaking(locale):
        assert _bars_axis(largest) == ticks


def test_an_axis_below_zero_keeps_the_sign_where_amounts_have_it(qapp) -> None:
    with speaking(ENGLISH):
        assert _bars_axis("-3000") == ["-$3,000", "-$2,000", "-$1,000", "$0"]
    with speaking(CHINESE):
        assert _bars_axis("-30000") == ["-3万", "-2万", "-1万", "0"]


def test_a_narrow_horizontal_axis_shows_fewer_ticks_rather_than_labels_that_touch(qapp) -> None:
    budget = BudgetData(
        "2026-03", "USD", (BudgetBar("Entertainment:Streaming", Decimal("900"), Decimal("1500")),)
    )
    labels = {}
    for width in (2.2, 5.0):  # inches: a 1024x640 window's budget chart, and a wide one
        figure = Figure(figsize=(width, 3), layout="constrained")
        FigureCanvasAgg(figure)
        with speaking(ENGLISH):
            draw_budget_progress(figure, budget, theme_from_palette(QPalette()))
            figure.canvas.draw()
        axis = figure.axes[0].xaxis
        labels[width] = _shown(axis)
        renderer = figure.canvas.get_renderer()
        low, high = sorted(axis.get_view_interval())
        boxes = [tick.label1.get_window_extent(renderer) for tick in axis.get_major_ticks()
                 if low <= tick.get_loc() <= high]  # fmt: skip
        for left, right in itertools.pairwise(boxes):
            assert right.x0 - left.x1 >= 4, labels[width]  # a space between neighbours
    assert labels[2.2] == ["$0", "$1,000"]
    assert labels[5.0] == ["$0", "$500", "$1,000", "$1,500"]


def _money_axes(page) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    axes = {
        "bars": page.bars.figure.axes[0].yaxis,
        "balance": page.balance.figure.axes[0].yaxis,
        "net worth": page.net_worth.figure.axes[0].yaxis,
    }
    for chart in (page.bars, page.balance, page.net_worth):
        chart.canvas.draw()
    return {name: [label for label in _shown(axis) if label] for name, axis in axes.items()}


def test_every_money_axis_on_the_dashboard_reads_one_way_in_english(qtbot, household_ctx) -> None:
    unit = "K"
    with speaking(ENGLISH):
        page = shown_dashboard(qtbot, household_ctx, date(2025, 6, 20), size=(830, 560))
        axes = _money_axes(page)
    for name, labels in axes.items():
        assert len(labels) >= 2, name
        numbers = [label for label in labels if re.search(r"[1-9]", label)]
        in_unit = [label.endswith(unit) for label in numbers]
        assert all(in_unit) or not any(in_unit), (name, labels)
        assert not any(re.search(r"\d{4}", label) for label in labels), (name, labels)


def test_every_money_axis_on_the_dashboard_counts_in_wan_in_chinese(qtbot, household_ctx) -> None:
    with speaking(CHINESE):
        page = shown_dashboard(qtbot, household_ctx, date(2025, 6, 20), size=(830, 560))
        axes = _money_axes(page)
    for name, labels in axes.items():
        assert len(labels) >= 2, name
        assert not any("$" in label or "¥" in label for label in labels), (name, labels)
        for label in labels:  # 万 from ten thousand, plain below it: never "0.5万", "12,000"
            number = float(label.removesuffix("万").replace(",", "").lstrip("-"))
            if label.endswith("万"):
                assert number >= 1, (name, labels)
            else:
                assert number < 10_000, (name, labels)
