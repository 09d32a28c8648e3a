"""The Subscriptions page and the dashboard's renewals show the rent of 1 December, asked on the
2nd with statements to 18 November, as due that day after the statements end (on the dashboard
apart from the renewals coming up, as expected): in English and in Chinese, neither a January
date nor overdue."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.services.subscriptions import detect_subscriptions
from finapp.store.engine import Store
from tests.gui.chinese import chinese  # noqa: F401 - the fixture
from tests.gui.page_fixtures import inline_ctx, shown_dashboard
from tests.subscriptions.rent_after_statements import TODAY, import_tenant

_NEXT, _NOTES = 3, 7  # the page's Next and Notes columns


def _tenant_ctx(store: Store, data_dir: Path, folder: Path):  # type: ignore[no-untyped-def]
    import_tenant(store, folder)
    detect_subscriptions(store, TODAY)  # the page shows what the day's detection found
    return inline_ctx(store, data_dir)


def _rent_cells(qtbot, ctx) -> tuple[list[str], str]:  # type: ignore[no-untyped-def]
    """The rent's row as the page shows it, and what hovering its Next day says."""
    page = SubscriptionsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.find(lambda p: p.view.name == "David Hansen").isValid())
    index = page.model.find(lambda p: p.view.name == "David Hansen")
    cells = [index.siblingAtColumn(c).data() for c in range(page.model.columnCount())]
    return cells, index.siblingAtColumn(_NEXT).data(Qt.ItemDataRole.ToolTipRole)


def test_the_page_and_the_dashboard_say_the_rent_is_due_after_the_statements(
    qtbot, us_locale, store: Store, data_dir: Path, tmp_path: Path
) -> None:
    ctx = _tenant_ctx(store, data_dir, tmp_path)
    cells, hover = _rent_cells(qtbot, ctx)
    assert cells[_NEXT] == "12/01/2026"  # the day, as narrow as every other row's
    assert hover == "12/01/2026 — after your statements end Nov 18, 2026"
    assert "after your statements" in cells[_NOTES]
    assert not any("overdue" in cell or "not seen" in cell for cell in cells), cells

    dashboard = shown_dashboard(qtbot, ctx, today=TODAY)
    lines = [dashboard.renewals.item(row).text() for row in range(dashboard.renewals.count())]
    rent = next(line for line in lines if "David Hansen" in line)
    # the day and the name on the line, as narrow as the list is; the rest on hover
    assert rent.startswith("12/01/2026  David Hansen")
    hovered = dashboard.renewals.item(lines.index(rent)).toolTip()
    assert hovered.startswith("12/01/2026 — after your statements end Nov 18, 2026  David Hansen")
    # under its own heading, after what is coming up: it is due already, only not imported
    assert lines.index("Expected, not in your statements yet") == lines.index(rent) - 1


def test_in_chinese_it_is_after_the_latest_statement(
    qtbot,
    chinese,  # noqa: F811
    store: Store,
    data_dir: Path,
    tmp_path: Path,
) -> None:
    ctx = _tenant_ctx(store, data_dir, tmp_path)
    cells, hover = _rent_cells(qtbot, ctx)
    assert hover.endswith("（在最新账单之后，账单截至2026年11月18日）"), hover
    assert cells[_NEXT] == "2026-12-01" and "2027" not in cells[_NEXT]
