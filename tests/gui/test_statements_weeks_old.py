"""The window with statements that end a month before today: the Subscriptions page and the
dashboard agree with the CLI that Spotify's 14 October charge was not seen (no renewal on
14 December), a cancelled subscription shows no next renewal, and the Health page says the
balances are the latest statements', with their day."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from finapp.gui.context import AppContext
from finapp.gui.pages.health import HealthPage
from finapp.gui.pages.health_reserves import EmergencyFundSection, InstitutionsSection
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.services import subscriptions as service
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.gui.page_fixtures import inline_ctx, shown_dashboard
from tests.subscriptions.late_statements import CANCELLED_ON, TODAY, write_statements


@pytest.fixture
def ctx(qtbot, us_locale, store: Store, data_dir: Path, tmp_path: Path) -> AppContext:  # type: ignore[no-untyped-def]
    import_files(store, write_statements(tmp_path / "statements"))
    service.detect_subscriptions(store, TODAY)  # as the day's check does
    return inline_ctx(store, data_dir)


def _row(qtbot, ctx: AppContext, name: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    page = SubscriptionsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    model = page.model
    index = model.find(lambda p: p.view.name == name)
    assert index.isValid(), name
    return {
        str(model.headerData(c, Qt.Orientation.Horizontal)): index.siblingAtColumn(c).data() or ""
        for c in range(model.columnCount())
    }


def _spotify(ctx: AppContext) -> service.SubscriptionView:
    return next(v for v in service.stored_subscriptions(ctx.store) if v.name == "Spotify")


def test_a_missed_charge_is_said_on_the_page_and_left_out_of_the_renewals(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    spotify = _row(qtbot, ctx, "Spotify")
    assert spotify["Status"] == "Oct 14, 2026 charge not seen"
    assert spotify["Next"] == "10/14/2026" and "⚠ overdue" in spotify["Notes"]
    assert _row(qtbot, ctx, "Netflix")["Next"] == "12/04/2026"
    dashboard = shown_dashboard(qtbot, ctx, TODAY)
    renewals = [dashboard.renewals.item(i).text() for i in range(dashboard.renewals.count())]
    assert any("Netflix" in text for text in renewals)
    assert not any("Spotify" in text for text in renewals)


def test_a_cancelled_subscription_shows_no_next_renewal(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    service.cancel(ctx.store, _spotify(ctx).id, CANCELLED_ON)
    spotify = _row(qtbot, ctx, "Spotify")
    assert (spotify["Next"], spotify["Status"]) == ("", "Cancelled")
    assert "⚠ charged after cancel" in spotify["Notes"]
    dashboard = shown_dashboard(qtbot, ctx, TODAY)
    renewals = [dashboard.renewals.item(i).text() for i in range(dashboard.renewals.count())]
    assert not any("Spotify" in text for text in renewals)


def test_the_balances_held_say_they_are_the_latest_statements(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = HealthPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.resize(1280, 900)
    page.show()
    qtbot.waitExposed(page)
    institutions = next(s for s in page.sections if isinstance(s, InstitutionsSection))
    held = [label.text() for label in institutions.findChildren(QLabel)]
    assert "$4,259.00 on Oct 31, 2026 (latest statement)" in held
    fund = next(s for s in page.sections if isinstance(s, EmergencyFundSection))
    assert fund.details.text().startswith(
        "Balances of Oct 31, 2026 (latest statements): newer ones not imported yet."
    )
