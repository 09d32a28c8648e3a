"""The Alerts page's Amount column: the money an alert is about, signed as the statements list
it (money out negative), and blank when no single sum applies."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.pages.alerts import AlertsPage
from finapp.services.alerts import evaluate_alerts
from finapp.store.engine import Store
from tests.gui.inline_tasks import InlineTaskRunner
from tests.health.flagged_statements import Entry, import_months, write_months
from tests.health.household_files import Household
from tests.health.test_flagged_activity_alerts import checking_months


def _row_of(page: AlertsPage, kind: str) -> dict[str, str]:
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    for row in range(model.rowCount()):
        if model.row(row).kind == kind:
            return {h: model.index(row, c).data() for c, h in enumerate(headers)}
    raise AssertionError(f"no {kind} alert listed")


def _page(qtbot, store: Store, tmp_path: Path, today: date) -> AlertsPage:  # type: ignore[no-untyped-def]
    evaluate_alerts(store, today)
    bus = AppBus()
    page = AlertsPage(AppContext(store, bus, InlineTaskRunner(bus), tmp_path / "data"), today=today)
    qtbot.addWidget(page)
    page.resize(1920, 1080)
    page.show()
    return page


def test_money_sent_out_in_pieces_is_listed_as_money_out(
    qtbot, us_locale, store: Store, tmp_path: Path
) -> None:
    entries = [
        *checking_months(date(2026, 8, 1), date(2026, 11, 30)),
        Entry(date(2026, 11, 23), Decimal("-9650.00"), "ZELLE TO KOWALSKI J", time(10, 14, 22)),
        Entry(date(2026, 11, 24), Decimal("-9800.00"), "ZELLE TO KOWALSKI J", time(15, 2, 51)),
        Entry(date(2026, 11, 26), Decimal("-9500.00"), "ZELLE TO KOWALSKI J", time(18, 40, 9)),
    ]
    import_months(store, write_months(tmp_path, entries, opening=Decimal("42000.00")))
    split = _row_of(_page(qtbot, store, tmp_path, date(2026, 12, 2)), "structuring")
    assert split["Amount"] == "-$28,950.00"  # 9,650 + 9,800 + 9,500 that went out
    assert "$28,950.00 in all" in split["Message"]


def test_the_emergency_fund_alert_lists_no_amount(qtbot, us_locale, tmp_path: Path) -> None:
    store = Household(date(2025, 1, 1), savings="2150.00", checking="1204.88").imported(tmp_path)
    try:
        fund = _row_of(_page(qtbot, store, tmp_path, date(2025, 7, 3)), "emergency_fund")
        assert "$3,354.88" in fund["Message"]  # the fund's total is in the sentence
        assert not fund["Amount"]  # months of cover: no one sum of money to list
    finally:
        store.close()


def test_opening_the_pieces_alert_shows_those_three_payments(
    qtbot, us_locale, store: Store, tmp_path: Path
) -> None:
    """Return on "sent in pieces" opens the account's lines of those days (23 to 26 November),
    not its four months of lines."""
    entries = [
        *checking_months(date(2026, 8, 1), date(2026, 11, 30)),
        Entry(date(2026, 11, 23), Decimal("-9650.00"), "ZELLE TO KOWALSKI J", time(10, 14, 22)),
        Entry(date(2026, 11, 24), Decimal("-9800.00"), "ZELLE TO KOWALSKI J", time(15, 2, 51)),
        Entry(date(2026, 11, 26), Decimal("-9500.00"), "ZELLE TO KOWALSKI J", time(18, 40, 9)),
    ]
    import_months(store, write_months(tmp_path, entries, opening=Decimal("42000.00")))
    page = _page(qtbot, store, tmp_path, date(2026, 12, 2))
    asked: list[tuple[str, object]] = []
    page.ctx.bus.navigate.connect(lambda name, filters: asked.append((name, filters)))
    (row,) = [r for r in range(page.model.rowCount()) if page.model.row(r).kind == "structuring"]

    page.open_alert(page.model.row(row))

    ((name, filters),) = asked
    assert name == "transactions"
    assert filters == {"account": page.model.row(row).account, "since": "2026-11-23",
                       "until": "2026-11-26"}  # fmt: skip
