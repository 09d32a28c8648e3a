"""The dashboard: charts drawn from the store, hover values, and drill-down into transactions."""

from __future__ import annotations

import math
from datetime import date
from decimal import Decimal

from matplotlib.backend_bases import MouseEvent
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from PySide6.QtGui import QColor, QPalette

from finapp.gui.charts.balance_plot import BalanceData, draw_balance
from finapp.gui.charts.canvas import ChartCanvas, theme_from_palette
from finapp.gui.charts.plots import (
    DonutData,
    FlowData,
    Theme,
    draw_category_donut,
    draw_income_expense_bars,
)
from finapp.gui.charts.summary import AccountBalance, BalancePoint, CategorySpend, MonthFlow
from finapp.gui.pages.dashboard import DashboardPage
from finapp.services.alerts import evaluate_alerts
from finapp.services.budgets import set_budget
from finapp.services.subscriptions import detect_subscriptions
from tests.gui.page_fixtures import TODAY, shown_dashboard


def _page(qtbot, ctx) -> DashboardPage:  # type: ignore[no-untyped-def]
    return shown_dashboard(qtbot, ctx, TODAY)


def _event(chart: ChartCanvas, name: str, xy: tuple[float, float]) -> MouseEvent:
    chart.canvas.draw()
    return MouseEvent(name, chart.canvas, xy[0], xy[1], button=1)


def _centre_of_wedge(chart: ChartCanvas, index: int) -> tuple[float, float]:
    chart.canvas.draw()  # constrained layout places the axes on draw
    wedge = chart.hits[index].artist
    angle = math.radians((wedge.theta1 + wedge.theta2) / 2)
    radius = wedge.r - wedge.width / 2
    ax = chart.figure.axes[0]
    return tuple(ax.transData.transform((radius * math.cos(angle), radius * math.sin(angle))))


def test_dashboard_shows_this_months_figures(qtbot, household_ctx) -> None:
    set_budget(household_ctx.store, "Food", Decimal("400"), today=TODAY)
    page = _page(qtbot, household_ctx)
    summary = page.data.summary
    # June 2025 up to the 20th: rent, Netflix, Spotify, power, two weeks of groceries and coffee
    assert summary.month == "2025-06"
    assert "3,200.00" in page.income.value.text()
    spent = {s.category: s.spent for s in summary.by_category}
    assert spent["Housing"] == Decimal("1250.00")
    assert spent["Entertainment"] == Decimal("26.48")
    assert page.spent.value.text().endswith(f"{sum(spent.values()):,}")
    assert [b.category for b in page.data.budgets] == ["Food"]
    assert len(page.budget_chart.hits) == 1
    assert summary.flows[0].month == "2025-01"  # history starts in January


def test_clicking_a_slice_drills_into_its_transactions(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    chart = page.donut
    housing = next(i for i, hit in enumerate(chart.hits) if hit.label.startswith("Housing"))
    with qtbot.waitSignal(household_ctx.bus.navigate) as blocker:
        _event(chart, "button_press_event", _centre_of_wedge(chart, housing))._process()
    assert blocker.args == [
        "transactions",
        {"category": "Housing", "month": "2025-06", "sign": "out"},
    ]
    assert "Housing $1,250.00" in chart.canvas.accessibleDescription()  # for screen readers


def test_hovering_a_bar_shows_its_value_and_click_opens_the_month(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    chart = page.bars
    hit = next(h for h in chart.hits if h.filters == {"month": "2025-03", "sign": "in"})
    chart.canvas.draw()
    bbox = hit.artist.get_window_extent()
    centre = ((bbox.x0 + bbox.x1) / 2, (bbox.y0 + bbox.y1) / 2)
    _event(chart, "motion_notify_event", centre)._process()
    annotation = chart._annotation
    assert annotation.get_visible()
    assert "Mar 2025" in annotation.get_text() and "3,200.00" in annotation.get_text()
    _event(chart, "motion_notify_event", (1, 1))._process()
    assert not annotation.get_visible()
    with qtbot.waitSignal(household_ctx.bus.navigate) as blocker:
        _event(chart, "button_press_event", centre)._process()
    assert blocker.args == ["transactions", {"month": "2025-03", "sign": "in"}]


def test_charts_follow_a_dark_palette(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    palette = QPalette(page.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor("#202124"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8eaed"))
    page.donut.setPalette(palette)  # a palette change redraws the chart
    theme = theme_from_palette(page.donut.palette())
    assert theme.dark
    assert to_hex(page.donut.figure.get_facecolor()) == "#202124"
    # the month's total in the donut's hole
    total = next(t for t in page.donut.figure.axes[0].texts if t.get_text().startswith("$"))
    assert to_hex(total.get_color()) == "#e8eaed"


def test_draw_functions_work_without_qt_widgets() -> None:
    fig = Figure()
    food = CategorySpend("Food", Decimal("90.50"))
    slices = (food, CategorySpend("Uncategorized", Decimal("9.50")))
    data = DonutData("2025-06", "USD", slices)
    hits = draw_category_donut(fig, data, Theme())
    assert [h.label.splitlines()[0] for h in hits] == ["Food", "Uncategorized"]
    assert "(90%)" in hits[0].label
    assert hits[1].filters == {"category": "", "month": "2025-06", "sign": "out"}
    fig = Figure()
    assert (
        draw_income_expense_bars(
            fig, FlowData("USD", (MonthFlow("2025-01", Decimal(0), Decimal(0)),)), Theme()
        )
        == []
    )
    assert fig.axes[0].texts[0].get_text() == "No data yet"


def test_upcoming_renewals_and_alerts_open_their_pages(qtbot, household_ctx) -> None:
    set_budget(household_ctx.store, "Entertainment", Decimal("20"), today=TODAY)
    detect_subscriptions(household_ctx.store, TODAY)  # the day's check, as the app runs it
    evaluate_alerts(household_ctx.store, TODAY)
    page = _page(qtbot, household_ctx)
    renewals = [page.renewals.item(i).text() for i in range(page.renewals.count())]
    # within 30 days of June 20: Netflix on July 9, Spotify on July 14, not the salary (income)
    assert any("Netflix" in text and "$15.49" in text for text in renewals)
    assert not any("Payroll" in text for text in renewals)
    netflix = next(s for s in page.data.renewals if s.name == "Netflix")
    item = next(page.renewals.item(i) for i in range(page.renewals.count())
                if "Netflix" in page.renewals.item(i).text())  # fmt: skip
    with qtbot.waitSignal(household_ctx.bus.navigate) as blocker:
        page.renewals.itemClicked.emit(item)
    assert blocker.args == ["subscriptions", {"subscription_id": netflix.id}]
    assert any("Entertainment" in page.alerts.item(i).text() for i in range(page.alerts.count()))
    with qtbot.waitSignal(household_ctx.bus.navigate) as blocker:
        page.alerts.itemClicked.emit(page.alerts.item(0))
    assert blocker.args == ["alerts", {"alert_id": page.data.alerts[0].id}]


def test_a_balance_known_on_one_day_is_drawn_as_a_dot() -> None:
    """An account whose statement covers one day has one balance: drawn as a step of one point,
    it was nothing at all, and the balance chart an empty frame."""
    fig = Figure()
    one_day = AccountBalance(
        "Checking …6586", (BalancePoint(date(2026, 9, 25), Decimal("-62894.98")),)
    )
    hits = draw_balance(fig, BalanceData("BRL", (one_day,)), Theme())
    assert len(hits) == 1
    (line, *_) = fig.axes[0].get_lines()
    assert line.get_marker() == "o" and line.get_alpha() != 0.0
