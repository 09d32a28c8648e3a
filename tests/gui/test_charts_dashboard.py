"""The dashboard's charts on a two-year household (a USD bank and an Alipay wallet in CNY):
the history range, the currency charted, labels that never collide, legends outside the data,
and values on hover."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from matplotlib.backend_bases import MouseEvent
from matplotlib.dates import num2date
from matplotlib.transforms import Bbox
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox

from finapp.gui.bus import AppBus
from finapp.gui.charts.canvas import ChartCanvas
from finapp.gui.context import AppContext
from finapp.gui.pages.dashboard import DashboardPage
from finapp.gui.ui_state import UiState
from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.services import reports
from finapp.services.balances import set_user_balance
from finapp.services.imports import import_parsed
from finapp.services.rates import set_rate
from finapp.store.engine import Store
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import (
    en_us,
    kept_for_module,
    open_copy,
    opened_dashboard,
    shown_dashboard,
)
from tests.gui.test_dashboard_months import TODAY
from tests.gui.test_pages_dashboard import _centre_of_wedge


def _balances_told(store: Store) -> None:
    """The balance of each dollar account, as its user tells it (Accounts → Set balance…): the
    household's statements state none, and the balance chart draws only a known balance. The
    wallet in yuan is left to the tests about it."""
    for name, currency in reports.balance_left_out(store):
        if currency == "USD":
            set_user_balance(store, name, Decimal("2500.00"), date(2026, 10, 31))


def _page(qtbot, store: Store, tmp_path: Path, size=(1280, 800)) -> DashboardPage:  # type: ignore[no-untyped-def]
    _balances_told(store)
    bus = AppBus()
    ui_state = UiState(tmp_path / "ui.ini")
    ctx = AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data", ui_state=ui_state)
    return shown_dashboard(qtbot, ctx, TODAY, size)


@pytest.fixture
def page(qtbot, us_locale, two_year_store: Store, tmp_path: Path) -> DashboardPage:  # type: ignore[no-untyped-def]
    """The dashboard of a test that changes what it shows (its history, its currency)."""
    return _page(qtbot, two_year_store, tmp_path)


@pytest.fixture(scope="module")
def read_only_page(  # type: ignore[no-untyped-def]
    qapp, two_year_template: tuple[Path, bytes], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[DashboardPage]:
    """One dashboard shared by the tests that only point at its charts (a test that changes
    what it shows takes ``page``): opening one on two years of data costs half a second."""
    folder = tmp_path_factory.mktemp("read-only-dashboard")
    with en_us():
        store = open_copy(two_year_template, folder / "data")
        _balances_told(store)
        bus = AppBus()
        ui_state = UiState(folder / "ui.ini")
        ctx = AppContext(store, bus, InlineTaskRunner(bus), folder / "data", ui_state=ui_state)
        with kept_for_module(store, lambda: opened_dashboard(ctx, TODAY)) as shown:
            yield shown


def _choose(qtbot, combo: QComboBox, text: str) -> None:  # type: ignore[no-untyped-def]
    """Pick ``text`` in ``combo`` with the keyboard, as a user tabbing to it would."""
    assert combo.isVisible(), combo.accessibleName()
    combo.setFocus()
    wanted = combo.findText(text)
    assert wanted >= 0, [combo.itemText(i) for i in range(combo.count())]
    key = Qt.Key.Key_Down if wanted > combo.currentIndex() else Qt.Key.Key_Up
    while combo.currentIndex() != wanted:
        qtbot.keyClick(combo, key)


def _balance_days(page: DashboardPage) -> tuple[date, date]:
    axes = page.balance.figure.axes[0]
    low, high = axes.get_xlim()
    return num2date(low).date(), num2date(high).date()


def test_the_history_range_chooses_the_months_charted_and_is_remembered(
    qtbot, page, two_year_store, tmp_path
) -> None:
    assert page.options.history.currentText() == "Last 12 months"
    months = [f.month for f in page.data.summary.flows]
    assert months[0] == "2025-11" and months[-1] == "2026-10"
    _choose(qtbot, page.options.history, "Last 3 months")
    assert [f.month for f in page.data.summary.flows] == ["2026-08", "2026-09", "2026-10"]
    assert len(page.bars.hits) == 6  # income and expense bars of three months
    assert _balance_days(page)[0] >= date(2026, 7, 25)
    _choose(qtbot, page.options.history, "All history")
    assert page.data.summary.flows[0].month == "2024-11"
    assert _balance_days(page)[0] < date(2024, 11, 15)
    _choose(qtbot, page.options.history, "Last 3 months")
    page.close()
    again = _page(qtbot, two_year_store, tmp_path)  # the next start: same settings file
    assert again.options.history.currentText() == "Last 3 months"
    assert len(again.data.summary.flows) == 3


def test_one_old_statement_does_not_squash_the_recent_months(
    qtbot, us_locale, two_year_store, tmp_path
) -> None:
    old = ParsedStatement(
        ParsedAccount(number="0011122233", currency="USD"),
        (ParsedTransaction(date(2011, 3, 4), Decimal("-42.00"), "OLD BOOKSHOP", fitid="o1"),),
    )
    import_parsed(two_year_store, ParsedFile("old-2011.ofx", "ofx", (old,)))
    page = _page(qtbot, two_year_store, tmp_path)
    first, last = _balance_days(page)
    assert first >= date(2025, 10, 1) and last <= date(2026, 11, 30)
    _choose(qtbot, page.options.history, "All history")
    assert _balance_days(page)[0] < date(2011, 3, 5)  # there when asked for


def test_the_wallet_in_yuan_is_charted_when_its_currency_is_chosen(
    qtbot, page, two_year_store, tmp_path
) -> None:
    currency = page.options.currency
    assert [currency.itemText(i) for i in range(currency.count())] == [
        "USD",
        "CNY",
        "All, converted to USD",
    ]
    usd_accounts = {a.account for a in page.data.summary.balances}
    assert "支付宝" not in usd_accounts
    # the wallet's bills state no balance: the user tells it (Accounts → Set balance…)
    set_user_balance(two_year_store, "支付宝", Decimal("3260.50"), date(2026, 10, 31))
    _choose(qtbot, currency, "CNY")
    summary = page.data.summary
    assert summary.currency == "CNY"
    assert [a.account for a in summary.balances] == ["支付宝"]
    assert summary.spent_this_month > 0 and "¥" in page.spent.value.text()
    assert page.donut.hits and all("¥" in hit.label for hit in page.donut.hits)
    legend = [t.get_text() for t in page.balance.figure.legends[0].get_texts()]
    assert legend == ["支付宝"]
    assert page.bars.figure.axes[0].get_ylabel() == "Amount (CNY)"
    page.close()
    again = _page(qtbot, two_year_store, tmp_path)  # the choice is remembered
    assert again.options.currency.currentText() == "CNY" and again.data.summary.currency == "CNY"


def test_a_household_in_one_currency_is_offered_no_currency_choice(qtbot, household_ctx) -> None:
    page = shown_dashboard(qtbot, household_ctx, date(2025, 6, 20), size=None)
    assert page.data.summary.currencies == ("USD",)
    assert not page.options.currency.isVisible() and page.options.history.isVisible()


def _visible_labels(chart: ChartCanvas) -> list[Bbox]:
    """The tick labels drawn: those of ticks within the axes' view (matplotlib keeps a label
    for a tick past the end, and does not draw it)."""
    renderer = chart.figure.canvas.get_renderer()
    boxes = []
    for axes in chart.figure.axes:
        for axis in (axes.xaxis, axes.yaxis):
            low, high = sorted(axis.get_view_interval())
            for tick in axis.get_major_ticks():
                label = tick.label1
                if label.get_visible() and label.get_text() and low <= tick.get_loc() <= high:
                    boxes.append(label.get_window_extent(renderer))
    return boxes


def test_at_1024_by_640_no_labels_overlap_nothing_is_clipped_and_legends_keep_off_the_data(
    qtbot, us_locale, two_year_store, tmp_path
) -> None:
    # the page's share of a 1024x640 window, with the whole two years charted
    page = _page(qtbot, two_year_store, tmp_path, size=(830, 560))
    _choose(qtbot, page.options.history, "All history")
    charts = (page.budget_chart, page.donut, page.bars, page.balance)
    for chart in charts:
        chart.canvas.draw()
        figure_box = chart.figure.bbox
        labels = _visible_labels(chart)
        assert labels or chart is page.donut
        for one, other in itertools.combinations(labels, 2):
            assert not one.overlaps(other), (chart.accessibleName(), one, other)
        title = chart.figure.get_suptitle()
        assert title, chart.accessibleName()
        title_box = chart.figure._suptitle.get_window_extent()
        assert figure_box.x0 <= title_box.x0 and title_box.x1 <= figure_box.x1
        for box in labels:
            assert figure_box.x0 <= box.x0 and box.x1 <= figure_box.x1 + 1
    for chart in (page.budget_chart, page.bars, page.balance):
        (legend,) = chart.figure.legends
        data_area = chart.figure.axes[0].get_window_extent()
        assert not legend.get_window_extent().overlaps(data_area), chart.accessibleName()
    # each year once, under its first labelled month (Nov and Dec 2024 go unlabelled this narrow)
    years = [t.get_text().split("\n")[1] for t in page.bars.figure.axes[0].get_xticklabels()
             if "\n" in t.get_text()]  # fmt: skip
    assert years == ["2025", "2026"]


def test_pointing_at_a_budget_shows_spent_against_budget(read_only_page) -> None:  # type: ignore[no-untyped-def]
    page = read_only_page
    chart = page.budget_chart
    chart.canvas.draw()
    (hit,) = chart.hits
    box = hit.artist.get_window_extent()
    # the end of the track, past what is spent: the row answers, not only its fill
    xy = (box.x1 - 2, (box.y0 + box.y1) / 2)
    MouseEvent("motion_notify_event", chart.canvas, *xy)._process()
    assert chart._annotation.get_visible()
    text = chart._annotation.get_text()
    assert text.startswith("Food\n") and "/ $2,500.00" in text
    chart.canvas.draw()
    shown, picture = chart._annotation.get_window_extent(), chart.figure.bbox
    assert picture.x0 <= shown.x0 and shown.x1 <= picture.x1  # not cut off at either side


def test_money_axes_name_their_currency_and_read_as_compact_money(read_only_page) -> None:  # type: ignore[no-untyped-def]
    page = read_only_page
    page.bars.canvas.draw()
    axes = page.bars.figure.axes[0]
    assert axes.get_ylabel() == "Amount (USD)"
    ticks = [t.get_text() for t in axes.get_yticklabels() if t.get_text()]
    assert ticks and all(t.startswith(("$", "-$")) for t in ticks)
    assert any(t.endswith("K") for t in ticks)  # "$10K", not "10,000"
    assert page.balance.figure.axes[0].get_ylabel() == "Balance (USD)"


def test_all_currencies_converted_to_the_base_one_are_marked_and_a_missing_rate_is_named(
    qtbot, page, two_year_store
) -> None:
    currency = page.options.currency
    _choose(qtbot, currency, "All, converted to USD")
    summary = page.data.summary
    assert summary.converted and summary.currency == "USD" and summary.missing == ("CNY",)
    assert "支付宝" not in {a.account for a in summary.balances}  # no rate: left out, said so
    # the wallet's bills state no balance: the user tells it (Accounts → Set balance…)
    set_user_balance(two_year_store, "支付宝", Decimal("3260.50"), date(2026, 10, 31))
    assert page.options.missing.isVisible() and "CNY" in page.options.missing.text()
    set_rate(two_year_store, "CNY", "0.14", as_of=date(2024, 1, 1))
    page.refresh()
    summary = page.data.summary
    assert summary.converted and summary.missing == () and not page.options.missing.isVisible()
    assert "支付宝" in {a.account for a in summary.balances}
    october = {
        m.currency: m.expenses_minor
        for m in reports.income_vs_expenses(two_year_store)
        if m.month == "2026-10"
    }
    expected = Decimal(int(october["USD"]) + round(int(october["CNY"]) * Decimal("0.14"))) / 100
    assert summary.flows[-1].month == "2026-10" and summary.flows[-1].expenses == expected
    axes = page.bars.figure.axes[0]
    assert axes.get_ylabel() == "Amount (≈ USD)"
    assert all(hit.label.split("\n")[1].split(": ")[1].startswith("≈ $") for hit in page.bars.hits)
    assert currency.currentText() == "All, converted to USD"


def test_pointing_at_a_slice_shows_its_amount_and_share(read_only_page) -> None:  # type: ignore[no-untyped-def]
    page = read_only_page
    chart = page.donut
    food = next(i for i, hit in enumerate(chart.hits) if hit.label.startswith("Food\n"))
    x, y = _centre_of_wedge(chart, food)
    MouseEvent("motion_notify_event", chart.canvas, x, y)._process()
    assert chart._annotation.get_visible()
    spent = next(s.spent for s in page.data.summary.by_category if s.category == "Food")
    assert chart._annotation.get_text().startswith(f"Food\n${spent:,}")
    assert chart._annotation.get_text().endswith("%)")


def test_a_value_shown_at_the_right_edge_stays_in_the_picture_and_the_chart_holds_still(
    read_only_page,
) -> None:  # type: ignore[no-untyped-def]
    page = read_only_page
    chart = page.bars
    chart.canvas.draw()
    axes = chart.figure.axes[0]
    before = axes.get_window_extent().bounds
    last = chart.hits[-1]  # the latest month's expenses: the rightmost bar
    box = last.artist.get_window_extent()
    MouseEvent("motion_notify_event", chart.canvas, box.x1 - 1, (box.y0 + box.y1) / 2)._process()
    annotation = chart._annotation
    assert annotation.get_visible() and annotation.get_text() == last.label
    chart.canvas.draw()
    assert axes.get_window_extent().bounds == before  # the bars did not move under the pointer
    shown, picture = annotation.get_window_extent(), chart.figure.bbox
    assert picture.x0 <= shown.x0 and shown.x1 <= picture.x1
    assert picture.y0 <= shown.y0 and shown.y1 <= picture.y1
