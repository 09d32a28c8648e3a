"""A family's weekly shopping is no subscription or bill (probe report, item 10).

Two years of a family's card and checking statements: the weekly shop at Kroger, a top-up at
Trader Joe's, Whole Foods every other week, Costco runs, fuel at Shell most weeks and dinner out
on Fridays, each on its own rhythm and at amounts that spread like baskets of goods do. Among
them the recurring money a household does want listed and reminded of: a metered electricity
bill, water every two months, a phone plan with overages, a weekly meal kit at one price,
Netflix, and the yearly Costco and Prime memberships among the shopping at the same shops.
Before, Kroger and Shell were listed as weekly bills, "Shell Oil is due today" was a renewal
reminder and a fuller tank a price increase.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.core.recurrence import detect_streams
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.services.subscriptions import dismiss, list_subscriptions
from tests.categorize.statements import Line, load
from tests.subscriptions.statements import Ledger

START = date(2024, 11, 2)  # a Saturday
END = date(2026, 11, 30)
AS_OF = date(2026, 12, 2)
CARD, CHECKING = "4147202218830912", "7712045563"

#: the shops, as the card prints them: (descriptor, first visit, days between visits, the
#: weekday drift of a visit, cheapest and dearest basket in cents)
SHOPS = (
    ("KROGER #0423", 0, 7, (-1, 0, 0, 0, 1), (12000, 23500)),
    ("TRADER JOE S #552 QPS", 3, 7, (0, 0, 1), (3800, 7400)),
    ("WHOLEFDS MKT #10233", 5, 14, (-1, 0, 1), (6000, 11500)),
    ("COSTCO WHSE #0482", 8, 21, (-2, 0, 2), (14000, 32000)),
    ("SHELL OIL 57442660501", 1, 7, (-1, 0, 0, 1), (3200, 5900)),
    ("OLIVE GARDEN 1123", 6, 7, (0, 0, 1), (4800, 9600)),
)
SHOPPING = ("Kroger", "Trader Joe", "Whole", "Costco Whse", "Shell", "Olive Garden")


def _money(cents: int) -> str:
    return f"-{cents // 100}.{cents % 100:02d}"


def _shopping(rng: random.Random) -> list[Line]:
    lines: list[Line] = []
    for payee, first, every, drift, (low, high) in SHOPS:
        day = START + timedelta(days=first)
        while day <= END:
            if rng.random() > 0.04:  # a week away now and then
                visit = day + timedelta(days=rng.choice(drift))
                lines.append((visit, _money(rng.randrange(low, high)), payee))
            day += timedelta(days=every)
    return lines


def _month_days(day: int) -> list[date]:
    return [
        date(START.year + (START.month - 1 + i) // 12, (START.month - 1 + i) % 12 + 1, day)
        for i in range(25)
    ]


def _card(rng: random.Random) -> list[Line]:
    lines = _shopping(rng)
    day = START + timedelta(days=4)
    while day <= END:  # the meal kit, every Wednesday at its one price
        lines.append((day, "-71.92", "HELLOFRESH 646-846-3663 NY"))
        day += timedelta(days=7)
    lines += [(day, "-15.49", "NETFLIX.COM") for day in _month_days(7)]
    for _ in range(110):  # Marketplace orders, and Prime once a year among them
        day = START + timedelta(days=rng.randrange((END - START).days))
        lines.append((day, _money(rng.randrange(699, 15000)), "AMZN Mktp US*2K7LD91Q3"))
    lines += [(date(2025, 2, 3), "-139.00", "Amazon Prime*RT4K82LL3 Amzn.com/bill WA")]
    lines += [(date(2026, 2, 3), "-139.00", "Amazon Prime*ZX81MM2Q0 Amzn.com/bill WA")]
    lines += [(date(2025, 11, 14), "-65.00", "COSTCO *ANNUAL RENEWAL 800-774-2678 WA")]
    lines += [(date(2026, 11, 16), "-65.00", "COSTCO *ANNUAL RENEWAL 800-774-2678 WA")]
    return sorted(lines)


#: Puget Sound Energy by season, November to October, and the second year a little dearer
POWER = [142.18, 171.40, 188.73, 176.02, 150.55, 121.37, 98.64, 92.10, 110.25, 131.12, 118.90,
         104.33]  # fmt: skip


def _checking() -> list[Line]:
    power = [f"-{POWER[i % 12] * (1 + 0.04 * (i // 12)):.2f}" for i in range(25)]
    lines = [
        (day, amount, "PUGET SOUND ENERGY BILLPAY PPD ID: 9100261")
        for day, amount in zip(_month_days(18), power, strict=True)
    ]
    water = ["-88.14", "-92.60", "-104.27", "-131.85", "-118.40", "-90.02"]
    lines += [
        (day, water[i % 6], "SEATTLE PUBLIC UTIL WATER WEB PMT")
        for i, day in enumerate(_month_days(24)[::2])
    ]
    phone = ["-85.00"] * 25
    phone[5], phone[13], phone[20] = "-94.82", "-102.37", "-91.15"  # overages
    lines += [
        (day, amount, "VERIZON WIRELESS PAYMENTS")
        for day, amount in zip(_month_days(21), phone, strict=True)
    ]
    return sorted(lines)


def test_weekly_groceries_and_fuel_are_not_listed_while_bills_and_memberships_are(
    store, tmp_path: Path
) -> None:
    rng = random.Random(10)
    load(store, tmp_path, CARD, _card(rng), kind="CREDITCARD")
    load(store, tmp_path, CHECKING, _checking())
    alerts = refresh_alerts(store, AS_OF)
    listed = list_subscriptions(store, AS_OF)

    assert {(view.merchant, view.cadence, view.amount) for view in listed} == {
        ("HELLOFRESH", "weekly", Decimal("-71.92")),
        ("NETFLIX", "monthly", Decimal("-15.49")),
        ("PUGET SOUND", "monthly", Decimal("-153.55")),
        ("SEATTLE PUBLIC", "bimonthly", Decimal("-88.14")),
        ("VERIZON WIRELESS", "monthly", Decimal("-85.00")),
        ("AMAZON PRIME", "annual", Decimal("-139.00")),
        ("COSTCO", "annual", Decimal("-65.00")),
    }
    reminded = [a.message for a in alerts if a.kind in ("renewal", "price_increase")]
    assert reminded  # the meal kit renews today, Netflix within the week
    assert not [m for m in reminded if any(shop.upper() in m.upper() for shop in SHOPPING)]


def test_a_price_rise_leaves_the_inbox_with_the_stream_it_was_told_of(
    store, tmp_path: Path
) -> None:
    """A stream no longer listed — dismissed by the user as none, or no longer detected, as a
    shop's baskets told of by an earlier version — takes its price alert out of the inbox."""
    payee = "XBOX GAME PASS MSBILL.INFO WA"
    prices = ["-14.99"] * 6 + ["-17.99"]
    days = [date(2026, month, 12) for month in range(5, 12)]
    load(
        store, tmp_path, CARD, list(zip(days, prices, [payee] * 7, strict=True)), kind="CREDITCARD"
    )
    (rise,) = [a for a in refresh_alerts(store, date(2026, 11, 14)) if a.kind == "price_increase"]
    assert [a.id for a in list_alerts(store, as_of=date(2026, 11, 14))] == [rise.id]

    dismiss(store, next(v.id for v in list_subscriptions(store, date(2026, 11, 20))))
    refresh_alerts(store, date(2026, 11, 20))
    assert list_alerts(store, as_of=date(2026, 11, 20)) == []


@pytest.mark.parametrize(
    ("payee", "amounts"),
    [
        ("HELLOFRESH 646-846-3663 NY", ["-59.94", "-71.92"]),  # two box sizes taken in turn
        ("ZELLE PAYMENT TO MARIA LOPEZ", ["-120.00", "-135.50", "-98.75", "-142.25"]),  # cleaner
        ("THE GUARDIAN LONDON GBR", ["-10.87", "-10.91", "-10.84", "-10.95"]),  # paid in pounds
    ],
)
def test_a_weekly_price_a_person_paid_by_the_hour_and_a_foreign_price_stay_streams(
    payee: str, amounts: list[str]
) -> None:
    ledger = Ledger()
    for week in range(30):
        ledger.add(date(2026, 4, 1) + timedelta(days=7 * week), amounts[week % len(amounts)], payee)
    (stream,) = detect_streams(ledger.charges, date(2026, 10, 30))
    assert (stream.cadence, len(stream.transaction_ids)) == ("weekly", 30)
