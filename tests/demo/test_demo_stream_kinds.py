"""The demo household tells a story of every kind of recurring stream: a kind cannot be added
to finapp without the demo showing it.

The checks run over every :class:`StreamKind` member, so a new kind that the demo's catalog and
generator never make, or a catalog entry whose kind is a word finapp does not know, fails here.
"""

from __future__ import annotations

from datetime import date

from finapp.core.subscription_states import StreamKind
from finapp.demo import generate_household
from finapp.demo.catalog import (
    BILLS,
    CHINESE_SUBSCRIPTIONS,
    HOUSING,
    SAVINGS_INTEREST,
    SUBSCRIPTIONS,
)


def test_every_catalog_entry_is_of_a_kind_finapp_detects() -> None:
    catalog = (*SUBSCRIPTIONS, *CHINESE_SUBSCRIPTIONS, *BILLS, *HOUSING, SAVINGS_INTEREST)
    assert all(type(entry.kind) is StreamKind for entry in catalog)


def test_the_demo_household_has_streams_of_every_kind() -> None:
    household = generate_household(3, date(2023, 1, 1), 24)
    assert {truth.kind for truth in household.truth} == set(StreamKind)
