"""A Lyon household's BoursoBank export files each line itself (``category``,
``categoryParent``); finapp files a line by it where no rule does. The bank's word is kept
beside whatever files the line now, so when a rule that filed a line goes (the user deletes or
turns it off, a finapp update drops a shipped one) the line goes back to the bank's category,
as an import of the same export would file it, instead of Uncategorized; and a rule a finapp
update brings wins over the bank's word, as it would at an import.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from finapp.services.categories import add_category, merge_category
from finapp.services.categorize import set_category
from finapp.services.edit_history import redo, undo
from finapp.services.imports import import_files
from finapp.services.month_report import month_report
from finapp.services.opening import open_store
from finapp.services.rules import add_rule, delete_rule, list_rules, rerun_rules, set_rule_enabled
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.categorize.test_shipped_refresh import _as_older_finapp_left_it
from tests.cli_in_process import run_main
from tests.conftest import PASSPHRASE, another_store, new_passphrase_store
from tests.old_schemas import undo_schema_15, upgraded

HEADER = (
    "dateOp;dateVal;label;category;categoryParent;supplierFound;amount;comment;accountNum;"
    "accountLabel;accountbalance"
)
#: (day, label, the bank's category and its parent, the supplier it recognised, amount)
LINES = [
    ("2026-11-28", "VIR SEPA HOSPICES CIVILS DE LYON", "Salaires et revenus d'activité",
     "Revenus", "hospices civils de lyon", "2 561,40"),
    ("2026-11-21", "CARTE 20/11/26 BOULANGERIE PAUL CB*4417", "Alimentation",
     "Vie quotidienne", "paul", "-6,75"),
    ("2026-11-19", "CARTE 18/11/26 MONOPRIX LYON CB*4417", "Alimentation", "Vie quotidienne",
     "monoprix", "-41,66"),
    ("2026-11-12", "PRLV SEPA NETFLIX INTERNATIONAL B.V.", "Abonnements", "Loisirs et sorties",
     "netflix", "-14,99"),
    ("2026-11-09", "PRLV SEPA REGIE CENTRALE VILLE DE LYON", "Crèche, garde d'enfants",
     "Enfants", "", "-316,93"),
    ("2026-11-05", "CARTE 04/11/26 LE BISTROT DU POTIER CB*4417", "Restaurants, bars",
     "Loisirs et sorties", "", "-48,50"),
    ("2026-10-28", "VIR SEPA HOSPICES CIVILS DE LYON", "Salaires et revenus d'activité",
     "Revenus", "hospices civils de lyon", "2 561,40"),
    ("2026-10-19", "CARTE 18/10/26 MONOPRIX LYON CB*4417", "Alimentation", "Vie quotidienne",
     "monoprix", "-27,48"),
    ("2026-10-12", "PRLV SEPA NETFLIX INTERNATIONAL B.V.", "Abonnements", "Loisirs et sorties",
     "netflix", "-14,99"),
    ("2026-10-09", "PRLV SEPA REGIE CENTRALE VILLE DE LYON", "Crèche, garde d'enfants",
     "Enfants", "", "-316,93"),
]  # fmt: skip
EXPORT = (
    "\ufeff"
    + "\r\n".join(
        [HEADER]
        + [
            f'{day};{day};"{label}";"{category}";"{parent}";"{supplier}";{amount};;'
            f'00040123456;"BoursoBank";4 127,35'
            for day, label, category, parent, supplier, amount in LINES
        ]
    )
    + "\r\n"
)
CRECHE, NETFLIX = "PRLV SEPA REGIE CENTRALE VILLE DE LYON", "PRLV SEPA NETFLIX INTERNATIONAL B.V."
SALARY, BISTROT = "VIR SEPA HOSPICES CIVILS DE LYON", "CARTE 04/11/26 LE BISTROT DU POTIER CB*4417"


def _export(folder: Path) -> Path:
    path = folder / "export-operations-30-11-2026_08-14-02.csv"
    path.write_text(EXPORT, encoding="utf-8")
    return path


def _filed(store: Store) -> dict[str, set[str | None]]:
    """The categories the Transactions list shows for each statement text."""
    filed: dict[str, set[str | None]] = {}
    for line in list_transactions(store):
        filed.setdefault(line.statement_text, set()).add(line.category)
    return filed


def _shown(store: Store, capsys: pytest.CaptureFixture[str]) -> dict[str, set[str]]:
    """The categories ``finapp transactions --json`` gives each statement text."""
    code, out, err = run_main(["--data-dir", str(store.data_dir), "transactions", "--json"], capsys)
    assert code == 0, err
    shown: dict[str, set[str]] = {}
    for line in json.loads(out):
        shown.setdefault(line["statement_text"], set()).add(line["category"])
    return shown


def _cli(store: Store, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    code, out, err = run_main(["--data-dir", str(store.data_dir), *args], capsys)
    assert code == 0, err
    return out


def test_a_deleted_rule_gives_the_creche_back_to_the_banks_category(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The family files the crèche under Education by a rule of its own, then deletes the rule
    and has the rules run over its history: the crèche is Children again, as BoursoBank said,
    on the list and in November's report, not Uncategorized."""
    _cli(store, capsys, "import", str(_export(tmp_path)))
    assert _shown(store, capsys)[CRECHE] == {"Children"}
    added = _cli(store, capsys, "rules", "add", "REGIE CENTRALE", "--category", "Education")
    rule_id = added.split(":")[0].removeprefix("rule ")
    _cli(store, capsys, "rules", "run")
    assert _shown(store, capsys)[CRECHE] == {"Education"}

    _cli(store, capsys, "rules", "delete", rule_id)
    _cli(store, capsys, "rules", "run")
    assert _shown(store, capsys)[CRECHE] == {"Children"}
    november = json.loads(_cli(store, capsys, "report", "--month", "2026-11", "--json"))
    spent = {row["category"]: row["amount"] for row in november["categories"]}
    assert spent.get("Children") == "316.93"
    assert "Uncategorized" not in spent


def test_a_shipped_rule_turned_off_leaves_netflix_where_the_bank_filed_it(
    store: Store, tmp_path: Path
) -> None:
    """finapp's NETFLIX rule wins over the bank's "Abonnements"; the user turns it off and
    re-runs the rules: Netflix is the bank's Entertainment, as an import without the rule
    files it, not Uncategorized."""
    import_files(store, [_export(tmp_path)])
    assert _filed(store)[NETFLIX] == {"Entertainment:Streaming"}
    netflix = [r for r in list_rules(store, origin="shipped") if r.pattern == "NETFLIX"]
    assert netflix
    for rule in netflix:
        set_rule_enabled(store, rule.id, False)
    rerun_rules(store)
    assert _filed(store)[NETFLIX] == {"Entertainment"}
    spent = {row.category: row.amount for row in month_report(store).categories}
    assert "Uncategorized" not in spent


def test_rules_run_over_history_file_lines_as_a_fresh_import_of_the_export_does(
    store: Store, tmp_path: Path
) -> None:
    """One household imported the export and then changed its rules (a rule for the bistrot
    added and deleted again, one for the crèche kept, finapp's Netflix rule deleted) and ran
    them over history; another made the same rules first and imported the same export. Both
    see the same categories."""
    import_files(store, [_export(tmp_path)])
    bistrot = add_rule(store, category="Entertainment", pattern="BISTROT DU POTIER")
    rerun_rules(store)
    assert _filed(store)[BISTROT] == {"Entertainment"}
    delete_rule(store, bistrot.id)
    add_rule(store, category="Education", pattern="REGIE CENTRALE")
    for rule in list_rules(store, origin="shipped"):
        if rule.pattern == "NETFLIX":
            delete_rule(store, rule.id)
    rerun_rules(store)

    fresh_dir = tmp_path / "fresh"
    fresh = new_passphrase_store(fresh_dir)
    try:
        add_rule(fresh, category="Education", pattern="REGIE CENTRALE")
        for rule in list_rules(fresh, origin="shipped"):
            if rule.pattern == "NETFLIX":
                delete_rule(fresh, rule.id)
        import_files(fresh, [_export(fresh_dir)])
        assert _filed(fresh)[BISTROT] == {"Food:Dining"}
        assert _filed(store) == _filed(fresh)
    finally:
        fresh.close()


#: the shipped rules of an older finapp: the Hospices Civils taken for a hospital bill, and no
#: rule for Netflix yet
OLD_BOOK = [
    {"category": "Health:Doctor", "match": "contains", "patterns": ["HOSPICES CIVILS"]},
    {"category": "Food:Groceries", "match": "contains", "patterns": ["MONOPRIX"]},
]


def test_a_finapp_update_files_the_banks_lines_as_an_import_would(
    store: Store, tmp_path: Path
) -> None:
    """An older finapp filed the salary from the Hospices Civils as a doctor's bill and knew
    no Netflix. The update drops that rule and brings finapp's NETFLIX one: on the first open
    the salary is the bank's Income:Salary again (it was Uncategorized) and Netflix is
    Entertainment:Streaming (it stayed the bank's Entertainment)."""
    _as_older_finapp_left_it(store, OLD_BOOK)  # type: ignore[arg-type]
    import_files(store, [_export(tmp_path)])
    before = _filed(store)
    assert before[SALARY] == {"Health:Doctor"}
    assert before[NETFLIX] == {"Entertainment"}

    store.close()
    updated = open_store(store.data_dir, passphrase=PASSPHRASE)
    try:
        after = _filed(updated)
        assert after[SALARY] == {"Income:Salary"}
        assert after[NETFLIX] == {"Entertainment:Streaming"}
        assert after[CRECHE] == {"Children"}
    finally:
        updated.close()


def test_a_store_from_before_keeps_the_banks_filing_as_the_banks(
    store: Store, tmp_path: Path
) -> None:
    """A store an earlier finapp wrote, whose crèche lines the bank filed: after the update a
    rule the user adds and deletes again leaves them under Children, not Uncategorized."""
    import_files(store, [_export(tmp_path)])
    with upgraded(store, undo_schema_15, PASSPHRASE) as updated:
        rule = add_rule(updated, category="Education", pattern="REGIE CENTRALE")
        rerun_rules(updated)
        assert _filed(updated)[CRECHE] == {"Education"}
        delete_rule(updated, rule.id)
        rerun_rules(updated)
        assert _filed(updated)[CRECHE] == {"Children"}
        assert _filed(updated)[SALARY] == {"Income:Salary"}


def _by_day(store: Store, text: str) -> dict[str, str | None]:
    """The category of each of a statement text's lines, by its day."""
    return {
        line.date.isoformat(): line.category
        for line in list_transactions(store)
        if line.statement_text == text
    }


def test_a_lesson_undone_or_deleted_leaves_the_creche_the_banks(
    store: Store, tmp_path: Path
) -> None:
    """The family files November's crèche under Education by hand: finapp learns it and files
    October's there too. Undone, October is the bank's Children again; taught again and the
    lesson then deleted from the rules, the rules run over history give October back to
    Children (it went Uncategorized), and November stays where the family put it."""
    import_files(store, [_export(tmp_path)])
    november = next(
        line.id
        for line in list_transactions(store)
        if line.statement_text == CRECHE and line.date.month == 11
    )
    set_category(store, november, "Education")
    assert _by_day(store, CRECHE) == {"2026-10-09": "Education", "2026-11-09": "Education"}
    undo(store)
    assert _by_day(store, CRECHE) == {"2026-10-09": "Children", "2026-11-09": "Children"}
    redo(store)
    assert _by_day(store, CRECHE) == {"2026-10-09": "Education", "2026-11-09": "Education"}

    for lesson in list_rules(store, origin="learned"):
        delete_rule(store, lesson.id)
    rerun_rules(store)
    assert _by_day(store, CRECHE) == {"2026-10-09": "Children", "2026-11-09": "Education"}


def test_the_banks_category_merged_into_another_follows_it(store: Store, tmp_path: Path) -> None:
    """The family merges Children into a Family:Kids category of its own; a rule filing the
    crèche under Education is added and deleted again: the crèche is under Family:Kids, where
    the bank's Children went, not Uncategorized."""
    import_files(store, [_export(tmp_path)])
    add_category(store, "Family:Kids")
    merge_category(store, "Children", "Family:Kids")
    assert _filed(store)[CRECHE] == {"Family:Kids"}
    rule = add_rule(store, category="Education", pattern="REGIE CENTRALE")
    rerun_rules(store)
    delete_rule(store, rule.id)
    rerun_rules(store)
    assert _filed(store)[CRECHE] == {"Family:Kids"}


def test_an_export_imported_again_gives_an_older_stores_lines_the_banks_word(
    store: Store, tmp_path: Path
) -> None:
    """An earlier finapp filed the crèche by the family's Education rule and kept nothing of
    the bank's word. After the update the rule is deleted and the rules run: nothing can say
    what the crèche is. Importing an export that names those lines again (BoursoBank's
    download of the last months) files them under the bank's Children, as an import into a
    new store would; the lines others filed keep their filing, and nothing is added twice."""
    add_rule(store, category="Education", pattern="REGIE CENTRALE")
    import_files(store, [_export(tmp_path)])
    with upgraded(store, undo_schema_15, PASSPHRASE) as updated:
        for rule in list_rules(updated, origin="user"):
            delete_rule(updated, rule.id)
        rerun_rules(updated)
        assert _filed(updated)[CRECHE] == {None}
        before = _filed(updated)

        again = tmp_path / "again"
        again.mkdir()
        result = import_files(updated, [_export(again)])
        assert not result.failed
        assert len(list_transactions(updated)) == len(LINES)
        assert _filed(updated) == before | {CRECHE: {"Children"}}


def test_the_export_brings_the_banks_filing_back_as_the_banks(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Exported, erased and imported again, the crèche BoursoBank filed is still the bank's
    filing, not a choice of the family's: the family's rule filing it under Education then
    files it, and deleting the rule gives it back to the bank's Children, as before the round
    trip. (Brought back as the family's own choice, no rule could refile it.)"""
    _cli(store, capsys, "import", str(_export(tmp_path)))
    _cli(store, capsys, "export", "--to", str(tmp_path / "export"))
    erased = another_store(tmp_path / "erased")
    try:
        assert not import_files(erased, [tmp_path / "export"]).failed
        assert _filed(erased)[CRECHE] == {"Children"}
        rule = add_rule(erased, category="Education", pattern="REGIE CENTRALE")
        rerun_rules(erased)
        assert _filed(erased)[CRECHE] == {"Education"}
        delete_rule(erased, rule.id)
        rerun_rules(erased)
        assert _filed(erased)[CRECHE] == {"Children"}
    finally:
        erased.close()
