"""The year's largest purchases are things bought, not rent and bills.

A US household pays 2,950.00 rent every month by ACH to its landlord and its property tax once a
year by card, filed under Taxes; in November it buys a 2,399.99 television at Best Buy. Rent
and tax are owed, not bought: the television heads the list.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.categorize import set_category
from finapp.services.transactions import list_transactions
from finapp.services.year_review import year_review
from tests.subscriptions.us_household import LOOKED_ON, import_year

BEST_BUY = (date(2026, 11, 14), "BEST BUY 00001234   BROOKLYN            NY", "2399.99")
PROPERTY_TAX = (date(2026, 1, 15), "NYC DEPT OF FINANCE PROPERTY TAX     NY", "3104.50")


def test_largest_purchases_leave_out_rent_and_bills(store, tmp_path: Path) -> None:
    import_year(store, tmp_path, [BEST_BUY, PROPERTY_TAX])
    subs.detect_subscriptions(store, LOOKED_ON)
    (tax,) = [t for t in list_transactions(store) if t.amount == Decimal("-3104.50")]
    set_category(store, tax.id, "Taxes:Property")

    largest = year_review(store, 2026, today=LOOKED_ON).largest

    assert [(p.posted, p.amount) for p in largest[:1]] == [(date(2026, 11, 14), Decimal("2399.99"))]
    assert not [p for p in largest if p.amount in (Decimal("2950.00"), Decimal("3104.50"))]
    assert len(largest) == 10  # groceries fill the list
