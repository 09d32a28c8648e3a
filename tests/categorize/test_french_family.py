"""A family in Lyon banking with BoursoBank: its current account and its Livret A, as the bank
exports each (`dateOp;dateVal;label;…`, decimal commas, the current balance on every row). The
direct debits, card lines and transfers such a family lives on are filed where it would file
them, and the monthly 200.00 put into the Livret A is the family's own savings on both sides,
neither spending nor income (every month read 800.00 too much each way)."""

from __future__ import annotations

from pathlib import Path

from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store

_HEAD = (
    "dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;"
    "accountLabel;accountbalance\n"
)
#: (day, label, amount as printed) → the category the family expects
CURRENT = {
    ("2026-11-02", "ECHEANCE PRET", "-1142,37"): "Housing:Mortgage",
    ("2026-11-05", "PRLV SEPA HARMONIE MUTUELLE", "-84,30"): "Insurance",
    ("2026-11-06", "PRLV SEPA MAIF", "-42,18"): "Insurance",
    ("2026-11-08", "PRLV SEPA TCL SYTRAL MOBILITES", "-25,00"): "Transport:Public Transit",
    ("2026-11-09", "PRLV SEPA FREE TELECOM", "-39,99"): "Bills & Utilities:Internet",
    ("2026-11-10", "PRLV SEPA SFR", "-24,99"): "Bills & Utilities:Phone",
    ("2026-11-12", "PRLV SEPA GROUPE CANAL+", "-27,99"): "Entertainment:Streaming",
    ("2026-11-15", "PRLV SEPA DIRECTION GENERALE DES FINANCES PUBLIQUES", "-156,00"): "Taxes",
    ("2026-11-05", "VIR SEPA CAF DU RHONE", "148,52"): "Income:Other",
    ("2026-11-17", "CARTE 17/11/26 DEEZER PARIS CB*4417", "-11,99"): "Entertainment:Music",
    ("2026-11-20", "CARTE 20/11/26 BOULANGERIE PAUL LYON CB*4417", "-6,75"): "Food:Groceries",
    ("2026-11-21", "CARTE 21/11/26 DECATHLON LYON CONFLUENCE CB*4417", "-32,74"): "Shopping",
    ("2026-11-22", "CARTE 22/11/26 SAFRAN MONOPRIX CB*4417", "-18,40"): "Food:Groceries",
}
#: the savings moved each month, as each account words it
SAVED = [("2026-09-03", "2026-09-03"), ("2026-10-05", "2026-10-05"), ("2026-11-03", "2026-11-03")]
TO_LIVRET = {
    (day, "VIR Virement vers Livret A", "-200,00"): "Transfers:Savings" for day, _ in SAVED
}
LIVRET = {(day, "VIR Virement depuis BoursoBank", "200,00"): None for _, day in SAVED}


def _export(path: Path, number: str, label: str, lines: dict, balance: str) -> Path:  # type: ignore[type-arg]
    rows = [
        f'{day};{day};"{text}";"";"";"";{amount};;{number};"{label}";{balance}'
        for day, text, amount in sorted(lines, reverse=True)
    ]
    path.write_text(_HEAD + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_lyon_familys_month_is_filed_and_its_savings_are_its_own(
    store: Store, tmp_path: Path
) -> None:
    files = [
        _export(tmp_path / "export-operations-27-11-2026_08-14-02.csv", "00040123456",
                "BoursoBank", CURRENT | TO_LIVRET, "38 167,89"),
        _export(tmp_path / "export-operations-27-11-2026_08-15-40.csv", "00040987654",
                "Livret A", LIVRET, "6 358,41"),
    ]  # fmt: skip
    result = import_files(store, files)
    assert not result.failed, result.failed
    lines = list_transactions(store)
    filed = {str(t.amount): t.category or None for t in lines if abs(t.amount) != 200}
    wanted = {
        amount.replace(",", "."): category for (_day, _text, amount), category in CURRENT.items()
    }
    assert filed == wanted
    moved = [t for t in lines if abs(t.amount) == 200]
    assert len(moved) == 6 and all(t.is_transfer for t in moved)
