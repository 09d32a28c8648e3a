"""A subscription added by hand over charges already imported (a domain bought last year, one
charge so far: nothing finapp can detect) shows them as its history: its latest amount and next
renewal in the list."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import Qt

from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.subscriptions_add import AddSubscriptionDialog
from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.services import subscriptions as service
from finapp.services.imports import import_parsed
from tests.gui.answering import nothing_open, opened
from tests.gui.page_fixtures import TODAY

CARD = ParsedAccount("4111000099998888", "Chase", "credit_card", "USD", "Freedom Visa")
DOMAIN = "NAMECHEAP.COM* DOMAIN RENEWAL 8005551234 AZ"


def test_the_added_subscription_shows_its_past_charges(qtbot, household_ctx) -> None:  # type: ignore[no-untyped-def]
    renewals = (
        ParsedTransaction(date(2024, 9, 2), Decimal("-13.98"), DOMAIN, fitid="dom-24"),
        ParsedTransaction(date(2024, 9, 5), Decimal("-42.17"), "SAFEWAY #1234", fitid="sw-24"),
    )
    store = household_ctx.store
    import_parsed(store, ParsedFile("card.ofx", "ofx", (ParsedStatement(CARD, renewals),)))
    service.detect_subscriptions(store, TODAY)
    page = SubscriptionsPage(household_ctx, today=TODAY)
    qtbot.addWidget(page)
    assert not page.model.find(lambda p: p.view.merchant == "NAMECHEAP").isValid()

    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    form = opened(page, AddSubscriptionDialog, "add-subscription")
    qtbot.keyClicks(form.name, "Blog domain")
    qtbot.keyClicks(form.payee, "Namecheap")
    qtbot.keyClicks(form.amount, "14")  # about what it cost
    qtbot.keyClicks(form.cadence, "Yearly")
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    assert nothing_open(page)

    index = page.model.find(lambda p: p.view.name == "Blog domain")
    qtbot.waitUntil(index.isValid)
    cells = [index.siblingAtColumn(c).data() for c in range(page.model.columnCount())]
    # the charge's own amount, and the renewal a year after it (not the day typed: today)
    assert cells[1:4] == ["$13.98", "Yearly", "09/02/2025"]
    assert cells[5] == "Freedom Visa"
    added = page.model.row_at(index).view
    assert len(added.transaction_ids) == 1
