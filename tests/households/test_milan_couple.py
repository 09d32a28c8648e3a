"""A Milan couple's money between their own accounts, told by whose each account is.

Marco Bianchi's Intesa Sanpaolo export says ``Conto;1000/00012345 - BIANCHI MARCO``, Giulia
Rossi's Fineco export ``Intestazione Conto Corrente: ROSSI GIULIA``. Each month Giulia sends
Marco 800.00 for the house (Fineco: "Ord: ROSSI GIULIA Ben: BIANCHI MARCO Dati Bonifico: SPESE
CASA"; Intesa: "ACCREDITO BONIFICO A VOSTRO FAVORE DISPOSTO DA ROSSI GIULIA CAUSALE SPESE CASA"),
and Marco puts 400.00 into a deposit account of his at another bank ("BONIFICO DA VOI DISPOSTO A
FAVORE DI BIANCHI MARCO CAUSALE GIROCONTO"), whose statements the household does not import.
None of it is spending or income; the rent Marco pays his landlady stays spending.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

_MONTHS = (7, 8, 9, 10)


def _intesa(folder: Path) -> Path:
    rows = []
    for month in reversed(_MONTHS):
        day = f"{{:02d}}/{month:02d}/2026"
        rows += [
            f"{day.format(28)};{day.format(28)};400,00;;BONIFICO DA VOI DISPOSTO A FAVORE DI "
            "BIANCHI MARCO CAUSALE GIROCONTO",
            f"{day.format(27)};{day.format(27)};;2.720,00;ACCREDITO BONIFICO DISPOSTO DA PIRELLI "
            "TYRE SPA CAUSALE STIPENDIO",
            f"{day.format(8)};{day.format(8)};;800,00;ACCREDITO BONIFICO A VOSTRO FAVORE DISPOSTO "
            "DA ROSSI GIULIA CAUSALE SPESE CASA",
            f"{day.format(5)};{day.format(5)};950,00;;BONIFICO DA VOI DISPOSTO A FAVORE DI VERDI "
            "ANNA CAUSALE AFFITTO",
        ]
    head = [
        "Intesa Sanpaolo - Movimenti conto corrente;;;;",
        "Conto;1000/00012345 - BIANCHI MARCO;;;",
        "IBAN;IT61 X030 6909 6061 0000 0012 345;;;",
        "Periodo;01/07/2026 - 30/10/2026;;;",
        "Saldo contabile al 30/10/2026;19.907,29;;;",
        ";;;;",
        "Data contabile;Data valuta;Dare;Avere;Descrizione",
    ]
    path = folder / "ListaMovimenti_Intesa_20261030.csv"
    path.write_text("\n".join([*head, *rows]) + "\n", encoding="utf-8")
    return path


def _fineco(folder: Path) -> Path:
    rows = [
        f"08/{month:02d}/2026;08/{month:02d}/2026;;-800,00;Bonifico SEPA Italia;Ord: ROSSI GIULIA "
        "Ben: BIANCHI MARCO Dati Bonifico: SPESE CASA;Contabilizzato"
        for month in reversed(_MONTHS)
    ]
    head = [
        "Conto Corrente: 3456789 Intestazione Conto Corrente: ROSSI GIULIA;;;;;;",
        "Periodo Dal: 01/07/2026 Al: 30/10/2026;;;;;;",
        "Saldo EUR: 2.158,81;;;;;;",
        ";;;;;;",
        "Data_Operazione;Data_Valuta;Entrate;Uscite;Descrizione;Descrizione_Completa;Stato",
    ]
    path = folder / "movements_fineco_20261030.csv"
    path.write_text("\n".join([*head, *rows]) + "\n", encoding="utf-8")
    return path


def test_money_between_the_couple_and_to_marcos_own_deposit_is_no_spending(
    store: Store, tmp_path: Path
) -> None:
    import_files(store, [_intesa(tmp_path), _fineco(tmp_path)])
    own = {(line.amount, line.is_transfer) for line in list_transactions(store)}
    assert own == {
        (Decimal("-400.00"), True),  # to Marco's deposit elsewhere
        (Decimal("800.00"), True),  # from Giulia
        (Decimal("-800.00"), True),  # to Marco
        (Decimal("2720.00"), False),  # his salary
        (Decimal("-950.00"), False),  # the rent to Anna Verdi
    }
    (october,) = month_report(store, date(2026, 10, 1)).totals
    assert (october.income, october.expenses) == (Decimal("2720.00"), Decimal("950.00"))
