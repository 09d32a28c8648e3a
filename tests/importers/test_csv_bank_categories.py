"""BoursoBank files each line itself and writes it in the export (``category``,
``categoryParent``): the Lyon family's salary from the Hospices Civils, the crèche paid to the
city and the deposits on the Livret A were Uncategorized though the bank had said what they
were. A line no rule files is filed where the bank's category goes in finapp's tree; any rule
wins over the bank's word, now and later, and a rule re-run keeps the bank's filing."""

from __future__ import annotations

from finapp.core.category_sources import CategorySource
from finapp.services.categorize import set_category
from finapp.services.imports import import_files
from finapp.services.rules import add_rule, rerun_rules
from finapp.services.transactions import list_transactions

HEADER = (
    "dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;"
    "accountLabel;accountbalance"
)
LINES = [
    ("2026-10-28", "VIR SEPA HOSPICES CIVILS DE LYON", "Salaires et revenus d'activité",
     "Revenus", "2 561,40"),
    ("2026-10-09", "PRLV SEPA REGIE CENTRALE VILLE DE LYON", "Crèche, garde d'enfants",
     "Enfants", "-316,93"),
    ("2026-10-12", "PRLV SEPA NETFLIX INTERNATIONAL B.V.", "Abonnements",
     "Loisirs et sorties", "-14,99"),
    ("2026-10-10", "VIR SEPA THOMAS MARTIN", "Virements reçus", "Mouvements internes",
     "600,00"),
    ("2026-09-28", "VIR SEPA HOSPICES CIVILS DE LYON", "Salaires et revenus d'activité",
     "Revenus", "2 561,40"),
]  # fmt: skip
EXPORT = (
    "\ufeff"
    + "\r\n".join(
        [HEADER]
        + [
            f'{day};{day};"{label}";"{category}";"{parent}";"";{amount};;00040123456;'
            f'"BoursoBank";38 167,89'
            for day, label, category, parent, amount in LINES
        ]
    )
    + "\r\n"
)


def _filed(store) -> dict[str, set[tuple[str | None, str | None]]]:  # type: ignore[no-untyped-def]
    """The category and where it came from of the lines of each statement text."""
    filed: dict[str, set[tuple[str | None, str | None]]] = {}
    for t in list_transactions(store):
        filed.setdefault(t.statement_text, set()).add((t.category, t.category_source))
    return filed


def test_a_line_no_rule_files_is_filed_where_the_banks_category_goes(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [write("export-operations-31-10-2026_09-12-40.csv", EXPORT)])
    bank = CategorySource.BANK
    assert _filed(store) == {
        "VIR SEPA HOSPICES CIVILS DE LYON": {("Income:Salary", bank)},
        "PRLV SEPA REGIE CENTRALE VILLE DE LYON": {("Children", bank)},
        # a shipped rule knows Netflix better than the bank's "Abonnements" does
        "PRLV SEPA NETFLIX INTERNATIONAL B.V.": {("Entertainment:Streaming", "rule")},
        # a transfer received may be the household's own money: the bank's word says nothing
        "VIR SEPA THOMAS MARTIN": {(None, None)},
    }


def test_rules_win_over_the_banks_category_and_a_rerun_keeps_it(store, write) -> None:  # type: ignore[no-untyped-def]
    import_files(store, [write("export-operations-31-10-2026_09-12-40.csv", EXPORT)])
    add_rule(store, category="Education", pattern="REGIE CENTRALE", match_field="any")
    rerun_rules(store)
    lines = list_transactions(store)
    salaries = [t for t in lines if "HOSPICES" in t.statement_text]
    assert {(t.category, t.category_source) for t in salaries} == {
        ("Income:Salary", CategorySource.BANK)
    }
    (creche,) = [t for t in lines if "REGIE" in t.statement_text]
    assert (creche.category, creche.category_source) == ("Education", CategorySource.RULE)
    set_category(store, salaries[0].id, "Income:Other")
    assert {t.category for t in list_transactions(store) if "HOSPICES" in t.statement_text} == {
        "Income:Other"
    }
