"""Health page → Balance forecast: the lowest day of each account in words, a line per account
on the chart with its currency on the axis and its threshold dashed, the coming events, and the
horizon the user picks."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from matplotlib.backend_bases import MouseEvent
from PySide6.QtCore import Qt

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.pages.health_forecast import ForecastSection
from finapp.services.accounts import set_low_balance_threshold
from finapp.services.opening import open_store
from finapp.store.engine import Store
from finapp.store.keys import StoreKey, new_raw_key
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import en_us, kept_for_module
from tests.health.forecast_household import (
    END,
    TODAY,
    checking_lines,
    import_checking,
    import_others,
)


def _section(store: Store, data_dir: Path) -> ForecastSection:
    bus = AppBus()
    shown = ForecastSection(AppContext(store, bus, InlineTaskRunner(bus), data_dir))
    shown.resize(900, 700)
    shown.show()
    shown.reload(TODAY)  # what the Health page does when shown
    return shown


def _shown(qtbot, store: Store, data_dir: Path) -> ForecastSection:  # type: ignore[no-untyped-def]
    shown = _section(store, data_dir)
    qtbot.addWidget(shown)
    return shown


def _household(store: Store) -> None:
    import_checking(store, "1905.33", checking_lines())
    import_others(store)
    set_low_balance_threshold(store, "Checking", Decimal("500.00"))


@pytest.fixture
def section(qtbot, us_locale, store: Store, data_dir: Path) -> ForecastSection:  # type: ignore[no-untyped-def]
    """The section of the tests that change it: their own household and section."""
    _household(store)
    return _shown(qtbot, store, data_dir)


@pytest.fixture(scope="module")
def read_only_section(qapp, tmp_path_factory: pytest.TempPathFactory) -> Iterator[ForecastSection]:  # type: ignore[no-untyped-def]
    """One section shared by the tests that only read what it shows (a test that changes it
    takes ``section``): importing the household and forecasting it costs a third of a second."""
    data_dir = tmp_path_factory.mktemp("forecast") / "data"
    with en_us():
        store = open_store(data_dir, key=StoreKey.from_raw(new_raw_key()))

        def build() -> ForecastSection:
            _household(store)
            return _section(store, data_dir)

        with kept_for_module(store, build) as shown:
            yield shown


def _lines(section: ForecastSection, gid: str) -> list:
    return [
        line for ax in section.chart.figure.axes for line in ax.get_lines() if line.get_gid() == gid
    ]


def test_the_lowest_balance_of_each_account_in_words(
    read_only_section: ForecastSection,
) -> None:
    section = read_only_section
    # asked on 30 November of statements ending in October: from today, the month between
    # estimated, the lowest day one still ahead
    assert section.summary.text().splitlines() == [
        "Checking (from today, estimated from statements ending Oct 31, 2026): lowest $3,915.27 "
        "on Dec 9, 2026, after Spotify.",
        "Savings (from today, estimated from statements ending Oct 31, 2026): never below "
        "$25,065.90.",
        "招商银行一卡通 (from today, estimated from statements ending Oct 25, 2026): lowest "
        "CN¥77,446.90 on Dec 8, 2026, after 中国移动.",
        "支付宝 cannot be forecast: no balance is known. Import a statement with one or set it.",
    ]


def test_a_line_per_account_with_its_currency_on_the_axis(
    read_only_section: ForecastSection,
) -> None:
    section = read_only_section
    lines = _lines(section, "forecast-line")
    assert [(line.get_label(), line.axes.get_ylabel()) for line in lines] == [
        ("Checking", "Balance (USD)"),
        ("Savings", "Balance (USD)"),
        ("招商银行一卡通", "Balance (CNY)"),
    ]
    (threshold,) = _lines(section, "forecast-threshold")
    assert threshold.get_linestyle() == "--" and threshold.get_ydata()[0] == 500.0
    checking = next(line for line in lines if line.get_label() == "Checking")
    assert threshold.get_color() == checking.get_color()
    lowest = {float(line.get_ydata()[0]) for line in _lines(section, "forecast-lowest")}
    assert lowest == {3915.27, 25065.90, 77446.90}
    assert "$3,915.27" in section.chart.canvas.accessibleDescription()
    # the month the statements do not cover yet is drawn apart, faint and dotted, up to today
    estimated = _lines(section, "forecast-estimated")
    assert [line.get_label() for line in estimated] == [
        "Checking, estimated",
        "Savings, estimated",
        "招商银行一卡通, estimated",
    ]
    assert all(line.get_linestyle() == ":" for line in estimated)
    assert [line.get_xdata()[-1] for line in estimated] == [TODAY] * 3
    assert all(line.get_xdata()[0] == TODAY for line in lines)
    assert [line.get_xdata()[0] for line in _lines(section, "forecast-today")] == [TODAY] * 3


def test_the_coming_events_listed_under_the_chart(read_only_section: ForecastSection) -> None:
    section = read_only_section
    table = section.events
    rows = [
        tuple(table.item(row, column).text() for column in range(4))
        for row in range(table.rowCount())
    ]
    # coming: from today on, not the estimated month already past
    assert rows[:5] == [
        ("11/30/2026", "Checking", "Salary — Northwind Traders", "$2,684.12"),
        ("11/30/2026", "Savings", "Interest", "$31.87"),
        ("12/01/2026", "Checking", "Oakwood Apts", "-$1,850.00"),
        ("12/05/2026", "招商银行一卡通", "房租", "-CN¥6,500.00"),  # CLDR's yuan in English
        ("12/08/2026", "招商银行一卡通", "中国移动", "-CN¥58.00"),
    ]
    assert len(rows) == 8


def test_choosing_ninety_days_looks_further(qtbot, section: ForecastSection) -> None:
    (checking,) = [
        line for line in _lines(section, "forecast-line") if line.get_label() == "Checking"
    ]
    assert checking.get_xdata()[-1] == date(2027, 1, 29)  # 60 days from today
    section.horizon.setFocus()
    qtbot.keyClick(section.horizon, Qt.Key.Key_Down)  # 60 → 90 days
    assert section.horizon.currentText() == "Next 90 days"
    (checking,) = [
        line for line in _lines(section, "forecast-line") if line.get_label() == "Checking"
    ]
    assert checking.get_xdata()[-1] == date(2027, 2, 28)


def test_pointing_at_the_lowest_point_tells_its_day_and_amount(
    read_only_section: ForecastSection,
) -> None:
    section = read_only_section
    chart = section.chart
    chart.canvas.draw()  # constrained layout places the axes on draw
    (marker,) = [
        line
        for line in _lines(section, "forecast-lowest")
        if line.axes.get_ylabel() == "Balance (CNY)"
    ]
    axes = marker.axes
    x, y = marker.get_xdata()[0], marker.get_ydata()[0]
    xy = axes.transData.transform((axes.convert_xunits(x), y))
    MouseEvent("motion_notify_event", chart.canvas, xy[0], xy[1])._process()
    assert chart._annotation.get_visible()
    assert chart._annotation.get_text() == "招商银行一卡通\n12/08/2026\nCN¥77,446.90"


def test_a_fall_below_the_threshold_is_said(qtbot, us_locale, store: Store, data_dir) -> None:  # type: ignore[no-untyped-def]
    import_checking(store, "1905.33", checking_lines(rent="-2450.00"))
    set_low_balance_threshold(store, "Checking", Decimal("500.00"))
    assert _shown(qtbot, store, data_dir).summary.text() == (
        "Checking (from today, estimated from statements ending Oct 31, 2026): lowest $315.27 "
        "on Dec 9, 2026, after Spotify. Below its $500.00 threshold."
    )


def test_statements_up_to_date_start_the_forecast_where_they_end(
    qtbot, us_locale, store: Store, data_dir
) -> None:  # type: ignore[no-untyped-def]
    import_checking(store, "1905.33", checking_lines(rent="-2450.00"))
    shown = _shown(qtbot, store, data_dir)
    shown.reload(END)
    assert shown.summary.text() == (
        "Checking (from Oct 31, 2026, where its statements end): lowest $59.37 on Nov 9, 2026, "
        "after Spotify."
    )
    assert _lines(shown, "forecast-estimated") == [] and _lines(shown, "forecast-today") == []
