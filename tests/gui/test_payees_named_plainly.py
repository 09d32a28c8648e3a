"""The Payees page names cash as cash, a person paid both ways by the person's name, and a Latin
brand glued to Chinese as a name: what the user reads in the list."""

from __future__ import annotations

from finapp.gui.models.transactions_model import COL_PAYEE
from finapp.gui.pages.transactions import TransactionsPage
from tests.gui.test_page_payees import _page, _row_of, _shown
from tests.subscriptions.test_display_names_cash import ABROAD_ATM, CHASE_ATM
from tests.subscriptions.test_payee_list_grouped import CHECKING, _line, _load
from tests.subscriptions.test_payee_names_both_ways import WIRE_IN, WIRE_OUT
from tests.subscriptions.test_service import CARD


def test_payees_page_names_cash_people_and_glued_brands_plainly(qtbot, household_ctx) -> None:
    store = household_ctx.store
    _load(
        store,
        CHECKING,
        _line(3, "-200.00", CHASE_ATM),
        _line(9, "-100.00", ABROAD_ATM),
        _line(5, "-2400.00", WIRE_OUT),
        _line(20, "800.00", WIRE_IN),
    )
    _load(store, CARD, _line(11, "-12.80", "全家FAMILYMART"))
    page = _page(qtbot, household_ctx)
    names = [row[0] for row in _shown(page)]
    assert "Chase" not in names and "Payment from Marek Kowalski" not in names
    assert _shown(page)[_row_of(page, "Cash withdrawal")][1:4] == ["Cash", "2", "-$300.00"]
    assert _shown(page)[_row_of(page, "Marek Kowalski")][3:] == ["-$2,400.00", "$800.00"]
    assert "全家FamilyMart" in names

    lines = TransactionsPage(household_ctx)  # each line still says which way it went
    qtbot.addWidget(lines)
    qtbot.keyClicks(lines.search, "kowalski")
    qtbot.waitUntil(lambda: lines.model.rowCount() == 2)
    shown = {lines.model.index(row, COL_PAYEE).data() for row in range(2)}
    assert shown == {"Payment to Marek Kowalski", "Payment from Marek Kowalski"}
