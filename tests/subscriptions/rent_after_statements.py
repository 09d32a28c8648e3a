"""A tenant's checking account whose statements end on 18 November 2026, asked on 2 December.

The room's rent (450.00 to the landlord by ACH on the 1st, filed by the user under Housing:Rent,
so the window lists it under Bills) was paid on 1 September, 1 October and 1 November; the rent
of 1 December is after the statements end. The electricity is metered (a different amount each
month). Written as the bank's OFX download, imported the way the app does.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, checking_ofx

TODAY = date(2026, 12, 2)
STATEMENTS_END = date(2026, 11, 18)
RENT_DUE = date(2026, 12, 1)
RENT = "DAVID HANSEN ACH DEBIT WEB ID: 9876543210"
ELECTRICITY = "PUGET SOUND ENERGY BILLPAY PPD ID: 9100261"


def import_tenant(store: Store, folder: Path) -> None:
    """Import the statements and file the rent as the tenant does (once: the rest follow)."""
    entries = []
    for month, power in ((9, "-118.42"), (10, "-96.10"), (11, "-131.77")):
        entries += [
            Entry(date(2026, month, 1), Decimal("-450.00"), RENT),
            Entry(date(2026, month, 14), Decimal(power), ELECTRICITY),
            Entry(date(2026, month, 15), Decimal("2150.00"), "ACME CORP PAYROLL PPD ID: 1234567"),
        ]
    entries.append(Entry(STATEMENTS_END, Decimal("-61.02"), "SAFEWAY #1445 BELLEVUE WA"))
    ofx = folder / "Checking1234.ofx"
    ofx.write_text(checking_ofx(entries, "000123451234", Decimal("4803.55"), STATEMENTS_END))
    result = import_files(store, [ofx])
    assert not result.failed
    first_rent = next(t for t in list_transactions(store) if t.payee == RENT)
    set_category(store, first_rent.id, "Housing:Rent")
