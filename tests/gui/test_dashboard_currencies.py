"""The dashboard of a household in dollars, yuan and euros: the "Spent" headline and the spending
donut are about the same money, say which currency, and say when it was converted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.pages.dashboard import DashboardPage
from finapp.gui.ui_state import UiState
from finapp.store.engine import Store
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import shown_dashboard
from tests.gui.test_charts_dashboard import _choose
from tests.health.multi_currency import (
    ACCOUNTS,
    EUR_RATE,
    TODAY,
    by_currency,
    in_dollars,
)

#: what November's spending is in each currency (the statements end on the 27th)
NOVEMBER = by_currency(
    [
        (currency, -amount)
        for _name, _kind, currency, _balance, _limit, lines in ACCOUNTS
        for day, amount, _payee, _category in lines
        if amount < 0 and date(2026, 11, day) <= TODAY
    ]
)


@pytest.fixture
def page(qtbot, us_locale, three_currency_store: Store, tmp_path: Path) -> DashboardPage:  # type: ignore[no-untyped-def]
    bus = AppBus()
    ui_state = UiState(tmp_path / "ui.ini")
    ctx = AppContext(
        three_currency_store, bus, InlineTaskRunner(bus), tmp_path / "data", ui_state=ui_state
    )
    return shown_dashboard(qtbot, ctx, TODAY)


def donut_title(page: DashboardPage) -> str:
    return page.donut.figure.get_suptitle()


def test_spent_and_the_donut_are_every_currency_converted_and_say_so(page) -> None:  # type: ignore[no-untyped-def]
    assert page.options.currency.currentText() == "All, converted to USD"
    spent = in_dollars(NOVEMBER)
    assert page.spent.value.text() == f"≈ ${spent:,}"
    assert page.spent.note.text() == (
        f"≈ converted to USD; CN¥{NOVEMBER['CNY']:,} not included: no CNY rate"
    )
    assert f"1 EUR = {EUR_RATE} USD" in page.spent.toolTip()
    assert page.options.missing.text() == "Left out, no exchange rate: CNY"
    assert donut_title(page) == "Spending by category (≈ USD)"
    # the donut holds the same money: each slice converted, none in yuan
    slices = sum((s.spent for s in page.data.summary.by_category), Decimal(0))
    assert abs(slices - spent) <= Decimal("0.01") * len(page.data.summary.by_category)
    assert page.donut.hits and all("\n≈ $" in hit.label for hit in page.donut.hits)


def test_one_currency_picked_shows_its_own_figures_in_the_headline_and_the_donut(
    qtbot, page
) -> None:  # type: ignore[no-untyped-def]
    _choose(qtbot, page.options.currency, "USD")
    assert page.spent.value.text() == f"${NOVEMBER['USD']:,}"
    assert page.spent.note.text() == "USD only; not included: CNY, EUR"
    assert page.spent.toolTip() == ""
    assert donut_title(page) == "Spending by category (USD)"
    assert all("\n$" in hit.label for hit in page.donut.hits)
    _choose(qtbot, page.options.currency, "EUR")
    assert page.spent.value.text() == f"€{NOVEMBER['EUR']:,}"
    assert page.spent.note.text() == "EUR only; not included: USD, CNY"
    assert donut_title(page) == "Spending by category (EUR)"
    _choose(qtbot, page.options.currency, "All, converted to USD")
    assert page.spent.value.text().startswith("≈ $")
    assert donut_title(page) == "Spending by category (≈ USD)"
