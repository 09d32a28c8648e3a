"""A split receipt leaves with an export, one line in ``transactions.csv`` and one per part in
``splits.csv``, and comes back split when the export is imported into an empty store; a
re-import of the bank's statement or of an older export keeps the parts the store has."""

from __future__ import annotations

import csv
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from finapp.services.categories import delete_category
from finapp.services.export import export_all
from finapp.services.imports import import_files
from finapp.services.month_report import CategoryAmount, month_report
from finapp.services.splits import SplitPartView, clear_splits, read_splits
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.conftest import another_store
from tests.splits.receipts import GROCERIES, HOUSEHOLD, MARCH, RECEIPT, march_statement
from tests.splits.receipts import split_receipt as _split_receipt

PARTS = (
    SplitPartView(0, GROCERIES, Decimal("-80.00"), "USD"),
    SplitPartView(1, HOUSEHOLD, Decimal("-40.00"), "USD"),
)


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def _receipts(store: Store) -> list[tuple[str | None, str | None, tuple[SplitPartView, ...]]]:
    """The two identical receipts, oldest first: category, how it was set, parts."""
    parts = read_splits(store)
    return [
        (t.category, t.category_source, parts.get(t.id, ()))
        for t in list_transactions(store)
        if t.payee == RECEIPT
    ]


def test_the_export_writes_a_split_line_once_and_its_parts_beside_it(
    store: Store, tmp_path: Path
) -> None:
    receipt = _split_receipt(store, tmp_path, twin=True)
    result = export_all(store, tmp_path / "export")
    assert result.files["transactions.csv"] == 4 and result.files["splits.csv"] == 2
    lines = _rows(tmp_path / "export" / "transactions.csv")
    # a spreadsheet summing the lines counts the receipt once
    assert sum(Decimal(r["amount"]) for r in lines) == Decimal("2230.00")
    [split, whole] = [r for r in lines if r["payee"] == RECEIPT]
    assert (split["finapp_transaction_id"], split["split"], whole["split"]) == (
        str(receipt),
        "true",
        "false",
    )
    assert _rows(tmp_path / "export" / "splits.csv") == [
        {
            "transaction": str(receipt),
            "part": "1",
            "category": GROCERIES,
            "amount": "-80.00",
            "currency": "USD",
            "memo": "",
        },
        {
            "transaction": str(receipt),
            "part": "2",
            "category": HOUSEHOLD,
            "amount": "-40.00",
            "currency": "USD",
            "memo": "",
        },
    ]
    readme = (tmp_path / "export" / "README.txt").read_text(encoding="utf-8")
    assert "splits.csv\n  transaction: finapp_transaction_id of the line" in readme


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_an_export_imported_into_an_empty_store_brings_the_split_back_on_the_same_line(
    store: Store, tmp_path: Path, fmt: str
) -> None:
    _split_receipt(store, tmp_path, twin=True)
    export_all(store, tmp_path / "export", fmt)  # JSON writes the CSV files it re-imports too
    fresh = another_store(tmp_path / "fresh")
    try:
        result = import_files(fresh, [tmp_path / "export" / "transactions.csv"])
        assert not result.failed and result.new == 4
        # of two identical receipts on one day, the first is split, the second whole and filed
        # in Groceries by hand, as in the store exported
        assert _receipts(fresh) == [(GROCERIES, "split", PARTS), (GROCERIES, "manual", ())]
        report = month_report(fresh, MARCH)
        assert CategoryAmount(HOUSEHOLD, "USD", Decimal("40.00")) in report.categories
        # the receipt's 80.00, its twin's 120.00 and the grocer's: as in the store exported
        assert report.categories == month_report(store, MARCH).categories
        assert CategoryAmount(GROCERIES, "USD", Decimal("230.00")) in report.categories

        # the same export again: nothing new, and the parts are not doubled
        again = import_files(fresh, [tmp_path / "export" / "transactions.csv"])
        assert not again.failed and again.new == 0
        assert _receipts(fresh) == [(GROCERIES, "split", PARTS), (GROCERIES, "manual", ())]
    finally:
        fresh.close()


def test_re_importing_the_statement_or_an_older_export_keeps_the_parts_the_store_has(
    store: Store, tmp_path: Path
) -> None:
    receipt = _split_receipt(store, tmp_path, twin=True)
    before = _receipts(store)
    assert before == [(GROCERIES, "split", PARTS), (GROCERIES, "manual", ())]
    (tmp_path / "again").mkdir()
    result = import_files(store, [march_statement(tmp_path / "again", twin=True)])
    assert not result.failed and result.new == 0
    assert _receipts(store) == before

    export_all(store, tmp_path / "export")
    clear_splits(store, receipt)  # the user made it one line again after exporting
    result = import_files(store, [tmp_path / "export" / "transactions.csv"])
    assert not result.failed and result.new == 0
    assert _receipts(store) == [(GROCERIES, "manual", ()), (GROCERIES, "manual", ())]


def test_parts_edited_so_they_no_longer_add_up_are_refused_at_the_line(
    store: Store, tmp_path: Path
) -> None:
    _split_receipt(store, tmp_path)
    export_all(store, tmp_path / "export")
    edited = tmp_path / "edited"  # copied without the manifest: edited on purpose
    edited.mkdir()
    shutil.copy(tmp_path / "export" / "transactions.csv", edited)
    text = (tmp_path / "export" / "splits.csv").read_text(encoding="utf-8")
    (edited / "splits.csv").write_text(text.replace("-40.00", "-45.00"), encoding="utf-8")
    fresh = another_store(tmp_path / "fresh")
    try:
        [failed] = import_files(fresh, [edited / "transactions.csv"]).failed
        assert "do not add up to the line's -120.00" in str(failed.error)
        assert list_transactions(fresh) == []
    finally:
        fresh.close()


def test_a_part_whose_category_was_deleted_comes_back_uncategorized(
    store: Store, tmp_path: Path
) -> None:
    receipt = _split_receipt(store, tmp_path)
    delete_category(store, HOUSEHOLD)
    export_all(store, tmp_path / "export")
    fresh = another_store(tmp_path / "fresh")
    try:
        assert not import_files(fresh, [tmp_path / "export" / "transactions.csv"]).failed
        [parts] = read_splits(fresh).values()
        assert (
            parts
            == read_splits(store)[receipt]
            == (
                PARTS[0],
                SplitPartView(1, "", Decimal("-40.00"), "USD"),
            )
        )
    finally:
        fresh.close()
