"""ING's Dutch and German exports are two banks' accounts, each found by its own IBAN.

Both name the bank ING and neither names the account in a way finapp read: ING Netherlands
writes its customer's IBAN in ``Rekening`` on every row (``Tegenrekening`` is the other
party's), ING Germany on an ``IBAN`` line above its header. Read by name alone, a Dutch and a
German account imported one after the other went into one account.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from finapp.importers.csv import read_csv
from finapp.services.imports import import_files
from tests.importers.helpers import rows

EXPORTS = Path(__file__).parent / "bank_exports"
DUTCH = EXPORTS / "ing_nl_2026_11.csv"
GERMAN = EXPORTS / "ing_de_2026_11_latin1.csv"


def test_each_export_names_its_own_account_by_iban() -> None:
    numbers = [
        [s.account.number for s in read_csv(p.name, p.read_bytes()).statements]
        for p in (DUTCH, GERMAN)
    ]
    assert numbers == [["NL69INGB0123456789"], ["DE10500105175419876543"]]


def test_a_dutch_and_a_german_export_go_into_two_accounts_and_again_add_nothing(store) -> None:  # type: ignore[no-untyped-def]
    first = import_files(store, [DUTCH, GERMAN]).files
    assert [(a.account, a.new) for f in first for a in f.accounts] == [
        ("ING", 3),
        ("ING …6543", 3),
    ]
    assert [(day, amount) for day, amount, _, _ in rows(store, "ING …6543")] == [
        ("2026-11-03", Decimal("-89.00")),
        ("2026-11-27", Decimal("2750.00")),
        ("2026-11-30", Decimal("-45.67")),
    ]
    again = import_files(store, [GERMAN, DUTCH]).files
    assert [(a.account, a.new, a.matched_by) for f in again for a in f.accounts] == [
        ("ING …6543", 0, "number"),
        ("ING …6789", 0, "number"),  # told from the German account by its number
    ]
