"""One row per payee a person would name: the descriptors of one shop (DoorDash's order codes,
7-Eleven's store numbers) and the two sides of one card payment are one payee of the list, while
each keeps its own merchant key (what subscriptions and learned rules go by)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from finapp.core.display_names import shipped_namer
from finapp.errors import NotFoundError
from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.services.imports import import_parsed
from finapp.services.payee_list import PayeeTotal, list_payees, payee_transaction_ids
from finapp.services.payee_merge import merge_payees
from finapp.services.payee_names import rename_payee
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.subscriptions.test_service import CARD

CHECKING = ParsedAccount("000123456789", "Chase", "checking", "USD", "Everyday Checking")

DOORDASH = (
    "DOORDASH*CHIPOTLE",
    "DD *DOORDASH TACOBELL",
    "DD *DOORDASH 5H7W2Z96",
    "DD *DOORDASH HKDSIRIJ",
    "DOORDASH*EG4F5QKXZA",
)
SEVEN_ELEVEN = ("7-ELEVEN #33891", "7-ELEVEN 40213 HOUSTON TX", "7-ELEVEN 12345 AUSTIN TX")


@pytest.mark.parametrize(
    ("descriptor", "name"),
    [
        ("7-ELEVEN #33891", "7-Eleven"),
        ("7-ELEVEN 40213 HOUSTON TX", "7-Eleven"),
        ("7-Eleven 2231 Dallas TX", "7-Eleven"),
        ("7-ELEVEn(国贸店)", "7-Eleven"),
        ("7-11 STORE 1234", "7-Eleven"),
        ("DOORDASH*CHIPOTLE", "DoorDash"),
        ("DD *DOORDASH TACOBELL", "DoorDash"),
        # a number joined to the name's first word is part of the name, not a store number
        ("24-HOUR FITNESS #0412 SAN DIEGO CA", "24 Hour Fitness"),  # the brand's spelling
        ("24-HOUR LOCKSMITH 0412", "24-Hour Locksmith"),
        ("1-800-FLOWERS.COM 800-468-1141 NY", "1-800-Flowers"),
        ("4-H CLUB DUES", "Club Dues"),  # "H" is no word of a name: no "4-Club"
        ("SHELL OIL 57442", "Shell Oil"),  # a store number after the name is still dropped
    ],
)
def test_a_name_keeps_the_number_it_starts_with(descriptor: str, name: str) -> None:
    assert shipped_namer().name(descriptor) == name


def _line(day: int, amount: str, payee: str, memo: str = "") -> ParsedTransaction:
    return ParsedTransaction(
        date(2026, 3, day), Decimal(amount), payee, memo=memo, fitid=f"{payee[:9]}-{day}"
    )


def _load(store: Store, account: ParsedAccount, *lines: ParsedTransaction) -> None:
    import_parsed(store, ParsedFile("x.ofx", "ofx", (ParsedStatement(account, lines),)))


@pytest.fixture
def loaded(store: Store) -> Store:
    """DoorDash and 7-Eleven under several descriptors on the card, and one card payment seen
    from both sides: the card's statement and the checking account's."""
    _load(
        store,
        CARD,
        *(_line(1 + i, "-21.40", d) for i, d in enumerate(DOORDASH)),
        *(_line(10 + i, "-4.25", d) for i, d in enumerate(SEVEN_ELEVEN)),
        _line(25, "612.50", "AUTOMATIC PAYMENT - THANK YOU"),
    )
    _load(store, CHECKING, _line(25, "-612.50", "CHASE CRD AUTOPAY PPD ID: 476003"))
    return store


def test_each_shop_and_a_card_payment_are_one_row_with_every_line(loaded: Store) -> None:
    rows = {p.name: p for p in list_payees(loaded)}
    assert sorted(rows) == ["7-Eleven", "Chase card payment", "DoorDash"]

    doordash = rows["DoorDash"]
    assert doordash.transactions == len(DOORDASH)
    assert doordash.totals == [PayeeTotal("USD", Decimal("-107.00"), Decimal("0.00"))]
    keys = {t.merchant for t in list_transactions(loaded) if t.payee in DOORDASH}
    assert len(keys) > 1  # the merchant keys stay apart: subscriptions are detected per key
    assert set(doordash.merchants) == keys and doordash.merchant == doordash.merchants[0]
    assert doordash.merchant == "DOORDASH"  # the busiest key stands for the row

    assert rows["7-Eleven"].transactions == len(SEVEN_ELEVEN)
    payment = rows["Chase card payment"]
    assert payment.transactions == 2
    assert payment.totals == [PayeeTotal("USD", Decimal("-612.50"), Decimal("612.50"))]


def test_a_row_is_shown_renamed_and_merged_whole(loaded: Store) -> None:
    doordash = next(p for p in list_payees(loaded) if p.name == "DoorDash")
    assert len(payee_transaction_ids(loaded, doordash.merchants)) == len(DOORDASH)

    rename_payee(loaded, doordash.merchants, "Takeaway")
    rows = {p.name: p for p in list_payees(loaded)}
    assert "DoorDash" not in rows  # no line of it left under its old name
    assert (rows["Takeaway"].transactions, rows["Takeaway"].chosen) == (len(DOORDASH), True)

    seven = rows["7-Eleven"]
    merged = merge_payees(loaded, seven.merchants, rows["Takeaway"].merchants)
    assert sorted(merged.sources) == sorted(seven.merchants)
    after = {p.name: p.transactions for p in list_payees(loaded)}
    assert after == {"Takeaway": len(DOORDASH) + len(SEVEN_ELEVEN), "Chase card payment": 2}


def test_renaming_a_listed_payee_whose_lines_went_since_says_so_and_changes_nothing(
    loaded: Store,
) -> None:
    gone = ("DD *DOORDASH GONE1", "DD *DOORDASH GONE2")  # keys a list showed before an undo
    before = list_payees(loaded)
    with pytest.raises(NotFoundError) as refused:
        rename_payee(loaded, gone, "Takeaway")
    assert refused.value.code == "payee.missing"
    assert "DD *DOORDASH GONE1" in str(refused.value)
    assert list_payees(loaded) == before
