"""Payees by the names people know on the transactions page, and "Rename payee…" from it."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from finapp.gui.models.transactions_model import COL_PAYEE, COL_STATEMENT
from finapp.gui.pages.alerts import AlertsPage
from finapp.gui.pages.subscriptions import SubscriptionsPage
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services import subscriptions as service
from finapp.services.alerts import refresh_alerts
from tests.gui.answering import opened, type_over
from tests.gui.page_fixtures import TODAY
from tests.gui.visible_text import widget_texts


def _shows(page, text: str) -> bool:  # type: ignore[no-untyped-def]
    return any(text in shown for shown in widget_texts(page))


def _rows(page: TransactionsPage, column: int, shown: str) -> list[int]:
    model = page.model
    return [r for r in range(model.rowCount()) if model.index(r, column).data() == shown]


def _menu(page: TransactionsPage, name: str) -> QMenu:
    return next(m for m in page.findChildren(QMenu, name) if m.isVisible())


def _click(qtbot, menu: QMenu, text: str) -> None:  # type: ignore[no-untyped-def]
    action = next(a for a in menu.actions() if a.text() == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def _right_click(qtbot, page: TransactionsPage, row: int, column: int) -> None:  # type: ignore[no-untyped-def]
    page.table.scrollTo(page.model.index(row, column))
    at = page.table.visualRect(page.model.index(row, column)).center()
    # what Qt sends for a right-click there (QTest's clicks make no context-menu event)
    page.table.customContextMenuRequested.emit(at)


def test_the_payee_column_shows_names_and_the_statement_stays_on_demand(
    qtbot, household_ctx
) -> None:
    page = TransactionsPage(household_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    netflix = _rows(page, COL_PAYEE, "Netflix")
    assert netflix and netflix == _rows(page, COL_STATEMENT, "NETFLIX.COM")
    tip = page.model.index(netflix[0], COL_PAYEE).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "On the statement: NETFLIX.COM"
    assert "Salary — Acme" in {page.model.index(r, COL_PAYEE).data()
                               for r in range(page.model.rowCount())}  # fmt: skip

    assert page.table.isColumnHidden(COL_STATEMENT)  # until the user shows it
    header = page.table.horizontalHeader()
    header.customContextMenuRequested.emit(QPoint(10, 5))
    _click(qtbot, _menu(page, "transaction-columns-menu"), "Description (as on statement)")
    assert not page.table.isColumnHidden(COL_STATEMENT)
    assert header.sectionSize(COL_STATEMENT) > 0


def test_renaming_a_payee_from_a_transaction_renames_it_on_every_page(qtbot, household_ctx) -> None:
    store = household_ctx.store
    service.detect_subscriptions(store, TODAY)
    refresh_alerts(store, TODAY)
    transactions = TransactionsPage(household_ctx)
    subscriptions = SubscriptionsPage(household_ctx, today=TODAY)
    alerts = AlertsPage(household_ctx, today=TODAY)
    for page in (transactions, subscriptions, alerts):
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
    assert _shows(alerts, "Whole Foods renews")

    (row, *_) = _rows(transactions, COL_PAYEE, "Whole Foods")
    _right_click(qtbot, transactions, row, COL_PAYEE)
    _click(qtbot, _menu(transactions, "transaction-menu"), "&Rename payee…")
    dialog = opened(transactions, QInputDialog, "rename-payee")
    assert dialog.textValue() == "Whole Foods"
    type_over(qtbot, dialog, "Weekly groceries")

    qtbot.waitUntil(lambda: bool(_rows(transactions, COL_PAYEE, "Weekly groceries")))
    assert not _rows(transactions, COL_PAYEE, "Whole Foods")
    qtbot.waitUntil(lambda: _shows(subscriptions, "Weekly groceries"))
    assert not _shows(subscriptions, "Whole Foods")
    qtbot.waitUntil(lambda: _shows(alerts, "Weekly groceries renews"))
    assert not _shows(alerts, "Whole Foods")

    service.detect_subscriptions(store, TODAY, full=True)  # detected afresh: the name stays
    assert "Weekly groceries" in {v.name for v in service.list_subscriptions(store, TODAY)}


def test_renaming_a_payee_from_the_subscriptions_page(qtbot, household_ctx) -> None:
    store = household_ctx.store
    service.detect_subscriptions(store, TODAY)
    refresh_alerts(store, TODAY)
    subscriptions = SubscriptionsPage(household_ctx, today=TODAY)
    alerts = AlertsPage(household_ctx, today=TODAY)
    for page in (subscriptions, alerts):
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
    assert subscriptions.table.select(lambda row: row.view.name == "Blue Bottle Coffee")
    with qtbot.waitActive(subscriptions):
        subscriptions.activateWindow()
    subscriptions.table.setFocus()
    qtbot.keyClick(subscriptions.table, Qt.Key.Key_F10, Qt.KeyboardModifier.ShiftModifier)
    menu = next(m for m in subscriptions.findChildren(QMenu, "subscription-menu") if m.isVisible())
    texts = [a.text() for a in menu.actions()]
    assert texts.index("Rename &payee everywhere…") == texts.index("&Rename…") + 1
    menu.setActiveAction(menu.actions()[texts.index("Rename &payee everywhere…")])
    qtbot.keyClick(menu, Qt.Key.Key_Return)
    dialog = opened(subscriptions, QInputDialog, "rename-payee")
    assert dialog.textValue() == "Blue Bottle Coffee"
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)  # it has the keyboard
    type_over(qtbot, dialog, "Morning coffee")

    qtbot.waitUntil(lambda: _shows(subscriptions, "Morning coffee"))
    assert not _shows(subscriptions, "Blue Bottle Coffee")
    qtbot.waitUntil(lambda: _shows(alerts, "Morning coffee renews"))
    assert not _shows(alerts, "Blue Bottle Coffee")
