"""The same statement dropped twice: the second import adds nothing and is no import of its own.

It is reported (every line a duplicate) but leaves no batch: the list of imports shows the one
import that added the lines, and "undo the last import" undoes that one, not an empty repeat.
The statement is a WeChat Pay bill as the app exports it (``wallet_refunds/wechat_2024_04.csv``)
and an OFX bank statement with a stated balance.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from finapp.services.import_undo import undo_import
from finapp.services.imports import import_files, list_batches
from finapp.services.transactions import list_transactions
from finapp.store.engine import Store
from tests.helpers import run_cli
from tests.importers.ofxgen import history, statement_ofx

BILL = Path(__file__).parent / "wallet_refunds" / "wechat_2024_04.csv"


def test_a_statement_imported_again_lists_one_import_and_undo_takes_its_lines(
    store: Store,
) -> None:
    (first,) = import_files(store, [BILL]).files
    (again,) = import_files(store, [BILL]).files

    assert (again.new, again.duplicates) == (0, first.new)
    assert again.batch_id is None
    assert [(b.id, b.new) for b in list_batches(store)] == [(first.batch_id, first.new)]
    assert undo_import(store).removed == first.new
    assert list_transactions(store) == [] and list_batches(store) == []


def test_an_overlapping_statement_with_new_lines_is_an_import(store: Store, write) -> None:
    lines = history(10)
    (old,) = import_files(store, [write("a.ofx", statement_ofx(lines[:6]))]).files
    (newer,) = import_files(store, [write("b.ofx", statement_ofx(lines[4:]))]).files

    assert (newer.new, newer.duplicates) == (4, 2)
    assert [b.id for b in list_batches(store)] == [newer.batch_id, old.batch_id]


def test_a_statement_stating_a_new_balance_only_is_an_import(store: Store, write) -> None:
    lines = history(6)
    import_files(store, [write("a.ofx", statement_ofx(lines))])
    stated = statement_ofx(lines, ledger=("120.00", date(2026, 1, 1)))
    (balance_only,) = import_files(store, [write("b.ofx", stated)]).files

    assert balance_only.new == 0 and balance_only.batch_id is not None
    assert list_batches(store)[0].id == balance_only.batch_id


def test_the_cli_undoes_the_import_that_added_lines_after_a_repeat(tmp_path: Path) -> None:
    data = tmp_path / "d"
    assert run_cli(data, "import", str(BILL)).returncode == 0
    repeat = run_cli(data, "import", str(BILL))
    assert repeat.returncode == 0 and "(import " not in repeat.stdout
    assert "nothing new" in repeat.stdout

    undone = run_cli(data, "import-undo")
    assert undone.returncode == 0 and "removed 4 transactions" in undone.stdout
