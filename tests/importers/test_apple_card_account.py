"""Apple Card's export names no bank and no number, only the card: its account is "Apple Card"
(it was "Apple Card Credit Card", the Chase card CSV's rule of naming a card by its bank and
type repeating the word), and a store that kept the earlier name goes on filling that account."""

from __future__ import annotations

from pathlib import Path

from finapp.services.accounts import list_accounts, rename_account
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.importers.test_csv_card_and_uk_profiles import APPLE_CARD

NOVEMBER = (
    "Transaction Date,Clearing Date,Description,Merchant,Category,Type,Amount (USD),"
    "Purchased By\n"
    '11/30/2026,12/01/2026,"APPLE.COM/BILL ONE APPLE PARK WAY 866-712-7753 95014 CA USA",'
    "Apple Services,Other,Purchase,2.99,Jane Doe\n"
    '11/12/2026,11/13/2026,"TRADER JOE S #552 QPS SEATTLE 98109 WA USA",'
    "Trader Joe's,Grocery,Purchase,48.16,John Doe\n"
)


def _import(store: Store, folder: Path, name: str, text: str) -> None:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    assert not import_files(store, [path]).failed


def test_an_apple_card_export_is_the_account_apple_card(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path, "Apple Card Transactions - October 2026.csv", APPLE_CARD)
    _import(store, tmp_path, "Apple Card Transactions - November 2026.csv", NOVEMBER)
    assert [(a.name, a.type) for a in list_accounts(store)] == [("Apple Card", "credit_card")]


def test_the_earlier_name_keeps_its_account(store: Store, tmp_path: Path) -> None:
    _import(store, tmp_path, "Apple Card Transactions - October 2026.csv", APPLE_CARD)
    rename_account(store, "Apple Card", "Apple Card Credit Card")  # as finapp named it before
    _import(store, tmp_path, "Apple Card Transactions - November 2026.csv", NOVEMBER)
    assert [a.name for a in list_accounts(store)] == ["Apple Card Credit Card"]
