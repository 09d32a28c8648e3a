"""The dashboard's month picker (issue 14, item 3), on a two-year household.

The household's statements end on 31 October 2026 and the user looks on 30 November: the
dashboard opens on October (not on an empty November), says how far the statements go, and the
buttons and keys step through the months with the figures following.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.pages.dashboard import DashboardPage
from finapp.services import reports
from finapp.services.budgets import list_budgets
from finapp.store.engine import Store
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import TWO_YEARS_TODAY, shown_dashboard
from tests.gui.test_pages_loading import HeldTasks

#: a month after the statements end
TODAY = TWO_YEARS_TODAY


@pytest.fixture
def page(qtbot, us_locale, two_year_store: Store, tmp_path: Path) -> DashboardPage:  # type: ignore[no-untyped-def]
    bus = AppBus()
    ctx = AppContext(two_year_store, bus, InlineTaskRunner(bus), tmp_path / "data")
    return shown_dashboard(qtbot, ctx, TODAY)


def _usd(store: Store, month: date) -> reports.Total:
    (usd,) = [t for t in reports.month_report(store, month).totals if t.currency == "USD"]
    return usd


def _figures(page: DashboardPage) -> tuple[str, str, str, str, str]:
    return (
        page.period.month_label.text(),
        page.spent.caption.text(),
        page.spent.value.text(),
        page.income.value.text(),
        page.budget_left.value.text(),
    )


def _food_left(store: Store, month: date) -> str:
    (food,) = list_budgets(store, month=month)
    return f"${food.remaining:,}"


def _click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    assert button.isEnabled(), button.accessibleName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_opens_on_the_latest_month_with_data_and_says_how_far_it_goes(page, two_year_store):  # type: ignore[no-untyped-def]
    october = _usd(two_year_store, date(2026, 10, 1))
    assert _figures(page) == (
        "October 2026",
        "Spent in October",
        f"${october.expenses:,}",
        f"${october.income:,}",
        _food_left(two_year_store, date(2026, 10, 1)),
    )
    budget_title = page.budget_chart.figure.get_suptitle()
    assert budget_title == "Spending vs budget"  # not "this month": the month is picked
    assert page.period.until_label.text() == "Statements up to Oct 31, 2026"
    assert page.data.summary.month == "2026-10"
    assert page.data.summary.flows[-1].month == "2026-10"  # the bars end at the month shown
    assert not page.period.following.isEnabled() and not page.period.latest.isEnabled()
    assert page.period.previous.isEnabled()
    assert "(Alt+←)" in page.period.previous.toolTip()
    # the button names the month it goes to: the statements' latest, not the calendar's
    assert page.period.latest.text() == "October 2026 (latest month in your statements)"
    assert page.period.latest.accessibleName() == page.period.latest.text()
    # renewals roll on past where the statements end: due from today, not in a past November
    # (Verizon's stored next bill is 1 November, after the statements end: it rolls on a month)
    coming = [(renewal.name, renewal.next_date) for renewal in page.data.renewals]
    assert ("Verizon Wireless", date(2026, 12, 1)) in coming
    assert all(renewal.next_date >= TODAY for renewal in page.data.renewals)
    # the only past days shown are renewals of the last few days after the statements end,
    # apart from those coming up and said so (core.cadence.due_after_statements)
    renewals = [page.renewals.item(i).text() for i in range(page.renewals.count())]
    heading = renewals.index("Expected, not in your statements yet")
    for row, renewal in enumerate(page.data.expected, start=heading + 1):
        assert renewal.next_date < TODAY and renewal.covered_until == date(2026, 10, 31)
        hovered = page.renewals.item(row).toolTip()
        assert "— after your statements end Oct 31, 2026" in hovered, hovered


def test_previous_next_and_latest_move_the_figures_with_the_month(qtbot, page, two_year_store):  # type: ignore[no-untyped-def]
    _click(qtbot, page.period.previous)
    september = _usd(two_year_store, date(2026, 9, 1))
    assert _figures(page) == (
        "September 2026",
        "Spent in September",
        f"${september.expenses:,}",
        f"${september.income:,}",
        _food_left(two_year_store, date(2026, 9, 1)),
    )
    assert _food_left(two_year_store, date(2026, 9, 1)) != _food_left(
        two_year_store, date(2026, 10, 1)
    )
    assert page.data.summary.month == "2026-09"
    assert page.donut.figure.axes and page.data.summary.by_category  # the donut has September
    assert page.period.following.isEnabled() and page.period.latest.isEnabled()
    assert page.period.until_label.text() == "Statements up to Oct 31, 2026"

    _click(qtbot, page.period.previous)
    _click(qtbot, page.period.following)
    assert page.period.month_label.text() == "September 2026"
    _click(qtbot, page.period.previous)
    _click(qtbot, page.period.latest)
    assert page.period.month_label.text() == "October 2026"
    assert page.picked is None  # follows the latest month from now on
    assert not page.period.latest.isEnabled()


def test_keys_step_months_while_the_dashboard_has_focus(qtbot, page):  # type: ignore[no-untyped-def]
    page.activateWindow()
    page.renewals.setFocus()
    qtbot.waitUntil(page.renewals.hasFocus)
    qtbot.keyClick(page.renewals, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(page.renewals, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert page.period.month_label.text() == "August 2026"
    qtbot.keyClick(page.renewals, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.period.month_label.text() == "September 2026"
    qtbot.keyClick(page.renewals, Qt.Key.Key_End, Qt.KeyboardModifier.AltModifier)
    assert page.period.month_label.text() == "October 2026"


def test_the_first_month_is_as_far_back_as_it_goes(qtbot, page):  # type: ignore[no-untyped-def]
    page.show_month(date(2024, 12, 1))
    _click(qtbot, page.period.previous)
    assert page.period.month_label.text() == "November 2024"
    assert not page.period.previous.isEnabled()
    assert page.data.summary.flows[0].month == "2024-11"  # no empty bars before the history


def test_months_load_off_the_ui_thread_and_a_quick_second_click_wins(  # type: ignore[no-untyped-def]
    qtbot, us_locale, two_year_store, tmp_path
):
    """Work goes to the task runner; the month label moves at once, stale figures never show."""
    tasks = HeldTasks()
    page = DashboardPage(AppContext(two_year_store, AppBus(), tasks, tmp_path), today=TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.data is None  # nothing computed on the UI thread
    tasks.finish(0)
    assert page.period.month_label.text() == "October 2026"
    _click(qtbot, page.period.previous)
    _click(qtbot, page.period.previous)
    assert page.period.month_label.text() == "August 2026"  # at once, while loading
    assert page.data.summary.month == "2026-10" and len(tasks.started) == 2
    tasks.finish(1)  # September's figures arrive stale: not shown, August's load starts
    assert page.data.summary.month == "2026-10" and len(tasks.started) == 3
    tasks.finish(2)
    assert page.data.summary.month == "2026-08"
    assert page.spent.caption.text() == "Spent in August"


def test_chinese_captions_name_the_month_as_chinese_apps_do(  # type: ignore[no-untyped-def]
    qtbot,
    chinese,  # noqa: F811
    two_year_store: Store,
    tmp_path: Path,
):
    """十月支出 reads as literary Chinese; 10月支出 is how a bank app or Alipay writes it."""
    bus = AppBus()
    ctx = AppContext(two_year_store, bus, InlineTaskRunner(bus), tmp_path / "data")
    page = shown_dashboard(qtbot, ctx, TODAY)
    assert (page.spent.caption.text(), page.income.caption.text()) == ("10月支出", "10月收入")
    assert page.period.month_label.text() == "2026年10月"
    assert page.period.latest.text() == "2026年10月（账单中的最新月份）"
