"""A British household types dates day first, and a date refused says how to write it.

Tester t-uk marked a gym membership cancelled on the 15th of March: "15/03/2026" was refused
with "Type the day you cancelled it as a date", which did not say what was expected (their
session ran month-first). In a British locale the day comes first in every day field; when a
typed day is refused, the message shows one written as the field takes it, a day from the 13th
on so that it shows which of day and month comes first.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from finapp.gui.clock import Clock
from finapp.gui.main_window import MainWindow
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.subscriptions_add import AddSubscriptionDialog
from finapp.gui.pages.subscriptions_cancel import CancelledOnDialog
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services import subscriptions as service
from finapp.services.edit_history import forget_edits
from finapp.store.engine import Store
from tests.gui.answering import nothing_open, opened
from tests.gui.page_fixtures import TODAY
from tests.gui.shell_support import make_shell


class _Sunday(Clock):
    """The day the tester marked the gym cancelled: Sunday, December 6, 2026."""

    def now(self) -> datetime:
        return datetime(2026, 12, 6, 11, 20)


@pytest.fixture
def gb_locale() -> Iterator[None]:
    """Dates as a user in Manchester sees them (en_GB: 20/06/2025)."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        yield
    finally:
        QLocale.setDefault(before)


@pytest.fixture
def window(household_store: Store, tmp_path: Path, qtbot, gb_locale) -> Iterator[MainWindow]:  # type: ignore[no-untyped-def]
    service.detect_subscriptions(household_store, TODAY)
    forget_edits(household_store)
    shell = make_shell(household_store, tmp_path, clock=_Sunday())
    qtbot.addWidget(shell.window)
    shell.window.resize(1200, 760)
    shell.window.show()
    qtbot.waitExposed(shell.window)
    shell.window.activateWindow()
    qtbot.waitUntil(shell.window.isActiveWindow)
    yield shell.window
    shell.close()


def _subscriptions(qtbot, window: MainWindow) -> SubscriptionsPage:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    page = window.built_pages()["subscriptions"]
    assert isinstance(page, SubscriptionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    return page


def _mark_netflix_cancelled(qtbot, window: MainWindow) -> CancelledOnDialog:  # type: ignore[no-untyped-def]
    page = _subscriptions(qtbot, window)
    assert page.table.select(lambda p: p.view.name == "Netflix")
    qtbot.mouseClick(page.buttons["cancel"], Qt.MouseButton.LeftButton)
    dialog = opened(page, CancelledOnDialog, "subscription-cancelled-on")
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type(qtbot, field, text: str) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _netflix(window: MainWindow) -> service.SubscriptionView:
    views = service.stored_subscriptions(window.ctx.store)
    return next(v for v in views if v.name == "Netflix")


def test_the_15th_of_march_is_typed_day_first(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    dialog = _mark_netflix_cancelled(qtbot, window)
    assert dialog.day.text.text() == "06/12/2026"  # today, day first
    _type(qtbot, dialog.day.text, "15/03/2026")
    assert nothing_open(window)
    assert _netflix(window).cancelled_on == date(2026, 3, 15)


def test_a_day_typed_month_first_is_refused_with_the_form_expected(window, qtbot) -> None:  # type: ignore[no-untyped-def]
    """On the 6th, "06/12/2026" could be either order: the example is a day that cannot be."""
    dialog = _mark_netflix_cancelled(qtbot, window)
    _type(qtbot, dialog.day.text, "03/15/2026")
    assert dialog.isVisible()
    assert dialog.problem.text() == "Type the day you cancelled it as a date, such as 15/11/2026."
    _type(qtbot, dialog.day.text, "15/3/26")  # read again, day first
    assert nothing_open(window)
    assert _netflix(window).cancelled_on == date(2026, 3, 15)


def test_the_next_charge_of_a_subscription_added_by_hand_is_typed_day_first(
    qtbot,
    gb_locale,
) -> None:  # type: ignore[no-untyped-def]
    form = AddSubscriptionDialog(date(2026, 12, 6), ["Nationwide FlexDirect"])
    qtbot.addWidget(form)
    form.show()
    qtbot.keyClicks(form.name, "PureGym")
    qtbot.keyClicks(form.amount, "29.99")
    _type(qtbot, form.next_date.text, "12/31/2026")
    assert form.isVisible()
    assert form.problem.text() == "Type the next charge's day as a date, e.g. 15/12/2026."
    _type(qtbot, form.next_date.text, "31/12/2026")
    assert form.result() == AddSubscriptionDialog.DialogCode.Accepted
    assert form.value().next_date == date(2026, 12, 31)


def test_the_transactions_from_date_shows_a_day_that_cannot_be_read_month_first(
    window, qtbot
) -> None:  # type: ignore[no-untyped-def]
    """The household's statements start on New Year's Day: "01/01/2025" would not say which
    part is the month; the example is the 15th."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.built_pages()["transactions"]
    assert isinstance(page, TransactionsPage)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0)
    since = page.filters.since_edit
    since.setFocus()
    qtbot.keyClicks(since, "01/31/2025")
    qtbot.keyClick(since, Qt.Key.Key_Tab)
    assert since.toolTip() == (
        "“01/31/2025” is not a day. A day such as 15/01/2025 or 2025-01-15; empty for any day"
    )
