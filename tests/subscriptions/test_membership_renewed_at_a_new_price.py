"""A yearly membership among a warehouse's baskets is found across its price rise.

A retired couple's Citi Costco Visa carries a basket at the warehouse every few days
("COSTCO WHSE #0462 TUCSON AZ", 35 to 190 dollars) and the Executive membership's renewal once
a year ("COSTCO *ANNUAL RENEWAL 800-955-2292 WA"): 120.00 on 22 September 2024, 130.00 on 22
September 2025 and 2026. Both print as the payee Costco, so the renewals are charges among the
baskets. The two at 130.00 were a yearly chain, but the 120.00 renewal printed its words too,
so they read like the rest of Costco's lines and no membership was found. It is one annual
subscription of three renewals, risen from 120.00 to 130.00, next due on 22 September 2027.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months

AS_OF = date(2026, 11, 21)
RENEWAL = "COSTCO *ANNUAL RENEWAL 800-955-2292 WA"


def _costco_card() -> list[Entry]:
    rng = random.Random(62)
    out = [
        Entry(date(2024, 9, 22), Decimal("-120.00"), RENEWAL),
        Entry(date(2025, 9, 22), Decimal("-130.00"), RENEWAL),
        Entry(date(2026, 9, 22), Decimal("-130.00"), RENEWAL),
    ]
    day = date(2024, 9, 1)
    while day <= AS_OF:
        cents = rng.randrange(3500, 19000)
        text = rng.choice(("COSTCO WHSE #0462 TUCSON AZ", "SAFEWAY #1744 TUCSON AZ"))
        out.append(Entry(day, -Decimal(cents) / 100, text))
        day += timedelta(days=rng.choice((3, 4, 5)))
    return out


def test_costcos_membership_is_one_yearly_subscription_with_its_rise(
    store: Store, tmp_path: Path
) -> None:
    import_months(store, write_months(tmp_path / "citi", _costco_card()))

    (membership,) = [v for v in subs.list_subscriptions(store, AS_OF) if v.name == "Costco"]

    assert (membership.cadence, membership.status) == ("annual", "active")
    assert membership.amount == Decimal("-130.00")
    assert membership.next_date == date(2027, 9, 22)
    assert len(membership.transaction_ids) == 3
    assert [(p.old, p.new) for p in membership.price_changes] == [
        (Decimal("120.00"), Decimal("130.00"))
    ]
