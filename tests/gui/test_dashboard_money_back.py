"""The dashboard of a WeChat Pay user whose mother sent 8,888.00 of 生活费 in October: October
spent the meals and earned the 8,888.00, never "Spent -CN¥8,825.50" nor "Spent CN¥0.00"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.categorize.shanghai_exports import wechat
from tests.gui.inline_tasks import InlineTaskRunner
from tests.gui.page_fixtures import shown_dashboard
from tests.reports.test_money_back_beyond_spending import OCTOBER


def test_october_spent_the_meals_and_the_mothers_money_is_income(  # type: ignore[no-untyped-def]
    qtbot, us_locale, store: Store, tmp_path: Path
) -> None:
    result = import_files(store, [wechat(tmp_path, "20261001-20261031", OCTOBER)])
    assert not result.failed, result.failed
    bus = AppBus()
    ctx = AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data")
    page = shown_dashboard(qtbot, ctx, date(2026, 11, 2))
    assert page.spent.caption.text() == "Spent in October"
    assert (page.spent.value.text(), page.income.value.text(), page.net.value.text()) == (
        "CN¥62.50",
        "CN¥8,888.00",
        "CN¥8,825.50",
    )
