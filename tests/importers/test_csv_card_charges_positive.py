"""A card's export that writes its charges positive and names nothing else of itself: American
Express's short download (``activity.csv``: ``Date,Description,Amount``). Read as signed
amounts, Netflix and the flights were money in and the payment money out. The card's thanks for
the payment it received, negative where every charge is positive, says whose the file is; and
positive where every charge is negative (U.S. Bank's card download) it says so too: that file
had been a checking account, the card's debt money in the bank."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.importers.helpers import rows

AMEX_SHORT = """Date,Description,Amount
11/28/2026,NETFLIX.COM NETFLIX.COM CA,15.49
11/25/2026,AUTOPAY PAYMENT - THANK YOU,-850.00
11/21/2026,WHOLEFDS MKT 10234 AUSTIN TX,87.12
11/18/2026,DELTA AIR LINES ATLANTA GA,412.60
11/14/2026,AMAZON MARKETPLACE NA PA AMZN.COM/BILL WA,34.99
11/13/2026,AMAZON MARKETPLACE NA PA RETURN,-19.99
11/02/2026,SHELL OIL 57444212345 AUSTIN TX,48.20
"""
#: another card's generic download, in the usual signs: its thanked payment is positive
CARD_AS_USUAL = """Date,Description,Amount
11/28/2026,NETFLIX.COM NETFLIX.COM CA,-15.49
11/25/2026,ONLINE PAYMENT RECEIVED - THANK YOU,850.00
11/21/2026,WHOLEFDS MKT 10234 AUSTIN TX,-87.12
"""


def _imported(store: Store, folder: Path, text: str) -> list[tuple[str, Decimal, str]]:
    path = folder / "activity.csv"
    path.write_text(text, encoding="utf-8")
    assert not import_files(store, [path]).failed
    return [(day, amount, payee) for day, amount, payee, _ in rows(store)]


def test_the_short_american_express_download_is_a_cards(store: Store, tmp_path: Path) -> None:
    lines = _imported(store, tmp_path, AMEX_SHORT)
    assert [amount for *_, amount, _ in lines] == [
        Decimal("-48.20"),
        Decimal("19.99"),  # the return: money back
        Decimal("-34.99"),
        Decimal("-412.60"),
        Decimal("-87.12"),
        Decimal("850.00"),  # the payment the card received
        Decimal("-15.49"),
    ]
    assert [a.type for a in list_accounts(store)] == ["credit_card"]


def test_a_card_in_the_usual_signs_stays_as_written(store: Store, tmp_path: Path) -> None:
    lines = _imported(store, tmp_path, CARD_AS_USUAL)
    assert [amount for *_, amount, _ in lines] == [
        Decimal("-87.12"),
        Decimal("850.00"),
        Decimal("-15.49"),
    ]
    assert [a.type for a in list_accounts(store)] == ["credit_card"]


#: U.S. Bank's card download: its checking download's columns, a purchase's reference number
#: and merchant category code in the memo where the checking one says "Download from usbank.com."
US_BANK_CARD = Path(__file__).parent / "bank_exports" / "usbank_card.csv"


def test_us_banks_card_download_is_a_cards_read_as_written(store: Store) -> None:
    assert not import_files(store, [US_BANK_CARD]).failed
    assert [a.type for a in list_accounts(store)] == ["credit_card"]
    assert [amount for _, amount, _, _ in rows(store)] == [
        Decimal("-88.40"),
        Decimal("1250.00"),  # the payment the card received
        Decimal("-52.07"),
        Decimal("23.49"),  # Target's return
        Decimal("-64.18"),
        Decimal("-11.99"),
    ]


def test_tangerines_and_commerzbanks_card_statements_are_cards_in_their_currency(
    store: Store,
) -> None:
    """Tangerine's card (``Transaction date,Transaction,Name,Memo,Amount``) had been in US
    dollars; Commerzbank's (``Belastete Kreditkarte`` on every row) a checking account, dated
    the day each line was booked rather than the day of the purchase (``Umsatz``)."""
    exports = Path(__file__).parent / "bank_exports"
    files = [exports / "tangerine_card_2026_09.csv", exports / "commerzbank_card_2026_04.csv"]
    assert not import_files(store, files).failed
    assert sorted((a.name, a.type, a.currency) for a in list_accounts(store)) == [
        ("Commerzbank Credit Card", "credit_card", "EUR"),
        ("Tangerine Credit Card", "credit_card", "CAD"),
    ]
    lines = {(day, amount) for day, amount, _, _ in rows(store)}
    assert ("2026-04-11", Decimal("-20.37")) in lines  # bought on the 11th, booked the 14th
    assert ("2026-09-18", Decimal("486.20")) in lines  # the payment Tangerine received
