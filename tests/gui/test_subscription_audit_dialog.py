"""The subscription audit, opened from the Subscriptions page and from the Health page: each
active subscription's figures, a keep and a cancel through the real buttons, the annual review."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.subscription_audit import SubscriptionAuditDialog
from finapp.gui.pages.health import HealthPage
from finapp.gui.pages.health_subscriptions import SubscriptionsSection
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.services import subscriptions as subs
from finapp.services.settings import set_setting
from tests.gui.answering import opened
from tests.gui.inline_tasks import InlineTaskRunner
from tests.health.test_subscription_audit import AS_OF, household


@pytest.fixture
def ctx(qtbot, us_locale, store, data_dir) -> AppContext:  # type: ignore[no-untyped-def]
    household(store)
    bus = AppBus()
    return AppContext(store, bus, InlineTaskRunner(bus), data_dir)


def click(qtbot, button) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def click_row(qtbot, table: QTableView, name: str) -> None:  # type: ignore[no-untyped-def]
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    table.scrollTo(model.index(row, 0))
    rect = table.visualRect(model.index(row, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def cells(dialog: SubscriptionAuditDialog, name: str) -> dict[str, str]:
    model = dialog.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return {
        model.headerData(c, Qt.Orientation.Horizontal): model.index(row, c).data()
        for c in range(model.columnCount())
    }


def stored(ctx: AppContext, name: str) -> subs.SubscriptionView:
    return next(v for v in subs.stored_subscriptions(ctx.store) if v.name == name)


def open_from_page(qtbot, ctx: AppContext) -> tuple[SubscriptionsPage, SubscriptionAuditDialog]:  # type: ignore[no-untyped-def]
    page = SubscriptionsPage(ctx, today=AS_OF)
    qtbot.addWidget(page)
    page.show()
    click(qtbot, page.buttons["audit"])
    return page, opened(page, SubscriptionAuditDialog, "subscription-audit")


def test_the_audit_shows_each_subscription_the_totals_and_the_overlaps(qtbot, ctx) -> None:
    _page, dialog = open_from_page(qtbot, ctx)
    assert dialog.model.rowCount() == 10  # no bill, no salary
    assert "$397.98 a month for 7 subscription(s); no monthly cap set" in dialog.totals.text()
    assert "Also CN¥70.00 a month in CNY (3 subscription(s)), not counted against the cap" in (
        dialog.totals.text()
    )
    iqiyi = next(
        v.name for v in subs.stored_subscriptions(ctx.store) if v.name.startswith("爱奇艺")
    )
    assert f"Overlap (Video streaming): Netflix, {iqiyi}" in dialog.overlaps.text()
    netflix = cells(dialog, "Netflix")
    assert netflix["Paid by"] == "Sapphire Visa"
    assert (netflix["Per month"], netflix["Per year"]) == ("$17.99", "$215.88")
    assert netflix["Spent so far"] == "$383.77"
    assert netflix["Last charge"] == "$17.99 on 11/09/2026"
    assert netflix["Price history"] == "$15.49 → $17.99 on 01/09/2026"
    assert netflix["Overlaps"] == f"⚠ Overlaps {iqiyi}"
    assert netflix["Review"] == "New since 11/24/2026"  # found today: its year starts now
    weekly = cells(dialog, "HelloFresh")
    assert (weekly["Cadence"], weekly["Per month"], weekly["Overlaps"]) == (
        "Weekly", "$311.70", "",
    )  # fmt: skip


def test_keep_one_and_cancel_another_with_the_buttons(qtbot, ctx) -> None:
    page, dialog = open_from_page(qtbot, ctx)
    page_totals = page.totals.text()
    keep, cancel = dialog.buttons["keep"], dialog.buttons["cancel"]
    assert not keep.isEnabled() and not cancel.isEnabled()  # nothing selected yet

    click_row(qtbot, dialog.table, "Spotify")
    assert dialog.next_review.date().toPython() == date(2027, 2, 24)  # a quarter on
    click(qtbot, keep)
    spotify = stored(ctx, "Spotify")
    assert (spotify.user_state, spotify.review_date) == ("confirmed", date(2027, 2, 24))
    assert cells(dialog, "Spotify")["Review"] == "Next review 02/24/2027"

    click_row(qtbot, dialog.table, "Dropbox")
    dialog.next_review.setFocus()
    qtbot.keyClick(dialog.next_review, Qt.Key.Key_Home)  # the month
    for _ in range(4):
        qtbot.keyClick(dialog.next_review, Qt.Key.Key_Up)
    click(qtbot, keep)
    assert stored(ctx, "Dropbox").review_date == date(2027, 6, 24)

    click_row(qtbot, dialog.table, "HelloFresh")
    click(qtbot, cancel)
    hellofresh = stored(ctx, "HelloFresh")
    assert (hellofresh.user_state, hellofresh.cancelled_on) == ("cancelled", AS_OF)
    assert "HelloFresh" not in [dialog.model.index(r, 0).data()
                                for r in range(dialog.model.rowCount())]  # fmt: skip
    assert "$86.28 a month for 6 subscription(s)" in dialog.totals.text()  # 397.98 − 311.70
    # the page behind the dialog heard of it: its row says cancelled, its totals fell
    shown = next(p.view for p in page.model.rows() if p.view.name == "HelloFresh")
    assert shown.user_state == "cancelled"
    assert page.totals.text() != page_totals

    dialog.tabs.setCurrentIndex(1)
    review = dialog.annual.toPlainText()
    # sentences carry medium dates ("Nov 24, 2026"), not "11/24/26"
    assert "Cancelled HelloFresh on Nov 24, 2026: saves $3,740.36 a year" in review
    assert "Kept Spotify on Nov 24, 2026 ($143.88 a year); next review Feb 24, 2027" in review
    assert "Kept Dropbox on Nov 24, 2026 ($143.88 a year); next review Jun 24, 2027" in review
    assert (
        "Price increase: Netflix from $15.49 to $17.99 on Jan 9, 2026 ($30.00 more a year)"
        in review
    )
    dialog.year.setFocus()
    qtbot.keyClick(dialog.year, Qt.Key.Key_Down)
    assert dialog.annual.toPlainText() == (
        "No subscription was cancelled or kept in 2025, and no price rose."
    )


def test_the_health_section_tells_the_cap_overlaps_and_reviews_and_opens_the_audit(
    qtbot, ctx
) -> None:
    set_setting(ctx.store, "subscription_cap", "300")
    subs.set_review_date(ctx.store, stored(ctx, "Netflix").id, date(2026, 11, 1))
    page = HealthPage(ctx, today=AS_OF)
    qtbot.addWidget(page)
    page.show()  # every section loads as of the page's day
    (section,) = [s for s in page.sections if isinstance(s, SubscriptionsSection)]
    assert section.summary.text().startswith(
        "$397.98 a month for 7 subscription(s); over your cap of $300.00 by $97.98"
    )
    assert "Overlap (Music): " in section.overlaps.text()
    assert "Netflix (Review due since 11/01/2026)" in section.reviews.text()
    click(qtbot, section.audit_button)
    dialog = opened(section, SubscriptionAuditDialog, "subscription-audit")
    click_row(qtbot, dialog.table, "Netflix")
    click(qtbot, dialog.buttons["cancel"])  # the page hears of it and the section reloads
    assert section.summary.text().startswith("$379.99 a month for 6 subscription(s); over your cap")
    assert "Netflix" not in section.reviews.text()
