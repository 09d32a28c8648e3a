"""An export naming no currency is read in the currency its header's language says, when that
language is spoken where one currency is used.

Swedbank, DNB and Danske Bank download without a currency column: read as dollars, a Swedish
salary of 32 000,00 kronor came in as 32,000.00 USD. A German header is the euro's unless its
amounts group thousands the Swiss way; English, Spanish or French say nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
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
