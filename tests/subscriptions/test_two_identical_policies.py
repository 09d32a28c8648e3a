"""Two people's identical insurance policies, charged the same day at the same price, are two
monthly bills with their price rise.

A retired couple pays UnitedHealthcare for two AARP Medicare Supplement policies, Robert's and
Linda's, 218.40 each on the 15th, 241.75 each from January. Two charges a day at one merchant
made a rhythm with gaps of no days, and neither policy was found: no bill, no price rise. A
coffee bar visited twice on some days still makes no stream.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months

AS_OF = date(2026, 11, 30)


def _statements() -> list[Entry]:
    out = []
    for year, month in [(2025, m) for m in range(5, 13)] + [(2026, m) for m in range(1, 12)]:
        premium = "-218.40" if year == 2025 else "-241.75"
        for who in ("ROBERT", "LINDA"):
            text = f"UNITEDHEALTHCARE AARP MEDSUPP PREM {who} KOWALSKI"
            out.append(Entry(date(year, month, 15), Decimal(premium), text))
        out.append(Entry(date(year, month, 2), Decimal("3120.44"), "SSA TREAS 310 XXSOC SEC"))
        for day, price in ((6, "-4.85"), (6, "-3.95"), (13, "-4.85"), (20, "-5.40"), (20, "-4.85")):
            out.append(Entry(date(year, month, day), Decimal(price), "DUTCH BROS #0412"))
    return out


def test_two_medigap_policies_are_two_bills_with_their_rise(store: Store, tmp_path: Path) -> None:
    import_months(store, write_months(tmp_path / "chk", _statements()))
    listed = subs.list_subscriptions(store, AS_OF)
    policies = [v for v in listed if v.merchant == "UNITEDHEALTHCARE AARP"]

    assert [(v.kind, v.cadence, v.amount, v.next_date) for v in policies] == [
        ("bill", "monthly", Decimal("-241.75"), date(2026, 12, 15)),
    ] * 2
    assert [[(p.old, p.new) for p in v.price_changes] for v in policies] == [
        [(Decimal("218.40"), Decimal("241.75"))]
    ] * 2
    assert not [v for v in listed if "Dutch" in v.name]
