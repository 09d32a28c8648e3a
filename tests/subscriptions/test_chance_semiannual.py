"""Three chance visits half a year apart at an everyday merchant are no semiannual bill."""

from __future__ import annotations

from datetime import date

from finapp.core.recurrence import detect_streams
from tests.subscriptions.statements import Ledger

#: A Chase card's Jiffy Lube lines over two years, as its CSV prints them: a store number and
#: the city, amounts as the visits came. Three of them (75.21, 74.13, 77.57) fall near one
#: amount about six months apart by chance.
VISITS = [
    ("2023-01-15", "-66.46", "JIFFY LUBE #2182 GEORGETOWN TX"),
    ("2023-05-25", "-84.90", "JIFFY LUBE #3517 ROUND ROCK TX"),
    ("2023-07-13", "-6.68", "JIFFY LUBE #9226 ROUND ROCK TX"),
    ("2023-10-24", "-75.21", "JIFFY LUBE #7789 SAN MARCOS TX"),
    ("2023-11-12", "-4.14", "JIFFY LUBE #6530 AUSTIN TX"),
    ("2024-02-27", "-13.38", "JIFFY LUBE #2182 GEORGETOWN TX"),
    ("2024-04-28", "-74.13", "JIFFY LUBE #3517 ROUND ROCK TX"),
    ("2024-11-02", "-77.57", "JIFFY LUBE #7789 SAN MARCOS TX"),
]


def test_chance_visits_at_an_everyday_merchant_are_no_bill() -> None:
    ledger = Ledger()
    for posted, amount, payee in VISITS:
        ledger.add(date.fromisoformat(posted), amount, payee)
    assert detect_streams(ledger.charges, date(2026, 11, 30)) == []


def test_car_insurance_every_six_months_with_a_changing_premium_is_still_a_bill() -> None:
    ledger = Ledger()
    for posted, amount in (
        ("2022-03-14", "-612.40"),
        ("2022-09-14", "-598.10"),
        ("2023-03-14", "-655.90"),
        ("2023-09-14", "-671.25"),
        ("2024-03-14", "-640.00"),
    ):
        ledger.add(date.fromisoformat(posted), amount, "GEICO *AUTO", "PPD ID: 2530075853")
    (stream,) = detect_streams(ledger.charges, date(2024, 6, 30))
    assert (stream.merchant, stream.cadence) == ("GEICO", "semiannual")


def test_a_semiannual_plan_among_a_merchants_other_orders_keeps_its_price() -> None:
    ledger = Ledger()
    for posted in ("2023-02-03", "2023-08-03", "2024-02-03", "2024-08-03"):
        ledger.add(date.fromisoformat(posted), "-59.94", "BARKBOX 855-539-1733 NY")
    for posted, amount in (("2023-05-11", "-58.20"), ("2023-12-19", "-24.00")):
        ledger.add(date.fromisoformat(posted), amount, "BARKBOX 855-539-1733 NY")
    streams = detect_streams(ledger.charges, date(2024, 9, 30))
    assert [(s.cadence, s.amount_minor) for s in streams] == [("semiannual", -5994)]
