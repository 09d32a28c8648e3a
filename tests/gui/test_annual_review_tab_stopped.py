"""The audit's Annual review tab, opened from the Subscriptions page: a cancellation that saves,
one the merchant charged again after, and, told apart as finapp's reading, the subscriptions
that stopped charging without being marked cancelled."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from finapp.gui.bus import AppBus
from finapp.gui.context import AppContext
from finapp.gui.dialogs.subscription_audit import SubscriptionAuditDialog
from finapp.gui.pages.subscriptions import SubscriptionsPage
from tests.conftest import MadeStore
from tests.gui.answering import opened
from tests.gui.inline_tasks import InlineTaskRunner
from tests.health.test_annual_review_stopped import TODAY, household


@pytest.fixture
def ctx(qtbot, us_locale, made_store: MadeStore, data_dir) -> AppContext:  # type: ignore[no-untyped-def]
    store = made_store("a couple whose subscriptions ended in 2026", household)
    bus = AppBus()
    return AppContext(store, bus, InlineTaskRunner(bus), data_dir)


def test_the_annual_review_tab_tells_what_ended_and_who_ended_it(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    page = SubscriptionsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    qtbot.mouseClick(page.buttons["audit"], Qt.MouseButton.LeftButton)
    dialog = opened(page, SubscriptionAuditDialog, "subscription-audit")
    dialog.tabs.setCurrentIndex(1)
    assert dialog.year.value() == 2026
    lines = dialog.annual.toPlainText().splitlines()
    assert lines[:5] == [
        "Cancelled Disney+ on Jun 20, 2026: saves $131.88 a year",
        "Cancelled Peloton on Oct 27, 2026, but charged again 2 time(s) since, last $12.99 on "
        "Dec 2, 2026: saves nothing yet",
        "Stopped charging: Audible, last $14.95 on Mar 11, 2026 (not marked cancelled; "
        "$179.40 a year no longer paid)",
        "Stopped charging: Hulu, last $7.99 on Oct 13, 2026 (not marked cancelled; "
        "$95.88 a year no longer paid)",
        "Stopped charging: 腾讯视频, last CN¥20.00 on Oct 14, 2026 (not marked cancelled; "
        "CN¥240.00 a year no longer paid)",
    ]
    assert "Cancelling saves $131.88 a year" in lines  # Peloton's charges save nothing
    assert "Stopped charging: $275.28 a year no longer paid" in lines
    assert "Stopped charging: CN¥240.00 a year no longer paid" in lines
    assert lines[-1] == (
        "“Stopped charging” is what your statements show, not a cancellation you marked: "
        "if you cancelled one, mark it cancelled on the Subscriptions page."
    )
    assert "Dropbox" not in dialog.annual.toPlainText()  # its card's statements end in August

    dialog.year.setFocus()
    qtbot.keyClick(dialog.year, Qt.Key.Key_Down)
    assert dialog.annual.toPlainText().splitlines()[0] == (
        "Stopped charging: Spotify, last $11.99 on Aug 14, 2025 (not marked cancelled; "
        "$143.88 a year no longer paid)"
    )
