"""Which group a recurring stream is shown in, and which two streams are one transfer."""

from __future__ import annotations

import pytest

from finapp.core.stream_groups import (
    BILLS,
    HABITS,
    INCOME,
    SUBSCRIPTIONS,
    TRANSFERS,
    StreamFacts,
    TransferSide,
    pair_transfers,
    stream_group,
)

MONTHLY = {"cadence": "monthly"}


def _facts(kind: str = "subscription", **facts: object) -> StreamFacts:
    return StreamFacts(kind=kind, **{"incoming": False, "manual": False, **facts})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("facts", "group"),
    [
        # the detector's words, when the user filed nothing
        (_facts(), SUBSCRIPTIONS),
        (_facts("bill"), BILLS),
        (_facts("bill", category="Uncategorized"), BILLS),
        (_facts("transfer"), TRANSFERS),
        (_facts("income", incoming=True), INCOME),
        # the user's filing wins over the descriptor's words
        (_facts("subscription", category="Bills & Utilities:Phone"), BILLS),
        (_facts("subscription", category="Housing:Rent"), BILLS),
        (_facts("subscription", category="Insurance"), BILLS),
        (_facts("subscription", category="Loans:Car"), BILLS),
        (_facts("bill", category="Software & Apps"), SUBSCRIPTIONS),
        # Education and Children hold both: the detector's words tell tuition from an app
        (_facts("bill", category="Education"), BILLS),
        (_facts("subscription", category="Education"), SUBSCRIPTIONS),
        (_facts("bill", category="Children"), BILLS),
        (_facts("subscription", category="Children"), SUBSCRIPTIONS),
        (_facts("subscription", category="Income:Salary", category_kind="income"), INCOME),
        (_facts("bill", category="Transfers:Card Payment", category_kind="transfer"), TRANSFERS),
        # linked to a charge on another of the user's accounts: a transfer, whatever it reads
        (_facts("subscription", linked_transfer=True, category="Entertainment"), TRANSFERS),
        (_facts("income", incoming=True, linked_transfer=True), TRANSFERS),
        # money in is income even when the detector saw bill words (a refund of a bill)
        (_facts("bill", incoming=True), INCOME),
        # added by hand: the kind the user chose
        (_facts("bill", manual=True, category="Entertainment"), BILLS),
        (_facts("subscription", manual=True), SUBSCRIPTIONS),
        (_facts("bill", manual=True, category="Food:Groceries", no_price=True), BILLS),
        # everyday purchases at amounts that never settle on a price: regular spending
        (_facts("bill", category="Transport:Rides & Taxis", no_price=True, **MONTHLY), HABITS),
        (_facts("bill", category="Food:Groceries", no_price=True, **MONTHLY), HABITS),
        (_facts("bill", category="餐饮美食", no_price=True, **MONTHLY), HABITS),
        (_facts("bill", category="交通出行:打车", no_price=True, cadence="weekly"), HABITS),
        # ... but not a premium or a membership renewed each year, dearer every time
        (
            _facts("bill", category="Auto & Transport:Insurance", no_price=True, cadence="annual"),
            BILLS,
        ),
        (
            _facts("subscription", category="Shopping", no_price=True, cadence="annual"),
            SUBSCRIPTIONS,
        ),
        # ... but one price is a plan: a monthly transit pass, a meal kit
        (_facts("subscription", category="Transport:Public Transit"), SUBSCRIPTIONS),
        (_facts("subscription", category="Food & Drink"), SUBSCRIPTIONS),
        # a bill the user filed as one, or one unfiled billed by use, stays a bill
        (_facts("bill", category="Bills & Utilities:Electricity", no_price=True, **MONTHLY), BILLS),
        (_facts("bill", category="水电煤", no_price=True, **MONTHLY), BILLS),
        (_facts("bill", no_price=True, **MONTHLY), BILLS),
        (_facts("bill", category="Uncategorized", no_price=True, **MONTHLY), BILLS),
        # tuition that varies is no everyday purchase
        (_facts("bill", category="Education", no_price=True, **MONTHLY), BILLS),
    ],
)
def test_the_group_of_a_stream(facts: StreamFacts, group: str) -> None:
    assert stream_group(facts) == group


def test_a_card_payment_seen_on_both_accounts_is_one_pair() -> None:
    sides = {
        1: TransferSide(outgoing=True, linked={2: 5}),  # checking → card
        2: TransferSide(outgoing=False, linked={1: 5}),
        3: TransferSide(outgoing=True, linked={4: 1, 5: 11}),  # checking → savings, mostly 5
        4: TransferSide(outgoing=False, linked={3: 1}),
        5: TransferSide(outgoing=False, linked={3: 11}),
        6: TransferSide(outgoing=True, linked={}),  # the other account is not imported
    }
    assert pair_transfers(sides) == {1: 2, 3: 5}


def test_an_incoming_side_is_paired_once() -> None:
    sides = {
        1: TransferSide(outgoing=True, linked={3: 4}),
        2: TransferSide(outgoing=True, linked={3: 4}),
        3: TransferSide(outgoing=False, linked={1: 4, 2: 4}),
    }
    assert pair_transfers(sides) == {1: 3}
