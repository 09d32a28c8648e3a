"""Fineco names both parties of a transfer in one cell: ``Ord: ROSSI GIULIA Ben: ASD PALESTRA
LORETO Dati Bonifico: QUOTA MENSILE``. Read as written, the account holder's own name led every
transfer, and her gym, the household money she sends her husband and her clients' payments were
one payee: 800.00 a month to her husband filed as fitness beside the gym's 25.00. The payee is
the other side: who received money out, who ordered money in."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.subscriptions import list_subscriptions
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

_HEADER = """Conto Corrente: 3456789 Intestazione Conto Corrente: ROSSI GIULIA;;;;;;
Periodo Dal: 01/07/2026 Al: 30/10/2026;;;;;;
Saldo EUR: 4.311,64;;;;;;
;;;;;;
Data_Operazione;Data_Valuta;Entrate;Uscite;Descrizione;Descrizione_Completa;Stato
"""

#: four months of a freelance designer's account, newest first as Fineco writes them
_MONTHS = (
    (10, "1.733,05", "AGENZIA KUBE SRL", "SALDO FATTURA N. 64/2026"),
    (9, "2.482,92", "MONDADORI MEDIA SPA", "SALDO FATTURA N. 20/2026"),
    (8, "1.704,02", "AGENZIA KUBE SRL", "SALDO FATTURA N. 51/2026"),
    (7, "1.777,41", "MONDADORI MEDIA SPA", "SALDO FATTURA N. 33/2026"),
)


def _fineco(folder: Path) -> Path:
    rows = []
    for month, paid, client, invoice in _MONTHS:
        rows += [
            f"16/{month:02d}/2026;16/{month:02d}/2026;;-25,00;Bonifico SEPA Italia;"
            "Ord: ROSSI GIULIA Ben: ASD PALESTRA LORETO Dati Bonifico: QUOTA MENSILE;"
            "Contabilizzato",
            f"13/{month:02d}/2026;13/{month:02d}/2026;{paid};;Bonifico SEPA Italia;"
            f"Ord: {client} Ben: ROSSI GIULIA Dati Bonifico: {invoice};Contabilizzato",
            f"11/{month:02d}/2026;11/{month:02d}/2026;;-19,99;Pagamento Visa Debit;"
            "SPOTIFY P2E4F5A7 STOCKHOLM Carta N. *****208;Contabilizzato",
            f"08/{month:02d}/2026;08/{month:02d}/2026;;-800,00;Bonifico SEPA Italia;"
            "Ord: ROSSI GIULIA Ben: BIANCHI MARCO Dati Bonifico: SPESE CASA;Contabilizzato",
        ]
    path = folder / "movements_fineco_20261030.csv"
    path.write_text(_HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_each_transfer_is_named_by_the_party_on_the_other_side(
    store: Store, tmp_path: Path
) -> None:
    import_files(store, [_fineco(tmp_path)])
    lines = list_transactions(store)
    by_amount = {(line.amount, line.payee, line.memo) for line in lines}
    assert (Decimal("-25.00"), "ASD PALESTRA LORETO", "Bonifico SEPA Italia QUOTA MENSILE") in (
        by_amount
    )
    assert (Decimal("-800.00"), "BIANCHI MARCO", "Bonifico SEPA Italia SPESE CASA") in by_amount
    paid_by = {line.payee for line in lines if line.amount > 0}
    assert paid_by == {"AGENZIA KUBE SRL", "MONDADORI MEDIA SPA"}  # her clients, not herself
    assert not any("ROSSI GIULIA" in line.payee for line in lines)

    filed = {line.payee: line.category for line in lines}
    assert filed["ASD PALESTRA LORETO"] == "Health:Fitness"
    assert filed["BIANCHI MARCO"] != "Health:Fitness"  # the household money is no gym fee

    streams = {(s.name, s.amount) for s in list_subscriptions(store, date(2026, 10, 30))}
    assert ("Asd Palestra Loreto", Decimal("-25.00")) in streams
    assert not any(amount == Decimal("-825.00") for _, amount in streams)
