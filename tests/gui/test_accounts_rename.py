"""Renaming an account from the Accounts page: F2 or the row's menu (right click, Shift+F10),
the new name on every page after; a name another account has is refused and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from finapp.gui.pages.accounts import AccountsPage
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.services import subscriptions as subscriptions_service
from finapp.services.accounts import list_accounts
from tests.gui.answering import opened, type_over
from tests.gui.household import add_card_and_raise
from tests.gui.page_fixtures import TODAY


def _page(qtbot, ctx) -> AccountsPage:  # type: ignore[no-untyped-def]
    page = AccountsPage(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    page.table.setFocus()
    return page


def _select(page: AccountsPage, name: str) -> None:
    row = next(n for n, r in enumerate(page.model.rows()) if r.account.name == name)
    page.table.selectRow(row)


def _names(ctx) -> list[str]:  # type: ignore[no-untyped-def]
    return [account.name for account in list_accounts(ctx.store)]


def _open_menu(qtbot, page: AccountsPage) -> QMenu:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: any(m.isVisible() for m in page.findChildren(QMenu, "account-menu")))
    return next(m for m in page.findChildren(QMenu, "account-menu") if m.isVisible())


def test_f2_renames_the_account_and_every_page_shows_the_new_name(qtbot, household_ctx) -> None:
    subscriptions_service.detect_subscriptions(household_ctx.store, TODAY)
    subscriptions = SubscriptionsPage(household_ctx, today=TODAY)
    qtbot.addWidget(subscriptions)
    netflix = subscriptions.model.find(lambda p: p.view.name == "Netflix")
    assert netflix.siblingAtColumn(5).data() == "Checking"
    page = _page(qtbot, household_ctx)
    _select(page, "Checking")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    dialog = opened(page, QInputDialog, "rename-account")
    assert dialog.textValue() == "Checking"
    type_over(qtbot, dialog, "Everyday  Checking ")
    assert "Everyday Checking" in _names(household_ctx) and "Checking" not in _names(household_ctx)
    assert page.selected_account().name == "Everyday Checking"  # the row, renamed, still selected
    netflix = subscriptions.model.find(lambda p: p.view.name == "Netflix")
    assert netflix.siblingAtColumn(5).data() == "Everyday Checking"


def test_the_row_menu_offers_rename_and_the_page_buttons(qtbot, household_ctx, tmp_path) -> None:
    add_card_and_raise(household_ctx.store, tmp_path, TODAY)
    page = _page(qtbot, household_ctx)
    _select(page, "Checking")
    qtbot.keyClick(page.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = _open_menu(qtbot, page)
    texts = [action.text() for action in menu.actions() if action.isVisible()]
    assert texts == [
        "&Rename…",
        "Account t&ype…",
        "C&urrency…",
        "Set &balance…",
        "Re&concile…",
        "Show &transactions",
        "C&lose account…",
    ]
    menu.close()
    other = next(n for n, r in enumerate(page.model.rows()) if r.account.name != "Checking")
    rect = page.table.visualRect(page.model.index(other, 0))
    page.table.customContextMenuRequested.emit(rect.center())  # a right click on that row
    menu = _open_menu(qtbot, page)
    assert page.selected_row() is page.model.row(other)  # the clicked row is the one acted on
    menu.setActiveAction(menu.actions()[0])
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    assert (
        opened(page, QInputDialog, "rename-account").textValue()
        == page.model.row(other).account.name
    )


def test_a_name_another_account_has_is_refused(qtbot, household_ctx, tmp_path) -> None:
    add_card_and_raise(household_ctx.store, tmp_path, TODAY)
    page = _page(qtbot, household_ctx)
    before = _names(household_ctx)
    other = next(name for name in before if name != "Checking")
    _select(page, "Checking")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F2)
    with qtbot.waitSignal(household_ctx.bus.message) as blocker:
        type_over(qtbot, opened(page, QInputDialog, "rename-account"), other)
    assert blocker.args[0] == "warning" and "already" in blocker.args[1]
    assert _names(household_ctx) == before
