"""``finapp transactions --category`` finds a split receipt by either of its parts, as the
app's filter does: the −120.00 receipt is filed under Groceries (its largest part) and found
under Household too; an unknown category is refused."""

from __future__ import annotations

from pathlib import Path

from finapp.store.engine import Store
from tests.helpers import cli_json, run_cli
from tests.splits.receipts import RECEIPT, split_receipt


def _listed(data_dir: Path, category: str) -> list[tuple[str, str]]:
    return [
        (t["payee"], t["amount"])
        for t in cli_json(data_dir, "transactions", "--category", category)
    ]


def test_the_category_filter_finds_a_split_line_by_any_of_its_parts(
    store: Store, data_dir: Path, tmp_path: Path
) -> None:
    split_receipt(store, tmp_path)
    receipt = (RECEIPT, "-120.00")
    assert _listed(data_dir, "Shopping:Household") == [receipt]
    assert _listed(data_dir, "Shopping") == [receipt]  # under it
    assert _listed(data_dir, "Food:Groceries") == [receipt, ("CORNER GROCER", "-30.00")]
    assert _listed(data_dir, "Income") == [("ACME CORP PAYROLL", "2500.00")]

    table = run_cli(data_dir, "transactions", "--raw", "--category", "Shopping:Household").stdout
    assert "PIKE STREET PROVISIONS 42" in table and "CORNER GROCER" not in table
    refused = run_cli(data_dir, "transactions", "--category", "Garden")
    assert refused.returncode == 2 and "No category 'Garden'" in refused.stderr
