"""Mark cancelled asks the day the user cancelled: one cancelled in the spring and charged since
gets the charges flagged; Escape changes nothing; a day after today or before the first charge
is refused under the form."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMenu

from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.subscriptions_cancel import CancelledOnDialog
from finapp.services import subscriptions as service
from finapp.services.subscription_charges import member_charges
from tests.gui.answering import escape, nothing_open, opened
from tests.gui.chinese import chinese  # noqa: F401
from tests.gui.page_fixtures import TODAY


def _page(qtbot, ctx) -> SubscriptionsPage:  # type: ignore[no-untyped-def]
    service.detect_subscriptions(ctx.store, TODAY)
    page = SubscriptionsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    page.show()
    assert page.table.select(lambda p: p.view.name == "Netflix")
    page.table.setFocus()
    return page


def _netflix(ctx) -> service.SubscriptionView:  # type: ignore[no-untyped-def]
    return next(v for v in service.stored_subscriptions(ctx.store) if v.name == "Netflix")


def _asked(qtbot, page: SubscriptionsPage) -> CancelledOnDialog:  # type: ignore[no-untyped-def]
    """The form, with the keyboard (as the window system gives a new dialog)."""
    dialog = opened(page, CancelledOnDialog, "subscription-cancelled-on")
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def _type_day(qtbot, dialog: CancelledOnDialog, text: str) -> None:  # type: ignore[no-untyped-def]
    field = dialog.day.text
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)


def _cancel_from_row_menu(qtbot, page: SubscriptionsPage) -> CancelledOnDialog:  # type: ignore[no-untyped-def]
    with qtbot.waitActive(page):
        page.activateWindow()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: any(m.isVisible() for m in page.findChildren(QMenu)))
    menu = next(m for m in page.findChildren(QMenu, "subscription-menu") if m.isVisible())
    menu.setActiveAction(next(a for a in menu.actions() if a.objectName() == "subscription-cancel"))
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    return _asked(qtbot, page)


def test_a_cancellation_in_april_flags_the_may_and_june_charges(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    dialog = _cancel_from_row_menu(qtbot, page)
    assert dialog.day.text.text() == "06/20/2025"  # today, as the locale writes it
    assert any("will be flagged" in label.text() for label in dialog.findChildren(QLabel))
    _type_day(qtbot, dialog, "4/15/25")
    assert nothing_open(page)
    netflix = _netflix(household_ctx)
    assert netflix.user_state == "cancelled" and netflix.cancelled_on == date(2025, 4, 15)
    assert "charged_after_cancel" in netflix.flags
    assert len(netflix.charged_after_cancel) == 2  # the May and June charges


def test_escape_cancels_nothing(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    qtbot.mouseClick(page.buttons["cancel"], Qt.MouseButton.LeftButton)
    escape(qtbot, _asked(qtbot, page))
    assert nothing_open(page)
    assert _netflix(household_ctx).user_state != "cancelled"


def test_enter_takes_today(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    qtbot.mouseClick(page.buttons["cancel"], Qt.MouseButton.LeftButton)
    dialog = _asked(qtbot, page)
    qtbot.keyClick(dialog.day.text, Qt.Key.Key_Return)
    assert _netflix(household_ctx).cancelled_on == TODAY


def test_a_day_after_today_or_before_the_first_charge_is_refused(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    first = min(c.posted for c in member_charges(household_ctx.store, _netflix(household_ctx).id))
    qtbot.mouseClick(page.buttons["cancel"], Qt.MouseButton.LeftButton)
    dialog = _asked(qtbot, page)
    _type_day(qtbot, dialog, "2025-06-21")
    assert dialog.isVisible() and "after today" in dialog.problem.text()
    _type_day(qtbot, dialog, f"{first.month}/{first.day - 1}/25")
    assert dialog.isVisible() and "before its first charge" in dialog.problem.text()
    _type_day(qtbot, dialog, "6/31/25")
    assert dialog.isVisible() and "as a date" in dialog.problem.text()
    assert _netflix(household_ctx).user_state != "cancelled"


def test_in_chinese_the_day_is_asked_and_typed_as_china_writes_it(
    qtbot,
    household_ctx,
    chinese,  # noqa: F811
) -> None:
    page = _page(qtbot, household_ctx)
    qtbot.mouseClick(page.buttons["cancel"], Qt.MouseButton.LeftButton)
    dialog = _asked(qtbot, page)
    # the title is no "取消 Netflix" beside the 取消 button that leaves the dialog
    assert dialog.windowTitle() == "将 Netflix 标为已取消"
    (box,) = dialog.findChildren(QDialogButtonBox)
    assert box.button(QDialogButtonBox.StandardButton.Ok).text() == "标为已取消"
    # and the button that leaves it is no 取消, read as cancelling the subscription
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "暂不标记"
    assert any("取消后仍扣款" in label.text() for label in dialog.findChildren(QLabel))
    assert dialog.day.text.text() == "2025-06-20"
    _type_day(qtbot, dialog, "2025/4/15")
    assert _netflix(household_ctx).cancelled_on == date(2025, 4, 15)
