"""A CSV whose header names its date and amount but not its payee still has payees.

A Swiss bank's download heads its description ``Text``, a word no bank's payee column is known
by; read by names alone every line came in without a payee, nothing to file it or to find a
subscription by. The one column of varying text is the description, as in a file that names
nothing at all.
"""

from __future__ import annotations

from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

#: a Swiss account's download: day-first dates, apostrophes grouping thousands
SWISS = """Datum,Text,Betrag
02.11.2026,Migros Zürich Bahnhofstrasse,-84.35
03.11.2026,SBB CFF FFS Mobile Ticket,-12.60
05.11.2026,Swisscom (Schweiz) AG Rechnung 11/2026,-69.00
12.11.2026,Coop Pronto Bern,-23.10
25.11.2026,Lohn November ACME AG,7'450.00
"""


def test_the_text_column_is_read_as_the_payee(store: Store, tmp_path: Path) -> None:
    path = tmp_path / "export_20261130.csv"
    path.write_text(SWISS, encoding="utf-8")
    result = import_files(store, [path])
    assert not result.failed, result.failed
    (file,) = result.files
    assert file.detected is not None and "'Text'" in str(file.detected)
    lines = {t.statement_text: t for t in list_transactions(store)}
    assert sorted(lines) == [
        "Coop Pronto Bern",
        "Lohn November ACME AG",
        "Migros Zürich Bahnhofstrasse",
        "SBB CFF FFS Mobile Ticket",
        "Swisscom (Schweiz) AG Rechnung 11/2026",
    ]
    assert lines["Migros Zürich Bahnhofstrasse"].category == "Food:Groceries"
