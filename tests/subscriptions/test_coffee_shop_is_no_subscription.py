"""A coffee shop where a household buys at several prices on any day has no subscription.

A Columbus household's Chase Sapphire year as the card's CSV gives it (the bank's own Category
column): a coffee at Starbucks now and then at 6.45, 5.95 or 7.25, never on a schedule; the
HelloFresh box at 59.94 every Tuesday (one week skipped) beside two add-on orders from the
same brand; Amazon Prime at 14.99 on the 22nd beside the household's Amazon orders; and a
local roaster's coffee club, a bag at 18.00 on the 5th of each month, beside as many coffees
and pastries bought at its cafe.

Detection found a rhythm in two of Starbucks' prices, a "monthly 5.95" and a "four-weekly
7.25": the Subscriptions page listed both and the inbox said "Starbucks was expected on … but
has not been charged". They are regular spending now; the meal kit, Prime and the coffee club
stay subscriptions.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.core.cadence import month_date
from finapp.core.stream_groups import HABITS, SUBSCRIPTIONS
from finapp.services import subscriptions as subs
from finapp.services.alerts import refresh_alerts
from finapp.services.imports import import_files
from finapp.services.subscription_groups import place
from finapp.store.engine import Store

#: the first of the twelve months on the card
FIRST = date(2025, 10, 1)
#: the day they look: April's downloads in
LOOKED_ON = date(2026, 5, 2)
#: Starbucks' three drinks
COFFEES = ("6.45", "5.95", "7.25")
#: the roaster's cafe: a cortado, a latte, a latte and a scone
CAFE = ("4.75", "5.50", "12.40")

Row = tuple[date, str, str, str]


def _starbucks(n: int) -> list[Row]:
    """Month ``n``'s coffees: one to three, on days no schedule gives."""
    return [
        (
            month_date(FIRST, n, 3 + (n * 7 + k * 11) % 25),
            "STARBUCKS STORE 02931",
            "Food & Drink",
            COFFEES[(n + k) % 3],
        )
        for k in range(1 + n % 3)
    ]


def _roaster(n: int) -> list[Row]:
    """The coffee club's bag on the 5th, and a visit to the cafe (two in the summer)."""
    rows = [(month_date(FIRST, n, 5), "STAUF'S COFFEE ROASTERS", "Food & Drink", "18.00")]
    for k in range(1 + (n == 5)):
        day = month_date(FIRST, n, 11 + (n * 7 + k * 9) % 16)
        rows.append((day, "STAUF'S COFFEE ROASTERS", "Food & Drink", CAFE[(n + k) % 3]))
    return rows


def _amazon(n: int) -> list[Row]:
    """Prime on the 22nd, and two orders a month."""
    order = f"{23 + n * 3}.{n * 17 % 100:02d}"
    another = f"{41 + n * 5 % 17}.{n * 29 % 100:02d}"
    return [
        (month_date(FIRST, n, 22), f"Amazon Prime*2K0W7{n:02d}RT3", "Shopping", "14.99"),
        (month_date(FIRST, n, 4 + n % 6), f"AMZN Mktp US*RT4Y7{n:02d}Z1", "Shopping", order),
        (month_date(FIRST, n, 14 + n % 9), f"Amazon.com*2K4T7{n:02d}Z2", "Shopping", another),
    ]


def _hellofresh() -> list[Row]:
    """Every Tuesday's box but one skipped week, and two add-on orders."""
    tuesday, rows = date(2025, 10, 7), []
    while tuesday < LOOKED_ON:
        if tuesday != date(2026, 2, 17):
            rows.append((tuesday, "HELLOFRESH 646-846-3663 NY", "Groceries", "59.94"))
        tuesday += timedelta(days=7)
    rows.append((date(2025, 12, 18), "HELLOFRESH 646-846-3663 NY", "Groceries", "24.99"))
    rows.append((date(2026, 3, 26), "HELLOFRESH 646-846-3663 NY", "Groceries", "31.47"))
    return rows


def _card_csv(folder: Path) -> Path:
    """Chase Sapphire's "Download account activity" CSV, newest first, charges negative."""
    rows = _hellofresh()
    for n in range(7):
        rows += _starbucks(n) + _roaster(n) + _amazon(n)
    rows = [row for row in rows if row[0] < LOOKED_ON]
    lines = ["Transaction Date,Post Date,Description,Category,Type,Amount,Memo"] + [
        f"{day:%m/%d/%Y},{day:%m/%d/%Y},{text},{category},Sale,-{amount},"
        for day, text, category, amount in sorted(rows, reverse=True)
    ]
    path = folder / "Chase9921_Activity20251001_20260501_20260502.CSV"
    path.write_text("\r\n".join(lines) + "\r\n")
    return path


def _placed(store: Store) -> list[tuple[str, Decimal, str]]:
    """The Subscriptions page's rows: name, amount a time, group."""
    placed = place(store, subs.list_subscriptions(store, LOOKED_ON), LOOKED_ON)
    return [(p.view.name, -p.view.amount, p.group) for p in placed]


def test_coffees_at_three_prices_are_no_subscription(store: Store, tmp_path: Path) -> None:
    assert not import_files(store, [_card_csv(tmp_path)]).failed
    rows = _placed(store)
    assert {group for name, _, group in rows if name == "Starbucks"} <= {HABITS}
    told = [a for a in refresh_alerts(store, LOOKED_ON) if a.params.get("name") == "Starbucks"]
    assert [a.kind for a in told if a.kind != "duplicate_charge"] == []


def test_a_plan_beside_the_same_brand_s_purchases_stays(store: Store, tmp_path: Path) -> None:
    assert not import_files(store, [_card_csv(tmp_path)]).failed
    rows = _placed(store)
    assert ("HelloFresh", Decimal("59.94"), SUBSCRIPTIONS) in rows
    assert ("Amazon Prime", Decimal("14.99"), SUBSCRIPTIONS) in rows
    assert ("Stauf's Coffee Roasters", Decimal("18.00"), SUBSCRIPTIONS) in rows
    renewals = {a.params["name"] for a in refresh_alerts(store, LOOKED_ON) if a.kind == "renewal"}
    assert "Stauf's Coffee Roasters" in renewals  # the bag on the 5th, in three days
