"""The Subscriptions page and the dashboard of a Shanghai household whose rides and groceries
come round every month: they are *Regular spending*, folded at first, never a bill to renew.

张伟 and 李娜's 滴滴出行 ride on the 7th, their 盒马鲜生 shop on the 14th and 全家FamilyMart
breakfast on the 23rd had been rows of Bills, its header counting 8,375.28 a year more, and the
dashboard listed "滴滴出行 · Dec 7" among the renewals coming up.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from finapp.gui.context import AppContext
from finapp.gui.pages.dashboard import load_dashboard
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.ui_state import UiState
from finapp.services import subscriptions as service
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.gui.page_fixtures import inline_ctx, made_store, open_copy
from tests.households.shanghai_household import write_all

TODAY = date(2026, 11, 30)


@pytest.fixture(scope="module")
def shanghai(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes]:
    folder = tmp_path_factory.mktemp("shanghai-household")

    def fill(store: Store) -> None:
        files = write_all(folder / "statements")
        import_files(store, [p for paths in files.values() for p in paths])
        service.detect_subscriptions(store, TODAY)

    return made_store(folder, fill)


@pytest.fixture
def ctx(qtbot, us_locale, shanghai, data_dir: Path) -> Iterator[AppContext]:  # type: ignore[no-untyped-def]
    store = open_copy(shanghai, data_dir)
    yield inline_ctx(store, data_dir)
    store.close()


def test_rides_and_groceries_are_a_folded_group_of_regular_spending(
    qtbot,  # type: ignore[no-untyped-def]
    ctx: AppContext,
    tmp_path: Path,
) -> None:
    ctx.ui_state = UiState(tmp_path / "ui.ini")
    page = SubscriptionsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    groups = {g.key: sorted(p.view.name for p in g.rows) for g in page.model.groups()}
    assert list(groups) == ["subscriptions", "bills", "habits", "income", "transfers"]
    assert groups["habits"] == ["全家FamilyMart", "滴滴出行", "盒马"]
    header = page.model.group_index("habits")
    assert header.data().startswith("Regular spending (3) · CN¥8,375.28 a year")
    assert "forecast" in header.data(Qt.ItemDataRole.ToolTipRole)
    assert not page.table.isExpanded(header)
    # rent, property fee, electricity, gas, water and the phone
    bills = page.model.group_index("bills").data()
    assert bills.startswith("Bills (6) · CN¥87,471.96 a year")


def test_the_dashboard_lists_no_renewal_of_a_ride(ctx: AppContext) -> None:
    data = load_dashboard(ctx.store, TODAY)
    coming = [s.name for s in data.renewals]
    assert "王建国" in coming  # the rent, on the 5th
    assert not {"滴滴出行", "盒马", "全家FamilyMart"} & set(coming)
