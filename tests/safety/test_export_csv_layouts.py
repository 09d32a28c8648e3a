"""The CSV layouts a household saved come back with its export.

A credit union whose history export has every amount positive and a category column that says
nothing of direction cannot be read without the mapping wizard; the household maps it once and
saves the layout, and every later download imports by itself. Exporting everything, erasing
everything and importing the export lost that layout: the next download asked again.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from finapp.importers.csv.mapping_needed import CsvMappingNeeded
from finapp.importers.registry import read_statement_file
from finapp.services.csv_profiles import list_profiles, save_profile
from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.conftest import another_store
from tests.written_statements import CREDIT_UNION_ROWS, credit_union_csv


def _mapped_once(store: Store, folder: Path) -> Path:
    """The credit union's March export, mapped in the wizard (every amount is money out) and
    saved as "Lakeside CU", then imported."""
    march = credit_union_csv(folder)
    with pytest.raises(CsvMappingNeeded) as caught:
        read_statement_file(march)
    partial = caught.value.partial
    assert partial is not None
    save_profile(store, "Lakeside CU", replace(partial, sign="negate"))
    assert import_files(store, [march]).files[0].new == len(CREDIT_UNION_ROWS)
    return march


def _april(folder: Path) -> Path:
    """The credit union's next download: April's lines under the same header."""
    (folder / "april").mkdir()
    path = credit_union_csv(folder / "april")
    path.write_text(path.read_text(encoding="utf-8").replace(",3/", ",4/"), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_a_saved_csv_layout_comes_back_with_the_export(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    _mapped_once(store, tmp_path)
    export_all(store, tmp_path / "export", fmt)
    fresh = another_store(tmp_path / "new laptop")
    try:
        import_files(fresh, [tmp_path / "export"])
        assert [p.name for p in list_profiles(fresh) if not p.built_in] == ["Lakeside CU"]
        result = import_files(fresh, [_april(tmp_path)]).files[0]
        assert result.error is None, result.error
        assert result.new == len(CREDIT_UNION_ROWS)
        amounts = [t.amount for t in list_transactions(fresh)]
    finally:
        fresh.close()
    assert len(amounts) == 2 * len(CREDIT_UNION_ROWS) and all(a < 0 for a in amounts)


def test_the_stores_own_layout_of_that_name_wins(store: Store, tmp_path: Path) -> None:
    _mapped_once(store, tmp_path)
    export_all(store, tmp_path / "export")
    fresh = another_store(tmp_path / "new laptop")
    try:
        import_files(fresh, [tmp_path / "export"])
        import_files(fresh, [tmp_path / "export"])  # again: nothing is added twice
        assert [p.name for p in list_profiles(fresh) if not p.built_in] == ["Lakeside CU"]
    finally:
        fresh.close()
