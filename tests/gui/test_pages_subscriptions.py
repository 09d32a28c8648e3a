"""The subscriptions page: grouped streams, totals, the user's decisions, calendar export."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.subscriptions_add import AddSubscriptionDialog
from finapp.gui.pages.subscriptions_cancel import CancelledOnDialog
from finapp.services import subscriptions as service
from tests.gui.answering import choose, nothing_open, opened, type_over
from tests.gui.page_fixtures import TODAY


def _page(qtbot, ctx) -> SubscriptionsPage:  # type: ignore[no-untyped-def]
    # the page shows what the last detection found; the household's last one ran on TODAY
    service.detect_subscriptions(ctx.store, TODAY)
    page = SubscriptionsPage(ctx, today=TODAY)
    qtbot.addWidget(page)
    return page


def _index(page: SubscriptionsPage, name: str) -> QModelIndex:
    index = page.model.find(lambda p: p.view.name == name)
    assert index.isValid(), name
    return index


def _select(page: SubscriptionsPage, name: str) -> service.SubscriptionView:
    assert page.table.select(lambda p: p.view.name == name)
    return page.model.row_at(_index(page, name)).view


def _cells(page: SubscriptionsPage, name: str, role: int = Qt.ItemDataRole.DisplayRole) -> list:
    index = _index(page, name)
    return [index.siblingAtColumn(c).data(role) for c in range(page.model.columnCount())]


def _names(page: SubscriptionsPage) -> list[str]:
    return [p.view.name for p in page.model.rows()]


def _stored(ctx, sub_id: int) -> service.SubscriptionView:  # type: ignore[no-untyped-def]
    return service.get_subscription(ctx.store, sub_id)


def test_streams_are_listed_with_cost_and_totals(qtbot, qtmodeltester, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    qtmodeltester.check(page.model)
    assert {"Netflix", "Spotify"} <= set(_names(page))
    cells = _cells(page, "Netflix")
    assert cells[1:4] == ["$15.49", "Monthly", "07/09/2025"]
    assert cells[4] == "$185.88"  # 12 x 15.49
    totals = service.subscription_totals(household_ctx.store, TODAY)
    assert f"${totals[0].per_year:,}" in page.totals.text()
    for group in page.model.groups():
        dates = [p.view.next_date for p in group.rows]
        assert dates == sorted(dates)  # soonest renewal first, within each group


def test_confirm_rename_reminders_and_cancel(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    sub = _select(page, "Netflix")
    page._act(service.confirm)
    assert _stored(household_ctx, sub.id).user_state == "confirmed"
    _select(page, "Netflix")
    qtbot.mouseClick(page.buttons["rename"], Qt.MouseButton.LeftButton)
    rename = opened(page, QInputDialog, "rename-subscription")
    assert rename.textValue() == "Netflix"
    type_over(qtbot, rename, "Netflix Standard")
    assert _stored(household_ctx, sub.id).name == "Netflix Standard"
    _select(page, "Netflix Standard")
    qtbot.mouseClick(page.buttons["reminders"], Qt.MouseButton.LeftButton)
    type_over(qtbot, opened(page, QInputDialog, "subscription-reminders"), "14, 2")
    assert _stored(household_ctx, sub.id).reminder_offsets == (14, 2)
    qtbot.mouseClick(page.buttons["reminders"], Qt.MouseButton.LeftButton)
    reminders = opened(page, QInputDialog, "subscription-reminders")
    assert reminders.textValue() == "14,2"
    with qtbot.waitSignal(household_ctx.bus.message) as blocker:
        type_over(qtbot, reminders, "soon")
    assert blocker.args[0] == "warning"
    assert _stored(household_ctx, sub.id).reminder_offsets == (14, 2)
    _select(page, "Netflix Standard")
    qtbot.mouseClick(page.buttons["cancel"], Qt.MouseButton.LeftButton)
    cancelled_on = opened(page, CancelledOnDialog, "subscription-cancelled-on")
    qtbot.keyClick(cancelled_on.day.text, Qt.Key.Key_Return)  # today, as the form suggests
    stored = _stored(household_ctx, sub.id)
    assert stored.user_state == "cancelled" and stored.cancelled_on == TODAY
    assert _cells(page, "Netflix Standard")[6] == "Cancelled"


def test_dismissed_streams_hide_until_asked(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    sub = _select(page, "Spotify")
    page._act(service.dismiss)
    assert sub.id not in {p.view.id for p in page.model.rows()}
    page.show_dismissed.setChecked(True)
    assert sub.id in {p.view.id for p in page.model.rows()}


def test_add_manual_and_export_calendar(qtbot, household_ctx, tmp_path: Path) -> None:
    page = _page(qtbot, household_ctx)
    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    add = opened(page, AddSubscriptionDialog, "add-subscription")
    qtbot.keyClicks(add.name, "Gym (cash)")
    qtbot.keyClicks(add.amount, "30")
    qtbot.keyClicks(add.kind, "Bill")
    first_charge = add.next_date.day()  # the page's today, as the form suggests
    qtbot.keyClick(add.amount, Qt.Key.Key_Return)
    assert nothing_open(page)
    gym = next(p for p in page.model.rows() if p.view.name == "Gym (cash)")
    assert gym.view.manual and gym.view.kind == "bill" and gym.group == "bills"
    assert gym.view.annual_cost == Decimal("360.00")

    qtbot.mouseClick(page.buttons["add"], Qt.MouseButton.LeftButton)
    add = opened(page, AddSubscriptionDialog, "add-subscription")
    qtbot.keyClicks(add.name, "Typo")
    qtbot.keyClicks(add.amount, "thirty")
    qtbot.keyClick(add.amount, Qt.Key.Key_Return)  # said under the form, which stays open
    assert add.isVisible() and "thirty" in add.problem.text()
    qtbot.keyClick(add.amount, Qt.Key.Key_Escape)
    assert nothing_open(page) and "Typo" not in _names(page)

    target = tmp_path / "renewals.ics"
    qtbot.mouseClick(page.buttons["export"], Qt.MouseButton.LeftButton)
    chooser = opened(page, QFileDialog, "export-renewals")
    with qtbot.waitSignal(household_ctx.bus.message) as blocker:
        choose(qtbot, chooser, target)
    assert blocker.args[0] == "info"
    text = target.read_text(encoding="utf-8")
    gym_event = text[text.index("SUMMARY:Gym (cash)") :]
    assert text.startswith("BEGIN:VCALENDAR")
    assert gym_event.split("\n")[1] == f"DTSTART;VALUE=DATE:{first_charge:%Y%m%d}"


def test_show_charges_opens_the_transactions_behind_it(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    sub = _select(page, "Netflix")
    with qtbot.waitSignal(household_ctx.bus.navigate) as blocker:
        page._show_charges(page.table.currentIndex())
    assert blocker.args[0] == "transactions"
    assert sorted(blocker.args[1]["transaction_ids"]) == sorted(sub.transaction_ids)
    page.apply_filter({"subscription_id": sub.id})
    assert page.selected() == sub


def test_a_note_says_how_far_the_statements_go_once_today_is_past_them(
    qtbot, household_ctx
) -> None:
    service.detect_subscriptions(household_ctx.store, TODAY)  # statements end on TODAY
    up_to_date = SubscriptionsPage(household_ctx, today=TODAY)
    qtbot.addWidget(up_to_date)
    assert not up_to_date.coverage.isVisibleTo(up_to_date)  # nothing to say

    page = SubscriptionsPage(household_ctx, today=TODAY + timedelta(days=40))
    qtbot.addWidget(page)
    assert page.coverage.isVisibleTo(page)
    assert page.coverage.text() == (
        "Judged as of Jun 20, 2025, where the statements of Checking end."
    )


def test_next_is_the_renewal_still_to_come_when_the_statements_are_old(
    qtbot, household_ctx
) -> None:
    """Forty days after the statements end, Netflix's 9 July renewal is not imported yet: the
    page shows the one still ahead, 9 August, never a day already past."""
    service.detect_subscriptions(household_ctx.store, TODAY)
    page = SubscriptionsPage(household_ctx, today=TODAY + timedelta(days=40))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "Netflix" in _names(page))
    assert _cells(page, "Netflix")[3] == "08/09/2025"
    shown = [index.siblingAtColumn(3).data() for p in page.model.rows()
             for index in (_index(page, p.view.name),)]  # fmt: skip
    assert all(shown), shown  # every stream of this household is live


def test_the_note_names_each_account_with_the_day_its_statements_end(qtbot, household_ctx) -> None:
    page = _page(qtbot, household_ctx)
    netflix, spotify = (p.view for p in page.model.rows() if p.view.name in ("Netflix", "Spotify"))
    card = replace(netflix, account="Sapphire Visa", covered_until=date(2025, 5, 31))
    same_day = replace(spotify, account="Sapphire Visa", covered_until=date(2025, 5, 31))
    checking = replace(spotify, account="Checking", covered_until=date(2025, 5, 28))
    by_hand = replace(spotify, account=None, covered_until=None)
    assert page.coverage_text([card, same_day, by_hand]) == (
        "Judged as of May 31, 2025, where the statements of Sapphire Visa end."
    )
    assert page.coverage_text([card, replace(checking, covered_until=card.covered_until)]) == (
        "Judged as of May 31, 2025, where the statements of Checking, Sapphire Visa end."
    )
    assert page.coverage_text([card, checking]) == (
        "Judged as of where each account's statements end: Checking on May 28, 2025, "
        "Sapphire Visa on May 31, 2025."
    )
