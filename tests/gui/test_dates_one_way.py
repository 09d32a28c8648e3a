"""Days are written one way per purpose on every page, in the user's locale: the locale's short
date in a table cell (2025-07-09 in Chinese), its medium date in a sentence (2025年4月15日), never
a pattern of a page's own and never the short form in the middle of words."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.gui.context import AppContext
from finapp.gui.pages.dashboard_period import PeriodPicker
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.services.month_report import DataSpan
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.page_fixtures import TODAY, inline_ctx, open_copy
from tests.gui.test_pages_subscriptions import _cells, _index, _names
from tests.gui.test_pages_subscriptions_groups import card_household  # noqa: F401


@pytest.fixture
def zh_ctx(qtbot, chinese, card_household, data_dir: Path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]  # noqa: F811
    store = open_copy(card_household, data_dir)
    yield inline_ctx(store, data_dir)
    store.close()


def test_chinese_subscriptions_read_short_days_in_cells_and_long_days_in_sentences(
    qtbot, zh_ctx
) -> None:
    page = SubscriptionsPage(zh_ctx, today=TODAY + timedelta(days=40))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "Netflix" in _names(page))
    assert _cells(page, "Netflix")[3] == "2025-08-09"  # the "Next" cell: the short date
    assert page.coverage.text() == (
        "按各账户对账单的截止日判断：Visa card 截至 2025年6月5日、Checking 截至 2025年6月20日。"
    )
    page.table.expand(page.model.group_index("income"))
    globex = next(name for name in _names(page) if "Globex" in name)
    tip = _index(page, globex).siblingAtColumn(page.model.columnCount() - 1)
    # was "2025/4/15 起": the table's short form in the middle of a sentence
    rise = "加薪：2025年4月15日起 US$2,000.00 → US$2,150.00"
    assert tip.data(Qt.ItemDataRole.ToolTipRole) == rise


def test_the_dashboard_says_how_far_the_statements_go_as_every_sentence_does(
    qtbot, us_locale
) -> None:
    bar = PeriodPicker()
    qtbot.addWidget(bar)
    span = DataSpan(first=date(2025, 1, 3), until=date(2025, 6, 20))
    bar.show_month(date(2025, 6, 1), span)
    assert bar.until_label.text() == "Statements up to Jun 20, 2025"  # was "20 Jun 2025"
    assert bar.month_label.text() == "June 2025"
