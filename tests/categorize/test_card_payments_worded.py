"""A card's payment as the paying bank or the card itself words it is a move of the household's
own money: Capital One 360's "Electronic Payment to American Express" was 127.20 of
uncategorized spending, and Barclays US's "PAYMENT RECV'D CHECKFREE" on the card 100.50 of
income."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.categorize.statements import load

#: (amount, line as printed) → category
LINES = {
    ("-127.20", "Electronic Payment to American Express"): "Transfers:Card Payment",
    ("-310.00", "Electronic Payment to Discover"): "Transfers:Card Payment",
    ("100.50", "PAYMENT RECV'D CHECKFREE"): "Transfers:Card Payment",
    ("-187.76", "Electronic Payment to T-Mobile"): "Bills & Utilities:Phone",
}


def test_a_cards_payment_worded_by_either_side_is_filed_as_one(
    store: Store, tmp_path: Path
) -> None:
    load(store, tmp_path, "0012345678", [(date(2026, 3, 2), a, t) for a, t in LINES])
    filed = {(str(v.amount), v.payee): v.category for v in list_transactions(store)}
    assert filed == LINES
