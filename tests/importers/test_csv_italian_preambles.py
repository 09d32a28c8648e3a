"""Intesa Sanpaolo's and Fineco's exports: the balance above the header, and Fineco's two dates.

Intesa states the account's balance on a day above its header, Fineco the balance at the
download; read as the account's balance, as BNP's ``Solde au`` line is, the low-balance alert,
reconciling and the emergency fund have something to work from. Fineco writes the operation's
day and its value day, as Santander and Intesa do; it was refused until told which is the
transaction's.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.importers.helpers import balances, rows
from tests.importers.test_csv_spanish_italian_banks import INTESA

FINECO = """Conto Corrente: 3456789 Intestazione Conto Corrente: ROSSI GIULIA;;;;;;
Periodo Dal: 01/10/2026 Al: 30/10/2026;;;;;;
Saldo EUR: 2.158,81;;;;;;
;;;;;;
Data_Operazione;Data_Valuta;Entrate;Uscite;Descrizione;Descrizione_Completa;Stato
30/10/2026;30/10/2026;;-18,40;Pagamento Visa Debit;ESSELUNGA MILANO Carta N. *****208;Autorizzato
29/10/2026;29/10/2026;;-52,99;Pagamento Visa Debit;CONAD MILANO Carta N. *****208;Contabilizzato
27/10/2026;28/10/2026;;-22,56;Pagamento Visa Debit;FARMACIA BRERA Carta N. *****208;Contabilizzato
26/10/2026;26/10/2026;;-38,50;Addebito SEPA DD;GENERALI ITALIA SPA Mandato GEN0041882;Contabilizzato
10/10/2026;10/10/2026;1.850,00;;Bonifico SEPA;Ord: PIRELLI TYRE SPA Stipendio;Contabilizzato
"""


def test_finecos_operation_and_value_days_are_read_without_asking(
    store: Store, tmp_path: Path
) -> None:
    """Fineco writes the operation's day and its value day, both dates: its lines are dated by
    the operation, as Santander's and Intesa's are, instead of the file needing a mapping."""
    path = tmp_path / "movements_fineco_20261030.csv"
    path.write_text(FINECO, encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed
    (account,) = list_accounts(store)
    assert (account.institution, account.currency) == ("Fineco", "EUR")
    assert [(day, amount) for day, amount, _, _ in rows(store)] == [
        ("2026-10-10", Decimal("1850.00")),
        ("2026-10-26", Decimal("-38.50")),
        ("2026-10-27", Decimal("-22.56")),
        ("2026-10-29", Decimal("-52.99")),
    ]  # the Esselunga charge only authorised is left for the export that books it


@pytest.mark.parametrize(
    ("name", "text", "stated"),
    [
        ("ListaMovimenti_Intesa_20261030.csv", INTESA, ("2026-10-30", Decimal("19907.29"))),
        ("movements_fineco_20261030.csv", FINECO, ("2026-10-29", Decimal("2158.81"))),
    ],
    ids=["intesa", "fineco"],
)
def test_the_balance_above_the_header_is_the_accounts_balance(
    store: Store, tmp_path: Path, name: str, text: str, stated: tuple[str, Decimal]
) -> None:
    """Intesa's ``Saldo contabile al 30/10/2026;19.907,29`` is the balance that day; Fineco's
    ``Saldo EUR: 2.158,81`` the balance at the download, after its last booked line."""
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    import_files(store, [path])
    assert balances(store) == [("ledger", *stated)]
    (account,) = list_accounts(store)
    assert account.balance == stated[1]


def test_an_intesa_export_naming_its_account_by_number_alone_is_in_euros(
    store: Store, tmp_path: Path
) -> None:
    """Intesa's download may name the account by its number and holder alone ("Conto;1000/
    00012345 - BIANCHI MARCO"), no IBAN: its lines are euros all the same, not dollars beside
    the family's euro accounts (their transfers to each other never paired)."""
    path = tmp_path / "ListaMovimenti_Intesa_20261030.csv"
    lines = INTESA.splitlines(True)
    path.write_text("".join(line for line in lines if not line.startswith("IBAN")), "utf-8")
    import_files(store, [path])
    (account,) = list_accounts(store)
    assert account.currency == "EUR"
