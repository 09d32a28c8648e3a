"""A split receipt on the dashboard, the budgets page and the transactions page: the donut
shows its parts in their categories (groceries 80.00 of it under Food, household 40.00 under
Shopping), each budget counts its own part, and a slice, or the category filter, finds the
receipt by either of its parts."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.models.transactions_model import COL_CATEGORY, COL_PAYEE
from finapp.gui.pages.budgets import BudgetsPage
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.budgets import set_budget
from finapp.store.engine import Store
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import shown_dashboard
from tests.gui.test_charts_dashboard import _choose
from tests.gui.test_pages_dashboard import _centre_of_wedge, _event
from tests.splits.receipts import GROCERIES, HOUSEHOLD, MARCH, split_receipt

#: a few days after the March statement
TODAY = date(2026, 4, 3)


@pytest.fixture
def ctx(qtbot, us_locale, store: Store, tmp_path: Path, data_dir: Path) -> AppContext:  # type: ignore[no-untyped-def]
    split_receipt(store, tmp_path)
    bus = AppBus()
    return AppContext(store, bus, InlineTaskRunner(bus), data_dir)


def _shown(qtbot, page):  # type: ignore[no-untyped-def]
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    qtbot.waitExposed(page)
    return page


def _transactions(qtbot, ctx: AppContext) -> TransactionsPage:  # type: ignore[no-untyped-def]
    page = _shown(qtbot, TransactionsPage(ctx))
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _lines(page: TransactionsPage) -> list[tuple[str, str]]:
    """Each row shown: its payee and category cells."""
    model = page.model
    return [
        (model.index(r, COL_PAYEE).data(), model.index(r, COL_CATEGORY).data())
        for r in range(model.rowCount())
    ]


RECEIPT_ROW = ("Pike Street Provisions", "Split: Groceries, Household")


def test_the_donut_shows_the_receipt_by_its_parts_and_a_slice_leads_to_it(
    qtbot, ctx: AppContext
) -> None:
    dashboard = shown_dashboard(qtbot, ctx, TODAY)
    chart = dashboard.donut
    slices = {hit.label.split("\n")[0]: hit.label.split("\n")[1] for hit in chart.hits}
    assert slices == {"Food": "$110.00 (73%)", "Shopping": "$40.00 (27%)"}
    assert dashboard.spent.value.text() == "$150.00"  # the receipt once, the grocer beside it

    shopping = next(i for i, hit in enumerate(chart.hits) if hit.label.startswith("Shopping\n"))
    with qtbot.waitSignal(ctx.bus.navigate) as blocker:
        _event(chart, "button_press_event", _centre_of_wedge(chart, shopping))._process()
    name, filters = blocker.args
    assert (name, filters) == (
        "transactions",
        {"category": "Shopping", "month": "2026-03", "sign": "out"},
    )
    page = _transactions(qtbot, ctx)
    page.apply_filter(filters)
    assert _lines(page) == [RECEIPT_ROW]  # filed under Groceries, found by its household part


def test_the_category_filter_finds_a_split_line_by_any_of_its_parts(qtbot, ctx: AppContext) -> None:
    page = _transactions(qtbot, ctx)
    _choose(qtbot, page.category_box, "Shopping:Household")
    assert _lines(page) == [RECEIPT_ROW]
    _choose(qtbot, page.category_box, "Food:Groceries")
    assert sorted(_lines(page)) == [("Corner Grocer", "Food:Groceries"), RECEIPT_ROW]
    _choose(qtbot, page.category_box, "Food")
    assert len(_lines(page)) == 2


def test_each_budget_row_counts_its_part_of_the_receipt(qtbot, ctx: AppContext) -> None:
    set_budget(ctx.store, GROCERIES, Decimal("150"), today=MARCH)
    set_budget(ctx.store, HOUSEHOLD, Decimal("30"), today=MARCH)
    page = _shown(qtbot, BudgetsPage(ctx, today=TODAY))
    assert page.month_label.text() == "April 2026"
    [previous] = [
        b for b in page.findChildren(QPushButton) if b.accessibleName() == "Previous month"
    ]
    qtbot.mouseClick(previous, Qt.MouseButton.LeftButton)
    assert page.month_label.text() == "March 2026"
    shown = {row.view.category: (row.spent.text(), row.bar.format()) for row in page.rows}
    assert shown == {
        # the receipt's 80.00 and the grocer's 30.00
        GROCERIES: ("$110.00 of $150.00 · $40.00 left", "73%"),
        HOUSEHOLD: ("$40.00 of $30.00 · $10.00 over", "133% · over budget"),
    }


def test_the_filtered_net_counts_a_split_line_by_its_parts_in_the_category(
    qtbot, ctx: AppContext
) -> None:
    """Filtered to Household, the receipt's −40.00 household part is what is shown as net, not
    the −120.00 of the whole receipt; filtered to Food, its −80.00 groceries and the grocer's
    −30.00."""
    page = _transactions(qtbot, ctx)
    _choose(qtbot, page.category_box, "Shopping:Household")
    assert page.status.text() == "1 of 3 transactions · net -$40.00"
    _choose(qtbot, page.category_box, "Food")
    assert page.status.text() == "2 of 3 transactions · net -$110.00"
