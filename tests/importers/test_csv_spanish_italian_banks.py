"""Spanish and Italian bank exports: Santander España, Intesa Sanpaolo and Fineco.

None of them writes a currency in a column or a column's name, and Spanish and Italian are
spoken where other currencies are used too: read as dollars, a Madrid couple's reports split
their money into EUR and USD and their transfers between Santander and ING never paired. Their
lines above the header name the account's IBAN (a euro account) and, Intesa's and Fineco's, the
account's balance.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.accounts import list_accounts
from finapp.services.imports import import_files
from finapp.store.engine import Store

SANTANDER = """\ufeffMovimientos de la cuenta;;;;
Cuenta;ES43 0049 5123 9121 0034 5678;;;
Titular;RUIZ PEREZ JAVIER;;;
;;;;
Fecha operación;Fecha valor;Concepto;Importe;Saldo
20/11/2026;21/11/2026;COMPRA BAR EL BREZO, MADRID, TARJETA 4940XXXXXXXX2211;-10,73;2.307,17
18/11/2026;19/11/2026;COMPRA MERCADONA ALCALA 310, MADRID, TARJETA 4940XXXXXXXX2211;-88,50;2.317,90
03/11/2026;03/11/2026;TRANSFERENCIA A FAVOR DE MORENO GARCIA LUCIA CONCEPTO AHORRO;-300,00;2.406,40
31/10/2026;31/10/2026;NOMINA TELEFONICA DE ESPAÑA S.A.U.;2.706,40;2.706,40
"""
INTESA = """Intesa Sanpaolo - Movimenti conto corrente;;;;
Conto;1000/00012345 - BIANCHI MARCO;;;
IBAN;IT61 X030 6909 6061 0000 0012 345;;;
Periodo;01/10/2026 - 30/10/2026;;;
Saldo contabile al 30/10/2026;19.907,29;;;
;;;;
Data contabile;Data valuta;Dare;Avere;Descrizione
29/10/2026;29/10/2026;72,49;;PAGAMENTO POS ESSELUNGA VIALE PIAVE MILANO CARTA N. *****4471
28/10/2026;28/10/2026;400,00;;BONIFICO DA VOI DISPOSTO A FAVORE DI BIANCHI MARCO CAUSALE GIROCONTO
27/10/2026;27/10/2026;;2.720,00;ACCREDITO BONIFICO DISPOSTO DA PIRELLI TYRE SPA CAUSALE STIPENDIO
04/10/2026;04/10/2026;9,99;;ADDEBITO DIRETTO SDD ILIAD ITALIA S.P.A. CID IT54ZZZ0000013970161
"""
#: an account at a British bank, named by its IBAN above an English header
NATWEST = """Account;GB29 NWBK 6016 1331 9268 19
;
Date;Description;Amount;Balance
23/10/2026;TESCO STORES 3297 LONDON;-42.18;1502.11
15/10/2026;SALARY ACME LTD;2450.00;1544.29
"""
#: a Swiss bank's account, which may as well be a euro account as a franc one
SWISS_IBAN = """Account;CH80 0048 3000 1123 4567 8
;
Date;Description;Amount;Balance
23/10/2026;MIGROS ZUERICH;-42.18;1502.11
15/10/2026;SALARY ACME AG;2450.00;1544.29
"""


@pytest.mark.parametrize(
    ("text", "currency", "said"),
    [
        (SANTANDER, "EUR", "from the country of the account's IBAN"),
        (INTESA, "EUR", "from the Intesa Sanpaolo profile"),  # its bank's, IBAN or not
        (NATWEST, "GBP", "from the country of the account's IBAN"),
        (SWISS_IBAN, "USD", "assumed, as the file names none"),
    ],
    ids=["santander", "intesa", "british", "swiss"],
)
def test_the_accounts_iban_above_the_header_names_its_currency(
    store: Store, tmp_path: Path, text: str, currency: str, said: str
) -> None:
    path = tmp_path / "movimientos.csv"
    path.write_text(text, encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed
    (account,) = list_accounts(store)
    assert account.currency == currency
    (file,) = result.files
    assert file.detected is not None
    assert file.detected["currency_from"] == said


def test_santanders_amounts_are_euros_with_a_decimal_comma(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "export_movimientos_santander_20261120.csv"
    path.write_text(SANTANDER, encoding="utf-8")
    import_files(store, [path])
    (account,) = list_accounts(store)
    assert account.currency == "EUR"
    assert account.balance == Decimal("2307.17")
