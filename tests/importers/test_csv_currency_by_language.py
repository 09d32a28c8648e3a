"""An export naming no currency is read in the currency its header's language says, when that
language is spoken where one currency is used.

Swedbank, DNB and Danske Bank download without a currency column: read as dollars, a Swedish
salary of 32 000,00 kronor came in as 32,000.00 USD. A German header is the euro's unless its
amounts group thousands the Swiss way; English, Spanish or French say nothing.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.importers.base import ParsedAccount, ParsedFile, ParsedStatement, ParsedTransaction
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files, import_parsed
from finapp.store.engine import Store
from tests.importers.test_csv_nordic import DANSKE, DNB, SWEDBANK
from tests.importers.test_csv_payee_by_content import SWISS

GERMAN = """Buchungstag;Buchungstext;Betrag
03.11.2026;REWE Markt GmbH Köln;-54,37
01.11.2026;Gehalt November Müller GmbH;3.412,50
"""
SPANISH = """Fecha,Concepto,Importe,Saldo
15/11/2026,MERCADONA VALENCIA,-54.37,1358.13
01/11/2026,NOMINA NOVIEMBRE,1412.50,1412.50
"""


@pytest.mark.parametrize(
    ("text", "currency"),
    [
        (SWEDBANK, "SEK"),
        (DNB, "NOK"),
        (DANSKE, "DKK"),
        (SWISS, "CHF"),
        (GERMAN, "EUR"),
        (SPANISH, "USD"),  # Spain's or Mexico's: not guessed, and said to be assumed
    ],
    ids=["swedbank", "dnb", "danske", "swiss", "german", "spanish"],
)
def test_the_headers_language_names_the_currency(
    store: Store, tmp_path: Path, text: str, currency: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(text, encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed
    (account,) = list_accounts(store)
    assert account.currency == currency
    (file,) = result.files
    assert file.detected is not None
    said = "assumed, as the file names none" if currency == "USD" else "language"
    assert said in str(file.detected["currency_from"])


def test_an_account_stored_in_dollars_keeps_its_lines_once(store: Store, tmp_path: Path) -> None:
    """Danske Bank's download imported before finapp knew Danish was stored in dollars; the
    next download, overlapping it, goes into that account, its lines counted as duplicates,
    not into a second account in kroner holding every line again."""
    dollars = ParsedAccount(type="checking", currency="USD", name="Checking")
    lines = (
        ParsedTransaction(date(2026, 11, 2), Decimal("-234.50"), "Netto Nørrebro"),
        ParsedTransaction(date(2026, 11, 3), Decimal("25000.00"), "Løn november"),
    )
    import_parsed(store, ParsedFile("old.csv", "csv:detected", (ParsedStatement(dollars, lines),)))
    path = tmp_path / "konto.csv"
    path.write_text(DANSKE, encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed
    ((account, currency),) = [(a.name, a.currency) for a in list_accounts(store)]
    assert (account, currency) == ("Checking", "USD")
    assert (result.new, result.duplicates) == (1, 2)  # MobilePay of the 5th is new
    (file,) = result.files
    assert file.detected is not None
    assert file.detected["currency_from"] == "kept from the account already holding its lines"
