"""One definition of a subscription, the same on every page, and streams that are none.

A US household pays rent to its landlord by ACH web payment ("AVALON BAY COMM WEB PMTS",
2,950.00 a month), a payee no shipped rule knows: a bill from the start, not the audit's first
and dearest subscription. A stream the user files under a bill's category (car insurance under
Insurance) leaves the audit and the Health page's subscription figure as it leaves the
Subscriptions page's group. Venmo cash-outs (the person's own money, moved when they choose)
are no income stream to lapse.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.cadence import month_date
from finapp.errors import InvalidInputError
from finapp.services import subscriptions as subs
from finapp.services.categorize import set_category
from finapp.services.health import health_report
from finapp.services.subscription_audit import audit, decide
from finapp.services.subscription_groups import PlacedStream, place
from finapp.store.engine import Store
from tests.subscriptions.us_household import LOOKED_ON, import_year


def _placed(store: Store) -> dict[str, PlacedStream]:
    views = subs.list_subscriptions(store, LOOKED_ON)
    return {p.view.name: p for p in place(store, views, LOOKED_ON)}


def test_rent_paid_by_ach_to_a_landlord_no_rule_knows_is_a_bill(store, tmp_path: Path) -> None:
    import_year(store, tmp_path)

    placed = _placed(store)
    rent = next(p for p in placed.values() if p.view.amount == Decimal("-2950.00"))
    gym = next(p for p in placed.values() if p.view.amount == Decimal("-24.99"))
    assert (rent.view.kind, rent.group) == ("bill", "bills")
    assert (gym.view.kind, gym.group) == ("subscription", "subscriptions")  # by ACH, but 24.99

    found = audit(store, LOOKED_ON)
    assert rent.view.name not in [line.facts.name for line in found.lines]
    assert found.main_cost is not None
    # the gym, Netflix and Spotify: (24.99 + 17.99 + 11.99) a month
    assert (found.main_cost.annual_minor, found.main_cost.count) == (659_64, 3)


def test_a_stream_filed_under_a_bills_category_is_no_subscription_on_any_page(
    store, tmp_path: Path
) -> None:
    insurer = "ROOT INC            866-980-9431        OH"
    policy = [(month_date(date(2025, 12, 6), i, 6), insurer, "142.17") for i in range(12)]
    import_year(store, tmp_path, policy)
    placed = _placed(store)
    (root,) = [p for p in placed.values() if p.view.amount == Decimal("-142.17")]
    assert root.group == "subscriptions"  # an unknown payee on a card, at a fixed price

    set_category(store, root.view.transaction_ids[0], "Insurance:Auto")

    root = _placed(store)[root.view.name]
    assert root.group == "bills"
    assert root.view.name not in [line.facts.name for line in audit(store, LOOKED_ON).lines]
    figures = health_report(store, LOOKED_ON).subscriptions.as_json()
    # the gym, Netflix and Spotify, as the audit counts them
    assert (figures["monthly_total"], figures["count"]) == ("54.97", 3)
    with pytest.raises(InvalidInputError):
        decide(store, root.view.id, "keep", as_of=LOOKED_ON)


def test_venmo_cash_outs_are_no_income_stream(store, tmp_path: Path) -> None:
    import_year(store, tmp_path)

    placed = _placed(store)

    incoming = [(p.view.amount, p.view.status) for p in placed.values() if p.view.amount > 0]
    assert incoming == [(Decimal("2843.17"), "active")]  # the pay alone
