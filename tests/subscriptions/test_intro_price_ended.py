"""A subscription whose introductory price ends goes on at its full price, reminded as before.

A household's debit card pays The New York Times 4.00 every four weeks for a year (the intro
offer), then 17.00 from October 2026, among groceries and fuel. The 17.00 charges come on the
subscription's schedule: it has not lapsed, its next charge (3 December) is reminded at 17.00,
and the rise 4.00 → 17.00 is on its record. Before, a price more than double the last one was
no part of the stream until a third charge at it: the subscription was listed as lapsed for two
months, with no reminder of its charges.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from finapp.services import subscriptions as subs
from finapp.services.alerts import list_alerts, refresh_alerts
from finapp.store.engine import Store
from tests.health.flagged_statements import Entry, import_months, write_months

NYT = "NYTimes*NYTimes Sub 800-698-4637 NY"
FIRST = date(2025, 10, 9)
FULL_FROM = date(2026, 10, 8)  # the first charge at the full price
STATEMENTS_END = date(2026, 11, 20)
ASKED = date(2026, 11, 28)


def _statements() -> list[Entry]:
    lines, day = [], FIRST
    while day <= STATEMENTS_END:
        price = "17.00" if day >= FULL_FROM else "4.00"
        lines.append(Entry(day, Decimal(f"-{price}"), NYT))
        day += timedelta(days=28)
    for n, month in enumerate(range(10, 24)):  # October 2025 to November 2026
        year, m = 2025 + (month - 1) // 12, (month - 1) % 12 + 1
        lines.append(Entry(date(year, m, 14), Decimal(f"-{61 + 7 * (n % 4)}.12"), "KROGER #0412"))
        lines.append(Entry(date(year, m, 3 + n % 5), Decimal(f"-3{n % 9}.40"), "SHELL OIL 57442"))
    lines.append(Entry(STATEMENTS_END, Decimal("-21.75"), "CHIPOTLE 2231"))
    return sorted(lines, key=lambda e: e.posted)


def test_the_full_price_after_an_intro_offer_keeps_the_subscription_and_its_reminder(
    store: Store, tmp_path: Path
) -> None:
    import_months(store, write_months(tmp_path / "statements", _statements()))

    nyt = next(s for s in subs.list_subscriptions(store, ASKED) if "York" in s.name)
    assert (nyt.status, nyt.next_date, nyt.amount) == (
        "active",
        date(2026, 12, 3),
        Decimal("-17.00"),
    )
    assert "lapsed" not in nyt.flags
    assert [(c.old, c.new) for c in nyt.price_changes] == [(Decimal("4.00"), Decimal("17.00"))]

    refresh_alerts(store, ASKED)
    reminders = [a for a in list_alerts(store, as_of=ASKED) if a.kind == "renewal"]
    assert [(a.params["date"], a.amount) for a in reminders] == [("2026-12-03", Decimal("-17.00"))]
    assert not [a for a in list_alerts(store, as_of=ASKED) if a.kind == "lapsed"]
