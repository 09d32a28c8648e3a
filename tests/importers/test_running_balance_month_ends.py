"""A CSV whose every row states the balance after it can be reconciled from one download.

Rabobank's ``Saldo na trn`` and ING's ``Saldo na mutatie`` give the balance on every row, yet
finapp kept only the closing balance of each file: a year of a Utrecht couple's Rabobank rows
stated one balance, and ``finapp reconcile`` said "fewer than two stated balances: nothing to
check yet". The balance at each month's end is stated too, as a monthly statement states it.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.importers.csv import read_csv
from finapp.services.imports import import_files
from finapp.services.reconciliation import BooksState, account_books

_HEADER = (
    '"IBAN/BBAN","Munt","BIC","Volgnr","Datum","Rentedatum","Bedrag","Saldo na trn",'
    '"Tegenrekening IBAN/BBAN","Naam tegenpartij","Naam uiteindelijke partij",'
    '"Naam initiërende partij","BIC tegenpartij","Code","Batch ID","Transactiereferentie",'
    '"Machtigingskenmerk","Incassant ID","Betalingskenmerk","Omschrijving-1","Omschrijving-2",'
    '"Omschrijving-3","Reden retour","Oorspr bedrag","Oorspr munt","Koers"'
)


def _row(number: int, day: str, amount: str, balance: str, party: str, words: str) -> str:
    cells = ["NL38RABO0312845517", "EUR", "RABONL2U", f"{number:018d}", day, day, amount]
    cells += [balance, "", party, "", "", "", "db", "", "", "", "", "", words]
    cells += [""] * 6
    return ",".join(f'"{c}"' for c in cells)


_ROWS = [
    _row(1, "2025-07-01", "-141,20", "+1671,20", "Zilveren Kruis", "Premie juli 2025"),
    _row(2, "2025-07-01", "-4,60", "+1666,60", "Rabobank", "Kosten Basis Pakket"),
    _row(3, "2025-07-24", "+3412,88", "+5079,48", "Werkgever B.V.", "Salaris juli 2025"),
    _row(4, "2025-08-01", "-141,20", "+4938,28", "Zilveren Kruis", "Premie augustus 2025"),
    _row(5, "2025-08-25", "+3412,88", "+8351,16", "Werkgever B.V.", "Salaris augustus 2025"),
    _row(6, "2025-09-01", "-1400,00", "+6951,16", "S. de Jong en D. Bakker", "Bijdrage"),
]
_FILE = ("\r\n".join([_HEADER, *_ROWS]) + "\r\n").encode("latin-1")
_NAME = "CSV_A_NL38RABO0312845517_EUR_20250701_20250930.csv"


def test_the_balance_at_each_month_s_end_is_stated_with_the_closing_balance() -> None:
    [statement] = read_csv(_NAME, _FILE).statements
    assert [(b.as_of, b.amount) for b in statement.balances] == [
        (date(2025, 7, 24), Decimal("5079.48")),
        (date(2025, 8, 25), Decimal("8351.16")),
        (date(2025, 9, 1), Decimal("6951.16")),
    ]


def test_one_download_is_reconciled(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / _NAME
    path.write_bytes(_FILE)
    import_files(store, [path])
    books = account_books(store)["Rabobank"]
    assert (books.state, books.checked) == (BooksState.AGREE, 3)
