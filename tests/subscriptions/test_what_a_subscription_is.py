"""One definition of a subscription, the same on every page, and streams that are none.

A US household pays rent to its landlord by ACH web payment ("AVALON BAY COMM WEB PMTS",
2,950.00 a month), a payee no shipped rule knows: a bill from the start, not the audit's first
and dearest subscription. A stream the user files under a bill's category (car insurance under
Insurance) leaves the audit and the Health page's subscription figure as it leaves the
Subscriptions page's group. Venmo cash-outs (the person's own money, moved when they choose)
are no income stream to lapse.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.subscription_groups import PlacedStream, place
from finapp.store.engine import Store
from tests.subscriptions.us_household import LOOKED_ON, import_year


def _placed(store: Store) -> dict[str, PlacedStream]:
    views = subs.list_subscriptions(store, LOOKED_ON)
    return {p.view.name: p for p in place(store, views, LOOKED_ON)}


def test_venmo_cash_outs_are_no_income_stream(store, tmp_path: Path) -> None:
    import_year(store, tmp_path)

    placed = _placed(store)

    incoming = [(p.view.amount, p.view.status) for p in placed.values() if p.view.amount > 0]
    assert incoming == [(Decimal("2843.17"), "active")]  # the pay alone
