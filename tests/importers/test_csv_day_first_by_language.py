"""An export of the first days of a month reads day first when its header is in a language
spoken only where dates are written day first.

``02/12/2026``, ``04/12/2026``, ``05/12/2026`` fit month first too, and are in order either
way, so finapp asked which. An Italian, Portuguese or Dutch header settles it: no bank writing
``Data;Descrizione;Importo`` means 12 February. An English header still asks (American banks
write month first, British ones day first), and so do Spanish (Puerto Rico's banks write month
first) and a header of one foreign word.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.imports import import_files
from finapp.store.engine import Store
from tests.importers.helpers import rows

MILLENNIUM = """Data lançamento;Descrição;Montante;Saldo
01/12/2026;DD EDP COMERCIAL;-64,20;1.935,80
03/12/2026;TRF ORDENADO ACME LDA;2.100,00;4.035,80
05/12/2026;COMPRA PINGO DOCE LISBOA;-43,15;3.992,65
"""
INTESA = """Data;Descrizione;Importo
02/12/2026;ADDEBITO SDD ENEL ENERGIA;-71,40
04/12/2026;PAGAMENTO POS ESSELUNGA;-38,05
05/12/2026;STIPENDIO ACME SPA;1.980,00
"""
#: Excel's separator line first, dashes between the day and the month
TRIODOS = """sep=;
Datum;Omschrijving;Bedrag
02-11-2026;Albert Heijn 1234;-23,45
03-11-2026;Salaris ACME BV;2.500,00
05-11-2026;NS Reizigers;-12,30
"""


@pytest.mark.parametrize(
    ("text", "days"),
    [
        (MILLENNIUM, ["2026-12-01", "2026-12-03", "2026-12-05"]),
        (INTESA, ["2026-12-02", "2026-12-04", "2026-12-05"]),
        (TRIODOS, ["2026-11-02", "2026-11-03", "2026-11-05"]),
    ],
    ids=["portuguese", "italian", "dutch"],
)
def test_a_header_in_a_language_of_day_first_dates_reads_them_so(
    store: Store, tmp_path: Path, text: str, days: list[str]
) -> None:
    path = tmp_path / "movimentos.csv"
    path.write_text(text, encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed[0].error
    assert [day for day, *_ in rows(store)] == days
    assert rows(store)[0][1] in (Decimal("-64.20"), Decimal("-71.40"), Decimal("-23.45"))


@pytest.mark.parametrize(
    "header",
    ["Date,Description,Amount", "Fecha,Concepto,Importe", "Date,Description,Betrag"],
    ids=["english", "spanish", "one-german-word"],
)
def test_a_header_of_a_language_written_both_ways_still_asks_which(
    store: Store, tmp_path: Path, header: str
) -> None:
    path = tmp_path / "export.csv"
    path.write_text(
        f"{header}\n12/01/2026,NETFLIX.COM,-15.49\n12/03/2026,PAYROLL ACME,2500.00\n", "utf-8"
    )
    result = import_files(store, [path])
    (failed,) = result.failed
    assert failed.error is not None and "fit both DD/MM/YYYY and MM/DD/YYYY" in failed.error
    assert rows(store) == []
