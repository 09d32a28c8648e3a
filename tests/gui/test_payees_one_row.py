"""The Payees page shows one row per payee a person would name (DoorDash under five descriptors,
7-Eleven under its store numbers), and what is done to the row (rename, show its lines) is done
to all of it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from finapp.gui.models.transactions_model import COL_PAYEE
from finapp.gui.pages.transactions import TransactionsPage
from finapp.services.payee_list import list_payees
from finapp.services.transactions import list_transactions
from tests.gui.answering import opened, type_over
from tests.gui.test_page_payees import _page, _row_of, _shown
from tests.gui.test_payee_names_pages import _click, _menu, _right_click
from tests.subscriptions.test_payee_list_grouped import (
    CHECKING,
    DOORDASH,
    SEVEN_ELEVEN,
    _line,
    _load,
)
from tests.subscriptions.test_service import CARD


def _names(page) -> list[str]:  # type: ignore[no-untyped-def]
    return [row[0] for row in _shown(page)]


def _click_row(qtbot, page, name: str) -> None:  # type: ignore[no-untyped-def]
    rect = page.table.visualRect(page.model.index(_row_of(page, name), 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_one_row_per_payee_renamed_and_opened_whole(qtbot, household_ctx) -> None:
    store = household_ctx.store
    _load(
        store,
        CARD,
        *(_line(1 + i, "-21.40", d) for i, d in enumerate(DOORDASH)),
        *(_line(10 + i, "-4.25", d) for i, d in enumerate(SEVEN_ELEVEN)),
    )
    page = _page(qtbot, household_ctx)
    names = _names(page)
    assert names.count("DoorDash") == 1 and names.count("7-Eleven") == 1
    assert "Eleven" not in names
    assert _shown(page)[_row_of(page, "DoorDash")][2:4] == ["5", "-$107.00"]

    _click_row(qtbot, page, "DoorDash")
    qtbot.mouseClick(page.rename_button, Qt.MouseButton.LeftButton)
    dialog = opened(page, QInputDialog, "rename-payee")
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    type_over(qtbot, dialog, "Takeaway")
    qtbot.waitUntil(lambda: "Takeaway" in _names(page))
    assert "DoorDash" not in _names(page)  # every descriptor's lines took the name
    assert _shown(page)[_row_of(page, "Takeaway")][2] == "5"

    asked: list[dict] = []
    household_ctx.bus.navigate.connect(lambda _name, filters: asked.append(filters))
    _click_row(qtbot, page, "Takeaway")
    qtbot.mouseClick(page.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(asked))
    shown = set(asked[0]["transaction_ids"])
    assert shown == {t.id for t in list_transactions(store) if t.payee in DOORDASH}


def test_transfers_between_own_accounts_are_listed_only_when_asked_for(
    qtbot, household_ctx
) -> None:
    store = household_ctx.store
    _load(store, CARD, _line(25, "612.50", "AUTOMATIC PAYMENT - THANK YOU"))
    _load(store, CHECKING, _line(25, "-612.50", "CHASE CRD AUTOPAY PPD ID: 476003"),
          _line(26, "-300.00", "ONLINE TRANSFER TO SAV XXXXXX0915 REF #IB6WPIL4"),
          _line(27, "-950.00", "WIRE TRANSFER TO M KOWALSKI REF 12"))  # fmt: skip
    page = _page(qtbot, household_ctx)
    names = _names(page)
    assert "Chase card payment" not in names and "Transfer to Savings" not in names
    assert "Payment to Kowalski" in names  # a person is a payee
    assert not page.transfers.isChecked()

    qtbot.mouseClick(page.transfers, Qt.MouseButton.LeftButton)
    names = _names(page)
    assert names.count("Chase card payment") == 1  # the card's side and the checking's: one
    assert _shown(page)[_row_of(page, "Chase card payment")][2:] == ["2", "-$612.50", "$612.50"]
    assert "Transfer to Savings" in names
    qtbot.keyClicks(page.search, "savings")  # the search still narrows them
    assert _names(page) == ["Transfer to Savings"]


def test_renaming_one_line_of_a_payee_renames_all_its_descriptors(qtbot, household_ctx) -> None:
    store = household_ctx.store
    _load(store, CARD, *(_line(1 + i, "-21.40", d) for i, d in enumerate(DOORDASH)))
    page = TransactionsPage(household_ctx)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    tacobell = next(t.id for t in list_transactions(store) if t.payee == "DD *DOORDASH TACOBELL")
    _right_click(qtbot, page, page.model.rows_of([tacobell])[0], COL_PAYEE)
    _click(qtbot, _menu(page, "transaction-menu"), "&Rename payee…")
    type_over(qtbot, opened(page, QInputDialog, "rename-payee"), "Takeaway")

    def payees() -> set[str]:
        doordash = {t.id for t in list_transactions(store) if t.payee in DOORDASH}
        rows = page.model.rows_of(sorted(doordash))
        return {page.model.index(r, COL_PAYEE).data() for r in rows}

    qtbot.waitUntil(lambda: payees() == {"Takeaway"})  # every descriptor's line, not one
    assert [p.name for p in list_payees(store)].count("Takeaway") == 1
