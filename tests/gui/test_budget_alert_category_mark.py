"""A budget alert names its category as the window does everywhere: 饮食：超市买菜 with the
full-width colon in the Chinese window (in the alerts list and the selected alert's whole
message under it; the tray's notifications word alerts by the same ``alert_text``),
"Food:Groceries" in English."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.pages.alerts import COL_MESSAGE, AlertsPage
from finapp.services.alerts import evaluate_alerts, list_alerts
from finapp.services.budgets import set_budget
from finapp.services.categorize import set_category
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.categorize.statements import load
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.inline_tasks import InlineTaskRunner

AS_OF = date(2026, 11, 28)


def _page(qtbot, store: Store, tmp_path: Path) -> tuple[AlertsPage, int]:  # type: ignore[no-untyped-def]
    """The Alerts page with a month's groceries over their budget, that alert selected."""
    load(store, tmp_path / "ofx", "4417", [
        (date(2026, 11, 3), "-62.18", "SAFEWAY #1234 BROOKLYN NY"),
        (date(2026, 11, 17), "-71.40", "TRADER JOE'S #558 BROOKLYN NY"),
    ])  # fmt: skip
    for line in list_transactions(store):
        set_category(store, line.id, "Food:Groceries")
    set_budget(store, "Food:Groceries", Decimal("100"), today=AS_OF)
    evaluate_alerts(store, AS_OF)
    assert [a.kind for a in list_alerts(store)].count("budget") == 1
    bus = AppBus()
    page = AlertsPage(AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data"), today=AS_OF)
    qtbot.addWidget(page)
    page.show()
    row = next(r for r in range(page.model.rowCount()) if page.model.row(r).kind == "budget")
    page.table.selectRow(row)
    return page, row


def test_the_chinese_window_writes_the_path_with_the_full_width_colon(
    qtbot,
    store,
    tmp_path: Path,
    chinese,  # noqa: F811
) -> None:
    page, row = _page(qtbot, store, tmp_path)
    cell = page.model.index(row, COL_MESSAGE).data()
    assert cell.startswith("饮食：超市买菜已超出") and "饮食:" not in cell
    assert page.detail.text() == cell


def test_the_english_window_keeps_the_stored_path(qtbot, us_locale, store, tmp_path: Path) -> None:
    page, row = _page(qtbot, store, tmp_path)
    assert page.model.index(row, COL_MESSAGE).data().startswith("Food:Groceries ")
    assert page.detail.text().startswith("Food:Groceries ")
