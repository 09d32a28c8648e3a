"""A metered bill's swing (its season, a top-up of a different size) is no price rise: gas,
electricity and water are billed by use, even a summer above anything charged in a year. A fixed
price's first higher charge still is."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.alerts import refresh_alerts
from tests.alerts.test_price_changes import monthly
from tests.categorize.statements import load

#: PG&E electricity from July 2023: a summer peak, a mild winter, and the next summer coming
PGE = [
    "-188.41", "-201.77", "-176.30", "-131.12", "-98.64", "-110.25",  # Jul–Dec 2023
    "-118.90", "-104.33", "-96.18", "-92.47", "-103.04",  # Jan–May 2024
]  # fmt: skip
PGE_PAYEE = "PGANDE DES:WEB ONLINE ID:XXXXX06201 INDN:RIVERA MARIA CO ID:XXXXX40640 WEB"


def price_rises(store, as_of: date) -> list[str]:  # type: ignore[no-untyped-def]
    return [a.message for a in refresh_alerts(store, as_of) if a.kind == "price_increase"]


def test_electricity_billed_by_use_never_rises_in_price(store, tmp_path: Path) -> None:
    load(store, tmp_path, "2290", monthly(PGE_PAYEE, PGE, day=21, start=(2023, 7)))
    refresh_alerts(store, date(2024, 5, 28))
    load(store, tmp_path, "2290", [(date(2024, 6, 21), "-194.60", PGE_PAYEE)])
    assert price_rises(store, date(2024, 6, 24)) == []  # last summer went to 201.77
    load(store, tmp_path, "2290", [(date(2024, 7, 22), "-212.88", PGE_PAYEE)])
    assert price_rises(store, date(2024, 7, 25)) == []  # a hotter July: what was used


def test_a_utility_of_three_bills_is_no_price_rise_at_its_dearest(store, tmp_path: Path) -> None:
    duke = ["-87.58", "-93.28", "-142.10"]  # mild September, October, a cold November
    load(store, tmp_path, "2290", monthly("DUKE ENERGY PAYMENT", duke, day=8, start=(2024, 9)))
    assert price_rises(store, date(2024, 11, 12)) == []


def test_a_phone_top_up_of_a_size_seen_before_is_no_price_rise(store, tmp_path: Path) -> None:
    topups = ["-58.00", "-68.00", "-58.00", "-63.00", "-58.00", "-58.00",
              "-63.00", "-58.00", "-58.00", "-58.00", "-58.00", "-58.00"]  # fmt: skip
    load(store, tmp_path, "alipay", monthly("中国移动", topups, day=7), currency="CNY")
    refresh_alerts(store, date(2024, 12, 10))
    load(store, tmp_path, "alipay", [(date(2025, 1, 7), "-68.00", "中国移动")], currency="CNY")
    assert price_rises(store, date(2025, 1, 10)) == []


def test_a_fixed_price_still_rises_at_its_first_higher_charge(store, tmp_path: Path) -> None:
    prices = ["-14.99"] * 6 + ["-16.99"] + ["-14.99"] * 5  # once dearer in a year, then back
    payee = "MICROSOFT*XBOX GAME PASS"
    load(store, tmp_path, "4417", monthly(payee, prices, day=12), kind="CREDITCARD")
    refresh_alerts(store, date(2024, 12, 14))
    load(store, tmp_path, "4417", [(date(2025, 1, 12), "-17.99", payee)], kind="CREDITCARD")
    (rise,) = price_rises(store, date(2025, 1, 15))
    assert "14.99 USD to 17.99 USD" in rise
