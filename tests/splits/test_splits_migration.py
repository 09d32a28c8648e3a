"""A store from before split transactions opens with its transactions whole, ready for parts."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import func, select

from finapp.services.imports import import_files
from finapp.store.schema import EditJournal, Transaction, TransactionSplit
from tests.conftest import PASSPHRASE
from tests.old_schemas import undo_schema_10, upgraded
from tests.reconciliation.test_reconcile_service import _statement


def test_a_store_from_before_splits_keeps_its_lines_whole_and_takes_parts(
    store, tmp_path: Path
) -> None:
    assert not import_files(store, [_statement(tmp_path, 1)]).failed
    with upgraded(store, undo_schema_10, PASSPHRASE) as reopened:
        with reopened.read() as session:
            assert session.scalar(select(func.count()).select_from(Transaction)) == 7
            assert session.scalar(select(func.count()).select_from(TransactionSplit)) == 0
            assert session.scalar(select(func.count()).select_from(EditJournal)) == 0
        with reopened.write() as session:
            line = session.scalars(select(Transaction).order_by(Transaction.id)).first()
            assert line is not None
            session.add(TransactionSplit(transaction_id=line.id, amount_minor=line.amount_minor))
        with reopened.read() as session:
            assert session.scalar(select(func.count()).select_from(TransactionSplit)) == 1
