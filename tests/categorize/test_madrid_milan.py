"""A Madrid couple's Santander account and a Milan family's Intesa Sanpaolo account, as the
banks export them (a few lines above the header naming the account, decimal commas): the
direct debits, card payments and transfers such households live on are filed where they
would file them. Naturgy Iberia's gas bill had been filed as a flight (Iberia, the airline),
ING's "Traspaso recibido Cuenta Nómina" as a salary, and over half of each household's lines
stayed Uncategorized."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

#: Santander: (day, concept, amount as printed) → the category the couple expects
MADRID = {
    ("02/11/2026", "ADEUDO PRESTAMO HIPOTECARIO 0049 5123 91 2100345678 CUOTA 41", "-768,90"):
        "Housing:Mortgage",
    ("04/11/2026", "RECIBO NATURGY IBERIA S.A. Nº RECIBO 0049 5123 7788123", "-54,31"):
        "Bills & Utilities:Gas & Heating",
    ("05/11/2026", "RECIBO TELEFONICA DE ESPAÑA, S.A.U. Nº RECIBO 0049 5123 3826", "-62,00"):
        "Bills & Utilities:Phone",
    ("06/11/2026", "RECIBO CANAL DE ISABEL II S.A. Nº RECIBO 0049 5123 9188957", "-48,52"):
        "Bills & Utilities:Water",
    ("07/11/2026", "RECIBO COMUNIDAD PROPIETARIOS C/ ALCALA 245 Nº RECIBO 0049 5", "-95,00"):
        "Housing",
    ("08/11/2026", "RECIBO AYUNTAMIENTO DE MADRID IBI URBANA SEP PLAZO", "-298,40"): "Taxes",
    ("10/11/2026", "COMPRA CRTM RECARGA ABONO TRANSPORTE, MADRID, TARJETA 4940XXXXXXXX2211",
     "-54,60"): "Transport:Public Transit",
    ("12/11/2026", "COMPRA EL CORTE INGLES GOYA, MADRID, TARJETA 4940XXXXXXXX2211", "-89,95"):
        "Shopping",
    ("14/11/2026", "COMPRA BAR EL BREZO, MADRID, TARJETA 4940XXXXXXXX2211, COMISION 0,00",
     "-10,73"): "Food:Dining",
}  # fmt: skip
#: Intesa Sanpaolo: (day, description, debit as printed) → the category the family expects
MILAN = {
    ("02/10/2026", "ADDEBITO RATA MUTUO N. 0000123456789 RATA N. 52", "945,20"):
        "Housing:Mortgage",
    ("05/10/2026", "ADDEBITO DIRETTO SDD ENEL ENERGIA SPA CID IT54ZZZ0000013 FATT. 20261005",
     "71,12"): "Bills & Utilities:Electricity",
    ("06/10/2026", "ADDEBITO DIRETTO SDD ILIAD ITALIA S.P.A. CID IT54ZZZ00000139", "9,99"):
        "Bills & Utilities:Phone",
    ("07/10/2026", "ADDEBITO DIRETTO SDD TIM S.P.A. CID IT08ZZZ0000000488410 FATT", "32,90"):
        "Bills & Utilities:Phone",
    ("09/10/2026", "PAGAMENTO POS ENI STATION VIALE MONZA MILANO CARTA N. *****4471", "58,30"):
        "Transport:Fuel",
    ("11/10/2026", "PAGAMENTO POS COOP LOMBARDIA MILANO CARTA N. *****4471 DEL 10/10/26",
     "41,17"): "Food:Groceries",
    ("13/10/2026", "PAGAMENTO POS ATM MILANO ABBONAMENTO CARTA N. *****4471", "39,00"):
        "Transport:Public Transit",
    ("15/10/2026", "PAGAMENTO POS DAZN LIMITED LONDON GB CARTA N. *****4471", "39,99"):
        "Entertainment:Streaming",
    ("16/10/2026", "Delega F24 Agenzia Entrate Codice tributo 1791 acconto imposta", "1120,00"):
        "Taxes",
    ("20/10/2026", "PRELIEVO CARTA DEBITO SU BANCHE DEL GRUPPO CARTA N. *****4471", "100,00"):
        "Cash",
}  # fmt: skip


def _santander(folder: Path) -> Path:
    rows = [
        "\ufeffMovimientos de la cuenta;;;;",
        "Cuenta;ES12 0049 5123 9121 0034 5678;;;",
        "Titular;RUIZ PEREZ JAVIER;;;",
        ";;;;",
        "Fecha operación;Fecha valor;Concepto;Importe;Saldo",
    ]
    held = Decimal("32307.17")
    for day, text, amount in sorted(MADRID, key=lambda line: line[0], reverse=True):
        rows.append(f"{day};{day};{text};{amount};{str(held).replace('.', ',')}")
        held -= Decimal(amount.replace(",", "."))
    path = folder / "export_movimientos_santander_20261120.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def _intesa(folder: Path) -> Path:
    rows = ["Intesa Sanpaolo - Movimenti conto corrente;;;;",
            "Conto;1000/00012345 - BIANCHI MARCO;;;", "Periodo;01/10/2026 - 30/10/2026;;;", ";;;;",
            "Data contabile;Data valuta;Dare;Avere;Descrizione"]  # fmt: skip
    for day, text, debit in sorted(MILAN, key=lambda line: line[0], reverse=True):
        rows.append(f"{day};{day};{debit};;{text}")
    path = folder / "ListaMovimenti_Intesa_20261030.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_madrid_and_a_milan_households_months_are_filed_as_they_would(
    store: Store, tmp_path: Path
) -> None:
    result = import_files(store, [_santander(tmp_path), _intesa(tmp_path)])
    assert not result.failed, result.failed
    filed = {str(abs(t.amount)): t.category or None for t in list_transactions(store)}
    wanted = {
        amount.replace(".", "").replace(",", ".").lstrip("-"): category
        for lines in (MADRID, MILAN)
        for (_day, _text, amount), category in lines.items()
    }
    assert filed == wanted
