"""An export imported into an empty store files every line where the user had it: under the
categories the user made, by hand where the user chose, by the rules where the rules did."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.categories import add_category
from finapp.services.categorize import set_category
from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.categorize.statements import by_payee, load
from tests.conftest import another_store

CHECKING = "2207419930"
MAY = [
    (date(2026, 5, 1), "-2150.00", "OAKWOOD APTS WEB PMTS 483920"),
    (date(2026, 5, 3), "-64.18", "WHOLEFDS MKT #10234"),
    (date(2026, 5, 9), "-189.00", "HOBBYTOWN USA #0412"),
    (date(2026, 5, 12), "-45.00", "MS JONES PIANO VENMO"),
    (date(2026, 5, 15), "3104.56", "ACME CORP PAYROLL PPD ID: 9000000011"),
    (date(2026, 5, 21), "-15.49", "NETFLIX.COM 866-579-7172 CA"),
]


def _filings(store: Store) -> dict[str, tuple[str | None, str | None]]:
    return {t.payee: (t.category, t.category_source) for t in list_transactions(store)}


def test_an_export_brings_back_the_users_categories_into_an_empty_store(
    store: Store, tmp_path: Path
) -> None:
    load(store, tmp_path / "bank", CHECKING, MAY)
    add_category(store, "Hobbies:Model trains")
    lines = by_payee(store)
    set_category(store, lines["HOBBYTOWN USA #0412"].id, "Hobbies:Model trains")
    set_category(store, lines["MS JONES PIANO VENMO"].id, "Kids:Piano lessons")  # made here
    before = _filings(store)
    assert before["HOBBYTOWN USA #0412"] == ("Hobbies:Model trains", "manual")
    assert before["NETFLIX.COM 866-579-7172 CA"][1] == "rule"  # a shipped rule files it

    export_all(store, tmp_path / "export")
    fresh = another_store(tmp_path / "fresh")
    try:
        result = import_files(fresh, [tmp_path / "export" / "transactions.csv"])
        assert not result.failed and result.new == len(MAY)
        assert _filings(fresh) == before
        again = import_files(fresh, [tmp_path / "export" / "transactions.csv"])
        assert again.new == 0 and _filings(fresh) == before
    finally:
        fresh.close()
