"""The Add subscription form takes a date typed whole, as a US user writes it or in ISO form
(Qt's date field had turned ``12/8/26`` into ``12/2/12``), a calendar pick, and the account the
subscription is paid from."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QCalendarWidget

from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.subscriptions_add import AddSubscriptionDialog
from finapp.services import subscriptions as service
from tests.gui.answering import nothing_open, opened
from tests.gui.page_fixtures import TODAY


def _form(qtbot) -> AddSubscriptionDialog:  # type: ignore[no-untyped-def]
    form = AddSubscriptionDialog(date(2026, 12, 2), ["Checking"])
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.name, "Gym")
    qtbot.keyClicks(form.amount, "30")
    return form


@pytest.mark.parametrize("typed", ["12/8/26", "2026-12-08", "12/08/2026"])
def test_a_date_typed_whole_is_the_next_charge(qtbot, us_locale, typed: str) -> None:
    form = _form(qtbot)
    field = form.next_date.text
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, typed)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert form.result() == AddSubscriptionDialog.DialogCode.Accepted
    assert form.value().next_date == date(2026, 12, 8)


def test_a_day_that_is_no_date_is_said_under_the_form(qtbot, us_locale) -> None:
    form = _form(qtbot)
    field = form.next_date.text
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, "13/8/26")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    # a day from the 13th on, so the example shows the month comes first (not 12/02/2026)
    assert form.isVisible() and "as a date, e.g. 12/15/2026" in form.problem.text()


def test_a_day_picked_on_the_calendar(qtbot, us_locale) -> None:
    form = _form(qtbot)
    picked: list[bool] = []

    def pick() -> None:
        """Once the calendar is shown (its menu may hold the click until it closes), a week
        and six days on with the arrow keys, then Return."""
        if not form.next_date.menu.isVisible():
            QTimer.singleShot(10, pick)
            return
        calendar = form.next_date.menu.findChild(QCalendarWidget)
        calendar.setFocus()
        for _ in range(6):  # a week on is the next row, a day on the next column
            qtbot.keyClick(calendar.focusWidget(), Qt.Key.Key_Right)
        qtbot.keyClick(calendar.focusWidget(), Qt.Key.Key_Return)
        picked.append(True)

    QTimer.singleShot(0, pick)
    qtbot.mouseClick(form.next_date.pick, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(picked))
    assert form.next_date.text.text() == "12/08/2026"


def test_the_account_it_is_paid_from(qtbot, household_ctx) -> None:
    service.detect_subscriptions(household_ctx.store, TODAY)
    page = SubscriptionsPage(household_ctx, today=TODAY)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    form = opened(page, AddSubscriptionDialog, "add-subscription")
    qtbot.keyClicks(form.name, "Gym")
    qtbot.keyClicks(form.amount, "30")
    qtbot.keyClicks(form.paid_from, "Checking")
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    assert nothing_open(page)
    gym = next(v for v in service.stored_subscriptions(household_ctx.store) if v.name == "Gym")
    assert gym.manual and gym.account == "Checking"


def test_an_incomplete_form_stays_open_with_the_typing_kept(qtbot, household_ctx) -> None:
    """Enter on an empty form had closed it and put '"" is not an amount' on the window."""
    page = SubscriptionsPage(household_ctx, today=TODAY)
    qtbot.addWidget(page)
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    form = opened(page, AddSubscriptionDialog, "add-subscription")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert form.isVisible() and form.problem.text() == "Type a name for the subscription."
    assert form.focusWidget() is form.name
    qtbot.keyClicks(form.name, "Piano lessons")
    qtbot.keyClick(form.name, Qt.Key.Key_Return)
    assert form.isVisible() and form.problem.text() == "Type what one charge costs, e.g. 9.99."
    assert form.focusWidget() is form.amount
    qtbot.keyClicks(form.amount, "forty")
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    assert form.isVisible() and "forty" in form.problem.text()
    assert form.name.text() == "Piano lessons"
    qtbot.keyClick(form.amount, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(form.amount, "40")
    qtbot.keyClick(form.amount, Qt.Key.Key_Return)
    assert nothing_open(page)
    lessons = [v for v in service.stored_subscriptions(household_ctx.store) if v.manual]
    assert [(v.name, v.amount) for v in lessons] == [("Piano lessons", Decimal("-40.00"))]
