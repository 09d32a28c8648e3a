"""A subscription's details column, typed: what earlier versions wrote reads back the same, a
key from a newer version survives an update, and damage reads as nothing rather than a crash."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

from finapp.store.subscription_details import (
    PriceChange,
    Review,
    SubscriptionDetails,
    read_details,
    write_details,
)

#: as finapp 0.1 wrote a detected, reviewed subscription merged from two streams
WRITTEN = {
    "aliases": ["NETFLIX|1|monthly"], "annual_cost": "215.88", "charged_after_cancel": [912],
    "detected_on": "2025-03-09", "first_date": "2024-01-09", "last_date": "2024-09-09",
    "lapsed": False, "pinned": False,
    "price_changes": [{"date": "2024-07-09", "new": "17.99", "old": "15.49"}],
    "reviews": [{"decision": "keep", "next": "2026-03-09", "on": "2025-03-09"}],
    "started_after_trial": True,
}  # fmt: skip


def test_what_was_written_reads_typed_and_writes_back_unchanged() -> None:
    details = read_details(json.dumps(WRITTEN))
    assert details.price_changes == [PriceChange(date(2024, 7, 9), Decimal("15.49"),
                                                 Decimal("17.99"))]  # fmt: skip
    assert details.annual_cost == Decimal("215.88") and details.charged_after_cancel == [912]
    assert details.reviews == [Review(date(2025, 3, 9), "keep", date(2026, 3, 9))]
    assert (details.started_after_trial, details.lapsed, details.first_date) == (
        True, False, date(2024, 1, 9))  # fmt: skip
    assert json.loads(write_details(details)) == WRITTEN


def test_a_newer_versions_key_survives_and_a_manual_row_keeps_its_start() -> None:
    details = read_details(json.dumps({"start": "2026-01-15", "household_share": [1, 2]}))
    details.lapsed = True
    written = json.loads(write_details(details))
    assert written["household_share"] == [1, 2] and written["start"] == "2026-01-15"
    assert written["lapsed"] is True


def test_damaged_details_read_as_none() -> None:
    for text in (None, "", "not json", "[1, 2]", '{"price_changes": [{"date": "soon"}]}',
                 '{"annual_cost": "lots"}'):  # fmt: skip
        assert read_details(text) == SubscriptionDetails()
