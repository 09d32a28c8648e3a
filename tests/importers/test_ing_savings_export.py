"""ING's savings export (Oranje Spaarrekening) is a savings account, named and numbered as ING
names it.

The export writes the account's number (``V 530-71248``) and name (``Oranje Spaarrekening``)
on every row, Storting, Opname and Rente in ``Mutatiesoort``. Read as any CSV, a Utrecht
couple's savings became an account called "Checking", of type checking, with no number: its
moves to and from the current account were no moves to savings.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.core.account_types import AccountType
from finapp.importers.csv import read_csv
from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files

_HEADER = (
    '"Datum";"Omschrijving";"Rekening";"Rekening naam";"Tegenrekening";"Af Bij";"Bedrag";'
    '"Valuta";"Mutatiesoort";"Mededelingen";"Saldo na mutatie"'
)
_ROWS = [
    '"2026-10-26";"Overboeking van betaalrekening NL37INGB0006839212";"V 530-71248";'
    '"Oranje Spaarrekening";"NL37INGB0006839212";"Bij";"300,00";"EUR";"Storting";"";"12005,83"',
    '"2026-10-01";"Rente";"V 530-71248";"Oranje Spaarrekening";"";"Bij";"43,73";"EUR";"Rente";'
    '"";"11705,83"',
    '"2026-08-03";"Overboeking naar betaalrekening NL37INGB0006839212";"V 530-71248";'
    '"Oranje Spaarrekening";"NL37INGB0006839212";"Af";"1500,00";"EUR";"Opname";"";"11662,10"',
    '"2026-07-27";"Overboeking van betaalrekening NL37INGB0006839212";"V 530-71248";'
    '"Oranje Spaarrekening";"NL37INGB0006839212";"Bij";"300,00";"EUR";"Storting";"";"13162,10"',
]
_FILE = ("\r\n".join([_HEADER, *_ROWS]) + "\r\n").encode("utf-8")
_NAME = "Alle_rekeningen_spaar_V530-71248.csv"


def test_the_export_is_an_ing_savings_account_with_its_number() -> None:
    [statement] = read_csv(_NAME, _FILE).statements
    account = statement.account
    assert (account.name, account.institution, account.type, account.number) == (
        "ING Oranje Spaarrekening",
        "ING",
        AccountType.SAVINGS,
        "V530-71248",
    )
    assert [(str(t.posted), t.amount) for t in statement.transactions] == [
        ("2026-10-26", Decimal("300.00")),
        ("2026-10-01", Decimal("43.73")),
        ("2026-08-03", Decimal("-1500.00")),
        ("2026-07-27", Decimal("300.00")),
    ]


def test_imported_it_is_a_savings_account_not_checking(store, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / _NAME
    path.write_bytes(_FILE)
    [result] = import_files(store, [path]).files
    assert [(a.account, a.new) for a in result.accounts] == [("ING Oranje Spaarrekening", 4)]
    [account] = list_accounts(store)
    assert (account.type, account.balance) == (AccountType.SAVINGS, Decimal("12005.83"))
